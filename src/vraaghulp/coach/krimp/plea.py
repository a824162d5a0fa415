"""A plea the person opens with ('Alsjeblieft, kun je nu komen?') stays in crisis.

Outside crisis a leading 'aub' or 'alsjeblieft' is a loose front word like 'pls' and goes (round 17).
A crisis message is never made lighter (contract point 7): the plea is part of how bad it is, so the
offered sentence keeps it, as typed, in front of the request (after the name when there is one).

Round 36 (k36a): the same for a plea written out inside or after the request ('Kom alstublieft', 'help me
alsjeblieft'): the writer's own plea word goes back after the word it followed in the draft ('Kom alstublieft nu.'),
or before the question mark when that word went (the ready sentence: '… bij me zijn, alsjeblieft?'; h35a-026). The
chat shorthand ('aub', 'pls') inside the ask still goes, as the golds have it.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

# The plea as the draft's first word (also misspelled: 'alsjeblief', 'asjeblieft'), or right after a name or greeting and its comma ('Mam, aub …').
_PLEA = re.compile(r"^\s*(?:[^\W\d_]+\s*,\s*)?(al?s(?:je|tu)blieft?|aub|a\.u\.b\.?|ajb|svp|pl[sz]+|please)"
                   r"(?![\w.])(\s*[,!]*\s*)", re.IGNORECASE)


def kept(text: str, sentence: str, name: str, spans: list) -> tuple[str, list]:
    """(sentence, dropped spans) with the draft's opening plea put back in front of the request, and a plea the
    request held further on put back inside it."""
    sentence, spans = _opening(text, sentence, name, spans)
    return _inside(text, sentence, spans)


def _opening(text: str, sentence: str, name: str, spans: list) -> tuple[str, list]:
    m = _PLEA.match(text)
    if not m or not sentence or fold(m.group(1)) in fold(sentence).split():
        return sentence, spans
    lead = f"{name}, " if name and sentence.startswith(f"{name}, ") else ""
    rest = sentence[len(lead):]
    after = text[m.end():].split()
    first = rest.split()[0] if rest.split() else ""
    if after and first.lower() == after[0].lower().strip(",.!?"):
        rest = after[0][:len(first)] + rest[len(first):]  # as typed: 'kun je', a name keeps its capital
    plea = m.group(1)[:1].lower() + m.group(1)[1:] if lead else m.group(1)[:1].upper() + m.group(1)[1:]
    mark = "," if "," in m.group(2) else ""
    ps, pe = m.start(1), m.end(1)
    out = [(a, b) for s0, s1 in spans for a, b in ((s0, min(s1, ps)), (max(s0, pe), s1)) if b > a]
    return f"{lead}{plea}{mark} {rest}", out


# Words too common to show where the plea stood in the result ('help me aub' against '… bij me zijn?').
_WEAK = frozenset({"me", "mij", "mie", "mi", "je", "jij", "u", "ge", "gij", "het", "dat", "da", "nu", "even", "ff", "toch",
                   "snel", "gauw", "ons", "hier", "er", "maar", "eens", "ne", "keer"})
# A plea word anywhere in the draft, with the word typed right before it.
# A full stop may close it ('Kom alstublieft.': the lead, round 36, seen in the terminal).
# Only the plea written out: the chat shorthand ('aub', 'pls') is what the golds drop (t6c-033, g-046, g-050).
_INSIDE = re.compile(r"(?i)((?:[^\W\d_][\w'-]*[ \t]+)?[^\W\d_][\w'-]*)[ \t,]+(al?s(?:je|tu)blieft?)(?!\w|\.\w)")
_PLEAS = re.compile(r"(?i)(?<![\w.])(?:al?s(?:je|tu)blieft?|aub|a\.u\.b\.?|ajb|svp|pl[sz]+|please)(?![\w.])")


def _inside(text: str, sentence: str, spans: list) -> tuple[str, list]:
    """A plea typed after a word of the draft ('Kom alstublieft'), back after that word in the result, or before its
    closing mark; the draft's plea no longer struck through."""
    opening = _PLEA.match(text)
    floor = opening.end(1) if opening else -1  # a plea the draft opens with is `_opening`'s
    m = next((m for m in _INSIDE.finditer(text) if m.start(2) > floor), None)
    if m is None or not sentence or _PLEAS.search(sentence):
        return sentence, spans
    plea, words = m.group(2), m.group(1).split()
    before = words[-1] if fold(words[-1]) not in _WEAK else " ".join(words) if len(words) == 2 else ""  # 'bel me alstublieft'
    spaced = r"\s+".join(map(re.escape, before.split()))
    anchor = list(re.finditer(rf"(?i)(?<![\w'-]){spaced}(?![\w'-])", sentence)) if before else []
    if anchor:
        at = anchor[-1].end()
        sentence = f"{sentence[:at]} {plea}{sentence[at:]}"
    elif "?" in sentence:  # the ready question or the writer's ask: the plea before its mark
        at = sentence.rindex("?")
        sentence = f"{sentence[:at].rstrip()}, {plea}{sentence[at:]}"
    else:
        return sentence, spans
    ps, pe = m.start(2), m.end(2)
    return sentence, [(a, b) for s0, s1 in spans for a, b in ((s0, min(s1, ps)), (max(s0, pe), s1)) if b > a]
