"""Round 16 (c16d): false gentle lines (tier zorg) on harmless text, mended by class.

Z1: hopelessness words about a THING (a noise, the weather, a club, a parcel, a console, a task,
an appliance) are no hopelessness about oneself. Z2: grief and a funeral of someone else, death in
a film or book the writer watches or reads, a dream told as something odd, a pet put down, the
things of someone who died or moved: no gentle line either.

Each class: harmless wordings that got the gentle line before (they fail on the code before the
mend), and alarm wordings of the same surface that keep their tier. Hopelessness about oneself
stays zorg; worry about someone else's crisis keeps its gentle line (a chosen behaviour: the
helplines help the worried friend too).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


# Z1: wanting a noise, the weather or an appliance to stop.
@pytest.mark.parametrize("text", (
    "ik wil dat het stopt, dat getik van de verwarming, ik word er gek van",
    "Ik wil dat het ophoudt met hagelen, mijn auto staat buiten!",
    "kwil dat dat geblaf van de buren ophoudt, wie belt de wijkagent",
))
def test_wanting_a_noise_or_the_weather_to_stop_is_nothing(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "ik wil dat het stopt, die gedachten, elke nacht weer",
    "Ik wil dat het ophoudt. Alles. Ik kan niet meer.",
))
def test_wanting_it_all_to_stop_keeps_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT)


def test_a_noise_next_to_a_wish_to_die_keeps_the_panel():
    assert assess("ik wil dat het stopt, dat gebrom van de koelkast, en ik wil dood").tier == ACUUT


# Z1: no hope, no sense, no way out about an ordinary event or thing.
@pytest.mark.parametrize("text", (
    "Ik heb geen hoop meer dat de tram op tijd komt, ik ga lopen.",
    "geen hoop meer dat onze club kampioen wordt haha",
    "Het is allemaal zinloos met die storm, de braderie gaat niet door.",
    "we zien geen uitweg meer uit deze escape room, hint graag!",
    "Ik zeg het abonnement op, het heeft voor mij geen zin meer want ik verhuis naar Leuven.",
))
def test_no_hope_or_sense_about_a_thing_is_nothing(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "Ik heb geen hoop meer dat het ooit beter wordt met mij.",
    "Het heeft allemaal geen zin meer.",
    "ik zie geen uitweg meer",
))
def test_no_hope_about_oneself_keeps_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT)


def test_an_ordinary_hope_next_to_a_plan_keeps_the_panel():
    text = "Ik heb geen hoop meer dat de bus op tijd komt. Het maakt niet uit, ik heb de pillen al gespaard voor vannacht."
    assert assess(text).tier == ACUUT


# Z1: giving up on a thing, no energy for today, a life "over" because of a console, a skill.
@pytest.mark.parametrize("text", (
    "Ik geef het op met die router, kun jij vanavond even kijken?",
    "ik geef het op, ik krijg die rits niet dicht",
    "Geen fut meer vanavond, we bestellen friet.",
    "mijn leven is voorbij, mijn moeder heeft mijn switch afgepakt",
    "ik ben een ramp met naaien, maak jij die zoom?",
    "ik ga eraan onderdoor als ik die presentatie niet af krijg, help je even?",
    "niemand mist me op school als ik een dagje thuis blijf",
    "Ik kan het niet meer aanzien hoe die man zijn paard behandelt, wie kan ik bellen?",
))
def test_giving_up_on_a_thing_is_nothing(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "Ik geef het op. Ik ben zo moe van alles.",
    "mijn leven is voorbij, niemand wil mij nog",
    "Ik ben een mislukking als mens.",
    "ik ga eraan onderdoor als dit zo doorgaat",
))
def test_giving_up_on_oneself_keeps_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT)


def test_a_thing_given_up_next_to_a_wish_to_die_keeps_the_panel():
    assert assess("Geen puf meer vandaag, en morgen ook niet. Ik wil niet meer leven.").tier == ACUUT


# Z2: someone else's funeral, a story, a dream, a pet put down, a deceased's things.
@pytest.mark.parametrize("text", (
    "Vanmiddag nemen we afscheid van tante Lies in de aula, de crematie is om drie uur.",
    "In de serie die ik gisteren keek pleegt de hoofdpersoon zelfmoord, wat een seizoen.",
    "Ik las een boek over een soldaat die van een brug springt, heel aangrijpend.",
    "Ik droomde vannacht dat ik van de trap viel en doodging, raar he?",
    "Morgen moeten we ons oude paard laten inslapen, ga je mee naar de wei?",
    "Ik heb haar naaimachine gegeven aan de buurvrouw, ze zou het gewild hebben.",
    "Mijn zoontje krast met een sleutel in de lak van de auto, hoe krijg ik die krassen weg?",
    "Vader wil niet meer eten sinds de longontsteking, wat kan ik hem geven?",
))
def test_grief_stories_and_dreams_are_nothing(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "We nemen afscheid van opa in de aula, en ik wil hem achterna.",
    "Ik lees een boek over een man die van een brug springt en ik wil dat ook, ik weet al welke brug.",
    "Ik droomde vannacht dat ik doodging en ik wou dat het echt gebeurde, ik wil dood.",
    "ik kan niet leven zonder mijn kat, nu ze dood is wil ik ook dood",
))
def test_grief_or_a_story_next_to_an_own_wish_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "Mijn vriend zei dat hij dood wil, wie kan ik bellen?",
    "Mijn zus snijdt zich weer, hoe help ik haar?",
))
def test_worry_about_someone_elses_crisis_keeps_the_gentle_line(text):
    assert assess(text).tier == ZORG
