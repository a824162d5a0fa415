"""An honest sentence whose opening word went: back to subject-first order.

'Eerlijk gezegd ben ik op.', 'Natuurlijk ben ik moe.', 'Eigenlijk zie ik het niet meer zitten.': the
hedge in front goes, and what is left starts with the finite verb and its subject ('Ben ik op.'), which
reads as a question. Reordering is allowed: the subject goes in front again ('Ik ben op.').
"""

from __future__ import annotations

from .runon import finite_like

_SUBJECTS = frozenset({"ik", "'k", "k", "we", "wij", "het", "alles", "mijn", "m'n", "mn"})
_NOT_AFTER = frozenset({"mijn", "m'n", "mn"})  # 'is mijn hoofd vol': the subject is longer than one word


def upright(d, start: int, toks: list[int]) -> list[int]:
    """toks of the honest clause whose first token is start (its hedge included): verb-first after a dropped opening word -> subject first."""
    words = [i for i in toks if d.is_word(i)]
    if len(words) < 3 or words[0] == start or not any(d.is_word(i) for i in range(start, words[0])):
        return toks  # nothing went before the verb: the clause was verb-first on purpose (or too short)
    verb, subject = words[0], words[1]
    if not finite_like(d.lex, d.word(verb)) or d.word(subject) not in _SUBJECTS or d.word(subject) in _NOT_AFTER:
        return toks
    if toks.index(subject) != toks.index(verb) + 1:
        return toks  # a comma or a word between them: leave it
    k = toks.index(verb)
    return toks[:k] + [subject, verb] + toks[k + 2:]
