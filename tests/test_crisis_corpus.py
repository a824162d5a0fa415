"""Table tests over the crisis corpus files in tests/corpus/crisis/.

Every line that must alarm alarms (either tier); no harmless line gets the full panel;
at most 2 % of the harmless lines of a file get the gentle zorg line.

The held-out files (heldout*.toml, written by people who never read the rules, and never
tuned on) are measured by benchmarks/crisis_eval.py. Their recall is below the issue's 90 %,
so it is reported there, not asserted; the limit they do meet is guarded here: no harmless
held-out line gets the full panel.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess

CORPUS = Path(__file__).parent / "corpus" / "crisis"
FILES = [p for p in sorted(CORPUS.glob("*.toml")) if not p.name.startswith("heldout")]
HELD_OUT = sorted(CORPUS.glob("heldout*.toml"))
TIERS = ("acuut", "zorg", "geen")
MAX_FALSE_ZORG = 0.02


def _lines(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["regel"]


ALL = [(path.name, line) for path in FILES for line in _lines(path)]
ALARM = [(name, line["tekst"]) for name, line in ALL if line["verwacht"] != "geen"]
HARMLESS = [(name, line["tekst"]) for name, line in ALL if line["verwacht"] == "geen"]


def test_corpus_files_are_there_and_well_formed():
    assert {p.name for p in FILES} >= {"tuning.toml", "earlier.toml"}
    texts = [line["tekst"] for _, line in ALL]
    assert len(texts) == len(set(texts)), "een zin staat twee keer in het corpus"
    for name, line in ALL:
        assert set(line) == {"tekst", "verwacht", "familie", "taal", "stem"}, (name, line)
        assert line["verwacht"] in TIERS, (name, line)


@pytest.mark.parametrize(("name", "text"), ALARM, ids=lambda v: v[:50] if isinstance(v, str) else v)
def test_alarm_line_alarms(name, text):
    result = assess(text)
    assert result.tier is not None, f"{name}: gemist: {text!r}"


@pytest.mark.parametrize(("name", "text"), HARMLESS, ids=lambda v: v[:50] if isinstance(v, str) else v)
def test_harmless_line_never_gets_the_panel(name, text):
    result = assess(text)
    assert result.tier != "acuut", f"{name}: onterecht paneel voor {text!r} ({result.families})"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_harmless_lines_rarely_get_the_gentle_line(path):
    harmless = [line["tekst"] for line in _lines(path) if line["verwacht"] == "geen"]
    flagged = [text for text in harmless if assess(text).tier == "zorg"]
    assert len(flagged) <= MAX_FALSE_ZORG * len(harmless), flagged


HELD_OUT_HARMLESS = [(path.name, line["tekst"]) for path in HELD_OUT for line in _lines(path)
                     if line["verwacht"] == "geen"]


def test_held_out_files_are_there_and_well_formed():
    assert [p.name for p in HELD_OUT] == ["heldout.toml", "heldout2.toml"]
    for path in HELD_OUT:
        for line in _lines(path):
            assert line["verwacht"] in TIERS and line["tekst"].strip(), (path.name, line)


@pytest.mark.parametrize(("name", "text"), HELD_OUT_HARMLESS, ids=lambda v: v[:50] if isinstance(v, str) else v)
def test_harmless_held_out_line_never_gets_the_panel(name, text):
    result = assess(text)
    assert result.tier != "acuut", f"{name}: onterecht paneel voor {text!r} ({result.families})"
