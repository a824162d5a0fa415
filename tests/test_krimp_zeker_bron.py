"""tools/krimp_zeker_bron.py (round 47, k47b): where inside the engine a `zeker` code is made. Drafts here are our own."""

from __future__ import annotations

import pytest

from tests.helpers import load_tool


@pytest.fixture(scope="module")
def tool():
    return load_tool("krimp_zeker_bron")


def test_naming_lines_finds_the_literal_and_the_module_constant(tool, tmp_path):
    (tmp_path / "a.py").write_text('CODE = "weg-iets"\n\n\ndef f(x):\n    if x:\n        return [CODE]\n'
                                   '    return []\n', encoding="utf-8")
    (tmp_path / "b.py").write_text('def g(out, y):\n    out.append("weg-iets")  # a real one\n'
                                   '    out += ["weg-iets"] if y else []\n    # "weg-iets" in a comment\n',
                                   encoding="utf-8")
    found = tool.naming_lines("weg-iets", tmp_path)
    assert found[str(tmp_path / "a.py")] == {6: ""}
    assert found[str(tmp_path / "b.py")] == {2: "", 3: "?"}
    assert not tool.naming_lines("iets-anders", tmp_path)


def test_tally_splits_acceptable_lost_and_sets(tool):
    rows = [dict(lines=["safe:64"], ok=True, lost=False, file="s1"),
            dict(lines=["safe:64"], ok=True, lost=False, file="s2"),
            dict(lines=["safe:64"], ok=False, lost=True, file="s2"),
            dict(lines=["safe:56"], ok=False, lost=False, file="s1"),
            dict(lines=[], ok=True, lost=False, file="s3")]
    assert tool.tally(rows) == [("safe:64", [2, 0, 1], 2), ("(geen)", [1, 0, 0], 1), ("safe:56", [0, 1, 0], 0)]


def test_tracer_records_the_branch_that_said_yes(tool):
    from vraaghulp.coach.krimp import first_sight

    tracer = tool.Tracer({}, frozenset({"kept_kinds"}))
    assert tracer.run(first_sight.kept_kinds, "Sorry, kun je morgen de sleutel brengen?") == ["weg-woord"]
    assert len(tracer.seen) == 1 and next(iter(tracer.seen)).startswith("kept_kinds@first_sight:")
    tracer.run(first_sight.kept_kinds, "Kun je morgen de sleutel brengen?")
    assert not tracer.seen  # an empty list is no yes


def test_tracer_records_the_naming_line_that_ran(tool):
    from vraaghulp.coach.krimp import first_sight

    tracer = tool.Tracer(tool.naming_lines("lang-resultaat"))
    long = "Kun je " + " ".join(["morgen"] * 30) + " komen?"
    assert "lang-resultaat" in tracer.run(first_sight.kept_kinds, long)
    assert any(x.startswith("first_sight:") for x in tracer.seen)
    tracer.run(first_sight.kept_kinds, "Kun je morgen komen?")
    assert not tracer.seen
