"""The day an ask points at, put in its place when the sentence that named it went (round 36, k36b).

'mijn dochter heeft op 23 mei haar diploma-uitreiking … kun jij mijn late dienst van die dag overnemen?', 'het feest is
zaterdag 14 juni. Zou je het goed vinden als ik Noor en Tijn die zaterdag … meeneem?', 'Onze repetitieruimte is
onbruikbaar tot eind januari. Zou u ons in die periode de zaal … laten gebruiken?': the offer cut the sentence with the
day and kept the pointer, a day nobody can read any more. Every gold names the day in the ask ('van 23 mei', 'zaterdag
14 juni', 'tot eind januari').

Only on the offered sentence, after everything else: a pointer at a day in it ('die dag', 'die datum', 'die
zaterdag' …; 'in die periode', 'die tijd' for a stretch of time) whose day the offer does not say anywhere, and exactly one
moment the draft said before the ask that fits it: a date or a day for 'die dag' (the same weekday for 'die zaterdag'),
a stretch with its 'tot', 'vanaf', 'van … tot' for 'in die periode'. 'die' before a weekday with no such day before it
is the object ('6 kompassen … Kunt gij die vrijdag in het lokaal leggen?') and stays.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_DAY = re.compile(r"(?i)\b(?:(op|van|voor|vóór|tegen) )?(?:die|diezelfde) (dag|datum|" + "|".join(_WEEKDAYS) + r")\b")
_SPAN = re.compile(r"(?i)\b(?:in|tijdens|gedurende) (?:die|deze) (?:periode|tijd|weken)\b")
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
           "december")
_DATED = re.compile(r"\d|\b(?:" + "|".join(_MONTHS + _WEEKDAYS) + r")\b")
_SPAN_FRONT = frozenset({"tot", "vanaf", "van", "t/m", "tem", "tot en met"})
_FRONTS = frozenset({"op", "om", "in", "van", "vanaf", "tot", "voor", "vóór", "tegen", "rond"})


def filled(an, sentence: str) -> str:
    """The offered sentence with the ask's pointer at a day replaced by that day (unchanged when there is none)."""
    if an is None or not getattr(an, "main", None):
        return sentence
    m = _DAY.search(sentence)
    span = _SPAN.search(sentence) if m is None else None
    if m is None and span is None:
        return sentence
    said, own = _said_before(an, span is not None, m.group(2).lower() if m else "")
    if not said or fold(_bare(own)) in fold(sentence):
        return sentence  # none, or more than one; or the offer says that day already
    if m is not None:
        front = m.group(1) or ""
        new = f"{front} {_bare(said) if front else said}".strip()
        a, b = m.start(), m.end()
    else:
        new, a, b = said, span.start(), span.end()
    return sentence[:a] + new + sentence[b:]


def _said_before(an, stretch: bool, word: str) -> tuple[str, str]:
    """The one moment before the ask, in its sentence or the two before it, that the pointer can mean: a stretch with
    its 'tot'/'vanaf' (stretch), a day with the same weekday ('die zaterdag'), or a date or day ('die dag'), as
    (what goes in, the moment as typed); ("", "") when there is none or more than one."""
    d = an.d
    head = an.main[0]
    first = d.sentences[max(0, head.sent - 2)][0]
    found: list[tuple[str, str]] = []
    for i0, i1 in an.moments:
        if not first <= i0 < head.a or i1 > head.a:
            continue
        front = d.word(i0 - 1) if i0 > 0 and d.is_word(i0 - 1) else ""
        text = d.raw(i0, i1)
        low = fold(text)
        if stretch:
            if front in _SPAN_FRONT or low.split()[0] in _SPAN_FRONT and len(low.split()) > 1:
                found.append(((f"{front} {text}" if front in _SPAN_FRONT else text) + _how_long(an, i0), text))
        elif word in _WEEKDAYS:
            if re.search(rf"\b{word}\b", low) and re.search(r"\d", low):
                found.append((text, text))
        elif _DATED.search(low) and not low.startswith(("tot ", "vanaf ", "van ")):
            found.append((text, text))
    return found[0] if len(found) == 1 else ("", "")


def _how_long(an, i0: int) -> str:
    """' 2 weken': the one duration said in the sentence of the stretch's start ('Ik ga 2 weken weg (vanaf 3 juli)')."""
    d = an.d
    a, b = next((a, b) for a, b in d.sentences if a <= i0 < b)
    spans = [(s, e) for s, e in an.durations if a <= s and e <= b and not s <= i0 < e]
    return f" {d.raw(*spans[0])}" if len(spans) == 1 else ""


def _bare(moment: str) -> str:
    """The moment without the preposition in front ('op 23 mei' -> '23 mei')."""
    words = moment.split(maxsplit=1)
    return words[1] if len(words) == 2 and words[0].lower() in _FRONTS else moment
