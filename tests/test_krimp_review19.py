"""Review of round 19's krimp rules (rv19k): each test fails on main 240ac5e unless marked as a guard.

A plea before 'maar' ('je moet niet lachen, maar …') is no limit on the task (one list of reassurances for
spared_front, bg_fact and notnow); 'Peter' typed alone is a name, not the Flemish godfather; 'gaan' to the
writer's own place is the writer going ('Mag ik …'); a crisis note in Dutch chat spelling stays Dutch and
keeps its moment; a sure ask that points at a dropped sentence is not sure; an invitation after the ask is no
instruction; the sentence splitters of the round's modules are linear on a long line (pattern_shape.py).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import bound_after, compose, fact_after, shrink, spared_front
from vraaghulp.coach.krimp.compose import composed

from tests.pattern_shape import word_runs
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


@pytest.mark.parametrize("pattern", [bound_after._SENTENCE, fact_after._SENTENCE, fact_after._AFTER, spared_front._QUESTION])
def test_the_sentence_splitters_are_linear_on_a_long_line(pattern):
    assert word_runs(pattern.pattern) == []


@pytest.mark.parametrize(("draft", "gone"), [
    ("Je moet niet lachen, maar kun je me deze zomer leren zwemmen?", "lachen"),
    ("Je moet niet boos worden, maar kun jij zondag mijn late dienst overnemen?", "boos"),
    ("Ge moet ni verschieten, maar zoudt ge volgende week mijn kat eten kunnen geven?", "verschieten"),
])
def test_a_plea_before_maar_is_not_put_back(draft, gone):
    assert gone not in shrink(draft).sentence


def test_guard_what_the_reader_need_not_do_stays():
    result = shrink("Je hoeft niet te komen, maar kun je me vanavond even bellen?")
    assert result.sentence.startswith("Je hoeft niet te komen, maar kun je")


@pytest.mark.parametrize(("person", "frame"), [("Peter", "kun je"), ("Pepe", "kun je"), ("mijn peter", "kunt ge"), ("Nonkel", "kunt ge")])
def test_peter_typed_alone_is_a_name(person, frame):
    assert frame in compose(person, "de ladder terugbrengen", "morgen").lower()


@pytest.mark.parametrize(("person", "what", "moment"), [
    ("mijn vader", "met de auto naar mijn vriendin gaan", "zaterdag"),
    ("mijn moeder", "naar mijn vriendin gaan om te leren", "vanavond"),
])
def test_going_to_my_own_place_is_asked_as_mine(person, what, moment):
    assert compose(person, what, moment).startswith("Mag ik")


def test_guard_coming_to_my_event_is_asked_of_the_person():
    assert "kun je" in compose("mijn oma", "naar mijn voetbalwedstrijd komen kijken", "zaterdag").lower()


def test_a_crisis_note_in_dutch_chat_spelling_stays_dutch_and_keeps_its_moment():
    result = composed("mijn zus", "vannacht bij me blijven, k wil niet meer leven", "")
    assert "kun je vannacht bij me blijven?" in result.sentence.lower()
    assert "niet meer leven" in result.sentence


def test_a_crisis_note_with_a_third_part_keeps_the_task_and_is_not_sure():
    result = composed("Noor", "vanavond bij me komen, 'k ben bang dat ik mezelf iets aandoe. je mag het niemand zeggen", "")
    assert "vanavond bij me komen?" in result.sentence and "iets aandoe" in result.sentence
    assert not result.sure


@pytest.mark.parametrize("draft", [
    "Beste meneer Smit, de kraan in de badkamer lekt al een week. Ik weet dat u het druk heeft, maar zou u deze week "
    "iemand kunnen sturen om dat te maken?",
    "De kraan in de badkamer lekt al een week. Ik weet dat u het druk heeft, maar zou u deze week iemand kunnen sturen "
    "om dat te maken?",
])
def test_a_pointing_ask_without_what_it_points_at_is_not_sure(draft):
    result = shrink(draft)
    assert not result.sure and "kraan" in result.sentence


def test_a_split_er_naar_leans_on_the_sentence_before():
    result = composed("Wil", "Wil, ik heb een probleem met mijn laptop. Kun jij er vanavond naar kijken?", "vanavond")
    assert "laptop" in result.sentence


@pytest.mark.parametrize(("draft", "gone"), [
    ("Kun je zondag het gras maaien? Je moet wel bij ons blijven eten!", "blijven eten"),
    ("Kun jij vanmiddag de post wegbrengen? Ik moet er om vier uur zijn voor de kinderen.", "vier uur"),
])
def test_an_invitation_or_the_writers_own_place_is_no_binding(draft, gone):
    result = shrink(draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert gone not in result.sentence or beside_kept(draft, result)


def test_guard_where_the_ask_takes_the_writer_stays():
    draft = "Hoi Joke, kun jij mij donderdag naar het ziekenhuis brengen? Ik moet er om 9:30 zijn voor de scan."
    assert "Ik moet er om 9:30 zijn." in shrink(draft).sentence
