"""A Flemish hatch put inside the question right after its front: 'zoudt ge | moest ge tijd hebben | de kleine
kunnen ophalen', 'zoudt ge | moest het passen | ne keer mijn cv willen nalezen'.

The hatch list has 'moest ge *', whose '*' runs on to the next modal: with no commas around the hatch it took
the object of the ask with it ('ne keer', 'de kleine'), so the hatch stayed in the result or the object went.
A verb-first condition ends at its own infinitive ('hebben', 'passen', 'lukken'): when such a match stands
right after a question's front (a modal and its subject) and holds a word that makes it a way out ('tijd',
'zin', 'passen', …), it is ended after that infinitive; what follows carries the question on.
"""

from __future__ import annotations

from .verbs import is_infinitive, lead_at

_OPENERS = frozenset({"moest", "mocht"})
_FRONT = frozenset({"kunnen", "willen", "mogen", "zullen"})


def _after_front(d, i0: int) -> bool:
    """What stands before i0 in its sentence (commas aside) ends in a question's front: 'zoudt ge', 'kunde'."""
    k = i0 - 1
    while k >= 0 and not d.is_word(k):
        k -= 1
    for start in (k - 1, k):
        lead = lead_at(d, start) if start >= 0 else None
        if lead is not None and lead.end == k + 1 and lead.lemma in _FRONT:
            return True
    return False


def trimmed(d, matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The hatch matches, a 'moest ge … hebben' inside a question ended at its infinitive (see above)."""
    return [(i0, _end(d, i0, i1) or i1) for i0, i1 in matches]


def _end(d, i0: int, i1: int) -> int | None:
    if not d.is_word(i0) or d.word(i0) not in _OPENERS or not _after_front(d, i0):
        return None
    words = [k for k in range(i0 + 1, i1) if d.is_word(k)]
    for n, k in enumerate(words[1:], 1):
        if is_infinitive(d.lex, d.word(k)) and d.lex.escape_words & {d.word(j) for j in words[:n + 1]}:
            rest = words[n + 1:]
            return k + 1 if rest else None
    return None


def inside(an, i: int, cur: int) -> bool:
    """A clause boundary before token i: such a hatch starts at i, or the one that started at cur ends at i
    (segment.py), so that the words after it carry the question on."""
    return (i > cur and _hatch_end(an, i) is not None) or _hatch_end(an, cur) == i


def _hatch_end(an, k: int) -> int | None:
    """The end of a trimmed hatch that starts at token k, with words of the question after it."""
    d = an.d
    if not d.is_word(k) or d.word(k) not in _OPENERS or not _after_front(d, k):
        return None
    wrap = an.wrapper_at(k)
    if wrap is None or wrap[0] != "uitweg" or wrap[1] >= d.n or not d.is_word(wrap[1]):
        return None
    return wrap[1] if is_infinitive(d.lex, d.word(wrap[1] - 1)) else None
