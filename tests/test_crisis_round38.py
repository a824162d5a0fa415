"""Round 38 (c38): crisis-z (tuning-ho37z1/z2) and the probe cp (tuning37-cp) mended by the general reason each wrong
result had, not by its topic.

- a means or a plan hint that is someone else's ("de bewoner had haar pillen gespaard") no longer feeds the
  [[combinatie]] blocks, which never ask whose it is (`phrase_owner` owns those hints too);
- a denied taking ("heeft er niks van ingenomen"); a denied ordinary purpose ("niet voor een patiënt") makes every
  frame serious, as a denied game did;
- a song quoted under another word for it (hook, track, schlager, "in mijn kop");
- a review of a book, film, series or game (stars, a score, "aanrader") is a quiet frame for the plot;
- the work-report frame reads a fire brigade's call-out and a telegraphic report ("melding: vrouw op het dak");
- an animal fetched from a roof or a tree; a thing let fall from a balcony; a key handed in when leaving a house;
- money that is better spent elsewhere is no "better off without me"; an allowed dose asked in the past tense;
- an absence with an end a month away; a role or a club that ends after N years;
- dialect read: "dood gewoon" (one word), "leste daag" (the day), "nao N jaar", "ik ete", "waorom", "ollu",
  "zonder mien beter", "dat ik dankbaar ben voor alles", the other word orders of "zeg het niet tegen ma".

Every line is a new variant of ours, none a corpus line; the same words meant keep their alarm.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, normalised

HARMLESS = [
    # someone else's means with a time beside it
    "Bewoner van kamer 3 had haar slaappillen gespaard in een sok, ik heb het gemeld en alles opgeruimd. Dokter komt vrijdag.",
    # a denied taking
    "de hond had een doosje ibuprofen kapotgebeten, hij heeft er niks van ingenomen, de dierenarts zegt dat het goed is",
    # a song under another word for it
    "die track met 'ik wil niet meer wakker worden' zit al heel de ochtend vast in mijn kop, wie heeft de naam?",
    # a review of a book, film or game
    "Film gezien: de hoofdpersoon schrijft een afscheidsbrief en verdwijnt. Vier sterren, echt een aanrader.",
    "die game is fenomenaal, je personage springt van de toren en gaat dood als je mist. dikke aanrader",
    # a work report, an animal fetched
    "Melding vanmiddag: man op de brug die wilde springen, de brandweer en wij hebben hem eraf gepraat. Goed afgelopen.",
    "we hebben met de ladder een kat van het dak gehaald, het beest durfde niet te springen",
    # a thing let fall, a key handed in
    "ik lachte me kapot toen mijn broer zijn sleutels van de brug liet vallen, recht in het water",
    "Vrijdag de sleutels inleveren, afscheid van ons appartement. De kast geef ik weg aan de buren.",
    # money better spent elsewhere, an allowed dose
    "De uitvaartverzekering loopt nog tien jaar, kan dat geld beter naar de hypotheek of laat ik het zo?",
    "Ik moest opzoeken hoeveel morfine die bewoner mocht krijgen, de arts was niet bereikbaar. Lange nacht.",
    # a temporary absence, a role that ends
    "Het wachtwoord van de clubsite is nieuw, voor als ik er volgende maand niet ben staat het in de map bij Ria.",
    "Ons koor stopt na dertig jaar, volgende week zingen we voor het laatst. Bedankt iedereen voor alles!",
    # dialect
    "de auto start weer niet, dood gewoon, moet morgen naar de garage",
    "Mien leste daag bij de gemeente, ich höb de sleutels aafgegeve. Bedank veur alles, ich zal uch misse!",
]
REAL_ACUTE = [
    # the writer's own means and plan, the same surface
    "Het wachtwoord van de clubsite is nieuw, voor als ik er niet meer ben staat het in de map bij Ria.",
    "Ik heb haar slaappillen gespaard in een sok. Vrijdag is het zover.",
    "heb vannacht opgezocht hoeveel morfine dodelijk is. niet voor een bewoner. heb een ampul meegenomen",
    "ik heb alles ingenomen wat ik had, niemand weet het",
    "die film is een aanrader, ik wil ook van de brug springen zoals zij, ik heb er al een uitgekozen",
    "jullie hebben het zonder mien beter, ik kom nie meer naar de repetitie",
    "ik ete nie mi, 't is goed zo, tegen de kerst zit ik bij ons moeder. zeg 't an de dokteur nie",
]
REAL_GENTLE_AT_LEAST = [
    "kunt gij mijn fiets overnemen, ik ga die niet meer nodig hebben. zeg tegen mama dat ik dankbaar ben voor alles",
    "heb vannacht brieven schreven veur mien ollu en mien broer, liggen in mien la. dan weten ze waorom",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_these_harmless_kinds_get_nothing(text):
    assert assess(text).tier is None, (text, assess(text).signals)


@pytest.mark.parametrize("text", REAL_ACUTE)
def test_the_same_words_meant_keep_the_panel(text):
    assert assess(text).tier == ACUUT, (text, assess(text).signals)


@pytest.mark.parametrize("text", REAL_GENTLE_AT_LEAST)
def test_these_keep_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT), (text, assess(text).signals)


def test_someone_elses_means_hint_feeds_no_combination():
    found = assess("Patiënt op 4 had zijn pillen gespaard in de la, ik heb het gemeld. Psycholoog komt morgen.")
    assert found.tier != ACUUT and "plan-middel" not in found.families, found.signals
    assert assess("Ik heb mijn pillen gespaard in de la. Morgen is het zover.").tier == ACUUT


def test_a_denied_purpose_keeps_the_work_frame_off():
    text = "Op de afdeling opgezocht hoeveel insuline dodelijk is. Niet voor een patiënt. Heb een pen meegenomen."
    assert assess(text).tier == ACUUT, assess(text).signals


def test_dialect_forms_are_read():
    assert "doodgewoon" in normalised("het is dood gewoon zo").split()
    assert normalised("mien leste daag").split() == ["mijn", "laatste", "dag"]
    assert "na" in normalised("de club sluit nao veertig jaar").split()
    assert normalised("zonder mien beter").split()[:2] == ["zonder", "mij"]
    assert normalised("voor mijn was").split() == ["voor", "mijn", "was"]
    assert "eet" in normalised("'k ete nie").split()
