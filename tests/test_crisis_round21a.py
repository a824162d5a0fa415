"""Round 21 (c21a): worn out with an ordinary named cause (a diet, a baby's nights, the heat, a parent with
dementia, exams, a renovation, flu in the house) is no concern about life: the frame `gewone-last` takes the
exhaustion signal down and the second opinion adds no gentle line. Beside anything more than that cause
(alone, no one, empty, heavy, no strength or light left, debts, 'better if', life itself, a wish to die) the
line keeps its tier. The corpus lines are in tests/corpus/crisis/tuning21-c21a.toml; the texts here are not."""

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", (
    "ik kan niet meer, ons baby'tje slaapt nooit langer dan een uur",
    "kheb geen puf meer, die tandjes van de kleine houden ons al drie nachten wakker",
    "ik hou het echt niet meer vol met dat koolhydraatarme dieet, ik wil brood",
    "amai, kan ni meer in die hitte, 34 graden op mijn kot",
    "ik trek het niet meer, mijn schoonvader is dement en belt tien keer per dag",
    "ik ben het zo moe, die verbouwing duurt al langer dan gepland",
    "kan niet meer, nog twee examens te gaan en mijn kot is een puinhoop",
    "Ik kan het niet meer aan: heel het huis heeft buikgriep. Kun jij de kinderen morgen naar school brengen?",
))
def test_worn_out_with_an_ordinary_cause_is_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "ik kan het niet meer aan, de kleine huilt elke nacht en ik sta er alleen voor",
    "ik trek het niet meer, dat dieet, ik zie geen uitweg",
    "ik hou het niet meer vol, en het ligt niet aan dat dieet",
    "ik ben het zo moe, de verbouwing en de schulden",
    "kan ni meer, de verbouwing en de schulden, alles weegt zo zwaar",
    "ik kan het niet meer aan, ons ma is dement en ik voel me zo leeg",
    "ik ben het zo moe, die examens, ik heb geen kracht meer",
))
def test_more_than_the_cause_keeps_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT)


@pytest.mark.parametrize("text", (
    "ik kan niet meer, die baby slaapt nooit, ik wil gewoon dood",
    "ik hou het niet meer vol in deze hitte en ik wil niet meer leven",
    "mijn moeder is dement en ik kan niet meer, iedereen is beter af zonder mij",
))
def test_a_wish_to_die_beside_an_ordinary_cause_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


def test_without_a_cause_being_worn_out_is_the_gentle_line():
    assert assess("ik kan niet meer, echt niet, ik hou het niet meer vol").tier == ZORG
    assert assess("kheb geen puf meer en ik weet niet waarom").tier == ZORG
