"""Round 46 review (c46r): what the review of c46 found (RC46), mended by kind.

c46's widened exceptions guarded only their own sentence, or a short list of words: danger in the next sentence or in
words the guard did not list went quiet. Now
A. an exclusion whose guard names @gevaarbericht reads the whole message (engine.scan): the meal, room-laughing, team,
   jetty and café exceptions stand down beside danger anywhere in the message;
B. not eating ('geen hap meer', 'ik eet niet meer') is no fullness: only real fullness words lift 'ik kan niet meer';
   'bomvol van alles' is no meal, 'heel de wereld' no laughing room;
C. the café reading never takes away a signal another sentence carries ('... dit is de laatste keer dat je iets van
   me hoort');
D. the flower words are out of net-gewoon: a flower made every 'dood' ordinary and wiped a wish beside it;
E. 'geen ongeluk' before an ordinary cause ('de vaatwasser heeft het gebroken') no longer keeps the panel on a cut;
F. 'aan heur been' is read as 'haar' only after a first-person 'ik ben / voel me een blok'.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

STAYS_ACUUT = [
    # A: the danger in the next sentence
    "ik kan er niet meer tegen van die trainer. ik spring vannacht",
    "ik kan er niet meer tegen van die scheidsrechter. ik wil dood",
    "ik kan niet meer, ik zit zo vol. Vannacht ga ik springen.",
    "ik kan niet meer, mijn buik zit vol van de pannenkoeken. ik wil niet meer leven",
    "ik ben propvol, ik kan niet meer. Vannacht ga ik springen.",
    "ik kon niet meer, iedereen lag in een deuk. Vannacht ga ik springen.",
    "ik kon niet meer, heel de klas lag plat. daarna ben ik naar de brug gegaan, ik wil springen",
    "van de pier gesprongen met de hele groep, ik wou dat ik verdronk",
    "van de steiger gesprongen met heel de groep, wou blijven liggen op de bodem",
    "van de kade gesprongen met de ploeg. hopelijk de laatste keer dat ik boven kom",
    "van de rotsen gedoken met mijn vriendinnen. Vannacht ga ik springen.",
    "we springen van de pier met de klas. daarna wil ik dood",
    # B: not eating is no fullness
    "ik kan niet meer, geen hap meer, ik eet niet meer",
    "ik kan niet meer, geen hap meer, ik ga gewoon niet meer eten tot het voorbij is",
    # C: the café and a goodbye or a jump in another sentence
    "afspraak in restaurant de pier om acht uur. dit is de laatste keer dat je iets van me hoort.",
    "afspraak in restaurant de pier om acht uur. hierna hoor je nooit meer iets van me.",
    "afscheid in cafe de kaai vanaf vier uur, en ik wil verdwijnen",
    "feest in zaal de toren. Vannacht ga ik springen.",
    "we zitten in café De Brug. Vannacht ga ik springen.",
]

STAYS_AN_ALARM = [
    # B: 'bomvol van alles' and 'heel de wereld' are no meal and no laughing room
    "ik kan niet meer, ik ben zo bomvol van alles, ik wil stoppen",
    "ik kon niet meer, heel de wereld lag plat, ik wou weg",
    # D: a flower word beside a wish
    "ik ga dood maken mezelf vannacht, de rozen staan klaar",
    "mijn rozen zijn dood, en ik wil verdwijnen",
    "de geraniums zijn dood, en ik wil verdwijnen",
    "alle stekjes dood, balen. Vannacht ga ik springen.",
]

QUIET = [
    # the exceptions still hold when the message holds nothing else
    "ik kan niet meer, ik zit zo vol van al die mosselen",
    "ik kon niet meer, heel het auditorium lag plat",
    "ik kan er niet meer tegen van die defensie, elke week hetzelfde",
    "even van de steiger gesprongen met heel de onderzoeksgroep, was koud maar zalig",
    "afscheid in cafe de kaai vanaf vier uur, iedereen welkom",
    # E: an ordinary cause named after 'geen ongeluk'
    "ik heb me gesneden aan een glas, geen ongeluk, de vaatwasser heeft het gebroken",
    # F: someone else's burden
    "hij is een blok aan heur been",
    "blok aan heur been die vent",
]


@pytest.mark.parametrize("text", STAYS_ACUUT)
def test_danger_beside_a_widened_exception_keeps_the_panel(text):
    assert assess(text).tier == ACUUT, text


@pytest.mark.parametrize("text", STAYS_AN_ALARM)
def test_a_wish_beside_fullness_or_flowers_keeps_an_alarm(text):
    assert assess(text).tier in (ZORG, ACUUT), text


@pytest.mark.parametrize("text", QUIET)
def test_the_harmless_reading_still_holds_alone(text):
    assert assess(text).tier is None, text


def test_a_cut_with_no_accident_and_no_cause_keeps_the_panel():
    assert assess("ik heb me gesneden aan een glas, geen ongeluk").tier == ACUUT


def test_a_first_person_burden_in_dialect_still_counts():
    assert assess("ik voel mij ne blok aan heur been, ik doe niks goed").tier in (ZORG, ACUUT)
