"""A wish of the writer's own inside a note typed into the practice flow (round 54, k54c).

'sorry dat ik weer aanbel maar ik zou graag jullie ladder even lenen', "'k weet da 't slecht uitkomt, mo 'k zou vrijdag
graag een uur vroeger willen stoppen": after 'maar' (Flemish 'mo', 'mor', 'ma', chat 'mr') the writer says their own
wish ('ik zou', "'k zou", 'we willen', 'kzou'). That is the ask, said as a sentence of the writer's own, not a bare task
to put after 'mag ik' or 'kun je' ('Petra, mag ik dat ik weer aanbel maar ik zou graag …?', 'Rik, mag ik mo 'k zou …?'):
compose lets the engine read the note as it stands, as krimp does with the same draft. A wish in a clause of its own
kind ('zodat ik', 'als ik', 'dat ik') is no such sentence, and a state after 'maar' ('maar ik ben moe') is left as it was.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

_LINK = r"(?:maar|mo|mor|mar|ma|mr)"
_SUBJECT = r"(?:ik|'k|k|we|wij)"
_WISH = r"(?:zou|zouden|wil|wou|wilde|willen|wilden|wouden)"
_OWN_WISH = re.compile(rf"(?:^|[\s,;])(?:{_LINK}\s+)(?:{_SUBJECT}\s+{_WISH}|kzou|kwil|kwou)\b")


def own_wish(note: str) -> bool:
    """The note says the writer's own wish after 'maar' or its Flemish and chat forms ('mo 'k zou graag …')."""
    return bool(_OWN_WISH.search(fold(note).replace("\u2019", "'")))
