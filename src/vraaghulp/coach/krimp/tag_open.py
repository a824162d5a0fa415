"""A label in square brackets that opens the draft: '[spraakbericht] ja Stijn, 't is Kurt …', '[spraakmemo] …',
'[voice] …', '[doorgestuurd] …' (round 51, k51b).

A transcription app or the writer marks what kind of text follows; the label is no word of the message. Read as a
word it became the person addressed ('Spraakbericht, …') and the real name after it went. Blanked before anything
else reads the draft (same length, so every offset stays), struck through in the result and named once.
Only at the very start, only square brackets, only a short label of letters (no question, no digits):
'[edit] …' and '[spraakbericht]' go; a bracket later in the text ('… bij [naam] langs') is the writer's.
"""

from __future__ import annotations

import re

from . import findings as fx

KIND = "label"

_TAG = re.compile(r"\A\s*\[[ \t]*[^\W\d_][^\W\d_ \t-]*(?:[ \t-][^\W\d_]+){0,2}[ \t]*\]")


def spans(text: str) -> list[tuple[int, int]]:
    """The label's span, when the draft opens with one and has words after it."""
    m = _TAG.match(text)
    if m is None or not re.search(r"[^\W\d_]", text[m.end():]):
        return []
    return [(m.end() - len(m.group(0).lstrip()), m.end())]


def named(text: str) -> list:
    """One finding for the label, in front of every other one."""
    cut = spans(text)
    return [(-3.0, fx.make(KIND, text[cut[0][0]:cut[0][1]]))] if cut else []
