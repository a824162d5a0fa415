"""The writer's appointment before a bare ride the engine found no request in (round 35, k35b).

'Hoi Gea, ik mot dinsdag om 9 uur bij de longarts in het MST in Enschede wezen. Kuj mie brengen en weer ophalen?':
the engine does not read 'Kuj' as an ask, so the not-sure offer is the writer's own question, and appointment.py,
which works on the found request, never looks at the sentence before it. Here the same rule runs on the draft's
text: the offered question is a ride for the writer (ride_me.py) that names no place of its own, and the draft's
sentence right before the question's is an appointment the offer lacks (appointment.lacked: a time, and a place or
an appointment word) -> put back in front of the question, as appointment.offer does for a found request.
"""

from __future__ import annotations

import re

from . import appointment
from .checks import SENTENCE_RUN, lower_words
from .reason_before import unaddressed
from .ride_me import asked


def offer(an, text: str, sentence: str, name: str, kept) -> tuple[str, str]:
    """(the not-sure offer with the appointment put back, the appointment sentence or "")."""
    put, said = appointment.offer(an, sentence, name, kept)
    if said:
        return _without_other(put, said), said
    if "?" not in sentence or (an is not None and getattr(an, "main", None)):
        return put, said
    question = appointment.question_of(sentence)
    if not asked(question) or appointment.own_place(question):
        return sentence, ""
    before = _run_before(text, question)
    said = appointment.lacked(appointment.after_name(unaddressed(before, sentence), sentence), sentence) if before else ""
    return (appointment.put_back(sentence, name, said, kept), said) if said else (sentence, "")


# someone else's reason glued to the appointment: '… de reumatoloog in Aalst en mijn man kan nie (want hij werkt)'
_OTHER = re.compile(r"(?i)\s+en\s+(?:mijn|m'n|mn|zijn|haar|hij|zij|ze)\s+(?:[\w'-]+\s+)?(?:kan|kon|kunnen|is|moet|werkt|"
                    r"heeft)\s+(?:\S+\s+)?(?:niet|nie|ni|geen)\b[^.!?]*")


def _without_other(put: str, said: str) -> str:
    """The offer without another's reason glued to the appointment ('… in Aalst en mijn man kan nie.')."""
    m = _OTHER.search(said)
    tail = m.group(0).rstrip(" .!,") if m else ""
    return put.replace(tail, "", 1) if tail and tail in put else put


def _run_before(text: str, question: str) -> str:
    """The draft's sentence right before the one that holds the question (most words shared, with a '?')."""
    runs = [m.group(0).strip() for m in SENTENCE_RUN.finditer(text) if lower_words(m.group(0))]
    want = set(lower_words(question))
    best, at = 1, -1
    for k, run in enumerate(runs):
        shared = len(want & set(lower_words(run)))
        if "?" in run and shared > best:
            best, at = shared, k
    if at <= 0 or "?" in runs[at - 1]:
        return ""
    return appointment.without_opener(" ".join(runs[at - 1].split()).strip(" .!,"))
