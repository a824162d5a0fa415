"""'niet alleen als ik het vraag, maar uit jezelf': a negation in front of a condition, and its 'maar'.

The negation turns the condition around ("not only when I ask"): it stays with the condition, never
cut off as a word of its own, and the 'maar …' that says what is asked instead stays with them
(contract point 3: a negation or condition that carries meaning is kept).
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

NEGATED = frozenset({"niet", "ni", "nie"})
ONLY = frozenset({"alleen", "enkel"})
# 'niet alleen zijn/thuis/blijven': not alone, no 'not only' ('ik wil niet alleen zijn, maar …').
_ALONE = frozenset({"zijn", "wezen", "thuis", "blijven", "laten", "wonen", "slapen", "achterblijven",
                    "gaan", "staan", "zitten", "voelen"})
_READER = frozenset({"je", "jij", "u", "ge", "gij", "jullie"})


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
    if words[:1] not in (["maar"], ["ma"]) or len(words) > 8:
        return False
    lead = [d.word(i) for i in d.content(before.a, before.b)][:2]
    if len(lead) == 2 and lead[0] in NEGATED and lead[1] in ONLY:
        return True  # 'Niet alleen de groene bak, | maar ook het papier.'
    return len(out) >= 2 and out[-2].sent == c.sent and before.role == "voorwaarde" and _negated(d, out[-2])


def _negated(d, c) -> bool:
    words = [d.word(i) for i in d.content(c.a, c.b)]
    return only_words(words) and words[0] in NEGATED


def negated_condition(an, main, before, c, words: list[str]) -> bool:
    """'… knippen? Niet | als het regent.': a lone negation cut off from the condition right after it, in
    the sentence after the ask or the ask's own; both stay ('not when it rains'). A condition with a
    hatch word in it ('niet als je geen tijd hebt'), or about the reader ('niet als je moe bent'), is
    left to the hatch rules."""
    if before is None or c.role != "voorwaarde" or before.sent != c.sent or c.sent > main[-1].sent + 1:
        return False
    d = an.d
    lone = [d.word(i) for i in d.content(before.a, before.b)]
    if lone[-1:] not in (["niet"], ["ni"], ["nie"]) or len(lone) > 2 or lone[:-1] not in ([], ["maar"], ["ma"], ["en"]):
        return False
    if words[1:2] and words[1] in _READER:
        return False  # 'Maar niet als je moe bent': about the reader, a way out (the hatch rules)
    runs_on = len(words) > 8 or {"dan", "anders"} & set(words) or any(w in d.lex.loose_back for w in words[1:-1])
    return words[:1] in (["als"], ["as"], ["wanneer"]) and not d.lex.escape_words & set(words) and not runs_on


_NOT_ONLY = re.compile(r"\b(?:niet|ni|nie)\s+(alleen|enkel)\s+([^\W\d_]+)([^.!?\n]*)")


def lost(draft: str, sentence: str) -> bool:
    """A check on the result: the draft says 'niet alleen X (…, maar Y)' and the result keeps 'alleen X'
    without its negation, or 'niet alleen X' without the 'maar Y' (either says the opposite)."""
    said = " ".join(fold(sentence).split())
    for m in _NOT_ONLY.finditer(" ".join(fold(draft).split())):
        if m.group(2) in _ALONE:
            continue  # 'ik wil niet alleen zijn': not alone
        only = f"{m.group(1)} {m.group(2)}"
        if re.search(rf"(?<!\bniet )(?<!\bni )(?<!\bnie ){only}\b", said):
            return True
        if re.search(r"\b(?:maar|ma)\b", m.group(3)) and only in said and not re.search(rf"{only}\b[^.!?]*\b(?:maar|ma)\b", said):
            return True
    return False
