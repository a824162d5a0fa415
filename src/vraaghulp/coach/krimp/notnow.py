"""'Het hoeft niet nu, wel deze week': a 'hoeft niet' that a moment follows, with 'wel' and another
moment after it, is no escape hatch (no 'you need not do it'): it moves the moment. Cut as a hatch it
left the fragment 'Wel deze week.' and lost 'niet nu'. Such a match is taken off the hatch list, so the
limit stays whole like 'Niet vandaag, wel voor het weekend.'."""

from __future__ import annotations

from .assemble import has_moment
from .occasion import names_a_trip

NOT_NOW = ("het hoeft", "het moet")  # 'Het hoeft niet nu, wel deze week.': a limit, with its 'niet' (clauses.py)
_NEEDS = frozenset(("hoeft", "hoef", "moet", "moeten", "hoeven"))
_NOT = frozenset(("niet", "nie", "ni"))


def moves_the_moment(d, i0: int, i1: int) -> bool:
    """The hatch match i0..i1 holds 'hoeft/moet niet' and its sentence goes on with 'wel' after a
    moment word: 'het hoeft niet zaterdag, wel deze maand'."""
    words = [d.word(i) for i in range(i0, i1) if d.is_word(i)]
    if not _NEEDS & set(words) or not _NOT & set(words):
        return False
    here = d.sentences_of(i0)
    after = [k for k in range(i1, d.n) if d.sentences_of(k) == here and d.is_word(k)]
    tail = [d.word(k) for k in after]
    if "wel" not in tail[:5]:
        return False
    between = words[words.index(next(w for w in words if w in _NOT)) + 1:] + tail[:tail.index("wel")]
    # the moment it moves is named: 'niet nu', 'niet zaterdag' (never 'het hoeft niet hoor, wel leuk als …')
    return has_moment(d.lex, " ".join(between)) and len(tail) > tail.index("wel") + 1


def not_a_hatch(d, i0: int, i1: int) -> bool:
    """A match on the hatch list that is none: it moves the moment, or it names the trip the request
    rides on ('mocht je langs de bakker komen', occasion.py)."""
    return moves_the_moment(d, i0, i1) or names_a_trip(d, i0, i1)
