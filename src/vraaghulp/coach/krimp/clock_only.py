"""An ask whose own moment is only a clock time or span ('van 8 tot 10', 'om half 3', 'tussen 12 en 1').

In the practice flow the day is typed apart ('maandag') and the ask says the hours: the two say one moment
together ('kunt ge maandag mijn permanentie overnemen van 8 tot 10?'). The typed day then corrects nothing
and is added even when the draft also says it in a sentence that goes ('ge weet dat ik maandag …').
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .assemble import has_moment

_HOUR = r"(?:half\s+|kwart\s+(?:voor|over)\s+)?\d{1,2}(?:[:.u]\d{2})?(?:\s*(?:uur|u|h))?"
_CLOCK = re.compile(rf"\b(?:(?:van|vanaf|tussen|om|tot|na|voor|rond)\s+{_HOUR}(?:\s+(?:tot|en|-)\s+{_HOUR})?|{_HOUR}\s*-\s*{_HOUR})\b")
_DAYS = re.compile(r"\b(?:vandaag|morgen\w*|overmorgen|van(?:avond|middag|morgen|ochtend|nacht)|\w+dag\w*|weekend|week)\b")


def clock_only(lex, own: str) -> bool:
    """The ask's own words hold a clock time or span and no other moment (no day, no part of a day)."""
    folded = fold(own).lower()
    if not _CLOCK.search(folded) or _DAYS.search(folded):
        return False
    return not has_moment(lex, _CLOCK.sub(" ", folded))


def typed_day(moment: str) -> bool:
    """The typed moment names a day ('maandag', 'morgen', 'zaterdag 12 april'), not an hour."""
    folded = fold(moment).lower()
    return bool(_DAYS.search(folded)) and not _CLOCK.search(folded)
