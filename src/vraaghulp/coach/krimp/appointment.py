"""The appointment a bare 'ga je mee?' rests on, said right before the ask (round 30, k30a).

'ik hè donderdag om tien uur mijn eerste afspraak bij de psycholoog in Roeselare en 'k zie da ni zitten alleen.
zoudt gij mee willen rijden …?', 'Ik heb morgen om 11.00 een gesprek met de vertrouwenspersoon … Zou je mee kunnen
gaan?', ''k heb dinsdag om negen uur een gesprek bij de VDAB in Hasselt. zoudt ge meegaan?'. The ask says 'mee',
'erbij', 'daar', 'dan' or 'die dag' and names no place of its own: where and when is the sentence before it. The
engine kept the fear and cut the appointment (or moved only its time into the ask), and the reader was asked to
come along to nothing.

When the offer lacks the appointment's place or thing (the words after 'bij', 'in', 'aan', 'met', 'naar' or the
appointment noun), the sentence goes back in front of the question in the not-sure offer; a sure result with that
loss is not sure (`mee-feit`). The fact sentence: right before the ask's sentence, 4–30 words, a time (a day, 'morgen',
'om … uur', a clock time) and a place or an appointment word; no apology or second ask in it.
"""

from __future__ import annotations

import re

from .checks import lower_words
from .person_ref import sentences_before
from .reason_before import unaddressed
from .ride_me import asked as ride_asked

CODE = "mee-feit"
_LEANS = re.compile(r"(?i)\b(?:mee(?:gaan|rijden|lopen|komen|gaat|rijdt|loopt|komt)?|erbij|daarbij|daar|dan|die dag|"
                    r"die avond|die ochtend|die middag)\b")
# a ride with no place, asked of the reader alone ('kun jij mij … rijden?'), not of a group ('wie kan er rijden?');
# not 'voeren' (Flemish 'drive', Dutch 'feed': 'de kippen voeren')
_RIDE = re.compile(r"(?i)\b(?:rijden|brengen|wegbrengen)\b")
_READER = re.compile(r"(?i)\b(?:je|jij|ge|gij|u)\b")
_GROUP = re.compile(r"(?i)\b(?:wie|iemand|jullie|ouders|iedereen)\b")
_OWN_PLACE = re.compile(r"(?i)\bnaar\s+(?:de|het|mijn|een|[A-Z])|\bbij\s+(?:de|het|mijn|een)\s+\w+")
_TIME = re.compile(r"(?i)\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|vanavond|"
                   r"vanmiddag|straks|volgende week|elke (?:dag|week|\w+dag)|\d{1,2}[.:]\d{2}|om (?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|"
                   r"negen|tien|elf|twaalf|half \w+)(?:\s*u(?:ur)?\b)?|\d{1,2}\s*u(?:ur)?\b)")
_WHERE = re.compile(r"(?i)\b(?:bij|in|aan|met|naar|op)\s+(?:de|het|den|mijn|ons|onze|een|'t)?\s*([^\W\d_][\w'-]+)")
_THINGS = frozenset({"afspraak", "gesprek", "intake", "zitting", "examen", "rijexamen", "begrafenis", "uitvaart",
                     "operatie", "onderzoek", "consult", "controle", "sollicitatie", "sollicitatiegesprek", "keuring",
                     "rechtszaak", "hoorzitting", "behandeling", "therapie", "scan", "echo"})
_NOT_PLAIN = frozenset({"sorry", "excuses", "excuus", "excuseer", "excuseert", "storen", "stoor", "vraag", "vragen", "misschien",
                        "graag", "bedankt", "merci", "groeten", "wil", "wou", "zou", "zoudt", "kunt", "kun", "mag", "moogt"})
# (round 40, k40a: 'excuseer voor het storen op zondag' is an apology with a day in it, no appointment)
_OPENERS = ("dus ", "en ", "maar ", "ma ", "want ", "ok ", "oke ")


def fact_before(an, sentence: str) -> str:
    """The appointment sentence the offer's bare ask rests on, when the offer lacks its place or thing ("" if not)."""
    if an is None or not getattr(an, "main", None) or "?" not in sentence:
        return ""
    question = question_of(sentence)
    if not leans(question) or own_place(question):
        return ""
    return lacked(after_name(unaddressed(_sentence_before(an), sentence), sentence), sentence)


def leans(question: str) -> bool:
    """The question leans on what was said before: 'mee', 'erbij', 'daar', 'die dag' …, or a ride asked of the
    reader alone ('kun jij mij … rijden?'), not of a group ('wie kan er rijden?')."""
    ride = _RIDE.search(question) and _READER.search(question) and not _GROUP.search(question)
    return bool(_LEANS.search(question) or ride or ride_asked(question))  # 'Kuj mie brengen?' (ride_me.py)


