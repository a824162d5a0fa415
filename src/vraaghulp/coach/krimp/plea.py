"""A plea the person opens with ('Alsjeblieft, kun je nu komen?') stays in crisis.

Outside crisis a leading 'aub' or 'alsjeblieft' is a loose front word like 'pls' and goes (round 17).
A crisis message is never made lighter (contract point 7): the plea is part of how bad it is, so the
offered sentence keeps it, as typed, in front of the request (after the name when there is one).
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

# The plea as the draft's first word (also misspelled: 'alsjeblief', 'asjeblieft'), or right after a name or greeting and its comma ('Mam, aub …').
_PLEA = re.compile(r"^\s*(?:[^\W\d_]+\s*,\s*)?(al?s(?:je|tu)blieft?|aub|a\.u\.b\.?|ajb|svp|pl[sz]+|please)"
                   r"(?![\w.])(\s*[,!]*\s*)", re.IGNORECASE)


def kept(text: str, sentence: str, name: str, spans: list) -> tuple[str, list]:
    """(sentence, dropped spans) with the draft's opening plea put back in front of the request."""
    m = _PLEA.match(text)
    if not m or not sentence or fold(m.group(1)) in fold(sentence).split():
        return sentence, spans
    lead = f"{name}, " if name and sentence.startswith(f"{name}, ") else ""
    rest = sentence[len(lead):]
    after = text[m.end():].split()
    first = rest.split()[0] if rest.split() else ""
    if after and first.lower() == after[0].lower().strip(",.!?"):
        rest = after[0][:len(first)] + rest[len(first):]  # as typed: 'kun je', a name keeps its capital
    plea = m.group(1) if lead else m.group(1)[:1].upper() + m.group(1)[1:]
    mark = "," if "," in m.group(2) else ""
    ps, pe = m.start(1), m.end(1)
    out = [(a, b) for s0, s1 in spans for a, b in ((s0, min(s1, ps)), (max(s0, pe), s1)) if b > a]
    return f"{lead}{plea}{mark} {rest}", out
