"""A moment typed apart beside another day the ask already names (refs.place_moment).

'Kunt gij woensdagnamiddag op haar passen?' with 'zondag bij het eten' typed in the practice flow gave 'Kunt gij zondag
bij het eten woensdagnamiddag op haar passen?': two days nobody meant. The ask keeps its own and is not sure.
Round 42 review (k42r): 'deze avond', 'dezen namiddag', 'dadelijk', 'subiet' … are a day of the ask too ('Kun je morgen avond deze …').
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

# A day as a word of its own ('zondag', 'woensdagnamiddag', 'morgen') or a date ('14 november', '3/6').
_ANY_DAY = re.compile(r"\b(?:vandaag|morgen|overmorgen|vanavond|vannacht|vanmiddag|vanochtend|vanmorgen"
                      r"|(?:maan|dins|woens|donder|vrij|zater|zon)dag\w*|\d{1,2}(?:e|ste|de)?\s+(?:jan|feb|maa|apr|mei|jun|jul|aug"
                      r"|sep|okt|nov|dec)\w*|\d{1,2}/\d{1,2}"
                      r"|(?:deze|dezen|deez|dees)\s+(?:avond|nacht|ochtend|morgen|middag|namiddag|voormiddag)"
                      r"|dadelijk|zodadelijk|onmiddellijk|ogenblikkelijk|subiet|sebiet|strakjes)\b")
_THIS = ("deze", "dezen", "deez", "dees")  # 'deze avond' (k42r): today's, one unit, never 'morgen avond deze'
# 'van zaterdag', 'voor maandag', 'tot zondag': a day inside a phrase, no moment of the ask
_PHRASE_BEFORE = frozenset({"van", "voor", "vóór", "tot", "na", "vanaf", "sinds", "tegen", "uiterlijk", "per",
                            "tussen", "rond", "over", "met", "t/m", "m", "dan", "dat"})


def other_day(own: str, moment: str) -> bool:
    """The ask names a day of its own and the typed moment another ('Kunt gij woensdagnamiddag op haar passen?' with
    'zondag bij het eten' typed; 'meegaan naar de afspraak op 14 november' with 'zondag'): side by side they say two
    days nobody meant, so the ask keeps its own and is not sure. A day inside a phrase ('de verhuizing van
    zaterdag', 'tot zondag') is no moment of the ask; a typed week or hour is not a day."""
    typed = _ANY_DAY.search(fold(moment))
    if typed is None:
        return False
    folded = fold(own)
    for m in _ANY_DAY.finditer(folded):
        before = folded[:m.start()].split()
        said, put = m.group(0).split(), typed.group(0).split()
        if said[0] in _THIS or put[0] in _THIS:
            said, put = [" ".join(said)], [" ".join(put)]  # 'deze avond' and 'deze middag' are two moments
        if not (before and before[-1] in _PHRASE_BEFORE) and said[0] != put[0]:
            return True
    return False
