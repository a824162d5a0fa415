"""A moment filled in right before the draft's own pointer at it: not sure (round 55, lead).

'Ik ben morgen van 9 tot 12 bij de tandarts met mijn oudste. Kan iemand zolang op mijn baby letten?' (p41-037): the
sentence that named the moment went, the moment was put into the ask, and the draft's own pointer at it stayed behind
it — 'Kan iemand morgen van 9 tot 12 zolang op mijn baby letten?', the moment said twice, the second time as a pointer
at nothing. The same with 'het weekend dat weekend' (k55b-008). Which of the two should go is the writer's choice (the
outside golds keep the sentence before and the pointer), so the engine does not pick: the result is offered, not sure
(code ``moment-twee-keer``).

Read only where a moment is followed at once, with no mark between, by a pointer at a time ('zolang', 'die dag',
'dat weekend', 'die week' …). 'dan' is left out: 'Kun je morgen dan even bellen?' is plain Dutch.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

CODE = "moment-twee-keer"
_POINTER = re.compile(
    r"\s+(?:zolang|toen|dat weekend|die (?:dag|dagen|week|weken|avond|ochtend|voormiddag|namiddag|middag|nacht|periode|datum)"
    r"|op die dag|in die (?:week|periode|dagen))\b")


def said(lex, sentence: str) -> bool:
    """A moment in the result runs straight into a pointer at a moment."""
    low = fold(sentence).lower()
    return any(_POINTER.match(low, m.end()) for m in lex.moment.finditer(low) if m.group().strip())
