"""Whether a crisis request already says when: contract point 7 adds 'nu' where the request has no moment.

Only the request's own words count (a moment in another sentence, 'ik heb vannacht …', is no time for the
request). A bare day of the month without a month ('op de 4e') is no time there either: in a crisis ask it is a
floor or a room ('kun je naar de toiletten op de 4e komen?'), and a plea to come now is not put off to a date.
"""

from __future__ import annotations

from vraaghulp.coach.text import fold

import re

from .assemble import has_moment
from .bare_day import BARE_DAY

# Round 52 (k52c): a time the crisis ask names in words the moment list does not hold: after the reader's own day
# ('na uw werk', 'na je dienst', Flemish 'uw'), or a day part pointed at ('die ochtend', 'diezelfde avond'); 'nu' was
# put in front of it ('Kunt gij nu na uw werk langskomen?', h26b-010; 'Wilt u mij nu die ochtend …', h47b-006).
_AFTER_DAY = re.compile(r"\bna (?:uw|je|jouw|jullie|ulle|het|de|den|mijn|m'n|mn) (?:werk|dienst|shift|nachtdienst|school|les|"
                        r"lessen|training|vergadering|college|examen|wedstrijd|werkdag|afspraak)\b"
                        r"|\b(?:die|diezelfde|dezelfde) (?:ochtend|morgen|voormiddag|middag|namiddag|avond|nacht|dag|dagen)\b")


def says_when(lex, request: str) -> bool:
    """The request's own words name a time ('vanavond', 'om 8 uur', 'zaterdag', 'na uw werk'), not only 'op de 4e'."""
    plain = BARE_DAY.sub(" ", fold(request).lower())
    return has_moment(lex, plain) or bool(_AFTER_DAY.search(plain))
