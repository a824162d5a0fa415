"""Table tests over the crisis corpus files in tests/corpus/crisis/.

Every line that must alarm alarms (either tier); no harmless line gets the full panel;
at most 2 % of the harmless lines of a file get the gentle zorg line.

Held-out files (heldout*.toml, written by people who never read the rules, and never tuned
on) are measured by benchmarks/crisis_eval.py: their recall is reported there, not asserted.
Here they are only checked for form, and that no harmless held-out line gets the full panel.
The earlier held-out sets were promoted to tuning files (tuning-ho1/2) once their first
figures were recorded; a sealed set comes in at the end of a round once the check meets its
targets on it (heldout6.toml, round 10; heldout7.toml, round 11; heldout8.toml, round 12).
"""

from __future__ import annotations

import functools
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
        assert set(line) - {"id"} == {"tekst", "verwacht", "familie", "taal", "stem"}, (name, line)  # id: the author's, optional
        assert line["verwacht"] in TIERS, (name, line)


def _by_file(pairs: list[tuple[str, str]]) -> list:
    """One test case per corpus file with all its lines: (name, [texts])."""
    grouped: dict[str, list[str]] = {}
    for name, text in pairs:
        grouped.setdefault(name, []).append(text)
    return [pytest.param(name, texts, id=name) for name, texts in sorted(grouped.items())]


@functools.cache
def _assessed(text: str):
    return assess(text)


# One test per corpus file, every line of it checked: the failures are listed together.
@pytest.mark.parametrize(("name", "texts"), _by_file(ALARM))
def test_alarm_line_alarms(name, texts):
    missed = [text for text in texts if _assessed(text).tier is None]
    assert not missed, f"{name}: gemist ({len(missed)} van {len(texts)}): {missed}"


def _no_panel(name: str, texts: list[str]) -> None:
    wrong = [(text, _assessed(text).families) for text in texts if _assessed(text).tier == "acuut"]
    assert not wrong, f"{name}: onterecht paneel ({len(wrong)} van {len(texts)}): {wrong}"


@pytest.mark.parametrize(("name", "texts"), _by_file(HARMLESS))
def test_harmless_line_never_gets_the_panel(name, texts):
    _no_panel(name, texts)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_harmless_lines_rarely_get_the_gentle_line(path):
    harmless = [line["tekst"] for line in _lines(path) if line["verwacht"] == "geen"]
    flagged = [text for text in harmless if _assessed(text).tier == "zorg"]
    assert len(flagged) <= MAX_FALSE_ZORG * len(harmless), flagged


HELD_OUT_HARMLESS = [(path.name, line["tekst"]) for path in HELD_OUT for line in _lines(path)
                     if line["verwacht"] == "geen"]


def test_promoted_held_out_sets_are_tuned_on():
    """The earlier held-out sets are tuning files now, under the table tests above."""
    names = {p.name for p in FILES}
    assert {"tuning-ho1.toml", "tuning-ho2.toml"} <= names
    assert not any(name.startswith("heldout") for name in names)


# A sealed held-out set lives outside the repo while the rules are worked on (its figures are in
# the README); once one is added here, these guard it. With none, they are not generated at all.
if HELD_OUT:
    @pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.name)
    def test_held_out_file_is_well_formed(path):
        lines = _lines(path)
        assert lines, path.name
        texts = [line["tekst"] for line in lines]
        assert len(texts) == len(set(texts)), path.name
        tuned = {line["tekst"] for _, line in ALL}
        assert not tuned & set(texts), "een held-out zin staat ook in een afstemmingsbestand"
        for line in lines:
            assert set(line) >= {"tekst", "verwacht", "familie"}, (path.name, line)
            assert line["verwacht"] in TIERS and line["tekst"].strip(), (path.name, line)

    @pytest.mark.parametrize(("name", "texts"), _by_file(HELD_OUT_HARMLESS))
    def test_harmless_held_out_line_never_gets_the_panel(name, texts):
        _no_panel(name, texts)
