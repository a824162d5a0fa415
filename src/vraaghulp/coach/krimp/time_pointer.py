"""A time pointer in the ask holds its own moment (round 49, k49b).

'Ik draai morgen om 9 uur de update. Het zou handig zijn als jij tot die tijd niets aan de wachtrij verandert.' The
engine pulled the moment said before into the ask beside the pointer: 'wil jij morgen om 9 uur tot die tijd niets …',
which says another thing. 'tot die tijd', 'tegen dat moment', 'voor dat tijdstip' already say when: no moment is put in
beside them, and when the draft says one elsewhere the result is not sure (doubt `tijdwijzer`: what the pointer points
at went).
"""

from __future__ import annotations

import re

_POINTER = re.compile(r"\b(?:tot|tegen|voor) (?:die tijd|dat moment|dat tijdstip)\b")


def held(an, req, group, text: str) -> bool:
    """The ask's text holds a time pointer (then no moment may be pulled in); a moment said outside the request group
    makes it a doubt of the request."""
    if not _POINTER.search(text):
        return False
    if any(not any(c.a <= i0 < c.b for c in group) for i0, _ in an.moments):
        req.doubts.append("tijdwijzer")
    return True
