"""The code or number the reader must use, said in a sentence of its own just before the ask (round 32, k32d):
'De code van het sleutelkastje naast de voordeur is 4471. Wil je … de planten water geven?', 'Mijn dossiernummer is
2024-0815. Kunt u mij laten weten …?'. Without it the reader cannot do what is asked (get in, find the file): the
sentence stays. detail_after.py keeps such a code said after the ask.

Only a short sentence of one clause (at most MAX content words), one of the two sentences before the ask's, with a word that ends in
'code' or 'nummer' (or 'wachtwoord') and a token of at least three digits the ask does not hold itself. Not a
telephone number (x32a-024's 'Ik heb een nieuw nummer: …' is kept by the reference of the ask) and not a sum of money.
"""

from __future__ import annotations

MAX = 14  # content words
_ENDS = ("code", "nummer", "wachtwoord")
_EDGES = frozenset({"groet", "afsluiting", "leeg", "naam"})
_NOT = frozenset({"telefoonnummer", "gsm-nummer", "gsmnummer", "rekeningnummer", "huisnummer"})


def code_before(an, c, main) -> bool:
    """Clause c, which would go as a whole, gives the code or number the ask needs."""
    if not main or c.role != "tekst" or not main[0].sent - 2 <= c.sent < main[0].sent:
        return False
    if any(o.sent == c.sent and o is not c and o.role not in _EDGES for o in an.clauses):
        return False  # 'De code van mijn kluisje is 3345 en die vergeet ik altijd.': not a sentence of its own
    d = an.d
    toks = d.content(c.a, c.b)
    words = [d.word(i) for i in toks]
    if not words or len(words) > MAX or "euro" in words:
        return False
    if not any(w.endswith(_ENDS) and w not in _NOT for w in words):
        return False
    codes = [d.tok_text(i) for i in toks if sum(ch.isdigit() for ch in d.tok_text(i)) >= 3]
    asked = {d.tok_text(i) for m in main for i in d.content(m.a, m.b)}
    return bool(codes) and not asked.intersection(codes)
