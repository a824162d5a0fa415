"""A thing that comes, said as 'een X' before the ask, folded into the ask that points at it (round 36, k36b).

'Er komt morgen een pakske van Zalando voor mij en ik ben heel de week op reis. Zoudt ge da voor mij kunnen aannemen
…?', 'ik krijg morgen een pakket van Coolblue, een nieuwe laptop, en ik ben de hele dag op m'n werk. Wil jij dat
aannemen …?': the offer kept the sentence for its pointer ('da', 'dat', 'het', 'hem'), or cut it and kept the pointer.
The golds fold the thing into the ask and let the sentence go ('Kunt ge morgen een pakske van Zalando voor mij
aannemen …?').

Only on the offered sentence, after everything else: the question opens on its modal, the reader and one pointer
('wil jij dat', 'kunt u het'); the draft, before the ask, has one sentence where something comes ('er komt', 'komt
er', 'wordt … bezorgd', 'ik krijg') with 'een X' as what comes (up to a comma or 'en': 'een pakket voor mij van bol'),
no person ('een man van de energie' is let in, not taken in). The pointer becomes 'een X'; the moment of its coming goes
with it when the question has none; that sentence leaves the offer if it was there.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .fact_after import last_question
from .gemeld import gemeld_words

_ASK = re.compile(r"(?i)\b(kun|kan|kunt|kunde|wil|wilt|zou|zoudt|mag)\s+(je|jij|u|ge|gij|jullie)\s+(het|hem|dat|da|die)\b")
_WHEN = (r"(?:morgen|vandaag|vanavond|overmorgen|vanmiddag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
         r"(?:\s*(?:ochtend|middag|avond|voormiddag|namiddag))?")
_COMES = re.compile(r"(?i)(?:\b(" + _WHEN + r")\s+)?(\ber\s+(?:komt|komen|wordt|worden)|\b(?:komt|komen|wordt|worden)"
                    r"(?:\s+er)?|\b(?:ik|we|wij)\s+(?:krijg|krijgen))\s+((?:(?:" + _WHEN + r"|tussen|om|rond|van|tot|en|uur|u|"
                    r"\d[\d:.u]*)\s+){0,6}?)(een|ne|nen)\s+"
                    r"([^,.!?;]+?)(?=\s*(?:,|\.|!|\?|;|\ben\b|\bmaar\b|\bwant\b|\bbezorgd\b|\bgeleverd\b|\bgebracht\b|$))")
_MOMENT = re.compile(r"(?i)\b(?:morgen|vandaag|vanavond|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
                     r"zondag|volgende week|deze week|tussen|om|rond)\b")
_TIMED = re.compile(r"(?i)(?:\s+(?:" + _WHEN + r"|tussen|om|rond|van|tot|en|uur|u|\d[\d:.u]*))+(?=\s)")
_SENT = re.compile(r"[^.!?\n]+[.!?]*")


def folded(draft: str, sentence: str) -> str:
    """The offer with the pointer of its question replaced by the thing that comes (unchanged when that does not fit)."""
    start, ask = last_question(sentence)
    pointer = _ASK.search(sentence, start, ask) if ask > 0 else None
    came = _coming(draft) if pointer else None
    if came is None:
        return sentence
    when, thing, head = came
    rest = sentence[pointer.end(3):ask]
    if re.search(r"(?i)\b(?:vinden|vindt|vind|lukken|lukt)\b", rest) or len(thing.split()) > 8:
        return sentence  # 'zou je het goed vinden als …': 'het' is the frame, not a thing
    for tail in (" voor mij", " voor ons", " voor me"):
        if thing.endswith(tail) and rest.startswith(tail):
            thing = thing[: -len(tail)]  # '… voor mij' said once
    moment = f"{when} " if when and not _MOMENT.search(sentence[start:ask]) else ""
    own = _TIMED.match(rest)  # 'wilt u het morgen tussen 10 en 14 uur aannemen': the moment stays before the thing
    at = pointer.end(3) + (own.end() if own else 0)
    question = sentence[start:pointer.start(3)] + moment + (rest[1:own.end()] + " " if own else "") + thing \
        + sentence[at:]
    voc = re.match(r"^[^,.!?]{1,40}, (?=\S)", sentence[:start])
    front = voc.group(0) if voc else ""
    said = [p.strip() for p in _SENT.findall(sentence[len(front):start]) if p.strip()]
    kept = [p for p in said if head not in re.findall(r"\w+", fold(p))]  # the sentence where it comes goes
    question = question.strip()
    if any(_lost_day(p, question) for p in said if p not in kept):
        return sentence  # 'Ik heb donderdag een vroege dienst en er komt …': that day would go with it
    if not kept and front:
        return front + question[:1].lower() + question[1:]
    body = " ".join(kept)
    body = body[:1].lower() + body[1:] if front and body else body
    return f"{front}{body} {question}".strip() if body else question[:1].upper() + question[1:]


def _lost_day(gone: str, question: str) -> bool:
    """Whether a sentence that leaves the offer names a day or time the question does not say."""
    asked = set(re.findall(r"\w+", fold(question)))
    return any(set(re.findall(r"\w+", fold(m.group(0)))) - asked for m in re.finditer(_WHEN, gone, re.IGNORECASE))


def _coming(draft: str) -> tuple[str, str, str] | None:
    """(the moment it comes, 'een X', X's first word) for the one thing that comes before the ask in the draft."""
    people = gemeld_words()["mannelijk"] | gemeld_words()["vrouwelijk"]
    asked = _DRAFT_ASK.search(draft)
    hits = []
    for m in _COMES.finditer(draft[:asked.start()] if asked else draft):
        if m.group(2).lower() in ("komt", "komen", "wordt", "worden") and not m.group(1):
            continue  # 'Lotte komt … een pakje brengen': someone comes; 'Morgen komt een pakket', 'er komt …': a thing
        head = m.group(5).split()[0].lower()
        when = " ".join(f"{m.group(1) or ''} {m.group(3)}".split())
        if head not in people and not set(when.lower().split()) & {"niet", "ni", "nie", "geen"}:
            hits.append((when[:1].lower() + when[1:], f"{m.group(4)} {m.group(5)}".strip(), fold(head)))
    return hits[0] if len(hits) == 1 else None


_DRAFT_ASK = re.compile(r"(?i)\b(?:kun|kan|kunt|kunde|wil|wilt|zou|zoudt|zoudje|mag)\s+(?:je|jij|u|ge|gij|jullie)\b")
