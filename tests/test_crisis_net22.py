"""Round 22 (c22n), finished in round 23 (c23n): the second opinion's fit made fast without changing
its weights, and the table of a zorg floor (measured, not shipped).

The fast folds (tools/crisis_net_sgd.py) are compared with the plain reference fit
(`crisis_net_fit.fit`) on a small corpus of their own: the same weights and left-out scores,
with and without worker processes. The zorg floor's table counts on hand-made lines.
"""

from __future__ import annotations

import random

import pytest

from tests.helpers import load_tool


def _fit_tool():
    return load_tool("crisis_net_fit")


def _lines(tool, files: int = 3, per_file: int = 60):
    rng = random.Random(7)
    vocabulary = [f"w:{n}" for n in range(120)]
    lines = []
    for f in range(files):
        for n in range(per_file):
            found = set(rng.sample(vocabulary, rng.randint(0, 12)))
            alarm = "w:1" in found or "w:2" in found or rng.random() < 0.1
            line = tool.Line(f"deel{f}", f"regel {f}-{n}", "acuut" if alarm else "geen", "x")
            line.features = found
            line.pieces = [set(list(found)[:3]), {"w:5", "w:onbekend"}] if n % 4 == 0 else []
            lines.append(line)
    return lines


def _reference(tool, lines, **options):
    """Per file: the plain fit on the other files, its scores of the left-out lines and their sentences."""
    scores, sentences = {}, {}
    for name in sorted({x.file for x in lines}):
        bias, weights = tool.fit([x.features for x in lines if x.file != name],
                                 [x.label for x in lines if x.file != name], **options)
        for x in lines:
            if x.file == name:
                scores[x.text] = tool.probability(bias, weights, x.features)
                sentences[x.text] = max([tool.probability(bias, weights, p) for p in x.pieces], default=0.0)
    return scores, sentences, tool.fit([x.features for x in lines], [x.label for x in lines], **options)


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_fast_folds_give_the_reference_weights_and_left_out_scores(jobs):
    tool = _fit_tool()
    lines = _lines(tool)
    options = {"epochs": 5, "min_lines": 2}
    scores, sentences, (bias, weights) = _reference(tool, lines, **options)
    fast_bias, fast_weights = tool.leave_one_file_out(lines, jobs, whole=True, **options)
    assert fast_bias == bias and fast_weights == weights  # bit for bit: the same steps in the same order
    for x in lines:
        assert x.score == pytest.approx(scores[x.text], rel=1e-12, abs=1e-15)  # summed in another order
        assert x.sentence_max == pytest.approx(sentences[x.text], rel=1e-12, abs=1e-15)
    assert any(x.sentence_max > 0 for x in lines)


def test_without_the_whole_fit_only_the_left_out_scores_are_given():
    tool = _fit_tool()
    lines = _lines(tool, files=2, per_file=30)
    assert tool.leave_one_file_out(lines, 1, whole=False, epochs=2, min_lines=2) is None
    assert len({round(x.score, 9) for x in lines}) > 2


def _zorg_line(tool, expected, families, value, sentence=0.0, tier="zorg", beyond=False, short=False):
    line = tool.Line("tuning-ho9", "tekst", expected, "")
    line.rules, line.families, line.score, line.sentence_max = tier, families, value, sentence
    line.beyond, line.short = beyond, short
    return line


def test_the_zorg_table_counts_harmless_gentle_lines_made_quiet_against_real_alarms_lost():
    tool = load_tool("crisis_net_floor")
    fit = _fit_tool()
    lines = [
        _zorg_line(fit, "geen", ("uitputting",), 0.01),  # in reach, made quiet
        _zorg_line(fit, "geen", ("uitputting",), 0.01, sentence=0.6),  # one sentence worries: kept
        _zorg_line(fit, "geen", ("uitputting", "passief"), 0.01),  # a family outside the set: out of reach
        _zorg_line(fit, "geen", ("uitputting",), 0.01, beyond=True),  # speaks of life or death: out of reach
        _zorg_line(fit, "zorg", ("uitputting",), 0.03),  # a real gentle line made quiet: a missed alarm
        _zorg_line(fit, "acuut", ("uitputting",), 0.9),  # real, kept
        _zorg_line(fit, "geen", ("uitputting",), 0.0, tier="acuut"),  # a panel: the zorg floor never reads it
    ]
    weak = frozenset(("uitputting",))
    assert tool.zorg_row(lines, weak, 0.02) == (2, 1, 2, 0)
    assert tool.zorg_row(lines, weak, 0.05) == (2, 1, 2, 1)
    table = tool.zorg_table(lines)
    assert table[0].startswith("false gentle lines from the rules on the corpus now: 4")
    assert any(row.startswith("| uitputting | 0/2, 0/2 | 0/2, 0/2 | 1/2, 0/2 | 1/2, 1/2 |") for row in table)
    assert sum(row.startswith("| uitputting |") for row in table) == 2  # every file, and outside authors


def test_without_ordinary_folds_the_other_files_get_the_same_left_out_scores_and_weights():
    """--snel: the ordinary drafts' files train every fold but are no fold of their own."""
    tool = _fit_tool()
    full, quick = _lines(tool), _lines(tool)
    for line in full + quick:
        if line.file == "deel2":
            line.file = tool.ORDINARY + "deel2"
    options = {"epochs": 3, "min_lines": 2}
    assert tool.leave_one_file_out(full, 1, whole=True, **options) == tool.leave_one_file_out(
        quick, 1, whole=True, ordinary_folds=False, **options)
    for a, b in zip(full, quick):
        assert b.score == (0.0 if b.file.startswith(tool.ORDINARY) else a.score)
