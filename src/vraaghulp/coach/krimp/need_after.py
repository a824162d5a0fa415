"""'Kun je mijn boormachine terugbrengen? Ik heb hem zaterdag terug nodig.': a statement of need
right after the question, that names what it needs only by pointing back at it ('hem', 'die',
'het'), is no request of its own: the question is the ask, and the need says by when and why. It
stays with the ask as the next sentence, whole (it held the moment; cut, 'hem' would have been
filled in with the question's words)."""

from __future__ import annotations

from .segment import head

_BACK = frozenset({"hem", "'m", "die", "dat", "da", "het", "ze", "deze", "dit"})


def need_after(an, concrete: list[list], main: list) -> tuple[list, list]:
    """(the ask, the need that follows it, or []) for the chosen main group."""
    d = an.d
    first = head(main)
    if first.kind != "behoefte" or len(main) != 1:
        return main, []
    words = [d.word(i) for i in d.content(first.a, first.b)]
    if "nodig" not in words or not _BACK & set(words[:4]) or words[:1] not in (["ik"], ["we"], ["wij"]):
        return main, []
    for g in concrete:
        ask = head(g)
        if g is not main and ask.role == "vraag" and ask.kind == "direct" and _right_before(g[-1], first):
            return g, main
    return main, []


def _right_before(last, need) -> bool:
    """The question ends the sentence before the need, or, in a message without marks, the clause right before it
    ('kun je de stoelen terugbrengen | ik heb ze nodig voor zaterdag', round 33 k33g)."""
    return last.sent == need.sent - 1 or (last.sent == need.sent and last.b == need.a)
