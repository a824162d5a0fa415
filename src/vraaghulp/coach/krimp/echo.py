"""A result shrunk again that only grew a tail of its own words is not shrunk further.

`shrink.settle` runs the engine over its own result until it no longer changes. A result that
grows on every round by repeating its own words ('Zou het mogelijk zijn dat mijn oudercontact
verschoven kan worden naar donderdag? Kan worden naar donderdag? Kan worden naar donderdag? …')
is never a better sentence: the round before is kept. A tail with any word of its own ('… komen?
Ik ben ziek.') is not an echo; neither is a changed sentence, nor a closing mark
added ('Kun je komen' → 'Kun je komen?').
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")


def echoed(sentence: str, again: str) -> bool:
    """`again` is `sentence` with a tail added whose words all stand in `sentence` already."""
    if not again.startswith(sentence):
        return False
    words = set(_WORD.findall(again[len(sentence):].lower()))
    return bool(words) and words <= set(_WORD.findall(sentence.lower()))
