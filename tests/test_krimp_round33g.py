"""Round 33 (k33g): two run-on faults in chat without marks — a clause glued into a sure question (glued_ask.py,
runon_ask.glued_after_ask), an ask lost to the need after it (need_after.py). Drafts written for these tests."""

import pytest

from vraaghulp.coach.krimp import glued_ask, shrink
from vraaghulp.coach.krimp.engine import analyse

GLUED = [
    "Kun je mijn jas brengen ze hangt in de gang",
    "kunde gij mijn sjaal meebrengen hij ligt op de zetel",
    "kun je de sleutel halen hij hangt naast de deur",
    "kan jij de fiets ophalen hij staat bij de buren",
    "wil je mijn tas meenemen ze staat in de keuken",
    "kunt u het pakket afgeven het ligt bij de receptie",
    "zoudt ge de doos kunnen halen ze staat in de garage",
    "kun je de kinderen ophalen zij zijn om 4 uur klaar",
]


@pytest.mark.parametrize("draft", GLUED)
def test_the_next_sentence_is_never_glued_into_a_sure_question(draft):
    r = shrink(draft)
    ask, _, rest = r.sentence.partition("?")
    tail = draft.split()[-3:]  # 'in de gang', 'op de zetel' …
    assert " ".join(tail) not in ask.lower()  # cut off the question: left out, or a sentence of its own after it
    assert not (r.sure and " ".join(tail) in r.sentence.lower() and not rest.strip())


NEEDED = [
    ("Wout kunde gij de stoelen terugbrengen ik heb ze nodig voor zaterdag", "Wout, kunt gij de stoelen terugbrengen?"),
    ("kun je de stoelen terugbrengen ik heb ze nodig voor zaterdag", "Kun je de stoelen terugbrengen?"),
    ("Lien kun je de ladder terugbrengen ik heb hem nodig voor vrijdag", "Lien, kun je de ladder terugbrengen?"),
    ("kunt ge de boormachine teruggeven we hebben die nodig tegen zondag", "Kunt ge de boormachine teruggeven?"),
    ("kan je mijn kabel terugbrengen ik heb hem morgen nodig", "Kan je mijn kabel terugbrengen?"),
    ("wil je de tent terugbrengen wij hebben ze nodig voor het weekend", "Wil je de tent terugbrengen?"),
    ("jef zoudt ge de schaar kunnen terugbrengen ik heb ze nodig voor maandag", "Jef, kunt ge de schaar terugbrengen?"),
]


@pytest.mark.parametrize("draft, ask", NEEDED)
def test_the_ask_stays_before_the_need_that_points_back_at_it(draft, ask):
    r = shrink(draft)
    assert r.sentence.startswith(ask)
    assert "nodig" in r.sentence.split("?", 1)[1]  # the need, with its moment, a sentence of its own after the ask


LOOK_ALIKES = [
    "kun je me zeggen of ze thuis is",
    "kun je kijken wat hij wil",
    "kun je vragen of we morgen mogen komen",
    "kunt u zeggen hoe laat het begint",
    "kun je de dozen brengen die we gisteren kochten",
    "kan je nagaan waar hij woont",
    "kun je komen helpen als we verhuizen",
    "wil je vragen of hij morgen komt",
]


@pytest.mark.parametrize("draft", LOOK_ALIKES)
def test_a_clause_the_ask_opens_stays_whole_and_sure(draft):
    r = shrink(draft)
    assert r.sure and r.sentence.rstrip("?").lower() == draft


def test_the_guard_reads_a_second_subject_and_verb_after_the_infinitive():
    out = analyse("kun je mijn jas brengen")
    assert glued_ask.doubt(out.analysis, "Kun je mijn jas brengen ze hangt in de gang?") == [glued_ask.CODE]
    assert glued_ask.doubt(out.analysis, "Wout, kun je de stoelen terugbrengen we hebben ze nodig?") == [glued_ask.CODE]
    assert glued_ask.doubt(out.analysis, "Kun je mijn jas brengen? Ze hangt in de gang.") == []
    assert glued_ask.doubt(out.analysis, "Kun je me zeggen of ze thuis is?") == []
    assert glued_ask.doubt(out.analysis, "Kun je kijken wat hij wil?") == []
