"""Caches for pure word-level functions of the krimp engine (round 28, k28b: speed only, no result changes).

A word's reading depends only on the word and the lexicon (one object, read once from the content files and
never changed). `per_lex(lex, name)` gives a dict kept for that lexicon object; a new lexicon object (a test
that builds its own) gets fresh dicts, so a cached answer never outlives the lexicon it came from.
"""

from __future__ import annotations

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
