"""The part of a moment said before the ask that the ask takes in (round 32, k32b).

'Mijn trein vertrekt donderdag om 7u12 in Brugge. Zou je mij om 6u30 … oppikken?': the ask has its own clock time, so
only the day comes in ('Kun je mij donderdag om 6u30 … oppikken?'); pulled whole it said two times ('donderdag om 7u12
om 6u30'), a meaning nobody had. 'ik verhuis zaterdag de 14e … Zoudt gij om 8u …': the date right after the day
belongs to it and comes along ('zaterdag de 14e om 8u'), or the result says another Saturday than the writer's.
"""

from __future__ import annotations

import re

_CLOCK_FRONT = frozenset({"om", "rond", "tegen", "omstreeks", "vanaf", "tot", "van", "voor", "vóór", "na", "tussen"})
_CLOCK = re.compile(r"^\d{1,2}(?:[:.u]\d{0,2}|u)$|^\d{1,2}[:.]\d{2}u?$")
_ORDINAL = re.compile(r"^\d{1,2}(?:e|de|ste)$")
_MONTHS = frozenset({"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                     "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov",
                     "dec"})


def day_end(d, start: int, end: int) -> int:
    """Where the day part of the moment start..end stops: before its clock time ('donderdag | om 7u12')."""
    for i in range(start, end):
        if not d.is_word(i):
            continue
        w = d.word(i)
        if w in _CLOCK_FRONT or _CLOCK.match(w) or w == "uur":
            return i
    return end


def with_date(d, end: int, stop: int) -> int:
    """The moment's end taken past a date right after the day ('zaterdag | de 14e', 'vrijdag | 12 juni')."""
    words = [(i, d.word(i)) for i in range(end, min(stop, end + 3)) if d.is_word(i)]
    if len(words) >= 2 and words[0][1] in ("de", "den") and _ORDINAL.match(words[1][1]):
        return words[1][0] + 1
    if len(words) >= 2 and words[0][1].isdigit() and words[1][1] in _MONTHS:
        return words[1][0] + 1
    return end


def with_event(d, end: int, stop: int) -> int:
    """The moment's end taken past the event that times it within the day ('Vrijdag | na het gebed', 'zondag | na de
    mis', 'donderdag | voor de training'): the golds keep it with the day (round 37, k37a, h36a-014)."""
    words = [(i, d.word(i)) for i in range(end, min(stop, end + 4)) if d.is_word(i)]
    if len(words) >= 3 and words[0][0] == end and words[0][1] in ("na", "voor", "tijdens") \
            and words[1][1] in ("het", "de", "'t") and words[2][1].isalpha() and words[2][1] not in _NOT_EVENT:
        return words[2][0] + 1
    return end


_NOT_EVENT = frozenset({"rest", "eerst", "laatst", "deur", "kinderen", "kinders", "zekerheid", "gezelligheid"})


NAMED_DAY = re.compile(r"(?i)\b(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\w*|morgen\w*|overmorgen|vandaag|vanavond|vannacht"
                        r"|\d{1,2}\s+(?:" + "|".join(sorted(_MONTHS)) + r")|de\s+\d{1,2}(?:e|de|ste))\b")


def names_day(text: str) -> bool:
    """The ask names its own day ('dinsdag om 4:30', '14 mei', 'morgen'); a part of a day ("'s middags") is none:
    'die dag' in '… die dag om 7.30 uur brengen en 's middags weer ophalen' is still the day said before."""
    return bool(NAMED_DAY.search(text))
