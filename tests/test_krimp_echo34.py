"""A result never repeats its own words as a new sentence (round 34, the lead: echo.py, engine._fallback).

A formal wrapper around a passive ask ('zou het mogelijk zijn dat … verschoven kan worden naar donderdag?') sent the
engine down the fallback path, where a clause the reader needs ('kan worden naar donderdag') was added after the
request that already says it; every round of `settle` added it again.
"""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.echo import echoed

DRAFTS = [
    "Beste juf, zou het mogelijk zijn dat mijn oudercontact verschoven kan worden naar donderdag?",
    "zou het mogelijk zijn dat de les verschoven kan worden naar vrijdag 3 mei?",
    "Dag meneer, zou het mogelijk zijn dat mijn afspraak verplaatst kan worden naar de middag?",
    "Hoi, zou het kunnen dat mijn rooster aangepast kan worden voor volgende week?",
    "Beste, is het mogelijk dat de levering verschoven kan worden naar maandag?",
]


def _sentences(text: str) -> list[str]:
    return [s.strip().lower() for s in re.split(r"(?<=[.?!])\s+", text) if s.strip()]


@pytest.mark.parametrize("draft", DRAFTS)
def test_no_sentence_of_the_result_repeats_words_the_result_already_said(draft):
    result = shrink(draft).sentence
    sentences = _sentences(result)
    assert len(sentences) == len(set(sentences)), result
    for i, later in enumerate(sentences[1:], start=1):
        earlier = " ".join(sentences[:i])
        assert not set(re.findall(r"\w+", later)) <= set(re.findall(r"\w+", earlier)), result
    assert "verschoven kan worden" in result or "aangepast worden" in result or "verplaatst" in result \
        or "verschoven worden" in result, result


def test_the_offered_request_keeps_its_moment():
    result = shrink(DRAFTS[0]).sentence
    assert result.count("donderdag") == 1 and result.endswith("?"), result


@pytest.mark.parametrize(("sentence", "again", "echo"), [
    ("Kun je komen? ", "Kun je komen? Kun je komen?", True),
    ("A zou b kunnen naar donderdag?", "A zou b kunnen naar donderdag? Kunnen naar donderdag?", True),
    ("Kun je komen?", "Kun je komen? Ik ben ziek.", False),
    ("Kun je komen", "Kun je komen?", False),
    ("Kun je komen?", "Kun jij komen?", False),
    ("Kun je komen?", "Kun je komen?", False),
])
def test_echo_is_a_tail_of_the_results_own_words(sentence, again, echo):
    assert echoed(sentence, again) is echo
