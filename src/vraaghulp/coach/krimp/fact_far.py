"""The appointment a bare ask rests on, one or two short sentences further back (round 31, k31a).

'Ik moet morgen om 10.00 naar het AMC voor de uitslag van de biopsie. Ik durf niet alleen. Kun jij mee?', 'De trein
van oma komt morgen om 16.12 aan op Utrecht Centraal. Ik mag niet meer rijden in het donker. Zou jij haar daar willen
ophalen?'. appointment.py reads only the sentence right before the ask; here a short sentence of how the writer is
or why they cannot ('Ik durf niet alleen.', 'Ik zie er erg tegenop.', 'Ik moet werken en ik krijg geen verlof.')
stands in between. The engine kept that sentence, moved only the time into the ask and cut where and what: the
reader was asked to come along to nothing.

When the ask leans ('mee', 'daar', 'dan', 'die dag', a ride for the reader) and names no place of its own, the
sentences between it and the appointment are each short (≤ 14 words), say no time and ask nothing, and the
appointment sentence (appointment.py's shape: a time and a place or appointment word the offer lacks) stands at
most three sentences back, it goes in front in the not-sure offer (appointment.put_back); the sentences in between
stay as the offer had them. A sure result with that loss is made not sure (`mee-feit-ver`).
"""

from __future__ import annotations

import re

from . import appointment
from .checks import lower_words
from .person_ref import sentences_before
from .reason_before import unaddressed

CODE = "mee-feit-ver"
_BETWEEN_MAX = 14
_BREAK = re.compile(r"[\U0001F000-\U0001FFFF\u2600-\u27BF]+|:\s+")
_JOINED = re.compile(r"(?i),\s+(?:en|maar|ma|want|dus)\s+")
_FAR = 3  # the appointment at most this many sentences before the ask's
# the ask's own place: 'Wil je mee, om 14.15 uur in het Gelre?'
_NAMED_PLACE = re.compile(r"\b(?:in|op|aan)\s+(?:het|de|den|'t)\s+[A-Z]")
# the ask's own span of days: 'Kun jij van maandag tot woensdag de planten water geven?'
_SPAN = re.compile(r"(?i)\b(?:van|vanaf)\s+\S+(?:\s+\S+)?\s+(?:tot|t/m)\b")


def fact_far(an, sentence: str) -> str:
    """The appointment sentence two or three sentences back that the offer's bare ask rests on ("" if none)."""
    if an is None or not getattr(an, "main", None) or "?" not in sentence:
        return ""
    question = appointment.question_of(sentence)
    if not (appointment.leans(question) or appointment.leans(_ask_sentence(an))) or appointment.own_place(question) \
            or _NAMED_PLACE.search(question) or _SPAN.search(question):
        return ""
    before = sentences_before(an, _FAR)
    for k in range(len(before)):
        if k and not _plain_between(before[k - 1]):
            return ""
        said = _fact(before[k], sentence)
        if said:
            return said
    return ""


def _ask_sentence(an) -> str:
    """The draft's sentence that holds the request, as typed: 'Zou je die avond …?' before the engine put the day
    of the sentence before in place of 'die avond'."""
    return an.d.raw(*an.d.sentences[an.main[0].sent])


def _plain_between(text: str) -> bool:
    """A short sentence in between: no time of its own, no question, no list or second fact with a colon."""
    words = lower_words(text)
    return 0 < len(words) <= _BETWEEN_MAX and "?" not in text and ":" not in text and not appointment.has_time(text)


def _fact(raw: str, sentence: str) -> str:
    """The raw sentence as an appointment the offer lacks (appointment.lacked), cleaned, or ""."""
    if "?" in raw:  # 'Gaat ge morgen naar de Colruyt?': a question, no appointment
        return ""
    said = appointment.without_opener(" ".join(raw.split()).strip(" .!,"))
    said = _shortened(appointment.after_name(unaddressed(said, sentence), sentence))
    return "" if appointment.names_reader(said) else appointment.lacked(said, sentence)


def _shortened(said: str) -> str:
    """The piece of the sentence that holds the time: after an emoji or a colon ('even iets anders 😅 Onze hond
    Bowie moet dinsdag om 8 uur naar de dierenarts …'), without a clause joined after it with ', en' / ', maar'
    ('…, en ik sta dan voor de klas')."""
    pieces = [p.strip(" ,") for p in _BREAK.split(said) if p.strip(" ,")]
    timed = [p for p in pieces if appointment.has_time(p)]
    said = timed[-1] if timed else said
    head = _JOINED.split(said, maxsplit=1)[0]
    return head if appointment.has_time(head) and len(lower_words(head)) >= 4 else said


def offer(an, sentence: str, name: str, kept) -> tuple[str, str]:
    """(the not-sure offer with the far appointment put back, the appointment sentence or "")."""
    said = fact_far(an, sentence)
    return (appointment.put_back(sentence, name, said, kept), said) if said else (sentence, "")