def own_place(question: str) -> bool:
    """The question names where it goes ('naar de …', 'bij mijn …')."""
    return bool(_OWN_PLACE.search(question))


def has_time(text: str) -> bool:
    """A day, 'morgen', 'om … uur' or a clock time."""
    return bool(_TIME.search(text))


def names_reader(text: str) -> bool:
    """'je', 'jij', 'ge', 'gij' or 'u' in the text."""
    return bool(_READER.search(text))


def lacked(said: str, sentence: str) -> str:
    """`said` when it is an appointment the offer (`sentence`) lacks: 4–30 words, a time, no colon, dash, apology or
    ask of its own, and a place or appointment word the offer does not hold; else ""."""
    words = lower_words(said)
    if ":" in said or " - " in said or not 4 <= len(words) <= 30 or set(words) & _NOT_PLAIN or not has_time(said):
        return ""
    marks = {w for w in words if w in _THINGS} | {m.group(1).lower() for m in _WHERE.finditer(said)}
    marks -= {"mij", "me", "jou", "je", "u", "hem", "haar", "ons"}
    if not marks or marks <= set(lower_words(sentence)):
        return ""
    return said


def after_name(said: str, sentence: str) -> str:
    """'Hé Gert, wij zijn …' with 'Gert, …' offered: what comes after the name the offer already puts in front."""
    name = re.match(r"^([^\W\d_]+),\s", sentence)
    if name:
        m = re.match(rf"^(?:\S+\s+){{0,2}}{re.escape(name.group(1))},\s*", said, flags=re.IGNORECASE)
        if m:
            return said[m.end():]
    return said


def question_of(sentence: str) -> str:
    """The offer's question: from the last sentence or clause break before its '?' to the '?'."""
    ask = sentence.index("?")
    cut = max(sentence.rfind(". ", 0, ask), sentence.rfind("! ", 0, ask), sentence.rfind(", ", 0, ask))
    return sentence[cut + 1: ask + 1]


def without_opener(said: str) -> str:
    """The sentence without a leading 'dus', 'en', 'maar', 'want', 'ok' …"""
    low = said.lower()
    for opener in _OPENERS:
        if low.startswith(opener):
            return said[len(opener):]
    return said


def _sentence_before(an) -> str:
    """The draft's sentence right before the request's, when the request opens its own sentence
    (`person_ref.sentences_before`), without a leading 'dus', 'en', 'maar' …"""
    before = sentences_before(an)
    return without_opener(" ".join(before[0].split()).strip(" .!,")) if before else ""


def put_back(sentence: str, name: str, said: str, kept) -> str:
    """The offer with the appointment in front of its question, after the name (`kept`: state_before.kept). A
    sentence of the offer that only repeats the end of the appointment's ('… en 'k zie da ni zitten alleen') goes,
    and a time moved into the ask that the appointment says goes from the ask."""
    lead = f"{name}, " if name and sentence.startswith(name + ", ") else ""
    body = sentence[len(lead):]
    ask = body.index("?")
    cut = max(body.rfind(". ", 0, ask), body.rfind("! ", 0, ask))
    if cut >= 0:  # the offer's sentences before the question that the appointment's sentence already says go
        kept_front = [s for s in re.split(r"(?<=[.!])\s+", body[:cut + 1]) if s.strip(" .!").lower() not in said.lower()]
        body = " ".join(kept_front + [body[cut + 2:]])
    ask_end = body.index("?")
    for m in _TIME.finditer(body[:ask_end]):
        phrase = m.group(0)
        if phrase.lower() in said.lower():
            body = _without(body, phrase)
    return kept(f"{lead}{body[:1].upper()}{body[1:]}" if not lead else f"{lead}{body}", name, said)


def _without(text: str, phrase: str) -> str:
    """The ask without a time phrase ('Wil je morgen om vier uur meelopen …' -> 'Wil je meelopen …'), with 'om …'
    after a day taken along."""
    out = re.sub(rf"(?i)(?<!\bop)(?<!\bvanaf)(?<!\btot)(?<!\bvoor)(?<!\bna)(?<!\btegen)(?<!\bsinds)\s+{re.escape(phrase)}(?:\s+om\s+(?:half\s+|kwart\s+(?:over|voor)\s+)?[\w.:]+(?:\s*uur)?)?(?=[\s?,])", "", text, count=1)
    return out


def offer(an, sentence: str, name: str, kept) -> tuple[str, str]:
    """(the not-sure offer with the appointment put back, the appointment sentence or "")."""
    said = fact_before(an, sentence)
    return (put_back(sentence, name, said, kept), said) if said else (sentence, "")
