"""A crisis ask whose moment the writer said right before it gets no 'nu' (round 32, k32b).

'… IK MOET MORGEN OM 10.15 NAAR DE DIERENARTS IN DE KINKERSTRAAT. ZOU JIJ MIJ MET DE AUTO WILLEN BRENGEN.': the
draft read as a crisis ('eet niet meer', said of the cat), and contract point 7 put 'nu' into an ask that has no time
of its own ('Wil jij mij nu met de auto brengen?'), while the writer planned it for tomorrow at 10.15: a meaning
change. In a crisis the engine pulls no moment from elsewhere, so it does not add 'nu' either when the sentence right
before the ask (or the same sentence before it) plans a moment to come: a day, 'morgen', 'overmorgen', a week to come,
or a clock time, in the writer's own plan ('ik moet', 'we gaan') without a past ('gisteren', 'vorige', 'sinds', 'heb … genomen'). A moment that is now or
behind ('vannacht', 'vandaag', 'net') still gets 'nu', and so does an ask that does not go along with the plan (a ride, coming along): 'ik heb morgen een
afspraak bij de psychiater. kun je me bellen?' is asked for now.

It runs on the crisis result, not where refs.py adds the 'nu': the result is shrunk again on its own until it
settles (shrink.settle), and that reading no longer holds the plan said before the ask.
"""

from __future__ import annotations

import re

_LATER = re.compile(r"(?i)\b(?:morgen\w*|overmorgen|(?:maan|dins|woens|donder|vrij|zater|zon)dag\w*|volgende\s+week\w*"
                    r"|straks|om\s+\d|\d{1,2}[.:u]\d{2})\b")
_PAST = re.compile(r"(?i)\b(?:gisteren|eergisteren|vorige|vorig|sinds|afgelopen|was|waren|had|hadden|werd|genomen"
                   r"|gedaan|geweest|gezegd|vannacht|vanochtend|vanmorgen|net|zojuist|vandaag|nu)\b")


_PIECE = re.compile(r"(?:[^.!?\n]|[.!?](?!\s|$))+[.!?]*")  # '10.15' stays inside its sentence
# The writer's own plan ('ik moet morgen om 10.15 naar …', 'we vertrekken zaterdag'): not a fact about others.
_OWN_PLAN = re.compile(r"(?i)\b(?:ik|'k|k|we|wij)\s+(?:moet|moeten|ga|gaan|heb|hebben|vertrek|vertrekken|vlieg|vliegen"
                       r"|land|landen|kom|komen|word|worden)\b")
_WORD = re.compile(r"[\w'-]+")
_NOW = re.compile(r"(?i)\s+nu(?=[\s?])")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 2}


def _asked_at(pieces: list[str], ask: str) -> int | None:
    """The draft sentence the ask was made from: the one sharing most words with it (at least half)."""
    said = _words(ask) - {"nu"}
    if not said:
        return None
    shared = [len(said & _words(p)) for p in pieces]
    best = max(range(len(pieces)), key=lambda k: shared[k], default=None)
    return best if best is not None and shared[best] * 2 >= len(said) else None


def planned(draft: str, ask: str) -> bool:
    """The sentence before the draft's ask (or its own words before the ask) plans a moment still to come."""
    pieces = [p.strip() for p in _PIECE.findall(draft) if p.strip()]
    at = _asked_at(pieces, ask)
    if at is None:
        return False
    for piece in pieces[max(0, at - 1):at + 1]:
        if _LATER.search(piece) and _OWN_PLAN.search(piece) and not _PAST.search(piece):
            return True
    return False


# An ask that goes along with the writer's plan: a ride, coming along ('brengen', 'ophalen', 'mee', 'daarheen').
_ALONG = re.compile(r"(?i)\b(?:brengen|rijden|voeren|ophalen|oppikken|afhalen|halen|mee\w*|daarheen|erheen|erbij|"
                    r"daarbij|vergezellen|begeleiden)\b")


def kept(draft: str, sentence: str) -> str:
    """The crisis result without the 'nu' contract point 7 put into an ask the writer planned for later."""
    if re.search(r"(?i)\bnu\b", draft):
        return sentence  # the writer said 'nu' themself
    asks = re.findall(r"[^.!?]*\?", sentence)
    for ask in asks:
        if _NOW.search(ask) and _ALONG.search(ask) and planned(draft, ask):
            sentence = sentence.replace(ask, _NOW.sub("", ask, count=1), 1)
    return sentence
