"""Pure logic of `vraaghulp log`: Dutch date words, filters and the overview figures.

The overview figures are checked against numbers worked out by hand from
tests/fixtures/log_fixture.jsonl (12 records: 8 asks, 2 scripts, 1 conversation, 1 check).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from vraaghulp.coach import dates
from vraaghulp.coach.filters import Filters, make_matcher, person_matches
from vraaghulp.coach.overview import belief_move, overview
from vraaghulp.coach.text import fold

FIXTURE = Path(__file__).parent / "fixtures" / "log_fixture.jsonl"
TODAY = date(2024, 11, 22)  # a Friday


def fixture_dicts() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


# ----------------------------------------------------------------------------------------
# dates
# ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "word, expected",
    [
        ("vandaag", (date(2024, 11, 22), date(2024, 11, 22))),
        ("Gisteren", (date(2024, 11, 21), date(2024, 11, 21))),
        ("eergisteren", (date(2024, 11, 20), date(2024, 11, 20))),
        ("deze week", (date(2024, 11, 18), date(2024, 11, 24))),
        ("vorige week", (date(2024, 11, 11), date(2024, 11, 17))),
        ("afgelopen week", (date(2024, 11, 16), date(2024, 11, 22))),
        ("deze maand", (date(2024, 11, 1), date(2024, 11, 30))),
        ("vorige maand", (date(2024, 10, 1), date(2024, 10, 31))),
        ("dit jaar", (date(2024, 1, 1), date(2024, 12, 31))),
        ("3 dagen geleden", (date(2024, 11, 19), date(2024, 11, 19))),
        ("twee weken geleden", (date(2024, 11, 4), date(2024, 11, 10))),
        ("1 maand geleden", (date(2024, 10, 1), date(2024, 10, 31))),
        ("2024-11-05", (date(2024, 11, 5), date(2024, 11, 5))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("21-11-2024", (date(2024, 11, 21), date(2024, 11, 21))),
        ("5/11", (date(2024, 11, 5), date(2024, 11, 5))),
        ("21 nov", (date(2024, 11, 21), date(2024, 11, 21))),
        ("3 februari 2023", (date(2023, 2, 3), date(2023, 2, 3))),
        ("maandag", (date(2024, 11, 18), date(2024, 11, 18))),
        ("vrijdag", (date(2024, 11, 22), date(2024, 11, 22))),
    ],
)
def test_date_words(word, expected):
    assert dates.period(word, TODAY) == expected


def test_month_boundaries_and_year_change():
    assert dates.period("vorige maand", date(2025, 1, 15)) == (date(2024, 12, 1), date(2024, 12, 31))
    assert dates.period("vorige week", date(2025, 1, 2)) == (date(2024, 12, 23), date(2024, 12, 29))
    assert dates.period("1 maand geleden", date(2024, 3, 31)) == (date(2024, 2, 1), date(2024, 2, 29))


@pytest.mark.parametrize("word", ["gistermorgen", "31-02-2024", "", "2024-13-01", "veel dagen geleden"])
def test_unknown_date_words_give_a_dutch_message(word):
    with pytest.raises(dates.DateWordError) as info:
        dates.period(word, TODAY)
    assert "Probeer" in str(info.value) or "getal" in str(info.value)


# ----------------------------------------------------------------------------------------
# filters
# ----------------------------------------------------------------------------------------
def ids(filters: Filters) -> list[str]:
    matcher = make_matcher(filters)
    return [d["id"] for d in fixture_dicts() if matcher(d)]


def test_fold_and_person_matching():
    assert fold("Renée ÉÉN") == "renee een"
    assert person_matches("Sam", "sam")
    assert person_matches("Sam de Vries", "SAM")
    assert not person_matches("Samira", "sam")
    assert person_matches("mijn buurvrouw", "buurvrouw")
    assert person_matches("Renée", "renee")


def test_each_filter():
    assert ids(Filters(kind="script")) == ["ssss0001", "ssss0002"]
    assert ids(Filters(kind="gesprek")) == ["gggg0001"]
    assert ids(Filters(status="open")) == ["aaaa0007"]
    assert ids(Filters(status="afgezien")) == ["aaaa0006"]
    assert ids(Filters(person="sam")) == ["aaaa0001", "aaaa0003", "aaaa0005", "gggg0001", "aaaa0008"]
    assert ids(Filters(person="Renee")) == ["aaaa0007"]
    assert ids(Filters(start=date(2024, 11, 18))) == ["cccc0001", "aaaa0007", "aaaa0008"]
    assert ids(Filters(end=date(2024, 11, 5))) == ["aaaa0001", "aaaa0002"]
    # accents and case do not matter, both ways round
    assert ids(Filters(search="CAFE")) == ["aaaa0008"]
    assert ids(Filters(search="renée")) == ["aaaa0007"]
    assert ids(Filters(search="zelf kunnen")) == ["ssss0001"]
    # conversation notes are searched too
    assert ids(Filters(search="raden")) == ["gggg0001"]


def test_filters_combined():
    assert ids(Filters(person="sam", status="gedaan", start=date(2024, 11, 6))) == ["aaaa0003", "aaaa0005", "aaaa0008"]
    assert ids(Filters(kind="vraag", start=date(2024, 11, 11), end=date(2024, 11, 17), search="kun je")) == [
        "aaaa0004",
        "aaaa0005",
    ]
    assert ids(Filters(person="anna", status="open")) == []
    assert not Filters().active()
    assert Filters(search="x").active()


# ----------------------------------------------------------------------------------------
# the overview, against hand-computed figures
# ----------------------------------------------------------------------------------------
def test_overview_totals_match_hand_computed_numbers():
    ov = overview(fixture_dicts())
    t = ov.total
    assert (t.asks, t.done, t.open, t.set_aside) == (8, 6, 1, 1)
    assert t.outcomes == {"ja": 3, "deels": 1, "nee": 1, "geen-reactie": 1}
    assert t.comparisons == {"beter": 3, "zoals-verwacht": 2, "slechter": 1}
    # fear before over all 8 asks: (6+8+7+9+5+6+4+4)/8 = 49/8 = 6.125
    assert t.fear_before == 6.1
    # the 6 asks with fear before and after: before 39/6 = 6.5, after 23/6 = 3.83
    assert (t.paired_n, t.paired_fear_before, t.paired_fear_after) == (6, 6.5, 3.8)
    # predicted chance over the 6 answered asks: 280/6 = 46.67; real yes 3/6, yes-or-partly 4/6
    assert (t.predicted_chance, t.yes_share, t.yes_or_partly_share) == (46.7, 50.0, 66.7)


def test_overview_per_person_and_level():
    ov = overview(fixture_dicts())
    people = {name: tally for name, tally in ov.people_sorted()}
    assert list(people) == ["Sam", "Anna", "Jeroen", "Renée"]  # most asks first; "sam" and "Sam" are one
    sam = people["Sam"]
    assert sam.asks == 4 and sam.outcomes == {"ja": 2, "deels": 1, "nee": 0, "geen-reactie": 1}
    assert (sam.predicted_chance, sam.yes_share) == (57.5, 50.0)  # (50+40+60+80)/4; 2 of 4
    assert (sam.paired_fear_before, sam.paired_fear_after) == (5.5, 3.0)  # (6+7+5+4)/4, (2+5+4+1)/4
    assert people["Anna"].asks == 2 and people["Anna"].yes_share == 100.0
    assert people["Renée"].answered == 0 and people["Renée"].yes_share is None
    levels = dict(ov.levels_sorted())
    assert list(levels) == [1, 2, 3, None]
    assert (levels[1].asks, levels[1].predicted_chance, levels[1].yes_share) == (2, 35.0, 100.0)
    assert (levels[2].asks, levels[2].predicted_chance, levels[2].yes_share) == (3, 43.3, 0.0)
    assert levels[3].answered == 0 and levels[None].asks == 1


def test_overview_beliefs_weeks_and_other_kinds():
    ov = overview(fixture_dicts())
    # script 1: 80 when written, 60 after, 45 a week later -> 80 to 45; script 2 has one rating only
    assert (ov.scripts, ov.scripts_moved, ov.belief_first, ov.belief_last) == (2, 1, 80.0, 45.0)
    assert (ov.beliefs_lower, ov.beliefs_same, ov.beliefs_higher) == (1, 0, 0)
    assert (ov.conversations, ov.conversations_finished, ov.checks) == (1, 1, 1)
    assert (ov.first_day, ov.last_day) == (date(2024, 11, 4), date(2024, 11, 21))
    points = ov.series("week", until=TODAY, count=4)
    assert [(p.start, p.asks) for p in points] == [  # nothing before the week of the first record
        (date(2024, 11, 4), 3),
        (date(2024, 11, 11), 3),
        (date(2024, 11, 18), 2),
    ]
    # week of 4 nov: asks 1-3, before (6+8+7)/3 = 7, after (2+3+5)/3 = 3.3
    assert (points[0].fear_before, points[0].fear_after) == (7.0, 3.3)
    assert ov.unit() == "week"
    months = ov.series("maand", until=TODAY, count=2)
    assert [(p.label, p.asks) for p in months] == [("nov 2024", 8)]


def test_overview_dict_keys_are_pinned():
    data = overview(fixture_dicts()).to_dict(until=TODAY)
    assert sorted(data) == sorted([
        "vragen", "open", "gedaan", "afgezien", "uitkomsten", "vergelijking", "angst", "kans",
        "per_persoon", "per_niveau", "overtuigingen", "gesprekken", "checks", "eerste_dag",
        "laatste_dag", "reeks",
    ])
    assert sorted(data["angst"]) == ["na", "paren", "voor", "voor_gemiddeld"]
    assert sorted(data["kans"]) == ["aantal", "echt_ja", "echt_ja_of_deels", "voorspeld"]
    assert data["per_persoon"][0]["naam"] == "Sam"
    assert data["reeks"]["eenheid"] == "week" and len(data["reeks"]["punten"]) == 3  # from the first record on


def test_chart_moves_back_to_the_last_ask_when_the_window_is_empty():
    ov = overview(fixture_dicts())
    assert ov.chart_end("week", date(2026, 1, 1)) == date(2024, 11, 18)
    assert ov.chart_end("week", TODAY) == TODAY


def test_belief_move_orders_ratings_by_time():
    script = {
        "id": "x", "soort": "script", "zin": "z", "gemaakt": "2024-11-06T09:00:00+01:00",
        "geloof": 90, "geloof_na": 70,
        "beoordelingen": [
            {"datum": "2024-12-01T09:00:00+01:00", "waarde": 30},
            {"datum": "2024-11-20T09:00:00+01:00", "waarde": 50},
        ],
    }
    move = belief_move(script)
    assert (move.first, move.last, move.ratings) == (90, 30, 4)
    # mixed time zones are compared as moments in time
    script["beoordelingen"] = [{"datum": "2024-12-01T08:30:00+00:00", "waarde": 40}, {"datum": "2024-12-01T09:00:00+01:00", "waarde": 20}]
    assert belief_move(script).last == 40
    assert belief_move({"id": "y", "soort": "script", "gemaakt": "2024-11-06T09:00:00+01:00", "geloof": 50}) is None


def test_overview_streams_broken_values_without_failing():
    broken = [
        {"id": "b1", "soort": "vraag", "gemaakt": "gisteren", "angst_voor": "veel", "kans": None, "uitkomst": "ja"},
        {"id": "b2", "soort": "vraag", "wie": "  ", "angst_voor": 3, "angst_na": 1},
    ]
    ov = overview(broken)
    assert ov.total.asks == 2 and ov.total.paired_n == 1 and ov.total.outcomes["ja"] == 1
    assert ov.people == {}
