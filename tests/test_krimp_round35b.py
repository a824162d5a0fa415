"""Round 35 (k35b): the fact the helper needs, in a personal message, kept beside the ask — the appointment before a
bare ride (ride_me.py, ride_before.py), the answer to the obvious worry, the terms, why a leave is asked, what money is
for and where the writer waits (beside_ask.py), a doctor's ban or what the writer cannot do alone (reason_told.py),
burden talk about leaving the team short ('ik wil jullie niet laten zitten') and a craving as the honest sentence.
Probes written before the rules were run on them (also tests/corpus/krimp/tuning35-k35b.toml); look-alikes where the
sentence is background, excuse or burden talk and must go."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import beside_ask, reason_told, ride_me, shrink


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("'", " ").split())


# the writer's appointment before a bare ride: kept in front of the ask (never sure without it)
APPOINTMENT = [
    ("Hoi Gea, ik mot dinsdag om 9 uur bij de longarts in het MST in Enschede wezen. Kuj mie brengen en weer ophalen? "
     "Ik vind het zo rot om te vragen.", "bij de longarts in het mst in enschede"),
    ("Moi Jan, ik mout woensdag om 2 uur bij de dokter in Assen wezen. Kinst mie brengen? Ik heb gain auto meer.",
     "bij de dokter in assen"),
    ("Dag Rita, 'k heb vrijdag om half tien een scan in 't AZ in Brugge. Zoudt gij mij kunnen voeren en terug halen?",
     "een scan in t az in brugge"),
    ("Dag nonkel Jef, ik moet dinsdag om 9u op het gemeentehuis in Mol zijn voor mijn identiteitskaart. Zoudt ge mij "
     "kunnen voeren?", "op het gemeentehuis in mol"),
    ("Hoi tante Nel, ik moet maandag om half 11 bij de kaakchirurg in Arnhem zijn. Kun je me rijden?",
     "bij de kaakchirurg in arnhem"),
    ("Dag Mieke, ik heb dinsdag om 14u een afspraak bij de dermatoloog in het Jan Palfijn. Zoudt ge mij kunnen voeren?",
     "bij de dermatoloog"),
    ("jo tom ik moet morgen om 7u in de luchthaven van zaventem zijn kunde gij mij afzetten", "luchthaven van zaventem"),
]


@pytest.mark.parametrize("draft, kept", APPOINTMENT)
def test_the_appointment_before_a_bare_ride_is_kept(draft, kept):
    result = shrink(draft)
    assert kept in _norm(result.sentence), result.sentence


def test_another_ones_reason_glued_to_the_appointment_goes():
    result = shrink("Dag Rita, 'k heb vrijdag om half tien een scan in 't AZ in Brugge en mijn man kan ni. Zoudt gij mij "
                    "kunnen voeren?")
    assert "scan in 't AZ in Brugge" in result.sentence and "man" not in result.sentence


@pytest.mark.parametrize("question, asked", [
    ("Kuj mie brengen en weer ophalen?", True), ("Kinst mie brengen?", True), ("Kunt gij mij voeren?", True),
    ("kunde gij mij afzetten", True), ("Kun je ons ophalen?", True),
    ("Kun je de kippen voeren?", False), ("Wie kan mij brengen?", False), ("Kunnen jullie mij ophalen?", False),
    ("Kun je het pakket brengen?", False), ("Kunt ge mij morgenvroeg om 7u oppikken op mijn kot?", False),
])
def test_a_bare_ride_for_the_writer_in_any_register(question, asked):
    assert ride_me.asked(question) is asked


# the sentence after the ask that the helper acts on
AFTER = [
    ("mam sorry dat ik weer zeur maar mag ik zaterdag bij Noor blijven pitten?? haar moeder is gewoon thuis hoor. als "
     "het niet mag is het ook oke", "haar moeder is gewoon thuis."),
    ("ma mag ik vrijdag bij Yasmina blijven slapen? haar ouders zijn er allebei hoor", "haar ouders zijn er allebei."),
    ("pa mag ik zaterdag naar Pukkelpop? de mama van Lies rijdt ons", "de mama van lies rijdt ons."),
    ("mam mag ik morgen naar de film met Jesse? zijn vader brengt ons en we zijn om 11 uur thuis",
     "zijn vader brengt ons en we zijn om 11 uur thuis."),
    ("Hoi Joost, kun je morgen de kinderen naar voetbal brengen? Je hoeft ze niet op te halen, dat doe ik.",
     "je hoeft ze niet op te halen."),
    ("Dag Greet, zoudt ge zaterdag de kinderen naar de zwemles kunnen brengen? Ge moet ze nie halen, ik ben om 11u "
     "terug. Merci al!", "ge moet ze nie halen."),
    ("Kunt u mijn moeder zaterdag naar de kerk brengen? U hoeft niet te wachten, mijn broer haalt haar op.",
     "u hoeft niet te wachten."),
    ("Dag Sofie, zou ik van 3 tot 7 maart verlof kunnen nemen? Mijn vader wordt op 5 maart geopereerd in Leuven.",
     "mijn vader wordt op 5 maart geopereerd in leuven."),
    ("Dag Koen, ik wil zeker niet voorsteken bij de collega's. Maar mijn zus trouwt op 16 augustus in Portugal. Zou ik "
     "van 12 tot 19 augustus verlof kunnen nemen?", "mijn zus trouwt op 16 augustus in portugal."),
    ("Hoi Mark, ik wil het team niet in de steek laten. Mag ik de komende vier weken op woensdag vrij nemen? Mijn "
     "dochter heeft dan therapie in Utrecht.", "mijn dochter heeft dan therapie in utrecht."),
    ("pap kun je ff 20 euro overmaken ik moet de trein naar Haarlem betalen voor de training anders ben ik te laat",
     "ik moet de trein naar haarlem betalen voor de training."),
    ("papa kan je 30 euro sturen ik moet mijn boeken voor school betalen voor vrijdag", "ik moet mijn boeken voor school"),
    ("pa kunde gij mij komen halen ik sta aan t station in hasselt de laatste bus is weg en mijn gsm is bijna plat",
     "ik sta aan t station in hasselt."),
    ("kunde gij mij oppikken ik zit in het café op de markt in Genk", "ik zit in het café op de markt"),
]


@pytest.mark.parametrize("draft, kept", AFTER)
def test_the_fact_after_the_ask_is_kept_after_it(draft, kept):
    result = shrink(draft)
    body = _norm(result.sentence)
    assert _norm(kept) in body and body.index("?") < body.index(_norm(kept)[:12]), result.sentence


def test_the_burden_before_the_reason_goes_and_the_reason_stays():
    result = shrink("Beste Anouk, ik wil het team niet laten zitten, maar mijn moeder in Marokko is erg ziek. Mag ik van "
                    "2 tot 20 mei vrij nemen? Ik heb nog genoeg uren.")
    assert "laten zitten" not in result.sentence and "Mijn moeder in Marokko is erg ziek." in result.sentence


# look-alikes: background, excuse, escape hatch, something past — nothing added by beside_ask
LOOKALIKES = [
    "mam mag ik bij Noor slapen? haar moeder komt uit Polen en is heel lief",
    "Mam mag ik zaterdag bij Fleur logeren? Ik weet dat je het niet leuk vindt als ik steeds weg ben.",
    "Noël zoudt ge 'm morgenvroeg kunnen komen wegtrekken? Ge moet nie he, 'k weet da ge zelf ook vanalles te doen hebt.",
    "Hoi Joke, mag ik van 3 tot 10 juli vrij nemen? Ik weet dat het een drukke tijd is en ik voel me er echt rot over.",
    "Hoi Ahmed, mijn zus is vorig jaar in Turkije getrouwd, het was prachtig. Kun je zaterdag om 5 uur op de kinderen "
    "passen?",
    "Hoi Peter, mag ik van 12 tot 16 juni vrij nemen? Mijn broer is vorige maand getrouwd en dat was druk.",
    "kun je me 20 euro lenen ik moet nog zoveel betalen deze maand",
    "kun je me ophalen? ik zit in een vergadering",
    # a single day off: the golds drop its reason ('Priya, kan ik vrijdag 8 maart vrij nemen?')
    "Priya, kan ik vrijdag 8 maart vrij nemen? Mijn vader wordt die dag opgenomen in het verpleeghuis en ik wil erbij zijn.",
    "Dag Karen, 'k weet da 't slecht uitkomt, maar mijn schoonvader wordt op 3 oktober begraven. Mag ik die dag verlof nemen?",
    "Kun je de kinderen om 8 uur naar school brengen? Ik ben om 6 uur thuis.",
]


@pytest.mark.parametrize("draft", LOOKALIKES)
def test_background_beside_the_ask_is_not_added(draft):
    out = shrink(draft)
    assert beside_ask.kept(draft, out.sentence) == "" or beside_ask.kept(draft, out.sentence) not in out.sentence
    assert not beside_ask.kept(draft, out.sentence.split("?")[0] + "?")


# the reason right before a bare ask, back in the not-sure offer
REASONS = [
    ("Kees. Lang niet gesproken. Ik ben niet zo van het vragen, dat weet je. Maar ik krijg de schuur niet leeg in m'n "
     "eentje, nu het huis verkocht is. Kun je zaterdag 18 mei met je aanhanger komen helpen? Henk",
     "ik krijg de schuur niet leeg in m'n eentje"),
    ("Dag meester Wim, Sorry voor de lange mail. Lander heeft zijn pols gebroken op de trampoline en hij mag van de "
     "dokter vier weken nie turnen. Zoudt ge hem tijdens de turnles in de klas kunnen laten blijven?",
     "Lander mag van de dokter vier weken nie turnen"),
    ("Juf Anke, Noor mag van de huisarts twee weken niet buitenspelen. Kunt u haar in de pauze binnen laten?",
     "Noor mag van de huisarts twee weken niet buitenspelen"),
]


@pytest.mark.parametrize("draft, kept", REASONS)
def test_the_reason_before_a_bare_ask_comes_back(draft, kept):
    result = shrink(draft)
    assert kept in result.sentence and result.sentence.index(kept) < result.sentence.index("?"), result.sentence


@pytest.mark.parametrize("draft", [
    "Hoi Bas, ik ben echt niet zo van het vragen. Kun je zaterdag helpen met de zolder leeghalen?",
    "Dag Kim, gisteren mocht ik van de dokter niet sporten. Kun je zaterdag de tent opzetten?",
    "Sorry Kees, ik krijg het niet alleen voor elkaar. Kun je helpen?",
    "Dirk, ik mag van de dokter niet meer op de ladder. Kunt ge zondag de goot vastmaken?",
    "Erik, Sem heeft zijn enkel verstuikt en mag van de fysio 2 weken niet trainen. Kun je hem op de wissel zetten?",
])
def test_no_reason_from_burden_talk_the_past_or_an_apology(draft):
    result = shrink(draft)
    assert reason_told.reason(draft, result.sentence.split(". ")[-1] if "?" in result.sentence else result.sentence) == ""


@pytest.mark.parametrize("draft, craving", [
    ("Hey Marc, sorry dat ik u weer stoor. Het gaat nie goe vandaag, ik heb de hele dag zin om te drinken. Kunt ge "
     "vanavond na uw werk efkes bellen?", "zin om te drinken"),
    ("Hey Dirk, Het gaat ni goed, ik heb heel de dag zin om te gokken. Kunt ge vanavond bellen?", "zin om te gokken"),
    ("Hoi Mieke, het gaat niet zo goed vandaag, ik heb steeds zin om te blowen. Kun je vanavond langskomen?",
     "zin om te blowen"),
])
def test_a_craving_is_the_honest_sentence_kept(draft, craving):
    assert craving in shrink(draft).sentence


def test_a_wish_to_eat_is_no_craving():
    result = shrink("Hoi Mieke, het gaat niet zo goed vandaag, ik heb zin om te eten. Kun je vanavond langskomen?")
    assert "zin om te eten" not in result.sentence
