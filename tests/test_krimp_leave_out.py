"""tools/krimp_leave_out.py (round 46, k46b): a rule chosen on the older outside sets, measured on the newer ones.
Drafts here are our own."""

from __future__ import annotations

import pytest

from tests.helpers import load_tool


@pytest.fixture(scope="module")
def tool():
    return load_tool("krimp_leave_out")


def test_the_older_and_newer_sets_split_at_round_40(tool):
    assert not set(tool.OLDER) & set(tool.NEWER)
    assert "tuning-ho40b" in tool.OLDER and "tuning40-p" in tool.OLDER
    assert "tuning-ho41a" in tool.NEWER and "tuning41-p" in tool.NEWER
    assert all(int(name.replace("tuning-ho", "").replace("tuning", "")[:2]) <= 40 for name in tool.OLDER)
    assert all(int(name.replace("tuning-ho", "").replace("tuning", "")[:2]) > 40 for name in tool.NEWER)


def _sentence(said: str, kind: str = "feit-ander na", dist: int = 1, sure: bool = False) -> dict:
    return {"said": said, "kind": kind, "dist": dist, "sure": sure, "words": len(said.split())}


def test_features_of_a_short_pointer_fact_after_the_ask(tool):
    found = tool.features(_sentence("Die hangt aan de kapstok bij de voordeur."))
    assert {"kind=feit-ander na", "dist=1", "len=<=9", "wijzer-begin", "sure=False"} <= found
    assert not found & {"cijfer", "ontkend", "eerste-persoon-begin", "hoofdletter"}


def test_features_of_a_number_a_name_and_a_negation(tool):
    found = tool.features(_sentence("Ik kan niet voor 17 uur bij Marieke zijn, want de bus rijdt later.", dist=3))
    assert {"cijfer", "hoofdletter", "ontkend", "eerste-persoon-begin", "dist=2", "len=10+"} <= found


def test_kinds_table_counts_sets_and_kinds(tool, capsys):
    rows = [dict(id="a", file="s1", src="nu", ok=False, resp=["zin-tekort"], reden="houden-kwijt"),
            dict(id="b", file="s2", src="nu", ok=False, resp=["zin-tekort", "vulsel"], reden="houden-kwijt"),
            dict(id="c", file="s2", src="nu", ok=True, resp=[], reden=""),
            dict(id="d", file="s2", src="nu", ok=False, resp=[], reden="alleen-gelijkenis")]
    tool.kinds_table(rows, "nu")
    out = capsys.readouterr().out
    assert "4 results, 3 not acceptable, 2 sets" in out
    line = next(x for x in out.splitlines() if x.startswith("zin-tekort"))
    assert line.split()[1:5] == ["2", "1", "2", "0"]
    assert "no kind alone enough: 1" in out
    assert "| s2 | 3 | 2 | 1 | 0 | 0 | 1 | 1 |" in out
