"""Caches for pure word-level functions of the krimp engine (round 28, k28b: speed only, no result changes).

A word's reading depends only on the word and the lexicon (one object, read once from the content files and
never changed). `per_lex(lex, name)` gives a dict kept for that lexicon object; a new lexicon object (a test
that builds its own) gets fresh dicts, so a cached answer never outlives the lexicon it came from.

Round 36 (k36s): `per_text` keeps the last few answers of a pure function of a text (one draft is read by many
modules, each cutting the same draft and result into words again); `forget_texts` empties them all, so a
timing can weigh a draft as the first run of the command does.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, TypeVar

_F = TypeVar("_F", bound=Callable)
_TEXT_CACHES: list = []

_TABLES: dict[int, tuple[object, dict[str, dict]]] = {}
_LIMIT = 50_000  # words per table: a very long or odd draft never makes a cache grow without end


def per_lex(lex: object, name: str) -> dict:
    """The cache called `name` for this lexicon object (emptied when it holds `_LIMIT` entries)."""
    held = _TABLES.get(id(lex))
    if held is None or held[0] is not lex:
        if len(_TABLES) > 8:
            _TABLES.clear()
        held = _TABLES[id(lex)] = (lex, {})
    table = held[1].get(name)
    if table is None or len(table) >= _LIMIT:
        table = held[1][name] = {}
    return table


def per_text(fn: _F | None = None, *, size: int = 256):
    """`fn` (a pure function of hashable arguments whose answer is never changed by its callers: a tuple, a str,
    a frozenset, a Draft) with its last `size` answers kept. As `@per_text` or `@per_text(size=8)`."""
    def keep(fn: _F) -> _F:
        cached = lru_cache(maxsize=size)(fn)
        _TEXT_CACHES.append(cached)
        return cached  # type: ignore[return-value]
    return keep(fn) if fn is not None else keep


def forget_texts() -> None:
    """Empty every `per_text` cache."""
    for cached in _TEXT_CACHES:
        cached.cache_clear()


class ByIdentity:
    """An argument of a `per_text` function that counts as the same only when it is the same object (a lexicon)."""

    __slots__ = ("obj",)

    def __init__(self, obj: object) -> None:
        self.obj = obj

    def __hash__(self) -> int:
        return id(self.obj)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ByIdentity) and other.obj is self.obj
