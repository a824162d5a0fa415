"""The writer's identification for a practice or an office, before the request (round 23, heldout22).

'met Kees Jansen, geb. 3-7-1950', 'Ik ben Fleur de Boer (25-11-1988)', 'hier de vrouw van Jef Peeters
(Lindelaan 3)', 'ik ben huurder op de Bloemgracht 22-2', 'mijn moeder (mevr. A. Smit, Kastanjelaan 8)': a name or
a relation followed by a date of birth or a street address is how the reader finds the file. Readers differ on
whether the short question needs it (the tuning golds keep it about as often as they drop it: 'Mijn naam is …,
geboren …' to a GP assistant), so a result that lost it is not sure (code ``id-weg``); a crisis result gets it in
front, as its own sentence: the practice has to know whom to call back.

Only before the draft's first question mark and never in a signature under a closing formula: the name under
'Met vriendelijke groet' is the sender's and the result needs no more of it.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

CODE = "id-weg"

_INTRO = re.compile(
    r"(?:^|[\s,.;:(])(?=[umi'hv])(?:u spreekt met|met|mijn naam is|ik ben|'k ben|hier(?: is)?|ik huur|huurder|"
    r"(?:voor )?mijn (?:moeder|vader|man|vrouw|zoon|dochter|partner|schoonmoeder|schoonvader))\b",
    re.IGNORECASE)
_DATE = r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}"
_BIRTH = re.compile(r"(?:\bgeb(?:\.|oren)?|\bgeboortedatum)\s*(?:op\s+)?:?\s*(" + _DATE + r")|\((" + _DATE + r")\)",
                    re.IGNORECASE)
_STREET = re.compile(
    r"\b([A-Z][\w'-]*?(?:straat|laan|weg|gracht|plein|kade|dreef|lei|steenweg|singel|hof|dijk|pad|baan|park|veld|markt|"
    r"straatje|dreefje))\s+(\d+(?:-\w+|[a-zA-Z]\b|\s+bus\s+\d+)?)", re.IGNORECASE)
_CLOSING = re.compile(r"\b(?=[mvhg])(?:met vriendelijke|vriendelijke groet|met de meeste|hoogachtend|groetjes|groeten|mvg|grt)\b",
                      re.IGNORECASE)
# a full stop ends the sentence, not the one of an initial or a title ('mevr. A. Smit', 'geb. 3-7-1950')
_SENTENCE_END = re.compile(r"[!?\n]|(?<![A-Z])(?<!mevr)(?<!dhr)(?<!geb)(?<!Mevr)(?<!Dhr)(?<!nr)\.\s+(?=[A-Z'])")
# after 'ik ben' a state, a place or a time, not who the writer is ('ik ben er klaar mee', 'ik ben op', 'ik ben thuis')
_STATE_AFTER = re.compile(r"\s+(?:er|het|'t|zo|zo'n|niet|ni|nie|nog|al|echt|heel|helemaal|op|aan|thuis|alleen|bang|"
                          r"moe|klaar|kapot|ziek|bijna|nu|hier|daar|gewoon|zelf|weer|ook|nooit|altijd|over|onderweg)\b",
                          re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # what _BIRTH and _STREET both need
_WINDOW = 90  # characters after the intro in which the date or address must stand


def identification(draft: str) -> tuple[str, str] | None:
    """(the stretch from the intro up to the date or address, the data itself), or None."""
    head = draft.split("?", 1)[0]
    closing = _CLOSING.search(head)
    head = head[:closing.start()] if closing else head
    if not _DIGIT.search(head):
        return None  # a date and an address both hold a digit (speed only: a draft without one is not walked)
    for m in _INTRO.finditer(head):
        if _STATE_AFTER.match(head, m.end()):
            continue  # 'ik ben er klaar mee, ik zit in de Kerkstraat 12': a state, no introduction (round 42, k42b)
        window = head[m.start():m.end() + _WINDOW]
        window = _SENTENCE_END.split(window[1:], maxsplit=1)[0] if len(window) > 1 else window
        data = _BIRTH.search(window) or _STREET.search(window)
        if data is None:
            continue
        stretch = window[:data.end()].strip(" ,.;:")
        if stretch.count("(") > stretch.count(")"):
            stretch += ")"
        return stretch, data.group(0).strip("() ")
    return None


def lost(draft: str, sentence: str) -> bool:
    """The draft identifies the writer (or the one cared for) by a date or an address and the result does not."""
    found = identification(draft)
    if found is None:
        return False
    data = found[1]
    digits = re.sub(r"\D", "", data)
    if re.sub(r"\D", "", sentence).find(digits) >= 0 and len(digits) >= 4:
        return False
    street = _STREET.match(data)
    return not (street and fold(street.group(1)) in fold(sentence) and street.group(2).split()[0] in sentence)


# a stretch that is a sentence of its own ('Met Ans Kok (Vossenlaan 22).'), not 'voor mijn moeder (mevr. A. Smit …)'
_SELF = re.compile(r"^(?:u spreekt met|met|mijn naam is|ik ben|'k ben|hier)\b", re.IGNORECASE)


def in_front(draft: str, sentence: str, crisis: bool = False) -> str:
    """The identification as the result's first sentence when it went, when it reads as a sentence of its own:
    in a crisis result always, in a result that is not sure anyway only when the writer put the date or address
    in brackets ('met Ans Kok (Vossenlaan 22)'), as a file reference; 'Mijn naam is …, geboren …' in a letter is
    an opening that most golds leave out."""
    found = identification(draft)
    if found is None and crisis and (named := _named(draft)) and fold(named.split(" ", 3)[-1]) not in fold(sentence):
        return f"{named}. {sentence}"  # 'Mijn naam is Esra Yilmaz.': the practice must know whom to call back
    if found is None or not lost(draft, sentence):
        return sentence
    stretch = found[0].lstrip(" ,.;:(")
    if not _SELF.match(stretch) or len(stretch.split()) > 16 or not crisis and "(" not in stretch:
        return sentence
    return f"{stretch[:1].upper()}{stretch[1:]}. {sentence}"


# 'Mijn naam is Esra Yilmaz', 'U spreekt met Jan de Vries': a formal introduction by name alone (no date, no address)
_NAMED = re.compile(r"(?:^|[.!,\n]\s*)((?:mijn naam is|u spreekt met) [A-Z][\w'-]+(?: (?:van|de|der|den|van de|van der|ter|te)?"
                    r" ?[A-Z][\w'-]+){0,2})\s*[.,\n]", re.IGNORECASE)


def _named(draft: str) -> str:
    """The writer's introduction by name, before the first question and any closing formula ('' when none)."""
    head = draft.split("?", 1)[0]
    closing = _CLOSING.search(head)
    m = _NAMED.search(head[:closing.start()] if closing else head)
    if not m or not all(w[:1].isupper() for w in m.group(1).split()[3:] if w not in ("van", "de", "der", "den", "ter", "te")):
        return ""
    text = m.group(1).strip()
    return text[:1].upper() + text[1:]
