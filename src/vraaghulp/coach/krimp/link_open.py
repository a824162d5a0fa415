"""A result that opens with a linking word cut loose from what it linked: not sure (round 50, k50c).

'Pieter, mor 'k voel mij de laatste tijd zo alleen … Kunt ge zondag komen eten?' (h49a-028): the draft's sentence
before ('… 'k wil u nie ongerust maken.') went, and the 'mor' that answered it stayed at the head of the result. A
'maar', 'want' or 'dus' that opens the message (right after the name it is addressed to, or first of all) points at
something the reader is never shown; a careful writer starts the sentence afresh. The engine does not guess which
words to take out (the contract: when unsure, say so): the result is offered, not sure (code ``voegwoord-vooraan``).

Only the opening of the first sentence counts: a later 'Ma ni te kort.' or 'Maar niet op maandag.' follows the ask it
limits and reads well. 'ma' is also the mother ('Ma, kunt ge …', 'ma is gevallen') and 'en' opens many a plain
follow-on ('En Ellen, wil jij …'), so neither is read here. A crisis result keeps every word of the writer (not
checked here: the crisis rules decide its `zeker`).
"""

from __future__ import annotations

import re

CODE = "voegwoord-vooraan"
# An optional vocative of one to three words and its comma, then the linking word and one more word.
_OPEN = re.compile(r"(?i)^\s*(?:[^\W\d_][\w'-]*(?:\s+[\w'-]+){0,2}\s*,\s*)?(?:maar|mor|maa|want|dus)\s+[\w']")


def loose(sentence: str) -> bool:
    """The result opens with 'maar', 'want' or 'dus' (after its vocative, if any)."""
    return bool(_OPEN.match(sentence))
