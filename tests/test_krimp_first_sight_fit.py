"""tools/krimp_first_sight_fit.py (round 24, k24w): whole.py's features on first-sight rows, left-out figures."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp.engine import analyse
from tests.helpers import load_tool


@pytest.fixture(scope="module")
def tool():
    return load_tool("krimp_first_sight_fit")


def _row(file: str, n: int, wrong: bool, score: float, shapes=()) -> dict:
    return {"file": file, "id": f"{file}-{n}", "wrong": wrong, "weg": False, "shapes": set(shapes),
            "feats": {"weg_inhoud": score}}


def test_features_do_not_depend_on_kept_tokens(tool):
    out = analyse("Hoi Sam, ik ben volgende week jarig. Kun je zaterdag helpen met de kast?")
    feats = tool.features(out, "Sam, kun je zaterdag helpen met de kast?")
    assert "bron_zinnen" not in feats  # the old engine's kept tokens are not stored
    assert 0 < feats["inhoud_aandeel"] < 1 and feats["weg_inhoud"] > 0


def test_counts_leave_out_what_the_gate_or_the_model_withholds(tool):
    rows = [_row("a", 1, True, 0.9), _row("a", 2, False, 0.1), _row("a", 3, True, 0.1, ["weg-ontkend"])]
    sc = {"a-1": (0.9, set()), "a-2": (0.1, set()), "a-3": (0.1, {"weg-ontkend"})}
    assert tool.counts(rows, sc, 2.0) == (2, 1)  # the gate took the third
    assert tool.counts(rows, sc, 0.5) == (1, 0)  # the model the first
    assert tool.threshold(rows, sc, 5.0) == 0.9  # one wrong costs five sure: withhold it


def test_a_near_miss_price_keeps_the_model_off(tool):
    rows = [_row("a", k, k == 0, 0.9 if k < 3 else 0.1) for k in range(8)]
    sc = {r["id"]: (r["feats"]["weg_inhoud"], set()) for r in rows}
    assert tool.threshold(rows, sc, 1.0) == 2.0  # one wrong is not worth two right ones withheld


def test_nested_figures_run_per_left_out_file(tool):
    rows = [_row(f, k, k % 4 == 0, 1.0 if k % 4 == 0 else 0.0) for f in "abc" for k in range(8)]
    sure, wrong, picks = tool.nested(rows, [(None, 1.0, "wrong", True)], 5.0)
    assert [p[0] for p in picks] == ["a", "b", "c"]
    assert sure + wrong <= len(rows) and wrong < 6
