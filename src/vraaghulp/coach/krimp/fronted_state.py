"""How the writer is, said after a fronted clause right before the ask, and dropped from the result.

'Sinds Ans er niet meer is, eet ik elke avond alleen en dat trek ik niet meer. Mag ik zondag …?', 'Sinds mijn
vrouw in het ziekenhuis ligt, kom ik niet meer aan koken toe. Kun jij …?': the clause in front ('sinds …', 'nu
…', 'omdat …') puts the verb before 'ik' (segment.py keeps it one clause since round 28), and the state rules,
which look for 'ik' and its verb, read the sentence as plain text; it went, sure or not. The shape: the draft's
piece right before the ask's opens with such a clause, its main clause has the writer as subject right after the
verb ('kom ik', 'eet ik', 'slaap ik') and says what the writer can no longer do or how they are (a negation: 'niet
meer', 'ni meer', 'bijna niet', 'nooit', or a word of hardship: state_before.HARD), it is at most 24 words, and
fewer than half of its words are in the result: it is put back before the question (as state_before.kept does).
A clause in front of plain logistics ('Sinds vorige week werk ik op een andere locatie, dus ik kom later') says no
such thing and stays out.
"""

from __future__ import annotations

import re

from . import state_before
from .checks import lower_words

_FRONT = re.compile(r"^(?:sinds|sedert|nu|omdat|doordat|sinds\s+dat|sedert\s+dat)\s+[^,]{3,}?,\s*(?P<main>\w+\s+(?:ik|'k|k|we|wij)\b.*)$",
                    re.IGNORECASE)
_LACK = re.compile(r"\b(?:niet|ni|nie|nooit|niks|niets|geen)\s+(?:\w+\s+){0,2}?(?:meer|goed|alleen|slapen|eten|aan)\b|\bbijna\s+(?:niet|ni|nie|nooit)\b"
                   r"|\btrek\s+(?:ik|'k)\s+(?:het\s+)?(?:niet|ni|nie)\b|\b(?:alleen|eenzaam)\b", re.IGNORECASE)


def lost(draft: str, sentence: str, name: str = "") -> str:
    """The fronted piece before the ask that says how the writer is and that the result dropped ("": none)."""
    before = state_before.piece_before(draft, sentence, name)
    if before is None:
        return ""
    front = _FRONT.match(before)
    words = lower_words(before)
    if front is None or len(words) > 24 or before.endswith("?") or state_before.NOT.search(before):
        return ""
    main = front.group("main")
    if not (_LACK.search(main) or state_before.HARD.search(main)):
        return ""
    return "" if state_before.mostly_in(words, sentence) else before
