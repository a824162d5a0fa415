"""A condition on the reader ('als ge toch langs de brico rijdt', 'wanneer je zaterdag komt'): the words that make one,
and a clause of it in front of the ask's own verb (round 56, k56b).

Read by fronted_if.py (one that opens the ask's sentence), cond_mid.py (one in the middle of it) and checks.shape:
'Kevin, als ge toch langs de Brico rijdt, kunt ge dan …?' is correct Dutch with the condition in front of the verb; the
front of the question is the verb after the condition's comma, not 'als' (``fronted_clause``). A hatch ('als je tijd
hebt', 'als het je niet te veel is': no reader as subject, or a word of ``HATCH``) is no such condition.
"""

from __future__ import annotations

YOU = r"(?:je|jij|ge|gij|gie|u|jullie|gullie|ulle)"
ASKS = r"(?:kun|kunt|kan|kunde|kunnen|wil|wilt|wilde|zou|zoudt|zoude|zouden|mag|moogt|ken|kende)"
HATCH = frozenset({"tijd", "zin", "goesting", "wil", "wilt", "kan", "kunt", "lukt", "past", "uitkomt", "schikt",
                   "druk", "zitten", "ruimte", "puf", "energie", "zeker", "twijfelt", "nee", "vindt", "vind",
                   "ooit", "momentje", "moment", "minuutje", "seconde", "gelegenheid", "klaar", "leest", "hoort"})
_READERS = frozenset({"je", "jij", "ge", "gij", "gie", "u", "jullie"})
_VERBS = frozenset({"kun", "kunt", "kan", "wil", "wilt", "zou", "zoudt", "mag", "moogt"})
_OPEN = frozenset({"als", "wanneer", "indien"})


def fronted_clause(words: list[str]) -> int:
    """How many of the question's front words are a condition on the reader closed by a comma ('als', 'ge', 'toch',
    'langs', 'de', 'brico', 'rijdt', ','), with the ask's verb and the reader right after it; 0 when there is none."""
    if len(words) < 5 or words[0] not in _OPEN or words[1] not in _READERS:
        return 0
    if "," in words:
        comma = words.index(",")
        rest, lead = words[comma + 1:], comma + 1
    else:  # a run-on: 'als ge toch naar den aldi gaat kunt ge …'
        lead = len(words) - (1 if words[-1] in _VERBS else 2)
        rest, comma = words[lead:], lead if words[lead] in _VERBS else 0
    if comma < 3 or not 1 <= len(rest) <= 2 or rest[1:] and rest[1] not in _READERS:
        return 0
    return 0 if set(words[2:comma]) & HATCH else lead
