"""A wish to borrow the reader's thing made 'Mag ik …?' (round 25, k25s: coach/krimp/tagged.py).

Outside writers ask to borrow in the writer's own words: 'kzou ff je fiets willen lenen', 'kzou ne keer uw
fiets moeten lenen tegen vrijdag, de mijne is plat. kan da?'. tagged.py already turned a wish with a tag
question after it; now also with 'moeten' as the wish's verb, with a short sentence between the wish and the
tag (said after the question), and without any tag when the wish is to borrow the reader's own thing ('je',
'uw' …): borrowing asks by nature. Drafts here are our own.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.tagged import tagged


def test_a_borrow_wish_without_tag_becomes_the_question():
    out = shrink("Hoi Kim, ik zou je ladder willen lenen zaterdag. Groetjes")
    assert out.sentence == "Kim, mag ik je ladder lenen zaterdag?"


def test_chat_borrow_wish_with_typed_person_and_moment():
    out = shrink("kzou ff uw kar willen lenen mss", person="Joke", moment="morgen")
    assert out.sentence.startswith("Joke, mag ik morgen") and "kar lenen?" in out.sentence


def test_moeten_as_the_wish_verb_and_an_aside_before_the_tag():
    turned = tagged("kzou ne keer je kar moeten lenen tegen zondag, de mijne is kapot. kan da?")
    assert turned is not None
    assert turned.text == "Mag ik ne keer je kar lenen tegen zondag? de mijne is kapot."


def test_the_turned_text_ends_once():
    turned = tagged("Hoi Kim, ik zou je ladder willen lenen zaterdag. Groetjes")
    assert turned is not None and "?." not in turned.text


@pytest.mark.parametrize("draft", [
    "Ik zou graag wat geld willen lenen van de bank.",  # not the reader's thing
    "kzou je fiets lenen maar hij is stuk",  # a clause runs on: no ask
    "ik zou graag je mening willen horen.",  # not borrowing
    "Ik wil je fiets niet lenen.",  # a negation
    "Ik zou je vragen of ik je boor mag lenen.",  # a frame the engine knows ('vragen')
])
def test_near_misses_are_not_turned(draft):
    assert tagged(draft) is None


def test_near_miss_results_ask_nothing_new():
    assert not shrink("kzou je fiets lenen maar hij is stuk").sentence.startswith("Mag ik")
    assert not shrink("Ik zou graag wat geld willen lenen van de bank.").sentence.startswith("Mag ik")
