"""A short sentence right after the request that says what it is about or how long it takes.

'Kun je even meelezen? Het gaat om mijn motivatiebrief.', 'kun je het morgen brengen? het pakket bedoel
ik', 'Kun je zaterdag helpen met de tuin? Het duurt ongeveer twee uur.': without it, 'het' or 'hem' in
the request points at nothing, or the duration (always kept) is lost and the 'vaag' finding asks for it.
Such a sentence stays, as a sentence of its own (needed.py keeps it); when a duration of the draft is lost
all the same, the result is not sure (honest.py, ``duur-weg``). The shapes live in
``content/nl/krimp.toml`` (``[aanvulling]``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vraaghulp.coach.text import fold
from vraaghulp.content import load_toml

_MOST = 10  # words: a longer sentence says more than what or how long


@lru_cache(maxsize=1)
def _shapes() -> tuple[tuple[re.Pattern[str], ...], frozenset[str]]:
    block = load_toml("krimp").get("aanvulling", {})
    return tuple(re.compile(p) for p in block.get("zinnen", [])), frozenset(block.get("niet", []))


def names_what(an, c, main) -> bool:
    """Clause c is the whole sentence right after the request's and names its object or its duration."""
    d = an.d
    if not main or c.sent != main[-1].sent + 1:
        return False
    a, b = d.sentences[c.sent]
    if any(x is not c and x.sent == c.sent and d.content(x.a, x.b) for x in an.clauses):
        return False  # the sentence says more than this clause
    words = [fold(d.word(i)) for i in d.content(a, b) if d.is_word(i)]
    shapes, not_in = _shapes()
    if not words or len(words) > _MOST or not_in & set(words[2:]):
        return False
    text = " ".join(words)
    return any(p.search(text) for p in shapes)


def duration_lost(an, words: list[str]) -> bool:
    """The sentence after the request says how long it takes ('Het duurt maar twee uur, maar …') and the
    result's words hold no duration."""
    d = an.d
    after = an.main[-1].sent + 1 if getattr(an, "main", None) else -1
    said = {d.word(i) for i in range(*d.sentences[after])} if 0 <= after < len(d.sentences) else set()
    told = said & _LASTING and any(d.sentences_of(i0) == after for i0, _ in an.durations)
    return bool(told) and not d.lex.duration.search(" ".join(words))


_LASTING = frozenset({"duurt", "duren", "duurde", "beslag", "is"})  # "Het is maar een uurtje"
