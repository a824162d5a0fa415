"""'niet alleen als ik het vraag, maar uit jezelf': a negation in front of a condition, and its 'maar'.

The negation turns the condition around ("not only when I ask"): it stays with the condition, never
cut off as a word of its own, and the 'maar …' that says what is asked instead stays with them
(contract point 3: a negation or condition that carries meaning is kept).
"""

from __future__ import annotations

NEGATED = frozenset({"niet", "ni", "nie"})
ONLY = frozenset({"alleen", "enkel"})


def negated_only(d, i: int) -> bool:
    """Token i is 'alleen'/'enkel' right after 'niet' ('niet alleen als …'): no clause starts there."""
    k = i - 1
    return d.word(i) in ONLY and k >= 0 and d.is_word(k) and d.word(k) in NEGATED


def only_words(words: list[str]) -> bool:
    """A clause that is only 'alleen'/'enkel', or 'niet alleen'/'ni enkel' (cut off from its 'als …')."""
    if words[:1] and words[0] in NEGATED:
        words = words[1:]
    return len(words) == 1 and words[0] in ONLY


def turned_around(an, out: list, before, c, words: list[str]) -> bool:
    """The condition after a kept 'niet alleen' ('Niet alleen | als ik het zeg'), and the clause right
    after that condition in the same sentence that says what is asked instead ('maar elke dinsdag',
    'maar ook gewoon zelf', at most eight words)."""
    if not out or out[-1] is not before or before is None or c.sent != before.sent:
        return False
    d = an.d
    if c.role == "voorwaarde":
        return only_words([d.word(i) for i in d.content(before.a, before.b)]) and _negated(d, before)
    if len(out) < 2 or out[-2].sent != c.sent or before.role != "voorwaarde" or not _negated(d, out[-2]):
        return False
    return words[:1] in (["maar"], ["ma"]) and len(words) <= 8


def _negated(d, c) -> bool:
    words = [d.word(i) for i in d.content(c.a, c.b)]
    return only_words(words) and words[0] in NEGATED
