"""'Kun je me 200 euro lenen tot maart? Ik schaam me er echt voor.': shame whose 'er' points at a request to
borrow money is about the asking (an apology), not how the writer is; it goes, as the authors of such notes
drop it. Shame about what the writer cannot do ('ik snap die brief niet, ik schaam me ervoor') stays the
honest sentence (states.lone_shame); here only a loan of money, asked in the same draft, is read this way, and
shame with no object at all beside it ('…, maar ik schaam mij dood') too.
"""

from __future__ import annotations

import re

_SHAME = frozenset({"schaam", "schaamt"})
_POINTS = frozenset({"er", "ervoor", "erover", "daarvoor", "daarover"})
_LOAN = frozenset({"lenen", "leent", "voorschieten", "voorschiet", "afschrijven", "afschrijft", "innen", "uitstellen",
                   "betalen", "terugbetalen", "overmaken"})
_PLAIN = frozenset({"ik", "'k", "k", "me", "mij", "mn", "maar", "mor", "dood", "kapot", "rot", "echt", "zo", "wel",
                    "een", "beetje", "wat", "heel", "erg", "eigenlijk", "best", "toch", "mo"})
_MONEY = re.compile(r"^(?:\d+[\d.,]*|€\d*|euro|eur|geld|centen|cash|huur|rekening|factuur|termijn|termijnen|bedrag)$")


def shame_over_loan(an) -> None:
    """Each honest clause 'ik schaam me er (echt) voor' next to a request to borrow money becomes an apology."""
    d = an.d
    if not loan_asked(an):
        return
    for c in an.clauses:
        words = [d.word(i) for i in d.content(c.a, c.b)]
        if c.role == "staat" and _SHAME & set(words) and (_POINTS & set(words) or _bare(words)) and len(words) <= 8:
            c.role, c.kind = "wrap", "excuus"


def loan_asked(an) -> bool:
    """A request in the draft asks to borrow money ('Kun je me 200 euro lenen tot maart?')."""
    return any(c.role == "vraag" and _asks_money([an.d.word(i) for i in an.d.content(c.a, c.b)]) for c in an.clauses)


def _bare(words: list[str]) -> bool:
    """'…, maar ik schaam mij dood': shame with no object at all, tied by 'maar' to the loan asked, is about the
    asking too (round 50, k50a: p49-035's gold drops it and keeps the promise to pay back); 'Ik schaam me zo.' on its
    own stays the honest sentence (the older golds keep it: t10k-065, x32a-010)."""
    return words[:1] in (["maar"], ["mor"], ["mo"]) and set(words) <= _SHAME | _PLAIN


def _asks_money(words: list[str]) -> bool:
    return bool(_LOAN & set(words)) and any(_MONEY.match(w) for w in words)
