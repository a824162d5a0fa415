"""Nothing of substance lost: a result that only deletes, and keeps every content word, may be sure (round 58, k58a).

Several `zeker` checks doubt a result for what it may have lost: `context` (a clause kept only to explain a word that
points back: is it enough?), `weg-woord` (a dropped word the engine cannot account for, safe.py), `weg-moment` (a
part that goes holds a moment) and `geheel-twijfel` (the fitted model of the whole result: likely it loses a
must-keep word). On the outside files these codes hold back many acceptable results and many wrong ones alike; looked
at from inside (tools/krimp_zeker_inside.py), no kind of dropped clause, no length and no estimate of the model tells
them apart. One shape does: the result is the draft with words taken out — every word of it stands in the draft, in
the same order, nothing rewritten — and no content word of the draft is lost outside the phrases the engine removes
on purpose (greetings, sign-offs, apologies, burden talk, hatches: `account.removed_spans`), counted as the whole-result
model counts it (``whole.lost_words``). Then what those checks fear has not happened: the reader gets every word of
substance the writer typed, and only the wrapping goes ('Meneer Jansen, mijn vrouw wordt donderdag 10 april
geopereerd. Mag ik die dag vrij nemen?', 'Rik, de printer … is weer vastgelopen. Kun jij er vóór … naar kijken?').

Not in crisis (the crisis result has rules of its own), and not for the other codes: a result that keeps every word
may still be too long (`lang-resultaat`), keep a state the golds drop (`staat-twijfel`) or hold two asks.
"""

from __future__ import annotations

import re

from .whole import lost_words

RELEASED = frozenset({"context", "weg-woord", "weg-moment"})  # the vouch codes (vouch.py) spared
CODE = "gespaard-herschreven"  # spared, then rewritten on the sure path
_WORDS = re.compile(r"[\w'À-ÿ€]+")


def only_deleted(draft: str, result: str) -> bool:
    """Every word of the result stands in the draft, in the same order (case aside): the result only deletes."""
    left = iter(w.lower() for w in _WORDS.findall(draft))
    return all(any(w == x for x in left) for w in (w.lower() for w in _WORDS.findall(result)))


def kept_all(an, kept: set[int], result: str, crisis: bool) -> bool:
    """The result only deletes and loses no content word outside the phrases removed on purpose (kept: the draft
    tokens the result shows)."""
    if crisis or an is None or not result.strip():
        return False
    return only_deleted(an.d.original, result) and not lost_words(an, kept, result)


def spared(an, parts, text: str, tokens: set[int]) -> frozenset[str]:
    """The vouch codes that may not withhold `zeker` from this result (empty: every code may)."""
    return RELEASED if kept_all(an, tokens, text, parts.crisis) else frozenset()


def freed(an, problems: list[str], spare: frozenset[str], text: str) -> list[str]:
    """vouch.py's problems without the codes spared; when one was there, the analysis is marked: the sure path may
    still rewrite the sentence afterwards (``lost``)."""
    if set(problems) & spare:
        an.spared_text = text
    return sorted(set(problems) - spare)


def whole_freed(out, sentence: str) -> bool:
    """In shrink, when the whole-result model doubts a result the rules call sure: nothing of substance is lost, so
    its doubt is moot (marked as ``freed`` marks)."""
    if not kept_all(out.analysis, out.kept, sentence, out.crisis):
        return False
    out.analysis.spared_text = sentence
    return True


def lost(an, sentence: str) -> bool:
    """A result spared by ``spared`` that the sure path rewrote after all: a pointer filled in and the sentence it
    pointed at cut ('Rob, morgen komt een pakket voor mij. Ik hoor de bel niet. Wil jij het aannemen?' -> '…
    Wil jij morgen een pakket voor mij aannemen?', p46-025). What was spared no longer holds: not sure (CODE)."""
    return bool(getattr(an, "spared_text", "")) and not only_deleted(an.d.original, sentence)


def checked(out, sentence: str, sure: bool, told):
    """In shrink, on the finished sentence: a sure result ``lost`` its spare is not sure (CODE in the problems)."""
    if sure and not out.crisis and out.analysis is not None and lost(out.analysis, sentence):
        out.problems.append(CODE)
        return sentence, False, told
    return sentence, sure, told
