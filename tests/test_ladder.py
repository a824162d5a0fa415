"""Choosing today's level from the user's own history."""

from __future__ import annotations

from types import SimpleNamespace

from vraaghulp.coach.ladder import choose_level, pick_example
from vraaghulp.guides.ladder import load_ladder


def ask(level, status="gedaan", outcome="ja", comparison="beter", fear_after=2):
    return SimpleNamespace(level=level, status=status, outcome=outcome, comparison=comparison, fear_after=fear_after)


def test_no_history_starts_at_one():
    s = choose_level([], 5)
    assert s.level == 1 and "niveau 1" in s.reason


def test_three_good_asks_step_up_with_the_reason_in_dutch():
    s = choose_level([ask(1), ask(1, outcome="deels", comparison="zoals-verwacht"), ask(1)], 5)
    assert s.level == 2
    assert s.reason == "je laatste drie vragen op niveau 1 gingen goed: tijd voor niveau 2."


def test_two_good_asks_stay_and_say_how_many_are_left():
    s = choose_level([ask(2), ask(2)], 5)
    assert s.level == 2 and "nog 1 goede ervaring " in s.reason


def test_a_bad_experience_breaks_the_streak_and_steps_down():
    history = [ask(2), ask(2), ask(2, outcome="nee", comparison="slechter", fear_after=8)]
    s = choose_level(history, 5)
    assert s.level == 1 and "stapje terug" in s.reason


def test_a_plain_no_without_distress_keeps_the_level():
    history = [ask(3), ask(3, outcome="nee", comparison="zoals-verwacht", fear_after=3)]
    assert choose_level(history, 5).level == 3


def test_two_set_aside_asks_step_down_kindly():
    history = [ask(3), ask(3, status="afgezien", outcome=None), ask(3, status="afgezien", outcome=None)]
    s = choose_level(history, 5)
    assert s.level == 2 and "dat mag" in s.reason


def test_top_level_is_never_exceeded():
    assert choose_level([ask(5)] * 3, 5).level == 5


def test_a_full_day_lowers_the_suggestion():
    history = [ask(3)] * 3
    assert choose_level(history, 5).level == 4
    s = choose_level(history, 5, fullness=9)
    assert s.level == 3 and "9/10" in s.reason
    assert choose_level([], 5, fullness=10).level == 1


def test_open_asks_do_not_count():
    history = [ask(1), ask(1), ask(1, status="open", outcome=None)]
    assert choose_level(history, 5).level == 1


def test_ladder_content_has_five_levels_of_eight_examples():
    ladder = load_ladder()
    assert [level.number for level in ladder.levels] == [1, 2, 3, 4, 5]
    assert all(len(level.examples) >= 8 for level in ladder.levels)


def test_example_is_stable_per_day_and_moves_on_request():
    examples = load_ladder().level(2).examples
    assert pick_example(examples, 739000) == pick_example(examples, 739000)
    assert pick_example(examples, 739000, offset=1) != pick_example(examples, 739000)
