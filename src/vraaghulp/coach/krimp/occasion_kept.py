"""A trip the reader makes anyway, said inside the ask and cut to its moment: never sure (round 37, k37a).

'Kun je morgen als je toch naar de stad gaat mijn pakketje ophalen?' -> 'Kun je morgen mijn pakketje ophalen?'
(occasion.py): the condition limits the ask (it holds only for that trip), and the golds split on it — the outside
authors keep it (`tools/krimp_rests_on.py --gelegenheid`: 6 of 7 outside drafts, 'als ge toch naar de Colruyt gaat'),
the engine's own authors drop it (d-048, v4b-024, and round 4's tests). A condition that limits the ask is kept or the
result is not sure: cut, it is not sure (kept whole, d-048 and v4b-024 lost their acceptable result and the outside
files gained nothing: their trips name a shop and are never cut). A visit to the writer ('als je zondag komt') is kept
by occasion.py itself; a hatch ('als je tijd hebt') is no trip.
"""

from __future__ import annotations

import re

from .checks import text_words

CODE = "weg-gelegenheid"
_YOU = r"(?:je|jij|ge|gij|u|jullie)"
# the ask's verb and the reader, then the condition with a verb of going, within the ask's sentence
_INSIDE = re.compile(
    r"(?i)\b(?:kun|kunt|kan|wil|wilt|zou|zoudt|zouden|kunnen|willen|ken|kunde|zoude)\s+" + _YOU + r"\b[^.?!\n]{0,40}?"
    r"\b(?:als|wanneer)\s+" + _YOU + r"\s+(?:[^\s.?!,]+\s+){0,6}?(?:gaat|ga|gaan|bent|zijt|rijdt|langsgaat|langsrijdt)\b")
_KEPT = re.compile(r"(?i)\b(?:als|wanneer)\s+" + _YOU + r"\b")


def lost(draft: str, sentence: str) -> bool:
    """The draft's ask holds such a trip and the result no condition on the reader at all: the ask the result keeps
    is the one with the trip (most of its words stand in that sentence of the draft, not in a second ask)."""
    m = _INSIDE.search(draft)
    if m is None or _KEPT.search(sentence):
        return False
    start = max(draft.rfind(ch, 0, m.start()) for ch in ".?!\n") + 1
    ends = [k for k in (draft.find(ch, m.end()) for ch in ".?!\n") if k >= 0]
    said = set(text_words(draft[start:min(ends) if ends else len(draft)]))
    asked = [w for w in text_words(sentence.split("?")[0]) if len(w) > 3]
    return bool(asked) and sum(w in said for w in asked) * 2 >= len(asked)
