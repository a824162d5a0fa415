"""Taking the pills as the writer's own decision ('morgen neem ik de pillen') is ordinary on its own
(a course of medicine) and acute next to affairs settled, a farewell or despair (round 11, found
while merging: an arranged will plus 'morgen neem ik de pillen' was silent)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

ACUTE = [
    "alles is geregeld en morgen neem ik de pillen",
    "ik kan niet meer. vanavond slik ik ze allemaal",
    "Ik ben zo moe van alles. Vannacht neem ik al die pillen.",
    "de brief voor mama ligt klaar. straks neem ik alle pillen",
]
ORDINARY = [
    "morgen neem ik de pillen",
    "alles is geregeld voor de vakantie, morgen neem ik de pillen mee",
    "ik neem de pillen voor het slapen, dat heeft de dokter gezegd",
]


@pytest.mark.parametrize("text", ACUTE)
def test_taking_the_pills_next_to_settled_affairs_or_despair_is_acute(text):
    assert assess(text).tier == "acuut", assess(text).signals


@pytest.mark.parametrize("text", ORDINARY)
def test_taking_the_pills_alone_is_no_alarm(text):
    assert assess(text).tier is None, assess(text).signals
