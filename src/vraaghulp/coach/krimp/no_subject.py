"""A question left without its subject: 'Tom, kan me helpen met verhuizen?'.

A draft that speaks of the person in the third person ('Tom kan me helpen met verhuizen', 'Ans zou
misschien de kinderen kunnen halen') reads its first word as the name in front; what is left asks with
no one to ask it of ('kan me helpen', 'zou de kinderen kunnen halen'). In the practice flow, where the
person is typed, about_them.py asks it of them ('Tom, kun je me helpen …?'); in a draft of its own the
person may be told about Tom rather than asking him, so krimp does not guess and is not sure.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

CODE = "geen-onderwerp"

_VERBS = r"(?:kan|kun|kunt|kon|wil|wilt|wou|zou|zoudt|mag|moet|heeft|hebt)"
# Words that can follow the verb only when the subject is missing: an object, a hedge, a filler.
_NO_SUBJECT = r"(?:me|mij|ons|'m|misschien|mss|wellicht|even|ff|efkes|vast|wel|eens|alsjeblieft|aub)"
_BARE = re.compile(rf"^(?:[^,.?!]{{1,40}},\s*)?{_VERBS}\s+{_NO_SUBJECT}\b")
# 'Kun je Lotte zou zaterdag …': a frame put before a sentence that has its own subject (a name) and verb.
_FRAMED = re.compile(rf"^(?:[^,.?!]{{1,40}},\s*)?(?i:{_VERBS})\s+(?i:je|jij|u|ge|gij)\s+[A-Z][\w'-]*\s+(?i:{_VERBS})\b")
_SENTENCE = re.compile(r"[^.?!]+[.?!]*")


def missing(sentence: str, draft: str = "") -> bool:
    """True when a sentence of the result asks with a verb in front and no subject after it, or the draft's
    subject ('Ans zou de kinderen …') was made the name in front ('Ans, kan de kinderen halen?')."""
    parts = [p.strip() for p in _SENTENCE.findall(fold(sentence))]
    if any(_BARE.match(p.lower()) or _FRAMED.match(p) for p in parts):
        return True
    said = _NAMED.match(draft)
    if said is None or said.group(1).lower() in _NOT_NAMES:
        return False
    moved = re.match(rf"{re.escape(said.group(1))},\s+{_VERBS}\s+(\S+)", sentence, re.IGNORECASE)
    return moved is not None and moved.group(1).lower() not in _YOU


# A draft that opens with a name and its verb, no comma between: the name is who does it ('Ans zou …').
_NAMED = re.compile(rf"^\s*([A-Z][\w'-]+)\s+(?:{_VERBS})\b")
_NOT_NAMES = frozenset({"ik", "je", "jij", "u", "ge", "gij", "we", "wij", "hij", "zij", "ze", "het", "dat", "dit", "wie", "wat",
                        "hoe", "waar", "wanneer", "kan", "zou", "wil", "mag"})
# a subject after the verb: the name in front is said to them ('Lisa, mag ik …', 'Ans, kun je …')
_YOU = frozenset({"je", "jij", "u", "ge", "gij", "jullie", "ik", "'k", "we", "wij", "hij", "zij", "ze", "er", "iemand"})
