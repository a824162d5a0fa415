"""A moment typed in the practice flow that says when the writer will ask, not when the help is needed.

Until round 28 the flow asked "Wanneer?" and its help said "Wanneer je het vraagt"; people typed the moment of
asking: 'zaterdag bij het voetbal', 'zondag aan tafel', 'maandag na de koffie', 'zondag aan de telefoon'. Put into
an ask that already says its own time ('Mag ik zondag bij jullie mee-eten?', 'Kan ik de komende zes weken om half
vier naar huis?', 'Kunt ge mij nog één jaar steunen?') it replaced or crowded the writer's own moment. A typed moment
that names a setting where people talk (at the table, on the phone, over coffee, at the match) beside an ask with a
time of its own: the ask keeps its own and is not sure. Without a time in the ask, the typed moment goes in as before.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .assemble import has_moment

_SETTING = re.compile(
    r"\b(?:aan\s+(?:tafel|de\s+(?:telefoon|lijn|koffie|keukentafel|ontbijttafel))"
    r"|(?:bij|na|tijdens|onder)\s+(?:het|de)\s+(?:eten|ontbijt|avondeten|middageten|lunch|koffie|thee|voetbal|wedstrijd|borrel|"
    r"training|repetitie|kerkdienst|dienst|vergadering|overleg)"
    r"|op\s+(?:de\s+koffie|bezoek|het\s+werk)"
    r"|als\s+(?:ik|we|wij)\s+(?:hem|haar|ze|hen|elkaar|jou|je|u)\s+(?:\w+\s+){0,4}?(?:zie|zien|spreek|spreken|tegenkom|tegenkomen|bel|bellen))\b")
_SPAN = re.compile(r"\b(?:de\s+komende|nog|(?:elke|iedere)|om\s+de)\s+(?:\w+\s+)?(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|"
                   r"keer|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b")


def setting_typed(lex, moment: str, asked: str) -> bool:
    """The typed `moment` names a setting for talking and the ask (`asked`, the request's own words) says a time."""
    if not _SETTING.search(fold(moment).lower()):
        return False
    own = fold(asked).lower()
    return has_moment(lex, own) or bool(_SPAN.search(own))
