"""A condition on the reader that opens the ask's sentence, dropped: never sure (round 44, k44a).

'dave als ge morgen langs de brico rijdt, kunde voor mij meebrengen: 2 zakken mortel, …?' (h43b-046) came in sure as
'Dave, kunt ge morgen voor mij meebrengen: …?': the trip was cut to its moment (occasion.py) and the ask now holds
for any day. occasion_kept.py already withholds `zeker` when such a trip is cut from inside the ask ('kun je morgen
als je toch naar de stad gaat …'); this is the same kind said in front: 'als/wanneer/indien' + the reader ('je', 'ge',
'u', 'jullie' …), opening the sentence (after at most a name or a greeting) whose ask the result keeps. A hatch
('als je tijd hebt', 'als ge zin hebt', 'als het lukt' has no reader as subject) is no condition on the ask and may
go. The result keeps no 'als/wanneer' + reader at all: then it is not sure (code ``weg-voorwaarde-voor``).
"""

from __future__ import annotations

import re

from .checks import text_words
from .reader_if import ASKS as _ASKS, HATCH as _HATCH, SENTENCES as _SENTENCES, YOU as _YOU  # reader_if.py

CODE = "weg-voorwaarde-voor"
# at most two words in front (a name, 'hoi Dave'; no ask verb or reader: 'Zou jij, als je …' is a condition inside the
# ask), then the condition up to its comma or up to the ask's verb with the reader after it ('… rijdt kunde', 'kun je')
_FRONT = re.compile(r"(?i)^\s*(?:(?!" + _ASKS + r"\b|" + _YOU + r"\b)[^\s,]+\s*,?\s+){0,2}?"
                    r"((?:als|wanneer|indien)\s+" + _YOU + r"\s+([^,?]{3,80}?))"
                    r"(?:,|\s+(?=" + _ASKS + r"(?:\s+" + _YOU + r"\b|de\b)))")
# a trip past a place ('langs de brico rijdt', 'naar de Lidl gaat'): the outside golds keep it (h43b-046, h26a-020); a
# visit ('als je zondag komt') is dropped by some authors and marked wrong by one (g-031): only not sure
_TRIP = re.compile(r"\b(?i:naar|langs|bij|in|voorbij|richting|via|door)\s+(?:(?i:de|het|'t|den|een|ne)\s+\w{3,}|[A-Z]\w{2,})")
_KEPT = re.compile(r"(?i)\b(?:als|wanneer|indien)\s+" + _YOU + r"\b")


def condition(draft: str) -> tuple[str, str]:
    """(the condition, the sentence it opens) for the first sentence of the draft that opens with one and asks
    something after it, or ("", "")."""
    for m in _SENTENCES.finditer(draft):
        said = m.group(0)
        found = _FRONT.match(said)
        if found is None:
            continue
        words = set(text_words(found.group(2)))
        if words & _HATCH or len(words) < 2:
            return "", ""  # 'als je tijd hebt, kun je …': a hatch, it may go
        return found.group(2), said
    return "", ""


def lost(draft: str, sentence: str) -> bool:
    """The draft's ask opens with such a condition, the result keeps that ask (no other question of the draft holds
    more of its longer words) and no condition on the reader at all."""
    cond, said = condition(draft)
    if not cond or _KEPT.search(sentence):
        return False
    return asked_in(draft, sentence, said)


def asked_in(draft: str, sentence: str, said: str) -> bool:
    """The result's question is the one of this typed sentence: it holds some of its longer words, and no other
    question of the draft holds more (also cond_mid.py)."""
    asked = [w for w in text_words(sentence.split("?")[0]) if len(w) > 3]
    here = sum(w in set(text_words(said)) for w in asked)
    other = max((sum(w in set(text_words(m.group(0))) for w in asked) for m in _SENTENCES.finditer(draft)
                 if m.group(0) != said and "?" in m.group(0)), default=0)
    return here > 0 and here >= other  # 'Mam, als je zaterdag komt, kun je …? Luiers …': the list joined the ask


def offer(draft: str, sentence: str, name: str) -> str:
    """The not-sure offer with a trip condition back in front of the ask, as typed ('Dave, als ge morgen langs de
    brico rijdt, kunt ge voor mij meebrengen: …?'); a word of it that moved into the ask (its moment, occasion.py)
    goes from there again. Unchanged when the condition was not lost or names no place."""
    cond, said = condition(draft)
    if not _TRIP.search(cond) or not lost(draft, sentence):
        return sentence
    found = _FRONT.match(said)
    clause, rest = re.sub(r"[^\w)]+$", "", found.group(1)), said[found.end(1):]  # '… naar de Lidl gaat 🛒'
    return put_front(sentence, name, clause, rest, found.group(2))


def put_front(sentence: str, name: str, clause: str, rest: str, cond: str) -> str:
    """The question of the result with the typed condition clause in front of it (after the name, or after a
    statement the result keeps before the question); a word of the condition not in the rest of its typed sentence
    (its moment, moved into the ask) goes from the ask again (also cond_mid.py)."""
    lead = f"{name}, " if name and sentence.startswith(name + ", ") else ""
    at = max(sentence.rfind(ch, 0, sentence.find("?")) for ch in ".!") + 1  # the question may follow a statement
    if at > len(lead):
        lead = sentence[:at] + " "
    ask, mark, tail = sentence[len(lead):].lstrip().partition("?")
    own = set(text_words(rest))
    for word in text_words(cond):
        if word not in own:
            ask = re.sub(r"(?i)\s\b" + re.escape(word) + r"\b", "", ask, count=1)
    front = (clause[:1].lower() if lead.endswith(", ") else clause[:1].upper()) + clause[1:]
    return f"{lead}{front}, {ask[:1].lower()}{ask[1:]}{mark}{tail}"
