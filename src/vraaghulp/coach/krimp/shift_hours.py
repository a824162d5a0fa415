"""The hours of a shift said before the ask come into the ask to take it over (round 32, k32b).

'… ik heb vrijdag de begrafenis van m'n opa en sta ingeroosterd van 17:00 tot 23:00 in de bediening. Kan iemand
vrijdag m'n dienst overnemen?': the one who takes the shift needs its hours; the result dropped them ('Kan iemand
vrijdag m'n dienst overnemen?'). When the ask takes over, swaps or covers a shift ('dienst', 'shift', 'late', 'vroege',
'nachtdienst' with 'overnemen', 'overpakken', 'ruilen', 'doen', 'pakken', 'vervangen') and names no hours of its own,
the span of hours in the draft's sentence right before it ('van 17:00 tot 23:00', 'van 7u tot 15u') goes in after
the ask's day, or before the shift when it names no day: 'Kan iemand vrijdag van 17:00 tot 23:00 m'n dienst
overnemen?'. Only one such span, said of the writer ('ik sta', 'ik werk', 'ik ben ingeroosterd'): two spans, or hours
of someone else, are left as they are.
"""

from __future__ import annotations

import re

from .day_only import NAMED_DAY

_T = r"\d{1,2}(?:[:.u]\d{2}|u)?(?:\s*uur)?"
_SPAN = re.compile(rf"(?i)\bvan\s+{_T}\s+tot\s+{_T}")
_WRITER = re.compile(r"(?i)\b(?:ik|'k|k)\s+(?:sta|werk|ben|heb|moet|zit)\b|\bsta\s+(?:ingeroosterd|ingepland|ingedeeld)")
_SHIFT = re.compile(r"(?i)\b(?:(?:m'n|mijn|mn|me|de|die)\s+)?(?:dienst|diensten|shift|late|vroege|nachtdienst|avonddienst"
                    r"|dagdienst|werkdag)\b")
_TAKE = re.compile(r"(?i)\b(?:overnemen|overpakken|ruilen|doen|pakken|vervangen|draaien|invallen|werken)\b")
_PIECE = re.compile(r"(?:[^.!?\n]|[.!?](?!\s|$))+[.!?]*")


def _before_ask(text: str, ask: str) -> str:
    """The draft's sentence right before the one the ask comes from (the last one sharing its shift word)."""
    pieces = [p for p in _PIECE.findall(text) if p.strip()]
    at = next((k for k in range(len(pieces) - 1, -1, -1) if _SHIFT.search(pieces[k]) and _TAKE.search(pieces[k])), None)
    return pieces[at - 1] if at else ""


def added(text: str, sentence: str) -> tuple[str, str]:
    """(the sentence with the shift's hours in its ask, the span as typed in the draft; '' when none went in)."""
    asks = re.findall(r"[^.!?]*\?", sentence)
    ask = next((a for a in asks if _SHIFT.search(a) and _TAKE.search(a)), None)
    if ask is None or re.search(r"\d", ask):
        return sentence, ""
    before = _before_ask(text, ask)
    spans = _SPAN.findall(before)
    if len(spans) != 1 or not _WRITER.search(before):
        return sentence, ""
    span = spans[0]
    if span.lower() in sentence.lower():
        return sentence, ""  # the sentence before the ask is kept with it
    day = NAMED_DAY.search(ask)
    if day:
        new = ask[:day.end()] + " " + span + ask[day.end():]
    else:
        shift = _SHIFT.search(ask)
        new = ask[:shift.start()] + span + " " + ask[shift.start():]
    return sentence.replace(ask, new, 1), span


def unstruck(text: str, span: str, spans: tuple) -> tuple:
    """The dropped spans without the hours now in the ask (they are kept, not struck through)."""
    at = text.find(span)
    if not span or at < 0:
        return spans
    a, b = at, at + len(span)
    out = []
    for s0, s1 in spans:
        if s1 <= a or s0 >= b:
            out.append((s0, s1))
            continue
        out += [p for p in ((s0, a), (b, s1)) if p[1] > p[0]]
    return tuple(out)
