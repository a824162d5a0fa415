"""Where an apology in front ends in a line typed without stops (round 29, k29a).

'dag dokter sorry voor de late sms mijn zoontje heeft al 3 dagen koorts boven de 39 kunt ge vandaag nog
langskomen': the apology ran on over the fact the ask rests on ('sorry voor de late sms mijn zoontje heeft …' was one
apology, dropped whole), and 'sorry voor de laatste minuut mijn dochter is ziek kunt u …' even gave 'Ziek, kunt u
…?'. An apology that opens its clause ('sorry voor' and a noun phrase, 'sorry dat ik stoor') is closed; a
possessive or article with a noun and a finite verb right after it ('mijn zoontje heeft', 'de lift is', 'ons
Lien ligt') begins a clause of its own. Not when the noun phrase goes on ('sorry voor de overlast van mijn hond'),
nor when 'sorry dat' has no verb yet ('sorry dat mijn zoon …' is the apology's own clause).
"""

from __future__ import annotations

_APOLOGY = frozenset({"sorry", "sorryy", "sory", "sorrie", "excuus", "excuses", "pardon"})
_OPENS = frozenset({"mijn", "m'n", "mn", "ons", "onze", "de", "het", "'t", "men"})
_SUBJECTS_OF_DAT = frozenset({"ik", "'k", "k", "we", "wij", "je", "jij", "ge", "gij"})


def trimmed(d, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The apology phrases found ('sorry voor *' runs on to the clause's end), each cut where a clause of its own
    begins inside it, so that the clause cutting may split there (clauses.py)."""
    out = []
    for i0, i1 in found:
        cut = next((i for i in range(i0 + 3, i1) if opens_after_apology(d, i, i0)), None)
        out.append((i0, cut) if cut is not None else (i0, i1))
    return out


def opens_after_apology(d, i: int, cur: int) -> bool:
    """Token i of the Draft opens a clause after an apology that opens at or after `cur`."""
    if not d.is_word(i) or d.word(i) not in _OPENS or i + 2 >= d.n:
        return False
    first = next((k for k in range(cur, i) if d.is_word(k) and d.word(k) in _APOLOGY), None)
    if first is None or first + 2 >= i or any(d.is_word(k) and d.word(k) not in _APOLOGY and k < first
                                              for k in range(cur, first)):
        return False  # only an apology that opens its clause (after a greeting clause of its own)
    finite = d.lex.finite
    if not any(d.is_word(k) and d.word(k) in finite for k in (i + 2, i + 3) if k < d.n):
        return False  # 'mijn zoontje heeft', 'mijn oudste zoon heeft'
    if any(d.word(k) in ("van", "met", "die", "dat") for k in (i + 1,) if d.is_word(k)):
        return False
    if d.is_word(i - 1) and d.word(i - 1) in d.lex.prepositions:
        return False  # 'sorry voor de overlast van | mijn hond': the noun phrase goes on
    link = d.word(first + 1)
    if link == "voor":
        return not any(d.is_word(k) and d.word(k) in finite for k in range(first + 2, i))  # 'voor de late sms'
    if link == "dat":
        words = [d.word(k) for k in range(first + 2, i) if d.is_word(k)]
        return bool(words) and words[0] in _SUBJECTS_OF_DAT and _closed_by_verb(d, first + 2, i)
    return False


def _closed_by_verb(d, a: int, b: int) -> bool:
    """'dat ik stoor', 'dat ik zo laat stuur': the subordinate clause ends on its verb (a word that ends like
    one: the lexicon's finite forms, or a first-person stem of three letters or more before the new subject)."""
    last = next((k for k in range(b - 1, a - 1, -1) if d.is_word(k)), None)
    if last is None or last == a:
        return False
    w = d.word(last)
    return w in d.lex.finite or (len(w) >= 4 and w.endswith(("r", "d", "t", "k", "p", "f", "s")) and w[-2:] != "ig")
