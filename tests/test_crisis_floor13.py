"""Round 13: the second opinion's floor widened to the families whose panel is most often an
ordinary message, and the table of `tools/crisis_net_fit.py --ondergrens-tabel`.

The shipped weights carry a floor over `opinion.AMBIGUOUS` (afscheid, zaken-regelen,
gevaar-plek), chosen on files nobody had tuned for yet (see the crisis corpus README, "round 13:
the floor"; 0.02 then, 0.01 since round 14 fitted the score with ordinary drafts too, 0.02 again since round 26). The tests fix the floor's height (every refit moves the scores a little) and check
what it does through the real engine and the real weights: a panel resting on weak evidence
alone becomes the gentle line (never nothing), a panel with a plan, a means or a date keeps the
panel, and the families the floor leaves alone (a wish to die, a passive wish) keep theirs.
"""

from __future__ import annotations

from types import SimpleNamespace


import pytest

from tests.helpers import load_tool
from vraaghulp.coach.crisis import ACUUT, ZORG, assess, observe
from vraaghulp.coach.crisis.opinion import FAMILY, score, weights



def _fit_tool():
    return load_tool("crisis_net_fit")


FLOOR = 0.02  # the shipped height (round 26, c26n: the refit with the floor 0.02), fixed here: every refit moves the weights (and could move the floor)


@pytest.fixture
def wide_floor(monkeypatch):
    """The shipped weights and families, with the floor at a fixed height."""
    from vraaghulp.coach.crisis import opinion

    monkeypatch.setattr(opinion, "_loaded", [{**weights(), "ondergrens": FLOOR}])


# Weak evidence: a wifi password left "voor als ik er niet ben dit weekend" (arranging things,
# nothing else) and a street's goodbye after forty years (a farewell, nothing else).
_WEAK = (
    ("Het wachtwoord van de wifi staat op het briefje bij de router, voor als ik er niet ben dit weekend.",
     ("zaken-regelen",)),
    ("Beste buren, na veertig jaar nemen we afscheid van de Lindelaan, bedankt voor alles en pas goed op elkaar!",
     ("afscheid",)),
)


@pytest.mark.parametrize(("text", "families"), _WEAK)
def test_a_weak_evidence_panel_becomes_the_gentle_line(wide_floor, text, families):
    rules_tier, rules_families, found = observe(text)
    assert rules_tier == ACUUT and rules_families == families  # the rules alone give the panel
    assert score(found) < FLOOR
    result = assess(text)
    assert result.tier == ZORG and result.families == families  # never nothing: the gentle line
    assert any(s.family == FAMILY and s.level == "hint" and "lijkt gewoon" in s.phrase for s in result.signals)


@pytest.mark.parametrize("text", [
    "Ik neem afscheid van jullie allemaal, op vrijdag 12 mei is het mijn laatste dag op aarde.",  # a date
    "Als ik er niet meer ben, zorg dan goed voor mijn kat. Vanavond is het zover.",  # a plan and a time
    "Ik heb de pillen gespaard en vannacht neem ik ze allemaal.",  # a means
    "Ik sta op het dak van de parkeergarage en ik ben er klaar mee, vanavond spring ik.",  # a place and a plan
])
def test_a_panel_with_a_plan_a_means_or_a_date_keeps_the_panel(wide_floor, text):
    result = assess(text)
    assert result.tier == ACUUT
    assert not any(s.family == FAMILY for s in result.signals)


def test_the_shipped_floor_covers_the_ambiguous_families_only():
    from vraaghulp.coach.crisis import opinion

    assert 0 < weights()["ondergrens"] <= 0.05
    # round 19 (c19e): others rid of the writer joined the three of round 13
    assert opinion.AMBIGUOUS == frozenset(("afscheid", "zaken-regelen", "gevaar-plek", "last-voor-anderen"))
    assert opinion.AMBIGUOUS < frozenset(_fit_tool().FLOOR_CANDIDATES)
    assert not opinion.needed(ACUUT, ("doodswens",)) and not opinion.needed(ACUUT, ("passief",))


def test_a_wish_to_die_keeps_the_panel_however_low_the_score(wide_floor):
    from vraaghulp.coach.crisis import opinion

    text = "gisteren veel te veel gedronken op de bruiloft, ik wil dood en nu zo snel mogelijk naar bed"
    rules_tier, families, _ = observe(text)
    assert rules_tier == ACUUT and "doodswens" in families and not opinion.needed(rules_tier, families)
    assert assess(text).tier == ACUUT


def _line(tool, expected: str, families: tuple[str, ...], value: float, tier: str | None = ACUUT):
    line = tool.Line("f", "tekst", expected, "")
    line.rules, line.families, line.score = tier, families, value
    return line


def test_the_table_counts_harmless_panels_lowered_against_real_ones_slipping_to_zorg():
    tool = _fit_tool()
    lines = [
        _line(tool, "geen", ("zaken-regelen",), 0.001),  # in reach, lowered
        _line(tool, "geen", ("zaken-regelen", "plan-middel"), 0.001),  # a family outside the set: out of reach
        _line(tool, "geen", ("afscheid",), 0.5),  # in reach, scored too high
        _line(tool, "acuut", ("afscheid",), 0.004),  # a real panel that slips to zorg
        _line(tool, "acuut", ("zaken-regelen",), 0.9),  # a real panel kept
        _line(tool, "zorg", ("afscheid",), 0.002),  # a panel that should have been the gentle line
        _line(tool, "geen", (), 0.0, tier=None),  # no panel at all
    ]
    families = frozenset(("afscheid", "zaken-regelen"))
    assert tool.floor_row(lines, families, 0.005) == (2, 1, 2, 1, 1)
    assert tool.floor_row(lines, families, 0.003) == (2, 1, 2, 0, 1)
    assert tool.floor_row(lines, frozenset(("gevaar-plek",)), 0.1) == (0, 0, 0, 0, 0)
    table = tool.floor_table(lines)
    assert table[0].startswith("false panels on the corpus now: 3")
    rows = [row for row in table if row.startswith("| afscheid+zaken-regelen |")]
    assert rows and "1/2, 1/2 +z1" in rows[0]


def test_the_table_tries_each_candidate_alone_growing_unions_and_every_family():
    tool = _fit_tool()
    sets = dict(tool.family_sets())
    assert sets["afscheid"] == frozenset(("afscheid",))
    assert sets["+".join(tool.FLOOR_CANDIDATES)] == frozenset(tool.FLOOR_CANDIDATES)
    assert len(sets) == 2 * len(tool.FLOOR_CANDIDATES)  # and "any family": every panel in reach
    line = SimpleNamespace(rules="acuut", families=("plan-middel",), beyond=False, short=False)
    assert tool.only_from(line, sets["any family"]) and not tool.only_from(line, sets["afscheid"])
    # round 22: a message that speaks of life or death, or is too short to score, is out of any floor's reach
    assert not tool.only_from(SimpleNamespace(rules="acuut", families=("afscheid",), beyond=True, short=False),
                              sets["afscheid"])
    assert not tool.only_from(SimpleNamespace(rules="acuut", families=("afscheid",), beyond=False, short=True),
                              sets["afscheid"])
