"""Round 20 (c20b): ordinary messages with the shapes of an alarm (a trip, a handover, a last shift,
passwords for leave, medication rounds, a platform or a roof at work) and their alarm twins. The corpus
lines are in tests/corpus/crisis/tuning20-c20b.toml; the texts here are not."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", (
    "De asverstrooiing is volgende week, daarna drinken we koffie.",
    "vandaag de asverstrooiing van nonkel, mooi en rustig",
    "wiiil je nog koffie",
))
def test_a_real_double_i_word_does_not_break_the_check(text):
    assert assess(text).tier in (None, ZORG, ACUUT)
