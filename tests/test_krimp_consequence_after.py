"""What goes wrong without the favour ('anders kan ik er niet langs') is said after the question,
as its own sentence, not asked as part of it."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize(("draft", "expected"), [
    ("Ruud sorry zou je misschien vanavond je auto een stukje kunnen verzetten, anders kan de verhuiswagen er niet door",
     "Ruud, kun je vanavond je auto een stukje verzetten? Anders kan de verhuiswagen er niet door."),
    ("hoi Nina kun je morgen de sleutel bij de buren leggen, anders staat de loodgieter voor een dichte deur",
     "Nina, kun je morgen de sleutel bij de buren leggen? Anders staat de loodgieter voor een dichte deur."),
])
def test_a_consequence_after_the_ask_becomes_its_own_sentence(draft, expected):
    assert shrink(draft).sentence == expected


def test_a_plain_question_with_anders_inside_stays_one_question():
    assert shrink("Kun je het morgen anders aanpakken?").sentence == "Kun je het morgen anders aanpakken?"
