"""What a dropped piece of padding is, when the word lists missed it (round 34, the lead).

A piece the engine cuts without a kind is named "Achtergrond", whose explanation invites the writer to put it back.
Burden talk and escape hatches said in dialect or chat slip past the word lists ("'k willen joe nie deranzjeren mo",
"as 't nie goa", "'t is ook goed eh" after it) and were named so; they are padding, and the teaching is the other way
round. Only the name of the finding changes: what is cut and the verdict stay as they were.
- burden talk: `padding_left.burden` (first person, a burden word, a negation or 'te veel'; not 'ik wil de buren niet
  storen', not 'ik ben ontslagen en ik schaam me kapot'), unless more than two words follow its 'maar' ('ik wil u ni
  derangeren maar ik weet ni wie anders te bellen' says more than that);
- an escape hatch: the whole piece is 'if it does not suit' ('as 't nie goa', 'es 't neet geit', 'als het ni past') or
  'then it is fine too' ('t is ook goed eh', 'is 't ook good'); a piece with any other word ('als het niet lukt voor 5
  uur', 'is het ook goed als ik later kom') is not.
"""

from __future__ import annotations

import re

from .padding_left import burden

_IT = r"(?:'t|t|het|dat|da)"
_NOT = r"(?:niet|ni|nie|neet|nait|nich)"
_SUITS = r"(?:gaat|goa|goat|gaot|geit|geet|lukt|past|schikt|uitkomt|uutkomt|kan|ken)"
_FINE = r"(?:goed|goe|good|goud|oke|oké|ok|prima)"
_BUT = re.compile(r"(?i)(?<![\w'])(?:maar|mar|mer|mor|moa|mo)(?![\w'])")
_TAIL = r"(?:\s+(?:hoor|heur|eh|he|hè|ehé|hé))*\s*[.!,]*"
_FINE_BODY = rf"(?:(?:dan\s+)?(?:is|es)\s+{_IT}|{_IT}\s+(?:is|es))\s+(?:ook\s+|ouch\s+|ok\s+)?{_FINE}"
_HATCH = re.compile(rf"(?i)^(?:als|as|es|às)\s+{_IT}\s+{_NOT}\s+{_SUITS}(?:\s*,?\s*{_FINE_BODY})?{_TAIL}$")
_FINE_TOO = re.compile(rf"(?i)^{_FINE_BODY}{_TAIL}$")


def kind_of(piece: str) -> str | None:
    """'last', 'uitweg' or None (background as before)."""
    text = piece.strip()
    after_but = _BUT.split(text, maxsplit=1)[1:]
    if burden(text) and not (after_but and len(after_but[0].split()) > 2):  # '… maar wie heeft mijn kaas gepakt'
        return "last"
    if _HATCH.match(text) or _FINE_TOO.match(text):
        return "uitweg"
    return None
