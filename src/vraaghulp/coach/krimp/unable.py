"""What the writer cannot do, said right after how they are (round 23, heldout22).

'ik heb sinds zondag koorts boven de 39 en ik geraak niet uit mijn bed', 'mijn heup is weer slecht en ik geraak de
trap ni meer op', 'ik ben ziek en ik geraak ni tot aan de school': the second half is no state of its own, but it is
why the reader is asked (a home visit, carrying a bed down, picking up a child). Joined to an honest clause with
'en', it belongs to the honest sentence (side_parts.py keeps both halves; symptom.py never cuts it as a symptom).
"""

from __future__ import annotations

from .wordsets import NEGATIONS

_WRITER = frozenset({"ik", "'k", "k"})
_ABLE = frozenset({"kan", "kon", "geraak", "geraakte", "raak", "kom", "kwam", "durf", "durfde", "mag", "mocht"})
_NOT = frozenset({"niet", "ni", "nie", "niks", "nergens", "geen", "nauwelijks", "amper", "bijna"})
_REASON = frozenset({"want", "omdat", "dus", "maar"})


def cannot(words: list[str], before: list[str] = ()) -> bool:
    """The words (lower case, a clause after 'en') say the writer cannot do something concrete:
    'ik kan niet autorijden', 'ik geraak de trap ni meer op', 'ik mag van de dokter niks tillen'; not after
    `before` words that say how it goes overall ('het gaat niet zo goed met me en ik kom het huis bijna niet uit':
    the headline is the honest sentence)."""
    if len(words) < 4 or "gaat" in before or words[0] not in _WRITER or words[1] not in _ABLE:
        return False
    if not _NOT & set(words[2:7]) or _REASON & set(words) or "er" in words[2:4]:
        return False  # 'ik durf er niet mee te komen', 'ik kan er niet bij': about the matter, not what the body can
    return any(w not in _NOT and w not in ("meer", "het", "dat", "da") for w in words[2:])


def clause_cannot(an, c) -> bool:
    """'… | en ik durf ni meer alleen te douchen': the clause (after its 'en') says what the writer cannot do."""
    d = an.d
    return cannot([w for i in d.content(c.start if c.start >= 0 else c.a, c.b) for w in d.words(i)])


def and_cannot(an, before, c) -> bool:
    """c opens with 'en' right after the honest clause `before` and says what the writer cannot do."""
    d = an.d
    return before.role == "staat" and c.sent == before.sent and not headline(an, before) and c.a < c.b and d.word(c.a) == "en" and clause_cannot(an, c)


def headline(an, c) -> bool:
    """'Het gaat niet goed met me', 'het wordt me te veel', 'op mijn stage gaat het niet zo lekker': how it
    goes overall, the sentence a reader needs first (before 'ik slaap slecht'); one short honest sentence that
    already says enough (used by symptom.choose_state and here)."""
    d = an.d
    words = [d.word(i) for i in d.content(max(c.a, c.start), c.b)]
    if len(words) > 12:
        return False
    mine = bool({"me", "mij"} & set(words))
    if craving(an, c):
        return True  # 'ik heb de hele dag zin om te drinken' says more than 'het gaat nie goe' (round 35, k35b)
    return "het" in words[:4] and mine or _goes_badly(words) and (mine or "met" not in words)  # not 'met mijn moeder'


_CRAVES = frozenset({"drinken", "zuipen", "gokken", "blowen", "gebruiken", "snuiven"})


def craving(an, c) -> bool:
    """'ik heb de hele dag zin om te drinken', 'trek in drank': the writer's craving (round 35, k35b)."""
    words = {an.d.word(i) for i in an.d.content(max(c.a, c.start), c.b)}
    return bool(_CRAVES & words and "zin" in words or "drank" in words and {"zin", "trek"} & words)


def _goes_badly(words: list[str]) -> bool:
    """'gaat het (eigenlijk) niet (zo) lekker/goed': how things go, said with 'gaat het' and a negation."""
    k = next((k for k in range(len(words) - 1) if {words[k], words[k + 1]} == {"gaat", "het"}), None)
    return k is not None and bool(set(words[k + 2:]) & NEGATIONS) and bool(set(words[k + 2:]) & {"goed", "lekker", "best"})
