"""A crisis result keeps every acute sentence of the draft, not only the first (round 27, issue 12 point 7).

'Peter ik wil je niet ongerust maken. maar ik zie het niet meer zitten. Sinds mama er niet meer is wil ik eigenlijk
ook niet meer leven. Kun je vandaag nog komen?' kept 'ik zie het niet meer zitten' and dropped 'wil ik … niet meer
leven': the heaviest words went because a lighter acute sentence was already there. The crisis check says which
phrase made a sentence acute (its signals); a draft sentence whose acute signals the result no longer shows, and
fewer than half of whose words it shows, is put back, cleaned as crisis_keep cleans one ('maar'/'en' in front,
'eigenlijk'/'misschien', burden talk), in the draft's order, right before the request. A draft without a request
gets the ready crisis request with its heaviest sentence before it (crisis_own.py); `short_before` (round 39, k39a)
gives the writer's short heavy sentences that go before that one ('ik kan niet meer').
"""

from __future__ import annotations

import re

from .care import acute_signals, signal_families
from .checks import lower_words

SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")  # a draft's sentences (also crisis_keep's)
_RESULT_SENTENCES = re.compile(r"[^.!?]+[.!?]*")


def lost(draft: str, sentence: str, clean) -> list[str]:
    """The draft's acute sentences (cleaned by `clean`, None for one that asks) whose acute signals the result
    lost, in the draft's order."""
    shown = acute_signals(sentence)
    out: list[str] = []
    for match in SENTENCES.finditer(draft):
        own = clean(match.group(0))
        if not own or own.rstrip(".") in sentence:
            continue
        signals = acute_signals(own)
        if signals and not signals <= shown and not _mostly_there(own, sentence):
            out.append(own)
            shown |= signals
    return out


def put_back(sentence: str, name: str, own: list[str]) -> str:
    """The result with the sentences `own` right before its request (the first sentence that asks)."""
    if not own:
        return sentence
    lead = f"{name}, " if name and sentence.startswith(f"{name}, ") else ""
    parts = [p.strip() for p in _RESULT_SENTENCES.findall(sentence[len(lead):]) if p.strip()]
    at = next((k for k, p in enumerate(parts) if p.endswith("?")), len(parts))
    parts = parts[:at] + own + parts[at:]
    body = " ".join(parts)
    return lead + (body[:1].lower() + body[1:] if lead else body)


def _mostly_there(own: str, sentence: str) -> bool:
    """Half or more of the sentence's words are in the result: it is kept, only worded otherwise."""
    words = lower_words(own)
    there = set(lower_words(sentence))
    return sum(1 for w in words if w in there) * 2 >= len(words)


_GREETING = re.compile(r"(?i)^(?:hoi|hey|hé|hallo|dag|hi|yo|beste|lieve)\b(?=[\s,])")
_SHORT = 6  # words: 'ik kan niet meer', 'ik hou het ni meer vol', 'ik trek het niet meer'
# a farewell or affairs put in order: not how bad it is; the fitted second opinion's guess ('Ik weet niet waarom
# ik dit stuur.'): no words of the writer's about it
FAREWELL = frozenset({"afscheid", "zaken-regelen"})  # also crisis_own's
_NOT_HOW = FAREWELL | {"inschatting"}


def short_before(draft: str, own: str, clean, unnamed) -> list[str]:
    """The writer's short heavy sentences (a care signal of the zorg or acute level, at most six words, no farewell)
    that stand before the sentence `own` was taken from in a draft without a request, cleaned (`clean`), without a
    greeting and the name in front (`unnamed`: 'Hoi Ellen, ik kan niet meer.'), in the draft's order (round 39, k39a:
    'Ellen sorry dat ik u stoor zo laat. ik kan niet meer. ik wil er niet meer zijn.' keeps 'ik kan niet meer' before
    'Ik wil er niet meer zijn.'; see crisis_own.py)."""
    out: list[str] = []
    core = own.rstrip(".").lower()
    for match in SENTENCES.finditer(draft):
        said = clean(match.group(0))
        if said and core in said.lower():
            return out  # the heaviest sentence: only what stands before it
        said = unnamed(_GREETING.sub("", said).lstrip(" ,")) if said else ""
        said = said[:1].upper() + said[1:]
        families = signal_families(said) if said else frozenset()
        if said and len(lower_words(said)) <= _SHORT and families and not families & _NOT_HOW:
            out.append(said)
    return []


_LAST_MOST = 12  # words: a longer sentence (an unpunctuated draft read as one) is no sentence of its own to keep


def last_heavy(draft: str, clean) -> str:
    """Round 40 (k40a): a draft acute only as a whole, no acute signal of its own, only care signals of the zorg level
    that add up ('stijn ik hou het nie meer vol. alles is zwart. ik wil gewoon dat het stopt. sorry voor dit bericht'):
    its last sentence of at most `_LAST_MOST` words with such a signal that says how bad it is (no farewell, not only
    the fitted guess), cleaned; "" when there is none. The golds keep the writer's last heavy words (h39b-025);
    `short_before` gives the short ones said before it. A draft with an acute farewell ('ik trek het niet meer. … het
    spijt me van alles. ik hou van jullie') keeps the ready sentence, as its golds do (t9i-021, t9j-038, t6d-044)."""
    if acute_signals(draft):
        return ""  # acute words of its own (a farewell: 'dit is mijn laatste berichtje'): the golds keep the ready sentence
    found = ""
    for match in SENTENCES.finditer(draft):
        said = clean(match.group(0))
        families = signal_families(said) if said and len(lower_words(said)) <= _LAST_MOST else frozenset()
        if families and not families & _NOT_HOW:
            found = said
    return found
