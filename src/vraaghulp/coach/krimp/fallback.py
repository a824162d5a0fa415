"""The not-sure path's sentence: the person's own request, with only the surely removable parts cut
(contract point 6). Used by engine.py when a check on the rewritten request fails.

The request is the request group's clauses (rewrite.group_tokens) with hedges, vague moments and
loose ends taken out (rewrite.clean), and the rest of its own question: clauses of plain text after
it, up to the question mark that closes its sentence. The clause cutter can end a request clause at
a moment ('… of je om 8 uur | de hond kunt uitlaten?'); offered without that tail, the person's own
request would stop mid-sentence, worse than the draft.
"""

from __future__ import annotations

from .pieces import used_tokens
from .rewrite import Request, clean, group_tokens


def own_request(an, main) -> list:
    """The pieces of the person's own request (see the module docstring)."""
    return clean(an, group_tokens(an, main + question_tail(an, main)), Request([]))


def question_tail(an, main) -> list:
    """The clauses of plain text after the request, up to the '?' that closes its sentence; none when
    a comma, another role (a wrapper, a condition, an escape hatch) or the end of the sentence
    without a '?' comes first."""
    d = an.d
    end = main[-1].b
    out = []
    for c in (x for x in an.clauses if x.sent == main[-1].sent and x.a >= main[-1].b):
        if c.role != "tekst" or any(d.tok_text(i) in ",;:" for i in range(end, c.a)):
            return []
        out.append(c)
        end = c.b
        if end < d.n and d.tok_text(end) == "?":
            return out
    return []


def frame_kept(an, c, pieces) -> bool:
    """The wrapper frame of a 'kader' request is still in the offered words, and does not start
    with its verb ('Het zou fijn zijn als …', not 'Zou het mogelijk zijn …'): they are a statement."""
    frame = getattr(c, "frame", None)
    return bool(frame) and frame[0] in used_tokens(pieces) and an.d.word(frame[0]) not in an.d.lex.finite
