"""A group hailed at the start of a chat message ('Guys, kan iemand …', 'Hallo allemaal, wie …',
'Mensen, kan iemand …'): a greeting to the whole group, which goes like any greeting.

A group named by what it is ('Jongens', 'Mannen', 'Gasten', 'Dames') is addressed and stays the
vocative; the words that only hail everyone at once are `groepsgroet` in content/nl/krimp.toml.
"""

from __future__ import annotations

from functools import lru_cache


def group_hail(an, c, toks: list[int]) -> bool:
    """Clause c holds only a group hail, with nothing but greetings before it and the rest of its sentence after it."""
    d = an.d
    if not toks or d.word(toks[-1]).rpartition(" ")[2] not in _last_words(d.lex.group_hails):
        return False  # the words tested below end with the clause's last word: most clauses end with no hail's (speed)
    end = an.starts["groet"].get(toks[0]) if toks and any(d.content(x.a, x.b) for x in an.clauses_before(c)) else None
    toks = [i for i in toks if i >= end] or toks if end is not None else toks  # 'Hallo allemaal, goeiemorgen iedereen!'
    if not toks or " ".join(d.word(i) for i in toks) not in d.lex.group_hails:
        return False
    if any(d.content(x.a, x.b) and x.role != "groet" for x in an.clauses_before(c)):
        return False
    later = [x for x in an.clauses if x.a >= c.b and d.content(x.a, x.b)]
    if not later or later[0].sent == c.sent:
        return bool(later)
    a, b = d.sentences[later[0].sent]  # 'Hoi allemaal! Wie kan …': a sentence of its own goes before the ask (k36a);
    return any(d.tok_text(i) == "?" for i in range(a, b))  # 'Hoi allemaal! Voor zaterdag …' as before


@lru_cache(maxsize=4)
def _last_words(hails: frozenset[str]) -> frozenset[str]:
    """The last word of every group hail (worked out once per list)."""
    return frozenset(hail.rpartition(" ")[2] for hail in hails)
