"""The writer's own fear in a crisis draft is how bad it is (round 58, k58c; issue 12 point 7).

'Mijn man heeft mij vannacht weer geslagen en ik ben bang om naar huis te gaan, ik ben nu met de kinderen bij de
bushalte in Kessel-Lo.' (p56-039) came out 'Tine, mijn man heeft mij vannacht weer geslagen. Ik ben nu met de
kinderen …': the crisis check hears nothing in 'ik ben bang om naar huis te gaan', so crisis_every.py did not count
it heavy, and the sentence was cut to its acute clause. Over the crisis drafts of the corpus a clause of the writer's
own fear ('ik ben (zo) bang …', 'ik heb (zo'n/ne) schrik …', 'ik durf niet (meer) naar huis/alleen …', 'ik heb paniek')
is kept by at least one gold in 51 of 53 and by every gold in 46 (the outside files: 17 of 20 on the older, rounds up
to 40, and 21 of 23 on the newer); the 7 the golds drop tell a secret ('ik durf het niemand te zeggen', 'ik durf het
niet tegen mn ouders te zeggen': no gold of the 7 keeps it whole; crisis_secret.py owns those). `feared` says a
clause is such a fear; crisis_every.py then puts it back like a clause with a signal of the crisis check.
"""

from __future__ import annotations

import re

_FEAR = re.compile(
    r"(?i)^(?:en\s+|maar\s+|ma\s+|mor\s+)?(?:ik|'k|k)\s+"
    r"(?:ben|zijn|heb|è|e)\s+(?:echt\s+|zo\s+|zo'n\s+|zoon\s+|heel\s+|ne\s+|zo\s+ne\s+|zo\s+een\s+|al\s+uren\s+|nu\s+)*"
    r"(?:bang|doodsbang|schrik|angst|paniek)\b"
    r"|^(?:en\s+|maar\s+)?(?:ik|'k|k)\s+durf\s+(?:echt\s+|gewoon\s+)?(?:niet|nie|ni)\b(?!\s+(?:het|'t|da|dat)\b)")
_SECRET = re.compile(r"(?i)\b(?:niemand|zeggen|vertellen|vragen)\b")


def feared(clause: str) -> bool:
    """A clause in which the writer says they are afraid ('ik ben bang om naar huis te gaan', "'k heb schrik dat ik
    mezelf iets aandoe", 'ik durf niet meer naar binnen'); never a secret kept ('ik durf het niemand te zeggen')."""
    text = clause.strip(" ,.!")
    return bool(_FEAR.match(text)) and not _SECRET.search(text)
