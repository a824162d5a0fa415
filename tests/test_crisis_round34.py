"""Round 34 (c34): crisis-v (tuning-ho33v1/v2) and tuning34-cz brought in; harmless frames for the acute tier's words.

Our own new variants (none is a corpus line): an absence with a length or without reception, studying abroad, the last
match for the club, a wound with an ordinary cause (pruning, brambles, a hedge trimmer), a pet's dose, a quoted song
line get no alarm; the same words with the ordinary reason denied, done on purpose, hidden, or beside a means or a
moment keep the full panel. Also: a farewell whose ordinary reason is denied, "naar de andere kant" beside "voorgoed",
standing on the rails with a moment, on top of a car park and "klaar mee", "mijn leven is een puinhoop".
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

QUIET = [
    "de komende drie weken hoor je niks van mij, we gaan trekken in Noorwegen zonder bereik",
    "laatste bericht van mij voor een week, we gaan kamperen in de Ardennen, geen wifi daar",
    "k zit vanaf morgen in de bergen, geen bereik tot zondag, dit is de laatste keer dat ge van mij hoort deze week",
    "mijn laatste wedstrijd voor de club was zondag, bedankt voor alles mannen, ik kom nog kijken",
    "ik ga in het buitenland studeren, mijn konijn gaat naar mijn nicht, zorg goed voor hem",
    "ik heb de braamstruiken gesnoeid en mijn armen zijn helemaal opengehaald, lijkt wel een oorlog",
    "bij het snoeien van de haag in mijn vinger gesneden, twee hechtingen, niks ergs",
    "onze puppy heeft een paracetamol gevonden, hoeveel is te veel voor zo een klein hondje? dierenarts gebeld",
    "dat liedje met 'dit is mijn laatste bericht' zit al de hele dag in mijn hoofd, wie zingt dat?",
    "die oude kerselaar moet eruit, hij is al drie jaar dood, zaterdag omzagen",
    "ik werk mij dood bij die klant, maar de factuur is goed",
]

PANEL = [
    "de komende drie weken hoor je niks van mij, en daarna ook niet meer. ik heb de pillen klaarliggen",
    "dit is mijn laatste bericht, niet omdat ik op reis ga. zorg goed voor mama",
    "ik heb mijn armen opengekrabd, niet van de rozen, dat doe ik zelf elke avond",
    "ik neem afscheid van de ploeg, niet omdat ik verhuis, ik wil gewoon niet meer leven",
    "vanavond sta ik op het spoor, zeg tegen mijn zus dat ik van haar hou",
    "ik sta boven op de parking van het ziekenhuis en kijk naar beneden, ik ben er klaar mee",
    "ik ga voorgoed weg, naar de andere kant, sorry voor alles",
    # kept at the panel although the new frames' words stand beside them (corpus lines of earlier rounds, reworded)
    "ik ga zeilen, het touw ligt al klaar, maar niet om te zeilen. bedankt voor alles iedereen",
    "mijn broer zag mijn armen, nu moet ik een smoes verzinnen, zeg ik dat het van de rozen is?",
    "ik heb weer in mijn been gekrast en er een pleister op geplakt zodat niemand het ziet",
]

ZORG = [
    "mijn leven is een puinhoop, geen werk, geen geld",
]


@pytest.mark.parametrize("text", QUIET)
def test_harmless_frame_gives_no_alarm(text):
    assert assess(text).tier is None, assess(text).signals


@pytest.mark.parametrize("text", PANEL)
def test_real_line_in_the_same_words_keeps_the_panel(text):
    assert assess(text).tier == "acuut", assess(text).signals


@pytest.mark.parametrize("text", ZORG)
def test_despair_about_my_life_is_caught(text):
    assert assess(text).tier is not None


def test_a_move_abroad_keeps_its_alarm_when_the_move_is_denied():
    """The trip frame gives way to the reason denied ('niet naar het buitenland')."""
    assert assess("ik vertrek voorgoed, niet naar het buitenland, maar weg. zorg goed voor mijn kat").tier == "acuut"


def test_a_farewell_with_a_new_job_named_stays_quiet():
    text = "ik neem afscheid van de club, niet omdat ik verhuis maar omdat ik een nieuwe job heb in Gent"
    assert assess(text).tier != "acuut"
