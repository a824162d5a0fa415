"""'… overnemen? Dan kan ik me op de audit richten.': what the writer can do once helped.

The draft's 'Dan' is cut off as a clause of its own, so the verb-first clause after it looks like
a question ('kan ik …'); with 'kunnen' and the writer as subject it is the consequence of the request, a
statement, never a request of its own. A '?' at the end keeps it a question ('Dan mag ik …?').
"""

from __future__ import annotations

_THEN = frozenset({"dan", "daarna", "zo", "dus"})
_WRITER = frozenset({"ik", "'k", "k", "we", "wij"})


def then_statement(an, c, s: int, lead) -> bool:
    """Clause c starts (at s) with 'kan/kunnen' and the writer as subject, right after a clause that is
    only 'dan' in the same sentence, after a request for a deed, and the sentence does not end in '?'."""
    d = an.d
    if lead.subject not in _WRITER or lead.lemma != "kunnen" or d.content(c.a, s):
        return False  # 'Dan zou ik even langs willen komen': a wish, the request itself
    before = [x for x in an.clauses_before(c) if x.sent == c.sent]
    if not before:
        return False
    words = [d.word(i) for i in d.content(before[-1].a, before[-1].b)]
    if not words or not set(words) <= _THEN or words[-1] not in ("dan", "daarna"):
        return False
    if not any(_asks_a_deed(x) for x in an.clauses_before(c) if c.sent - 1 <= x.sent <= c.sent):
        return False  # 'Ben je morgen op de zaak? Dan kunnen we …': after where the other is, the proposal is the ask
    _, b = d.sentences[c.sent]
    return not any(d.tok_text(i) == "?" for i in range(s, b))


def _asks_a_deed(x) -> bool:
    """A request for something to do, not 'ben je …?' / 'heb je tijd?' (where or whether the other is)."""
    lead = getattr(x, "lead", None)
    return x.role == "vraag" and not (lead is not None and lead.lemma in ("hebben", "zijn"))
