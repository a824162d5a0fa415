"""The words of a condition on the reader ('als ge toch langs de brico rijdt', 'wanneer je zaterdag komt') in front of
an ask (round 56, k56b): the reader, the ask's verbs, and the words of a hatch ('als je tijd hebt', 'als ge zin hebt'),
which is no condition on the ask and may go. Read by fronted_if.py (a condition that opens the ask's sentence) and
cond_mid.py (one in the middle of it).
"""

from __future__ import annotations

import re

YOU = r"(?:je|jij|ge|gij|gie|u|jullie|gullie|ulle)"
ASKS = r"(?:kun|kunt|kan|kunde|kunnen|wil|wilt|wilde|zou|zoudt|zoude|zouden|mag|moogt|ken|kende)"
HATCH = frozenset({"tijd", "zin", "goesting", "wil", "wilt", "kan", "kunt", "lukt", "past", "uitkomt", "schikt",
                   "druk", "zitten", "ruimte", "puf", "energie", "zeker", "twijfelt", "nee", "vindt", "vind",
                   "ooit", "momentje", "moment", "minuutje", "seconde", "gelegenheid", "klaar", "leest", "hoort"})
# a condition on the reader anywhere in a text (cond_mid.py: kept in the result; tools/krimp_cond_front.py)
ON_READER = re.compile(r"(?i)\b(?:als|wanneer|indien|mocht|mochten)\s+" + YOU + r"\b")
SENTENCES = re.compile(r"[^.?!\n]+[.?!]*")  # the typed sentences of a draft (fronted_if.py, cond_mid.py)
