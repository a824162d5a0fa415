"""The words the crisis rules know (build time only): `words_of` gathers them for the normaliser.

A word typed with a drawn-out letter ("leveeeen"), glued to its neighbour ("dedokter") or with
one slip ("zelfmoorf") is mended at run time only towards a word that a rule can use
(`repair`): every literal word of a pattern, of a concept form and of the [tekst] lists. The
set is stored as a `table.Table` (its buckets read only when a word needs one) under [tekst]
``woordenschat``; `build.make` puts it there. Standard library only.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any, Iterable

from vraaghulp.coach.crisis.rules import _expand
from vraaghulp.coach.crisis.table import Table, pack

__all__ = ["words_of", "slips_of", "pattern_words"]

SLIP_LENGTH = 8  # a word this long or longer is found back with one letter left out

_ESCAPE = re.compile(r"\\[a-zA-Z]")
_CLASS = re.compile(r"\[[^\]]*\]|\{\d*,?\d*\}")
_GROUP_START = re.compile(r"\(\?(?:[:!=]|<[=!])")
_LETTERS = re.compile(r"[a-z]+")


def pattern_words(source: str) -> set[str]:
    """The whole words a regular expression spells out: a run of letters not cut by a letter
    class or a quantifier ("spr[io]ng" and the "b" of "be?" give nothing)."""
    text = _GROUP_START.sub("(", _CLASS.sub("#", _ESCAPE.sub(" ", source)))
    found = set()
    for match in _LETTERS.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before != "#" and after not in "#?*+" and end - start >= 2:
            found.add(match.group(0))
    return found


def _form_words(lexicon: dict[str, Any]) -> set[str]:
    """Every plain word in the concept forms (a list named with @ gives its words)."""
    found: set[str] = set()
    lists = lexicon.get("lijsten", {})
    for _negatable, forms in lexicon["vormen"].values():
        for form in forms:
            for slot in (form[0] if isinstance(form, list) else form).split():
                for alternative in slot.split("|"):
                    if alternative.startswith("@"):
                        found.update(w for entry in lists.get(alternative[1:], []) for w in entry.split())
                    elif not alternative.startswith("~"):
                        found.update(_LETTERS.findall(alternative))
    found.update(Table(lexicon["enkel"]).keys())
    return found


def _text_words(tekst: dict[str, Any]) -> set[str]:
    words = Table(tekst["woorden"])
    found = {w for key in words.keys() for w in (key, *words.get(key))}
    for name in ("lijmwoorden", "ik_werkwoorden", "niet_splitsen", "los_ervoor", "los_erna", "los_samen",
                 "tikfout_niet"):
        found.update(tekst.get(name, []))
    found.update(w for filler in tekst.get("vulwoorden", []) for w in filler.split())
    for source, replacement, *_rest in tekst.get("vervang", []):
        found |= pattern_words(source) | set(_LETTERS.findall(replacement))
    return found


def words_of(signals: dict[str, Any], concepts: dict[str, Any]) -> dict[str, Any]:
    """The vocabulary of the digested rules (`build.digest`, `weigh.digest_concepts`), packed."""
    macros, places = signals["afkortingen"], signals["plaatsen"]
    found = _text_words(signals["tekst"]) | _form_words(concepts["begrippen"])
    for row in signals["patronen"]:
        found |= pattern_words(_expand(row[3], macros, places[row[4]]))
    return pack({word: [] for word in sorted(_plain(found))}, numbers=False)


def slips_of(vocabulary: dict[str, Any]) -> dict[str, Any]:
    """Each known word of `SLIP_LENGTH` letters or more under every form with one letter left
    out (never the first or the last: "brugge" stays a city): "zelfmord" -> zelfmoord, packed for
    `repair.slipped`. A form that is
    a known word itself, or that two words share, is left out."""
    known = set(Table(vocabulary).keys())
    found: dict[str, list[str]] = {}
    for word in sorted(known):
        if len(word) >= SLIP_LENGTH and word.isalpha():
            for form in {word[:i] + word[i + 1:] for i in range(1, len(word) - 1)} - known:
                found.setdefault(form, []).append(word)
    return pack({form: words for form, words in sorted(found.items()) if len(words) == 1}, numbers=False)


def _plain(words: Iterable[str]) -> Iterable[str]:
    return (w for w in words if w.isalnum() and w.isascii())
