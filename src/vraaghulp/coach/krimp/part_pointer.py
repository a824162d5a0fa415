"""'die ochtend', 'die avond' point at a part of a day the draft named before the ask (round 55, k55b).

'We verhuizen zaterdag 14 juni naar de Merelstraat … Zou je die ochtend kunnen helpen met de kasten sjouwen?',
'de taxateur komt donderdag om 9 uur … Zou je die ochtend op de kinderen kunnen passen?', 'Ik ben 15 maart voor
werk in Zwolle. … Wil je die avond met mij eten?': the engine pulled the day into the ask in the pointer's place
('kun je zaterdag 14 juni helpen'), so the ask lost its part of the day ('ochtend'), or said another moment ('om 9
uur' is not 'that morning'). Every outside gold of such a draft keeps the pointer and the sentence with the day in
front of it. A pointer at a part of the day takes no moment from elsewhere unless a moment of the draft names the same
part of the day ('zaterdagochtend', "zaterdag 's ochtends") or a stretch of hours ('tussen 13.00 en 17.00 uur', which
the pointer then means); the sentence it points at stays, as for 'die dagen' (span_from.points_at_days).
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

ON = True
# 'tussen 13.00 en 17.00 uur', 'van 8u tot 12u': a stretch of hours says the part of the day itself (never 'om 9 uur').
_CLOCK_SPAN = re.compile(r"\b(?:tussen|van) \d{1,2}(?:[.:u]\d\d)?(?: ?u(?:ur)?)? (?:en|tot|-) \d{1,2}(?!\d)")
_PARTS = {"ochtend": ("ochtend", "morgen", "voormiddag", "'s ochtends", "s ochtends"),
          "voormiddag": ("ochtend", "morgen", "voormiddag"),
          "middag": ("middag", "'s middags", "s middags"), "namiddag": ("middag", "namiddag"),
          "avond": ("avond", "'s avonds", "s avonds"), "nacht": ("nacht", "'s nachts", "s nachts")}


def points_at_part(an, pieces) -> bool:
    """The ask holds 'die ochtend' (…) and no moment the draft said names that part of the day."""
    if not ON:
        return False
    words = [p.norm for p in pieces]
    for k, (w, nxt) in enumerate(zip(words, words[1:])):
        if w in ("die", "diezelfde") and nxt in _PARTS and (k == 0 or words[k - 1] not in ("van", "tot")):
            said = [fold(an.d.raw(a, b)) for a, b in an.moments]
            if not any(part in m for m in said for part in _PARTS[nxt] if m != f"{w} {nxt}") \
                    and not any(_CLOCK_SPAN.search(m) for m in said):
                return True
    return False
