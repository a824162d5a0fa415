"""Every card of our own practice ladder (content/nl/ladder.toml) composes into a sure question.

`vraaghulp oefen` picks a card by the date and composes it with `composed(person, wat, wanneer)`.
A card's `wat` is a bare verb group that fits after "kun je …" ('kort met me bellen', 'naast me zitten
terwijl ik de huisarts bel'): it is asked as "<Name>, kun je …?" / "Kun je …?", keeps every word of
the card, and holds the moment exactly once, before the task (after a pronoun such as 'me'), also
when the card already names it ('deze week twee avonden het koken overnemen' with 'deze week').
"""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach.krimp import composed
from vraaghulp.coach.text import fold
from vraaghulp.guides.ladder import load_ladder

_CLITICS = frozenset({"me", "mij", "je", "ons", "hem", "haar"})


def _cards() -> list[tuple[str, str | None]]:
    return [(ex.what, ex.moment) for level in load_ladder().levels for ex in level.examples]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", fold(text))


def _cases():
    for what, moment in _cards():
        for person in ("Sam", "mijn zus Griet", None):
            for when in dict.fromkeys((moment, None)):
                yield pytest.param(person, what, when, id=f"{what[:30]}|{person}|{when}")


def _in_order(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(w in it for w in needle)


def _count(needle: list[str], hay: list[str]) -> int:
    return sum(hay[k:k + len(needle)] == needle for k in range(len(hay)))


@pytest.mark.parametrize("person,what,when", list(_cases()))
def test_every_ladder_card_is_a_sure_question(person, what, when):
    result = composed(person, what, when)
    sentence = result.sentence
    assert result.sure, sentence
    front = {"Sam": "Sam, kun je ", "mijn zus Griet": "Griet, kun je ", None: "Kun je "}[person]
    assert sentence.startswith(front) and sentence.endswith("?"), sentence
    said = _words(sentence)
    assert _in_order(_words(what), said), sentence  # every word of the card, in its order
    if when:
        moment = _words(when)
        assert _count(moment, said) == 1, sentence  # the moment once, also when the card holds it
        if _count(moment, _words(what)) == 0:
            first = next(w for w in _words(what) if w not in _CLITICS)
            start = next(k for k in range(len(said)) if said[k:k + len(moment)] == moment)
            assert start < said.index(first, len(_words(front))), sentence  # before the task


def test_the_ladder_has_the_cards_this_test_was_written_for():
    whats = {what for what, _ in _cards()}
    assert {"kort met me bellen", "naast me zitten terwijl ik de huisarts bel",
            "deze week twee avonden het koken overnemen"} <= whats
