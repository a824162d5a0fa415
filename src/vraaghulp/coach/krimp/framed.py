"""A message framed by who it is for, 'Ik wil vragen aan mijn teamleider Henk: …' (round 29, k29a).

Second-language writers often say first whom the message is for, then write it after a colon: 'Ik wil vragen aan
mijn teamleider Henk: mag ik vrijdag om 14.00 uur naar huis gaan?', 'Ik wil dit sturen naar de juf, mevrouw
Peters: mag mijn dochter …?', 'Vraag aan mijn buurvrouw Els: kunt u …?'. 'Ik wil aan Sanne vragen: …' and 'ik wil
vragen aan Ahmed of hij …' were read already (direct.py); the colon form with the person after 'aan'/'naar' was not:
the frame stayed in the offer and the name was lost. Here the frame is read as the practice flow reads a person
typed apart: the message after the colon is shrunk with that person (reported.py makes 'mijn teamleider Henk'
'Henk', 'de juf, mevrouw Peters' 'Mevrouw Peters'). Only at the start of the draft, only with a name (a word with a
capital) among the person's words ('sturen naar' also with a title or 'mijn', 'de': 'naar Gent' is a place), only
when no person was typed, and never when nothing follows the colon.
The frame is blanked to spaces, so the text keeps its length; shrink.py strikes it through and names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FRAME = re.compile(
    r"(?i)^\s*(?:(?:oefening|oefenen)\s*:\s*)?(?:(?:ja\s+)?(?:ik|'k|k)\s+(?:wil|wou|zou)\s+(?:graag\s+)?"
    r"(?:(?:dit|het|deze\s+vraag|dit\s+bericht|dit\s+berichtje|een\s+vraag)\s+)?(?:vragen|sturen|zeggen|schrijven|stellen)"
    r"|(?:vraag|bericht|berichtje|mail|sms))\s+(?P<to>aan|naar|voor)\s+"
    r"(?P<who>[^:?!.\n]{2,60}?)\s*:\s*(?=\S)")
_PERSON = re.compile(r"(?i)\b(?:meneer|mevrouw|mevr|dhr|juf|juffrouw|meester|dokter|mijn|m'n|mn|onze|ons|de)\b")
_NAME = re.compile(r"(?<![\w'])[A-ZÀ-Ý][\w'-]+")


@dataclass(frozen=True)
class Framed:
    text: str  # the draft with the frame blanked (same length)
    person: str  # whom the message is for, as written ('mijn teamleider Henk')
    frame: str  # the frame as written, for the finding
    span: tuple[int, int]  # where the frame stands in the draft, its colon included


def framed(draft: str) -> Framed | None:
    """The framed message and its person, or None when the draft has no such frame."""
    m = _FRAME.match(draft)
    if m is None:
        return None
    who = m.group("who").strip(" ,")
    if not _NAME.search(who) or not re.search(r"\w", draft[m.end():]):
        return None
    if m.group("to").lower() == "naar" and not _PERSON.search(who):
        return None  # 'Ik wil het sturen naar Gent: kan dat nog vandaag?': a place, not whom it is for
    start = len(draft) - len(draft.lstrip())
    end = draft.rindex(":", 0, m.end()) + 1
    return Framed(" " * m.end() + draft[m.end():], who, draft[start:end], (start, end))
