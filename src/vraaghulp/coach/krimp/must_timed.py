"""What the writer must do at a set time, said right after the ask: never dropped while sure (round 44, k44c).

'Wie kan zaterdag om 9u Emre meenemen naar de match? Ik moet werken tot 14u en kom daarna zelf.', 'Kun je morgen om 7
uur de zaak openen? Ik moet om half 8 naar de tandarts.': the writer's own obligation with its clock time says why the
ask is timed as it is. Counted over the outside golds (tools/krimp_sentence_keep.py, kind `feit-moet na`, 85 files,
103 sentences; README "Round 44 (k44c)"): with a clock time the golds all keep it in 10 drafts, some in 8, none in 2
(the engine dropped it while sure once, k35f-024, where all keep it); without one ('Ik moet werken.', 'Ik moet naar de
tandarts.') 13 / 33 / 37, mostly dropped, and left to the engine. So only the timed kind is never dropped while sure
(code ``weg-moet-tijd``); the offer is unchanged.
"""

from __future__ import annotations

import re

from .checks import text_words
from .rests_on import mostly_dropped
from .self_unable import after_ask

CODE = "weg-moet-tijd"
_MUST = re.compile(r"(?i)^(?:(?:en|want|maar)\s+)?(?:ik|'k|k|we|wij)\s+(?:moet|moeten|mot|moette|mò)\b")
_CLOCK = re.compile(r"(?i)\b(?:om|tot|vanaf|tegen|voor)\s+(?:\d{1,2}(?:[:.u]\d{0,2})?|half|kwart)\b|\b\d{1,2}[:.u]\d{2}\b"
                    r"|\b\d{1,2}\s*u(?:ur)?\b")


def piece(draft: str) -> str:
    """The sentence right after the draft's first question in which the writer must do something at a clock time."""
    said = after_ask(draft)
    return said if said and _MUST.match(said) and _CLOCK.search(said) else ""


def lost(draft: str, sentence: str) -> bool:
    """The draft says so right after its question and the result shows fewer than half of its content words."""
    said = piece(draft)
    return bool(said) and mostly_dropped(text_words(said), set(text_words(sentence)))
