"""Round 24 (c24f): the default floor of the next refit raised from 0.01 to 0.02.

Measured on 69 files by outside authors in their first state (benchmarks/crisis_floor_history.py)
and on this corpus's left-out scores (tools/crisis_net_fit.py --ondergrens-tabel): over
opinion.AMBIGUOUS the step to 0.02 lowers 7 more false panels and moves 1 more real acuut line to
zorg (crisis corpus README, "Round 24 (c24f)"). The tests fix the default, what the table counts
at the new height (and what it must not count), and that the engine with a floor of 0.02 still
never silences a panel nor lowers one with a plan, a means, a date, a wish to die or a passive wish.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.helpers import load_tool
from vraaghulp.coach.crisis import ACUUT, ZORG, assess, observe
from vraaghulp.coach.crisis.opinion import FAMILY, score, weights

FLOOR = 0.02  # the new default height, fixed here (the shipped weights still carry 0.01 until the refit)


@pytest.fixture
def floor_02(monkeypatch):
    from vraaghulp.coach.crisis import opinion

    monkeypatch.setattr(opinion, "_loaded", [{**weights(), "ondergrens": FLOOR}])


def test_the_fit_writes_a_floor_of_002_by_default():
    tool = load_tool("crisis_net_fit")
    assert tool.FLOOR == FLOOR
    assert tool.arguments([]).ondergrens == FLOOR
    assert tool.arguments(["--ondergrens", "0.01"]).ondergrens == 0.01  # the lead can still choose


def _line(expected, families, value, beyond=False, short=False, rules="acuut"):
    return SimpleNamespace(expected=expected, rules=rules, families=families, score=value, sentence_max=value,
                           whole_only=True, beyond=beyond, short=short)


def test_the_table_counts_a_panel_between_the_two_heights_only_at_the_higher():
    floor = load_tool("crisis_net_floor")
    ambiguous = frozenset(("afscheid", "zaken-regelen", "gevaar-plek", "last-voor-anderen"))
    lines = [
        _line("geen", ("afscheid",), 0.015),  # lowered at 0.02, not at 0.01
        _line("geen", ("gevaar-plek",), 0.005),  # lowered at both
        _line("acuut", ("zaken-regelen",), 0.012),  # a real one that slips to zorg at 0.02
        # near misses, never in reach: a wish to die, a passive wish, a mix with a means,
        # a message that speaks of death, one too short to score, a line the rules give zorg
        _line("geen", ("doodswens",), 0.001),
        _line("acuut", ("passief",), 0.001),
        _line("acuut", ("afscheid", "plan-middel"), 0.001),
        _line("geen", ("afscheid",), 0.001, beyond=True),
        _line("geen", ("afscheid",), 0.001, short=True),
        _line("geen", ("afscheid",), 0.001, rules="zorg"),
    ]
    assert floor.floor_row(lines, ambiguous, 0.01) == (2, 1, 1, 0, 0)
    assert floor.floor_row(lines, ambiguous, FLOOR) == (2, 2, 1, 1, 0)


@pytest.mark.parametrize("text", [
    "Ik neem afscheid van jullie allemaal, op vrijdag 12 mei is het mijn laatste dag op aarde.",  # a date
    "Als ik er niet meer ben, zorg dan goed voor mijn kat. Vanavond is het zover.",  # a plan and a time
    "Ik heb de pillen gespaard en vannacht neem ik ze allemaal.",  # a means
    "Ik sta op het dak van de parkeergarage en ik ben er klaar mee, vanavond spring ik.",  # a place and a plan
    "Ik wil dood, ik kan het niet meer aan.",  # a wish to die: never lowered
    "Ik hoop dat ik morgen gewoon niet meer wakker word.",  # a passive wish: never lowered
])
def test_at_002_a_panel_with_more_than_weak_evidence_keeps_the_panel(floor_02, text):
    result = assess(text)
    assert result.tier == ACUUT
    assert not any(s.family == FAMILY for s in result.signals)


def test_at_002_a_weak_evidence_panel_becomes_the_gentle_line_never_nothing(floor_02):
    text = "Het wachtwoord van de wifi staat op het briefje bij de router, voor als ik er niet ben dit weekend."
    rules_tier, families, found = observe(text)
    assert rules_tier == ACUUT and families == ("zaken-regelen",)
    assert score(found) < FLOOR
    result = assess(text)
    assert result.tier == ZORG and result.families == families
