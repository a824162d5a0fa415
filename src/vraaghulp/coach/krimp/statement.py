"""A sentence that only looks like a second request: 'Dan kan ik me op de oplevering richten.'

A word in front of the finite verb at the start of the sentence (dan, daarna, zo …) and no question
mark: the verb stays second, so it says what follows from the ask. It is never offered as another
request to send (contract point 5 is about real requests); `unnamed` names it as background.
"""

from __future__ import annotations

from .groups import head


def said(an, group) -> bool:
    """'Dan kan ik me op de oplevering richten.': a word in front of the verb and no question
    mark; a statement of what follows, never a second request to send (the verb stays second)."""
    d = an.d
    main = head(group)
    before = [i for i in range(max(0, main.start - 3), main.start) if d.is_word(i)]
    if not before or d.word(before[-1]) not in _THEN or d.sentences_of(before[-1]) != d.sentences_of(main.start):
        return False
    first = before[-1] == 0 or not d.is_word(before[-1] - 1) or d.tok_text(before[-1] - 1) in ".!?\n"
    if _asks_you(d, main.start):
        return False  # 'Dan kun je ook meteen de post binnenleggen.': one more thing asked of the reader
    asked = any(d.tok_text(i) == "?" for i in range(main.start, min(d.n, group[-1].b + 2)))
    return first and not asked


_THEN = frozenset({"dan", "daarna", "zo", "daarmee", "daardoor", "anders", "dus"})
# A modal of asking with the reader after it ('kun je', 'wilt u', 'zoudt ge'); `unnamed` reads the same words.
ASKING = frozenset({"kun", "kunt", "kan", "wil", "wilt", "zou", "zoudt"})
READER = frozenset({"je", "jij", "u", "ge", "gij", "jullie"})
_ASK = ASKING | {"wilde", "kon", "kunnen", "willen"}


def _asks_you(d, i: int) -> bool:
    """Token i is a modal of asking with the reader right after it ('kun je', 'kunt u', 'wilt ge')."""
    nxt = next((k for k in range(i + 1, min(d.n, i + 3)) if d.is_word(k)), None)
    return d.is_word(i) and d.word(i) in _ASK and nxt is not None and d.word(nxt) in READER
