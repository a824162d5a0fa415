"""Distress or danger without the crisis tier: the person's own words about how bad it is stay whole.

'ik zit al een uur op de badkamervloer te trillen en ik kan niet meer stoppen met huilen',
'ik heb al 3 dagen niet gegeten en ik kom mijn bed niet meer uit', 'ik voel me niet veilig hier',
'hij is door het lint gegaan en 'k ben bang'. The care check gives such drafts no acute tier (no
wish to die), so the engine would keep at most one short honest clause and cut the rest: the ask
is made lighter than the person wrote it (the spirit of contract point 7). Here every sentence of
the draft that says such a thing is kept, in draft order, with the request.

No 'nu' is added: the contract adds it with the acute tier only (with the help panel). Outside that
tier the result never holds a word the writer did not write, and their own words carry the urgency.
"""

from __future__ import annotations

import re

from ..text import fold as folded
from .memo import per_text

# 'bang voor/van' a person or oneself is danger; 'bang van de tandarts', 'bang voor onweer' is a fear of a thing
_WHO = r"(?:hem|haar|hen|hun|mezelf|mijzelf|zichzelf|(?:mijn|mn|m'n|men) (?:ex|man|vrouw|vader|vriend|partner|broer|leven))\b"
_SIGNS = re.compile(
    r"\b(?=[zlskhdtvgrbi'\d])(?:"  # the letters the alternatives start with: the search skips other places (round 37)
    r"(?:zit|zat|lig|sta)\w* (?:\w+ ){0,8}te (?:trillen|beven|schudden|hyperventileren)"
    r"|(?:kan|kon|krijg) (?:\w+ ){0,2}(?:niet|ni|nie) (?:meer )?(?:stoppen|ophouden) met (?:huilen|janken|wenen|trillen|beven)"
    r"|(?:kan|krijg) (?:\w+ ){0,2}(?:geen|bijna geen) (?:adem|lucht)|(?:heb|krijg|zit) (?:\w+ ){0,3}paniekaanval\b(?!(?: \w+){0,4} gehad)"
    r"|(?:\d+|twee|drie|vier|vijf|zes|zeven) dagen (?:\w+ ){0,2}(?:niet|ni|nie|niks|niets) (?:meer )?gegeten"
    r"|(?:kom|kwam|geraak|raak) (?:\w+ ){0,2}(?:mijn|m'n|mn|men|uit) ?bed (?:\w+ ){0,1}(?:niet|ni|nie) (?:meer )?uit"
    r"|(?:voel|voelde) (?:me|mij|mn|m'n) (?:\w+ ){0,3}(?:niet|ni|nie) (?:meer )?veilig|(?:ben|is|zijn) hier (?:niet|ni|nie) veilig"
    r"|(?:hij|ze|zij) (?:is|zijn) (?:\w+ ){0,2}door het lint|(?:hij|ze|zij) (?:heeft|had) (?:me|mij) (?:\w+ ){0,2}(?:geslagen|bedreigd|geduwd)"
    rf"|(?:ik ben|'k ben|k ben|kben|ben ik) (?:zo |echt |heel |erg |doods)?bang\b(?! (?:dat|da|om)\b)(?! (?:voor|van) (?!{_WHO}))"
    r")",
    re.IGNORECASE,
)


@per_text
def distressed(text: str) -> bool:
    """A sentence (or draft) says the writer is in distress or danger, in words of their own (each sentence asked
    again for every analysis: kept, round 38, speed only)."""
    return bool(_SIGNS.search(folded(text)))


def distress_clauses(an, main) -> list:
    """The clauses of every distress sentence of the draft, outside the request (in draft order)."""
    d = an.d
    hot = {k for k, (a, b) in enumerate(d.sentences) if distressed(d.raw(a, b))}
    if not hot:
        return []
    ask = min((c.sent for c in main or []), default=len(d.sentences))
    hot |= set(range(min(hot) + 1, ask))  # 'ik ben bang. hij staat voor de deur. kun je …': what goes on, up to the ask
    skip = {"wrap", "groet", "afsluiting", "leeg", "vraag", "naam"}
    main = main or []
    return [c for c in an.clauses if c not in main and c.role not in skip and (c.sent in hot or _whereabouts(d, c))]


_WHERE = re.compile(r"^(?:ik|'k|k|we|wij) (?:zit|zitten|sta|staan|lig|ben|zijn) (?:\w+ ){0,4}"
                    r"(?:bij|in|op|aan|onder|achter|naast|buiten) (?:de|het|den|ons|onze|mijn|m'n|mn|een|\w+)\b")


def _whereabouts(d, c) -> bool:
    """'ik sta bij de fietsenstalling', ''k zit met de kinderen bij de buren': where the writer is
    in a draft of distress is where the reader must come."""
    start = c.start if c.start >= 0 else c.a
    return bool(_WHERE.match(folded(d.raw(start, c.b)).strip()))
