"""A name (or 'mevrouw', 'juf') that opens the message right before a hail or an apology, with no comma
between, is the person addressed (round 34, k34b).

'Lore amai ge zijt de enige die ik dit kan vragen …', 'Youssef bro wallah ik schaam me kapot …', 'mevrouw sorry ik
weet dat ik laat ben …': the first clause is no name alone, so the name was read as part of it and lost with the
padding ('Kunt ge langskomen?' for 'Lore, kunt ge langskomen?'). Only the message's very first word, a word the
engine can take as a name or a relation, and only when the next word is a hail, a street call or an apology.
"""

from __future__ import annotations

_HAIL = frozenset({"wollah", "wallahi", "wellah", "vallah", "kanka", "ewa", "wesh", "amai", "amaai", "allee", "allez", "zeg", "seg", "bro", "broer", "wallah", "wollah", "walla",
                   "sorry", "sorri", "sry", "sorrie", "excuseer", "excuus", "pardon", "sahbi", "kanka", "mattie",
                   "ey", "jo", "yo", "hé", "hee", "pff", "oei", "oeps", "help"})

_EXCLAIM = frozenset({"wat", "welk", "welke", "zo", "zoveel", "die", "dat", "da", "hoe"})


def found(an, first, vocative_word) -> tuple[list[int], None] | None:
    """([the name's token], None) when the message opens with 'Name amai …', 'mevrouw sorry …'; else None."""
    d = an.d
    toks = d.content(first.a, first.b)
    everything = d.content(0, d.n)
    if len(toks) < 2 or not everything or toks[0] != everything[0]:
        return None
    k = toks[0]
    nxt = toks[1]
    if d.tok_text(k + 1).strip() not in ("",) and k + 1 != nxt:
        return None  # a mark between ('Lore, …' is the old path's)
    if d.word(k) in _HAIL or d.word(nxt) not in _HAIL or not vocative_word(an, k, relaxed=True):
        return None
    after = d.word(nxt + 1) if nxt + 1 < d.n and d.is_word(nxt + 1) else ""
    if after in _EXCLAIM:
        return None  # 'Amsterdam amai wat een stad': the cry is about the thing named, not to a person
    raw = d.tok_text(k)
    if not (raw[:1].isupper() or d.word(k) in d.lex.relations):
        return None
    return [k], None
