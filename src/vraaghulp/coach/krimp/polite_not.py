"""A 'niet' that only softens a question: 'zoudt ge ni efkes kunnen komen helpen',
'kunt ge ni efkes de vuilbak buitenzetten', 'zou je niet even kunnen kijken'.

Followed by a word of ordinary politeness ('even', 'efkes', 'ff', 'eens', 'ne keer') and asked
with a modal in front, the 'niet' asks nothing away: 'kunt ge ni efkes komen?' is 'kunt ge efkes
komen?'. Left in the direct question it reads as a negation ('can you not come?'). Only that
shape: 'zoudt ge zondag ni meer kunnen werken' (no softener after it) keeps its 'niet'."""
from __future__ import annotations

from .lexicon import YOU

_SOFT = frozenset({"even", "eens", "keer"})
_MODAL_FRONT = frozenset({"kun", "kunt", "kan", "wil", "wilt", "zou", "zoudt", "zoude", "zouden"})
# 'niet even meer bellen', 'niet even zo hard roepen': the 'niet' negates what follows, the softener sits inside
_STILL_NOT = frozenset({"meer", "langer", "zo", "zoveel", "te", "altijd", "steeds", "overal"})


def softening_not(d, kept: list[int], pos: int) -> bool:
    """kept[pos] is a 'niet' right after a modal question's subject (a moment may sit between)
    and right before a politeness word."""
    if d.word(kept[pos]) != "niet" or pos + 1 >= len(kept):
        return False
    nxt = d.words(kept[pos + 1])
    if not nxt or nxt[0] not in _SOFT and tuple(nxt) != ("een",):
        return False
    if nxt == ("een",) and (pos + 2 >= len(kept) or d.word(kept[pos + 2]) != "keer"):
        return False  # 'ne keer' only; 'niet een boek' is no softener
    if {d.word(i) for i in kept[pos + 2:pos + 5]} & _STILL_NOT:
        return False
    return _asked_with_modal(d, kept[:pos])


def _asked_with_modal(d, before: list[int]) -> bool:
    """The request's words before the 'niet' open with a modal and its subject ('kunt ge',
    'kunde', 'zoudt gij')."""
    words = [w for i in before for w in d.words(i) if w not in (",",)]
    if len(words) < 2 or words[0] not in _MODAL_FRONT or words[1] not in YOU:
        return False  # 'als ik te laat ben kunt ge mij ni efkes …': not the plain question shape
    return "niet" not in words[2:] and "?" not in words[2:]
