"""Writing the direct question: each piece copied from the draft where the draft has it (so it
is not struck out in the draft as typed), new words only where the question needs them."""

from __future__ import annotations

from vraaghulp.coach.text import fold

from .pieces import capitalise
from .reported import Out, Tok
from .asked import OWN_SIDE, Verb


def copy_front(out: Out, toks: list[Tok], verb: Verb, front: str, who: str, b: int) -> None:
    """'mag ik': the draft's own 'mag' and 'ik' when they are the same words (so they are not
    struck out in the draft as typed), the new words otherwise."""
    same = next((i for i in sorted(verb.drop) if toks[i].w == front.lower()), None)
    if same is not None:
        out.copy(toks[same].start, toks[same].end, front)
    else:
        out.add(front)
    out.add(" ")
    if who in OWN_SIDE and b > 0 and toks[b - 1].w == who:
        out.copy(toks[b - 1].start, toks[b - 1].end, who)
    else:
        out.add(who)


def copy_vocative(out: Out, toks: list[Tok], person: list[int], vocative: str) -> None:
    """The vocative, copied from the person's words when it is them (capitals aside)."""
    a, b = toks[person[0]].start, toks[person[-1]].end
    at = fold(out.text[a:b]).lower().find(fold(vocative).lower())
    if at >= 0 and len(fold(vocative)) == len(vocative):
        out.copy(a + at, a + at + len(vocative), vocative)
    else:
        out.add(vocative)


def copy_clause(out: Out, toks: list[Tok], b: int, verb: Verb) -> None:
    """The clause after the subject, verbs dropped or put in their infinitive, pronouns changed."""
    prev = None
    for i in range(b, verb.end):
        if i in verb.drop:
            continue
        if prev is not None and prev == i - 1:
            out.copy(toks[prev].end, toks[i].start)
        else:
            out.add(" ")
        if i in verb.put:
            out.add(verb.put[i])
        else:
            out.copy(toks[i].start, toks[i].end)
        prev = i


def copy_told(out: Out, toks: list[Tok], order: list[int], capital: bool) -> None:
    """The told clause as a sentence of its own, each word copied from the draft."""
    for n, i in enumerate(order):
        out.add(" " if n else "")
        raw = toks[i].raw
        out.copy(toks[i].start, toks[i].end, capitalise(raw) if n == 0 and capital else raw)
    out.add(". ")
