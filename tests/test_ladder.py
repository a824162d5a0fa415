"""Choosing today's level from the user's own history."""

from __future__ import annotations

from types import SimpleNamespace

from vraaghulp.coach.ladder import choose_level, pick_example
from vraaghulp.flows.oefen import load_ladder


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


# ----- not the same example again within three weeks ------------------------------------
from datetime import date, datetime, time, timedelta, timezone  # noqa: E402

from vraaghulp.coach.ladder import RECENT_DAYS, recently_taken, todays_example  # noqa: E402
from vraaghulp.flows.oefen import compose_sentence, new_ask  # noqa: E402

DAY_ONE = date(2025, 3, 3)


def taken_ask(example, day, person="Sanne", status="open", level=1):
    """An ask as the oefen flow saves it when the user takes `example` on `day`."""
    when = datetime.combine(day, time(9, 30), tzinfo=timezone.utc)
    text = compose_sentence(person, example.what, example.moment, example.opening)
    ask = new_ask(person=person, text=text, fear=5, chance=60, when=when, moment=example.moment, level=level)
    return ask.model_copy(update={"status": status})


def test_a_taken_example_is_not_offered_again_while_others_are_left():
    examples = load_ladder().level(1).examples
    history, offered = [], []
    for n in range(len(examples)):  # one ask a day, every day taking what is offered
        day = DAY_ONE + timedelta(days=n)
        index = todays_example(examples, history, day)
        offered.append(index)
        history.append(taken_ask(examples[index], day))
    assert sorted(offered) == list(range(len(examples)))  # nine days, nine different examples

    # Day ten: every example was taken in the last three weeks; the one taken longest ago returns.
    day_ten = DAY_ONE + timedelta(days=len(examples))
    assert todays_example(examples, history, day_ten) == offered[0]
    # "Laat een andere zien" walks on in the order they were taken.
    walk = [todays_example(examples, history, day_ten, offset) for offset in range(len(examples))]
    assert walk == offered


def test_running_oefen_again_the_same_day_offers_another_example():
    examples = load_ladder().level(2).examples
    first = todays_example(examples, [], DAY_ONE)
    assert todays_example(examples, [], DAY_ONE) == first  # stable for the day
    again = todays_example(examples, [taken_ask(examples[first], DAY_ONE)], DAY_ONE)
    assert again != first
    assert todays_example(examples, [], DAY_ONE, offset=1) == again  # simply the next one in line


def test_three_weeks_later_an_example_may_come_back():
    examples = load_ladder().level(1).examples
    index = todays_example(examples, [], DAY_ONE)
    history = [taken_ask(examples[index], DAY_ONE, status="gedaan")]
    still_recent = DAY_ONE + timedelta(days=RECENT_DAYS - 1)
    assert recently_taken(examples, history, still_recent) == {index: DAY_ONE}
    assert recently_taken(examples, history, DAY_ONE + timedelta(days=RECENT_DAYS)) == {}
    # A later date whose own pick is that example: offered again only once three weeks have passed.
    same_pick = next(
        DAY_ONE + timedelta(days=RECENT_DAYS + n)
        for n in range(len(examples))
        if todays_example(examples, [], DAY_ONE + timedelta(days=RECENT_DAYS + n)) == index
    )
    assert todays_example(examples, history, same_pick) == index
    before = next(
        DAY_ONE + timedelta(days=n)
        for n in range(1, RECENT_DAYS)
        if todays_example(examples, [], DAY_ONE + timedelta(days=n)) == index
    )
    assert todays_example(examples, history, before) != index


def test_any_status_counts_and_future_asks_do_not():
    examples = load_ladder().level(3).examples
    set_aside = taken_ask(examples[4], DAY_ONE, status="afgezien", level=3)
    assert recently_taken(examples, [set_aside], DAY_ONE + timedelta(days=2)) == {4: DAY_ONE}
    assert recently_taken(examples, [set_aside], DAY_ONE - timedelta(days=1)) == {}


def test_the_latest_date_is_kept_when_an_example_was_taken_twice():
    examples = load_ladder().level(1).examples
    history = [taken_ask(examples[2], DAY_ONE), taken_ask(examples[2], DAY_ONE + timedelta(days=5))]
    assert recently_taken(examples, history, DAY_ONE + timedelta(days=6)) == {2: DAY_ONE + timedelta(days=5)}


def test_an_edited_ask_still_counts_and_an_unrelated_own_ask_does_not():
    examples = load_ladder().level(1).examples
    when = datetime.combine(DAY_ONE, time(12), tzinfo=timezone.utc)

    def own(text):
        return new_ask(person="Sam", text=text, fear=3, chance=80, when=when, level=1)

    bread = next(i for i, e in enumerate(examples) if "brood" in e.what)
    shortened = own("Sam, kun je straks een brood voor me meenemen?")  # the bakery part removed
    assert recently_taken(examples, [shortened], DAY_ONE) == {bread: DAY_ONE}
    assert recently_taken(examples, [own("Sam, mag ik vrijdag je ladder lenen?")], DAY_ONE) == {}
    assert recently_taken(examples, [own("Sam, kun je me vandaag even helpen?")], DAY_ONE) == {}


def test_every_ladder_example_is_recognised_as_itself_and_only_itself():
    ladder = load_ladder()
    for level in ladder.levels:
        for index, example in enumerate(level.examples):
            ask = taken_ask(example, DAY_ONE, person="Noor", level=level.number)
            found = recently_taken(level.examples, [ask], DAY_ONE, level=level.number)
            assert found == {index: DAY_ONE}, example.what
            for other in ladder.levels:
                if other.number != level.number:
                    assert recently_taken(other.examples, [ask], DAY_ONE, level=other.number) == {}


def test_an_ask_at_another_level_does_not_hold_back_a_similar_example():
    ladder = load_ladder()
    sitting_by = next(e for e in ladder.level(4).examples if e.what.startswith("naast me zitten"))
    letter = next(e for e in ladder.level(2).examples if "naast me zitten" in e.what)
    ask = taken_ask(letter, DAY_ONE, level=2)
    index = ladder.level(4).examples.index(sitting_by)
    assert recently_taken(ladder.level(4).examples, [ask], DAY_ONE) == {index: DAY_ONE}  # the words overlap
    assert recently_taken(ladder.level(4).examples, [ask], DAY_ONE, level=4) == {}
    levelless = ask.model_copy(update={"level": None})  # old records without a level still count
    assert recently_taken(ladder.level(4).examples, [levelless], DAY_ONE, level=4) == {index: DAY_ONE}
