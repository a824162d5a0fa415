"""A 'niet' in 'zou … niet kunnen' that forbids within a limit of time is no politeness (round 58, k58b).

rewrite._polite_niet takes the 'niet' of 'zoudt ge ons ni kunnen brengen' out as a polite 'not'. In a request that
holds a limit of time ('voor tien uur', 'vóór 12u', 'tussen 9 en 15 uur', 'na 1 uur') and asks no service for the
writer (polite_service.SERVICE: bring, fetch, drive …), the 'niet' is what is asked: 'Zou je vandaag de boormachine
nie kunnen gebruiken voor twee uur?' (h57a-035), 'Zouden jullie overdag tussen 9 en 15 uur niet kunnen boren?'
(h25b-048), 'Zoudt ge deze week nie kunnen boren of kloppen vóór 12u?' (h55a-047). Taken out it asks the opposite.
There the 'niet' stays, and the result is not sure ('beleefd-niet' among the guesses): 'zoudt ge mij ni kunnen
voeren voor 9u' (a service with a deadline) is politeness, and stays out as before.
"""

from __future__ import annotations

import re

from .polite_service import SERVICE

_NUMBER = (r"\d[\d:.]*u?|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|half|kwart|middernacht|"
           r"tienen|elven|twaalven|achten|negenen|zessen|zevenen|vijven|vieren|drieën|tweeën|enen|de middag|"
           r"de ochtend|de avond|zonsopgang")
_LIMIT = re.compile(rf"(?:^| )(?:voor|vóór|na|tussen|tot|vanaf) (?:{_NUMBER})(?= |$)")


def forbids(d, kept: list[int]) -> bool:
    """The request's kept words hold a limit of time and no service for the writer."""
    words = [w for i in kept for w in d.words(i) if w != ","]
    if any(w in SERVICE for w in words):
        return False
    raw = " ".join(d.tok_text(i).lower() for i in kept)
    return bool(_LIMIT.search(" ".join(raw.split())))
