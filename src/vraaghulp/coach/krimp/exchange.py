"""What the writer gives in return for the ask stays (round 41, k41a).

'Wie wil er zaterdagnacht met mij ruilen? Ik geef mijn zondag late dienst ervoor terug.' (h40a-020): the result kept
the ask alone, sure, and lost what the writer offers in exchange, which the reader needs to say yes (it is half of a
swap). The golds keep such an offer when it is said right after the ask ('Ik kan in ruil wel elke …', h35a-041; 'Ik
wil gerust een ander toezicht overnemen in de plaats', t19e-050; 'ik neem dan uw vroege … in de plaats', z1-006); of
the eleven drafts in the corpus with 'in ruil', 'in de plaats' or 'ervoor terug', one gold drops it (t9i-056).

The offer: a plain clause of the writer ('ik', 'we', or 'dan' before them) in the ask's sentence after the ask or in
the sentence right after it, naming the exchange ('in ruil', 'in de plaats', 'ervoor terug', 'daarvoor terug',
'ervoor in de plaats'); it is kept after the ask as the writer said it.

Round 41 review (k41r): the whole sentence of the offer stays, so a condition on it is never dropped ('Ik neem in ruil
jouw zaterdag, als mijn baas akkoord gaat'); a fronted 'In ruil neem ik …' / 'In ruil krijg je …' is an offer too;
'in mijn plaats' names a substitute ('Ik stuur Jan in mijn plaats'), no exchange; a negated clause ('Ik kan in ruil
niet op zondag werken') offers nothing.
"""

from __future__ import annotations

import re

from .wordsets import NEGATIONS, WRITER

_EXCHANGE = re.compile(r"(?i)\b(?:in\s+ruil|in\s+de\s+plaats|(?:er|daar)voor\s+(?:terug|in\s+de\s+plaats))\b")
_FRONTED = re.compile(r"(?i)^\W*(?:en\s+|dan\s+)?in\s+ruil\b")  # 'In ruil neem ik …', 'In ruil krijg je …'
_READER = frozenset({"je", "jij", "ge", "gij", "u"})
_LEADS = frozenset({"en", "maar", "dan", "dus"})
_MAX_WORDS = 16


def offered(an, main) -> list:
    """The writer's offer in exchange right after the ask (see the module docstring)."""
    if not main:
        return []
    d, last = an.d, main[-1]
    out = []
    for c in an.clauses:
        if c in main or c.role != "tekst" or c.a < last.b or c.sent not in (last.sent, last.sent + 1):
            continue
        words = [d.word(i) for i in d.content(c.a, c.b)]
        while words and words[0] in _LEADS:
            words = words[1:]
        if not words or len(words) > _MAX_WORDS or not _EXCHANGE.search(d.raw(c.a, c.b)) or NEGATIONS & set(words):
            continue
        fronted = _FRONTED.match(d.raw(c.a, c.b)) and len(words) > 3 and words[3] in WRITER | _READER
        if words[0] in WRITER or (len(words) > 1 and words[1] in WRITER) or fronted:
            out.append(c)
            out += [x for x in an.clauses if x.sent == c.sent and x.a >= c.b and x not in main and x not in out]
    return out
