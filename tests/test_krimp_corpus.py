"""The tuning corpus (tests/corpus/krimp/tuning*.toml, and own.toml) as a table: a result offered as sure
never loses a must-keep word and never shows a pattern that changes the meaning.

How close the results come to the golds is measured by benchmarks/krimp_eval.py, not here.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

import pytest

from vraaghulp.coach.krimp import compose, shrink

CORPUS = Path(__file__).parent / "corpus" / "krimp"


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _cases() -> list[dict]:
    out = []
    for path in sorted(CORPUS.glob("tuning*.toml")) + sorted(CORPUS.glob("own.toml")):
        out += tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    return out


CASES = _cases()


def test_the_tuning_corpus_is_there():
    assert len(CASES) >= 200
    assert len({c["id"] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_a_sure_result_keeps_what_must_stay_and_the_meaning(case):
    draft = case["concept"].strip("\n")
    result = shrink(draft, person=case.get("wie") or None, moment=case.get("wanneer") or None)
    assert result.sentence.strip() or not result.sure
    if not result.sure:
        return
    folded = _fold(result.sentence)
    lost = [w for w in case["houden"] if _fold(w) not in folded]
    assert not lost, f"{case['id']}: sure, but lost {lost}: {result.sentence!r}"
    wrong = [p for p in case["fout"] if re.search(p, folded)]
    assert not wrong, f"{case['id']}: sure, but shows {wrong}: {result.sentence!r}"


@pytest.mark.parametrize("case", [c for c in CASES if c["kanaal"] == "oefen"], ids=lambda c: c["id"])
def test_compose_gives_one_sentence_for_the_practice_cases(case):
    moment = case["wanneer"] or None
    sentence = compose(case["wie"], case["concept"].strip(), moment)
    assert sentence.endswith(("?", ".")) and "\n" not in sentence
    result = shrink(case["concept"].strip(), person=case["wie"], moment=moment)
    if result.sure and moment:
        assert _fold(moment) in _fold(sentence)


CRISIS = [c for c in CASES if "crisis" in c["soorten"]]


def test_crisis_drafts_are_never_made_lighter():
    results = [(c, shrink(c["concept"].strip())) for c in CRISIS]
    fired = [(c, r) for c, r in results if r.crisis]
    assert len(fired) * 2 >= len(CRISIS), "the crisis check should fire on most of these drafts"
    for case, result in fired:
        folded = _fold(result.sentence)
        assert result.missing == (), case["id"]
        words = set(re.findall(r"\w+", folded))
        assert words & {"nu", "vandaag", "vanavond", "vannacht"}, (case["id"], result.sentence)
        assert all(_fold(w) in folded for w in case["houden"]), (case["id"], result.sentence)
