"""A match score is no date: '4-2 tegen Hercules', 'met 3-1 gewonnen', 'het werd 2-2'.

The moment pattern reads '4-2' as 4 February. In news about a game it is the score; taken for a
moment it would be moved into the request ('Kan iemand 4-2 die bardienst overnemen?').
"""

from __future__ import annotations

import re

_BARE = re.compile(r"^\d{1,2}\s*-\s*\d{1,2}$")
_BEFORE = frozenset({"met", "werd", "wordt", "stond", "staat", "eindstand", "uitslag", "stand", "score", "het", "een",
                     "gewonnen", "verloren", "wedstrijd", "winnen", "verliezen", "scoorden", "eindigde", "eindigden"})
_AFTER = frozenset({"tegen", "gewonnen", "verloren", "winst", "verlies", "nederlaag", "overwinning", "gelijk", "voor",
                    "achter", "voorsprong", "achterstand", "thuis", "uit", "in", "na", "door", "zege", "uitslag"})


def not_scores(d, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The moment spans without the ones that are a match score by the words around them."""
    return [(i0, i1) for i0, i1 in spans if not _score(d, i0, i1)]


def _score(d, i0: int, i1: int) -> bool:
    if not _BARE.match(d.raw(i0, i1)):
        return False
    before = d.word(i0 - 1) if i0 > 0 and d.is_word(i0 - 1) else ""
    after = d.word(i1) if i1 < d.n and d.is_word(i1) else ""
    return before in _BEFORE or after in _AFTER
