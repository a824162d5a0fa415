"""A surname after a title in a greeting without a comma: 'hallo mevr de jong morgen kan ik …'.

The greeting ends at the title ('hallo mevr'), and the surname would be left at the front of the
next clause ('Mevr, de jong morgen kan ik …'), or be read as a clause of its own before 'kunt u …'.
After a title in a greeting, an infix and the word after it ('de jong', 'van dijk') or one word
the engine does not know ('jansen') is the surname: it moves into the greeting, so the vocative is
'Mevr De Jong' and the clause starts at 'morgen'.
"""

from __future__ import annotations


def surname_into_greeting(an, reclassify) -> None:
    """Move the surname after a greeting's closing title into the greeting; reclassify(c) reads the
    shortened clause again. A surname that is a clause of its own ('hallo mevr | de jong | kunt u …')
    joins the greeting whole."""
    from .names import common_word, known_word

    d = an.d
    lex = d.lex
    for n, (c, x) in enumerate(zip(an.clauses, an.clauses[1:])):
        toks = d.content(c.a, c.b)
        if c.role != "groet" or not toks or d.word(toks[-1]).rstrip(".") not in lex.formal or x.sent != c.sent:
            continue
        rest = [i for i in d.content(x.a, x.b) if d.is_word(i)]
        if not rest or rest[0] != toks[-1] + 1:
            continue  # a comma or a mark between: the greeting really ended
        k = 0
        while k < len(rest) - 1 and d.word(rest[k]) in lex.infix:
            k += 1
        if k == len(rest) - 1 and 0 < k < 3 and _whole_surname(an, n + 2, x, rest, common_word):
            c.b = x.b
            del an.clauses[n + 1]  # 'de jong' was read as a clause of its own
            an.surname_guessed = True  # 'hallo meneer de lift kunt u …' reads the same: not sure
            return
        if k == len(rest) - 1 or (k == 0 and (known_word(lex, d.word(rest[0])) or d.tok_text(rest[0])[:1].isupper())):
            continue  # nothing after the infixes, or a word of the sentence ('meneer kunt u …')
        if k < 2 and not _sentence_goes_on(d, rest[k + 1:]):  # 'van der berg' is a name whatever follows
            continue  # 'hallo meneer de lift is al twee dagen kapot': 'de lift' is the subject
        c.b = x.a = rest[k] + 1
        reclassify(x)


def _whole_surname(an, n: int, x, rest: list[int], common_word) -> bool:
    """Clause x is only infixes and a surname ('de jong'), and the clause after it starts anew
    ('kunt u morgen bellen?'): then x is the surname, not a clause."""
    d = an.d
    last = d.word(rest[-1])
    if n >= len(an.clauses) or an.clauses[n].sent != x.sent or common_word(d.lex, last) or not last.isalpha():
        return False
    if any(not d.is_word(i) for i in d.content(x.a, x.b)):
        return False  # a mark inside: 'de jong, …' is no plain surname
    after = [i for i in d.content(an.clauses[n].a, an.clauses[n].b) if d.is_word(i)]
    if any(d.word(i) in _POINTERS for i in after):
        return False  # 'hallo meneer de lift kunt u die maken?': 'die' points back at 'de lift'
    return bool(after) and _sentence_goes_on(d, after)


_POINTERS = frozenset({"die", "dat", "dit", "deze", "hem", "'m", "het", "'t"})


_PRONOUNS = frozenset({"ik", "'k", "we", "wij", "je", "jij", "u", "ge", "gij"})


def _sentence_goes_on(d, after: list[int]) -> bool:
    """After a surname the sentence starts anew: nothing, a moment ('morgen kan ik …'), 'ik'/'we', or
    a verb with its subject right after it ('kunt u …'). After a subject it goes on with its verb."""
    if not after:
        return True
    first = d.word(after[0])
    if first in _PRONOUNS or d.lex.moment.fullmatch(first):
        return True
    return len(after) > 1 and first in d.lex.finite and d.word(after[1]) in _PRONOUNS
