"""A note to oneself in front of the message, as people type it in the practice flow.

'Ik wil dit vragen aan mijn buurman Karel: kun je …?', 'ik ga dit sturen naar mijn mentor, mevrouw Bakker: …',
'wat ik tegen nonkel Jef wil zeggen: …', 'ik wil vragen kan Daan morgen eerder weg'. What comes before the frame's
colon is the writer talking to themselves (struck through as a lead-in); the message is what follows, and the one
it is for, when no person is typed, is the person addressed ('mijn buurman Karel' -> 'Karel'; a role alone, 'de
huisbaas', gives no vocative: reported.addressed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vraaghulp.coach.text import fold

from .reported import Turned, typed_person

_I = r"(?:ik|'k|k)"
_WANT = r"(?:wil|wou|ga|zou|moet|zal)"
_SAY = r"(?:vragen|sturen|zeggen|schrijven|appen|mailen|sms'?en|versturen|typen|zetten)"
_WHAT = r"(?:(?:dit|dat|het|het\s+volgende|volgende|graag|even|eigenlijk)\s+)*"
_TO = r"(?:aan|naar|tegen|voor)"
# The frame, as the whole clause before a colon (the 'to' group: who it is for, when said).
_FRAMES = (
    re.compile(rf"^{_I}\s+{_WANT}\s+{_WHAT}{_SAY}\s+{_TO}\s+(?P<to>[^:]+?)$"),  # 'ik wil dit vragen aan mijn buurman Karel'
    re.compile(rf"^{_I}\s+{_WANT}\s+{_WHAT}{_TO}\s+(?P<to>[^:]+?)\s+{_SAY}$"),  # 'ik wil aan Nora vragen'
    re.compile(rf"^wat\s+{_I}\s+(?:{_TO}\s+(?P<to>[^:]+?)\s+)?{_WANT}\s+{_SAY}(?:\s+{_TO}\s+(?P<to2>[^:]+?))?$"),
    re.compile(rf"^(?:mijn\s+)?(?:vraag|bericht|berichtje|tekst)\s+{_TO}\s+(?P<to>[^:]+?)$"),  # 'mijn vraag aan jou'
)
# 'ik wil vragen kan Daan …': the note's frame right before the question's own verb, no 'of'
_BARE = re.compile(rf"^\s*{_I}\s+{_WANT}\s+(?:je\s+)?(?:even\s+|graag\s+)?vragen\s*[,:]?\s+(?=(?:kan|kun|kunt|mag|wil|wilt|zou|zoudt|heb|hebt|heeft|is)\s)",
                   re.IGNORECASE)
_READER = frozenset({"jou", "je", "u", "jullie", "gij", "ge", "hem", "haar", "hen", "ze"})
_CLAUSE = re.compile(r"[.!?\n]\s*|^")
_PERSON = re.compile(r"\b(?:meneer|mevrouw|mevr|dhr|juf|juffrouw|meester|dokter|mijn|m'n|mn|onze|ons|de)\b")


@dataclass(frozen=True)
class Lead:
    start: int  # where the message begins in the draft
    wrapper: str  # the note's words, as typed
    to: str | None  # who the message is for, as typed ('mijn buurman Karel'); None for the reader or nobody
    sure: bool = True  # False for 'ik wil vragen kan …' (no colon: where the message starts is a guess)


def find(draft: str) -> Lead | None:
    """The last note frame before a colon (or 'ik wil vragen' right before a question's verb)."""
    bare = _BARE.match(draft)
    if bare and len(draft[bare.end():].split()) >= 3:
        return Lead(bare.end(), draft[:bare.end()].strip(), None, sure=False)
    found = None
    for colon in (m.start() for m in re.finditer(":", draft)):
        clause_start = max(m.end() for m in _CLAUSE.finditer(draft[:colon]))
        clause = fold(draft[clause_start:colon]).strip()
        clause = re.sub(r"^(?:oke|ok|oké|ja|nou|dus|oefenen|oefening)\b[\s,:]*", "", clause)
        for frame in _FRAMES:
            m = frame.match(clause)
            if m is None:
                continue
            rest = draft[colon + 1:]
            if len(rest.split()) < 3:
                break
            start = colon + 1 + len(rest) - len(rest.lstrip())
            to = m.groupdict().get("to") or m.groupdict().get("to2")
            # 'ik wil het sturen naar Gent': 'naar' + a bare name may be a place; no title or 'mijn' to say it is a person
            place = bool(to) and re.search(rf"\bnaar\s+{re.escape(to)}$", clause) is not None and not _PERSON.search(to)
            who = None if place else _who(draft, clause_start, colon, to)  # never 'Gent, kan dat …?'
            found = Lead(start, draft[:colon + 1].strip(), who, sure=not place)
            break
    return found


def _who(draft: str, start: int, colon: int, to: str | None) -> str | None:
    """The recipient as typed in the draft (its capitals kept); None for the reader ('jou')."""
    if not to or to.split()[0] in _READER:
        return None
    typed = draft[start:colon]
    at = fold(typed).rfind(to)
    return typed[at:at + len(to)].strip(" ,") if at >= 0 and len(fold(typed)) == len(typed) else to


def turned(draft: str, person: str | None, turn) -> tuple[Turned | None, str | None]:
    """The draft as `turn` (direct.py) makes it, after a note's lead is left out; the person typed, or
    else the one the note names. `turn` is passed in by the caller (shrink.py)."""
    lead = find(draft)
    if lead is None:
        return turn(draft, person), person
    start = lead.start
    if lead.to and (not person or _fuller(lead.to, person)):  # 'mijn buurman' typed, 'mijn buurman Karel' in the note
        person = typed_person(lead.to)
        start += _said_again(draft[start:], person)
    message = draft[start:]
    inner = turn(message, person)
    if inner is None:
        return Turned(message, [(0, start, len(message))], wrapper=lead.wrapper, sure=lead.sure, asked=False), person
    runs = [(new, old + start, size) for new, old, size in inner.runs]
    wrapper = f"{lead.wrapper} {inner.wrapper}".strip()
    return Turned(inner.text, runs, wrapper=wrapper, sure=inner.sure and lead.sure, kind=inner.kind, asked=inner.asked), person


_OPENING = re.compile(r"\s*([^\W\d][\w' -]{0,40}?)\s*,\s*")


def _said_again(message: str, person: str) -> int:
    """'… mevrouw Bakker: Mevrouw, mag ik …': the message's own vocative is the start of the name the note
    gives; it goes, so the name is said once and whole. How many characters go."""
    opening = _OPENING.match(message)
    if opening is None:
        return 0
    said = fold(opening.group(1)).strip().lower()
    name = re.sub(r"^(?:mijn|m'n|mn|onze|ons|de|het)\s+", "", fold(person).strip().lower())
    return opening.end() if said and (name == said or name.startswith(said + " ")) else 0


def _fuller(named: str, typed: str) -> bool:
    """The note names the person typed, and more: every word typed is in it ('mijn buurman' in 'mijn buurman Karel')."""
    words, typed_words = fold(named).lower().replace(",", " ").split(), fold(typed).lower().replace(",", " ").split()
    return len(words) > len(typed_words) and all(w in words for w in typed_words)
