"""A fronted phrase of time that carries meaning, moved into the ask behind the frame (round 31, k31c).

'Na de operatie op 8 april wil ik u vragen of ik de eerste twee weken halve dagen mag werken.', 'Tijdens de
verbouwing wil ik u vragen om de werklieden …': the phrase says when the request holds and must stay; the frame in
front of it is inverted, so the engine did not read it. The phrase moves behind the frame's 'of <pronoun>' or 'om'
('Ik wil u vragen of ik na de operatie op 8 april de eerste …'), where the engine reads the ask and keeps it. The
draft keeps its length (the same characters, reordered); `where` maps each new position back to the typed one so
the struck spans stay right. Only a phrase opened by a word of time ('na', 'tijdens', 'vanaf', 'voor', 'tot', 'in',
'op' + a date …) of at most eight words, at the start of a sentence.
"""

from __future__ import annotations

import re

_TIME = r"(?:na|tijdens|vanaf|sinds|tot|voor|vóór|na\s+afloop\s+van|in\s+de\s+week\s+van|op|in|deze|volgende|komende)"
_MOVE = re.compile(
    r"(?i)(?P<edge>^|(?<=[.!?:;])\s+|(?<=\n))(?P<phrase>" + _TIME + r"\s+[^\s,.?!:;]+(?:\s+[^\s,.?!:;]+){0,6}?)\s*,?\s+"
    r"(?P<fin>wil|zou|wou|wilde)\s+(?P<ik>ik)\s+(?P<mid>(?:(?:u|je|jou|jullie|ge|gij|graag|vriendelijk|nog|even|willen)\s+)*)"
    r"(?P<verb>vragen|verzoeken)\s+(?P<tail>of\s+(?:ik|we|wij|u|je|jij|ge|gij)|om)\s")
# What every match holds ('wil ik …'): a draft without it is not searched (round 37: speed only; the look-ahead lets the
# search skip every place where no such word starts).
_HAS_FRAME = re.compile(r"(?i)(?=[wz])(?:wil|zou|wou|wilde)\s+ik\s")
_NOT_PHRASE = frozenset({"ik", "u", "je", "jij", "we", "wij", "ge", "gij", "dat", "of"})


def moved(text: str) -> tuple[str, dict[int, int], list[str]]:
    """The draft with each such phrase behind its frame; the moved positions (new -> typed); the phrases."""
    out, where, phrases = list(text), {}, []
    for m in _MOVE.finditer(text) if _HAS_FRAME.search(text) else ():
        if _NOT_PHRASE & set(m.group("phrase").lower().split()):
            continue
        a, p_end, f_start, b = m.start("phrase"), m.end("phrase"), m.start("fin"), m.end("tail")
        first = "Ik" if re.search(r"(?:^|[.!?:]|\n)\s*$", text[:a]) else "ik"
        order = [(None, first + " "), (f_start, m.end("fin")), (None, " ")]
        order += [(m.start("mid"), b), (None, " "), (a, p_end)]
        new, olds = [], []
        for start, piece in order:
            if start is None:  # 'Ik ' stands for the typed 'ik', a space for none
                new.append(piece)
                olds += [m.start("ik"), m.start("ik") + 1, -1] if piece.strip() else [-1] * len(piece)
            else:
                seg = text[start:piece]
                seg = seg[:1].lower() + seg[1:] if start == a else seg
                new.append(seg)
                olds += list(range(start, piece))
        joined = re.sub(r"\s+", " ", "".join(new))
        if len(joined) > b - a or len("".join(new)) != len(olds) or joined != "".join(new):
            continue
        pad = b - a - len(joined)
        out[a:b] = list(" " * pad + joined)
        for k, old in enumerate(olds):
            where[a + pad + k] = old
        phrases.append(m.group("phrase"))
    return "".join(out), where, phrases
