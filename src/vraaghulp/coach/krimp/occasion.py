"""An occasion in front of the request: 'als je zondag (toch) komt, kun je dan … meenemen'.

The condition only names the visit the request rides on; what matters in it is the moment. A
careful writer sends 'Kun je zondag … meenemen?': the condition goes, its moment moves into the
request (where a moment goes, see assemble.moment_slot), and the 'dan' pointing back at it goes.
Only when the condition has the person addressed as subject, a moment, and ends in a verb of
coming or going (``[voorwaarde] gelegenheid``); any other condition stays as it was.
"""

from __future__ import annotations

from .pieces import Piece, tok_piece

_YOU = frozenset({"je", "jij", "u", "ge", "gij", "jullie"})


def occasion_moment(an, prefix: list[Piece]) -> list[Piece] | None:
    """The moment of an occasion condition (the pieces to move), or None when it is not one."""
    d = an.d
    lex = d.lex
    words = [p for p in prefix if p.norm and any(ch.isalnum() for ch in p.text)]
    if len(words) < 4 or words[0].word not in ("als", "wanneer", "mocht") or words[1].word not in _YOU:
        return None
    if words[-1].word not in lex.occasion_verbs and words[-1].norm not in lex.occasion_verbs:
        return None
    toks = {i for p in words for i in p.toks}
    spans = [(i0, i1) for i0, i1 in an.moments if i0 in toks and all(i in toks for i in range(i0, i1))]
    if len(spans) != 1:
        return None
    i0, i1 = spans[0]
    moved = [tok_piece(d, i) for i in range(i0, i1)]
    rest = [p.word for p in words[2:-1] if not set(p.toks) & set(range(i0, i1))]
    other = [w for w in rest if w not in lex.occasion_fill and w not in lex.prepositions and w not in ("de", "het")]
    if len(other) > 1:
        return None  # 'als je zondag met de auto naar oma gaat': more than the visit, it stays
    return moved
