"""What the request carries from the sentences around it: facts about its object or its moment that
stand in a clause of their own next to it, and that the reader needs to do the ask.

- how many there are: 'Kun je de stoelen naar de zaal brengen? Het zijn er twaalf.' (a count said
  apart from the object: the count stays, as its own short sentence);
- what the writer pays for it: '… mijn heg snoeien? Ik geef je er 20 euro voor.' (an amount offered
  in return is part of the deal, not padding);
- when the writer is away: '… op de kat passen? Wij zijn weg van maandag tot donderdag.';
- when the writer cannot: 'Kun je me vandaag terugbellen? Na vier uur kan ik niet.' (a limit on the
  moment, said as what the writer cannot do then);
- when it must be done: '… mijn cv nalezen? De deadline is vrijdag.', 'Het moet voor de 15de binnen zijn.'.

Each is a short clause without a reason word in front; ``extras.constraints`` keeps it after the
request. Only the draft's own words: nothing is folded into the request here.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .wordsets import NEGATIONS, WRITER
from .states import PAST
from .verbs import is_infinitive
from .assemble import has_moment

_COUNTS = frozenset({"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
                     "vijftien", "twintig", "dertig", "veertig", "vijftig", "honderd", "paar", "stuk"})
_POINTERS = frozenset({"het", "'t", "t", "dat", "da", "die"})
_PAYS = frozenset({"betaal", "geef", "krijgt", "krijg", "betalen", "geven"})
MONEY = frozenset({"euro", "eur", "euros"})
_MONEY = MONEY | {"€", "centen", "ballen"}


def carried(an, c, words: list[str], timed: bool) -> bool:
    """The clause is a fact the request needs: a count, a payment, when the writer cannot, or a deadline."""
    if not words or len(words) > 8 or c.role not in ("tekst", "beperking", "voorwaarde"):
        return False
    if words[0] in ("maar", "en"):
        words = words[1:]
    if _writer_cannot(an, words) or _away(an, words):
        return True
    return _count(words) or _payment(words) or (timed and (_cannot_then(an, words) or _deadline(an, words)))


_BE = frozenset({"ben", "zijn", "zijt", "zitten", "zit"})


def _away(an, words: list[str]) -> bool:
    """'wij zijn weg van maandag tot donderdag', 'ik ben er tot vrijdag niet': when the writer is away, said with
    the writer first and the day it ends ('tot …'): the span the ask is for (contract point 3)."""
    if len(words) < 4 or words[0] not in WRITER or words[1] not in _BE or "tot" not in words[2:]:
        return False
    k = words.index("tot", 2)
    if not has_moment(an.d.lex, " ".join(words[k + 1:k + 3])) or not ("weg" in words or NEGATIONS & set(words)):
        return False
    return not _one_day_asked(an)  # '… zaterdag mijn kat eten geven? Ik ben weg tot zondag.': the day says it all


def _one_day_asked(an) -> bool:
    """The request names one day of its own ('zaterdag', 'morgen'), not a span ('volgende week', 'vanaf morgen')."""
    d = an.d
    main = getattr(an, "main", None) or []
    spans = [d.raw(i0, i1) for i0, i1 in an.moments if any(c.a <= i0 < c.b for c in main)]
    return any(_ONE_DAY.search(fold(t)) and not _SPAN.search(fold(t)) for t in spans)


_ONE_DAY = re.compile(r"\b(?:vandaag|morgen|overmorgen|vanavond|vannacht|vanmiddag|(?:maan|dins|woens|donder|vrij|zater|zon)dag)")
_SPAN = re.compile(r"\b(?:week|weekend|maand|vanaf|tot|van)\b")


def _count(words: list[str]) -> bool:
    """'het zijn er vier', 't zijn er wel 6', 'dat zijn 3 dozen': how many of the object there are."""
    if len(words) < 3 or words[0] not in _POINTERS or words[1] not in ("zijn", "zijnt"):
        return False
    rest = words[2:]
    return any(w in _COUNTS or w.isdigit() for w in rest[:4]) and ("er" in rest[:2] or rest[0].isdigit() or rest[0] in _COUNTS)


def _payment(words: list[str]) -> bool:
    """'ik betaal je er 15 euro voor', 'je krijgt 10 euro van mij': an amount offered in return."""
    has_amount = any(w[:1].isdigit() for w in words) and (bool(_MONEY & set(words)) or any("€" in w for w in words))
    if not has_amount or not _PAYS & set(words):
        return False
    return bool(WRITER & set(words[:2])) or words[:2] in (["je", "krijgt"], ["jij", "krijgt"], ["ge", "krijgt"], ["u", "krijgt"])


def _deadline(an, words: list[str]) -> bool:
    """'De deadline is 1 maart.', 'Het moet voor de 30ste binnen zijn.': when the thing asked for must be done."""
    if "deadline" in words[:3]:
        return True
    lex = an.d.lex
    return words[0] in _POINTERS | {"hij", "ze", "zij"} and bool({"moet", "moeten"} & set(words[1:3])) \
        and bool((set(lex.deadline_verbs) | {"binnen", "klaar", "af", "ingediend", "ingeleverd"}) & set(words[2:]))


def _cannot_then(an, words: list[str]) -> bool:
    """'Na 14:00 kan ik niet', 'voor tien uur ben ik er ni': a moment in front and the writer who cannot then;
    also the writer first: 'Ik kan niet voor de middag.', ''k kan pas na vieren komen.'."""
    lex = an.d.lex
    if words[0] not in lex.prepositions or len(words) > 7:
        return False
    return bool(NEGATIONS & set(words)) and bool(WRITER & set(words[1:6])) and "geen" not in words


_CAN = frozenset({"kan", "kun", "kunnen"})
_NOT_OR_ONLY = frozenset({"niet", "ni", "nie", "pas"})
_TIME_PREP = frozenset({"voor", "vóór", "na", "om", "vanaf", "tegen", "rond", "tussen", "tot"})


_HOURS = frozenset({"enen", "tweeën", "drieën", "vieren", "vijven", "zessen", "zevenen", "achten", "negenen", "tienen",
                    "elven", "twaalven", "middag", "ochtend", "avond", "namiddag", "voormiddag", "lunch", "middageten"})


def time_limit(an, words: list[str]) -> bool:
    """'Het komt pas na drie uur.', 'ik ben er niet voor tienen': a limit on when (a 'pas' or a negation, a time
    preposition, a moment) that a sure result may not drop quietly (guard.py)."""
    if len(words) > 10 or PAST & set(words):
        return False
    for k in range(len(words) - 2):
        if words[k] in _NOT_OR_ONLY and words[k + 1] in _TIME_PREP:
            if _timed(an, words[k + 1:k + 4]):
                return True
    return False


def _timed(an, tail: list[str]) -> bool:
    """'voor de middag', 'na 14:00', 'om vieren': a moment, a clock number or an hour word."""
    return has_moment(an.d.lex, " ".join(tail)) or any(w[:1].isdigit() or w in _HOURS for w in tail)


def _writer_cannot(an, words: list[str]) -> bool:
    """'ik kan niet voor de middag', 'we kunnen pas om drie uur', ''k kan pas na vieren komen': when the writer
    can, a limit on the ask's moment (contract point 3), said with the writer first."""
    if len(words) < 4 or len(words) > 8 or words[0] not in WRITER or words[1] not in _CAN:
        return False
    if words[2] not in _NOT_OR_ONLY or words[3] not in _TIME_PREP or "geen" in words:
        return False
    return _timed(an, words[3:6])


def with_marks(d, toks: list[int]) -> list[int]:
    """A noun phrase with the brackets and signs inside it ('mijn factuur (€ 2.310)'), when it is one stretch."""
    span = range(toks[0], toks[-1] + 1)
    words = [i for i in span if d.is_word(i)]
    if words != toks or not all(d.tok_text(i) in "()€%" for i in span if not d.is_word(i)):
        return toks
    end = toks[-1] + 1
    opened = sum(d.tok_text(i) == "(" for i in span) - sum(d.tok_text(i) == ")" for i in span)
    if opened > 0 and end < d.n and d.tok_text(end) == ")":
        return list(range(toks[0], end + 1))  # '… werk (€ 2.310': its closing bracket too
    close = next((k for k in range(end, min(d.n, end + 5)) if d.tok_text(k) == ")"), None)
    if end < d.n and d.tok_text(end) == "(" and close and any(d.tok_text(k)[:1].isdigit() for k in range(end, close)):
        return list(range(toks[0], close + 1))  # 'mijn factuur (€ 2.310)': the amount in brackets after it
    return list(span)


def is_amount(first: str, second: str) -> bool:
    """Two words that make an amount of money: '€ 1.350', '1.350 euro'."""
    return (first == "€" and second[:1].isdigit()) or (first[:1].isdigit() and second in MONEY)


def numbered(an, toks: list[int], k: int) -> list[int]:
    """A noun with its own number right after it ('factuur 2024-088', 'order 23/117'), with 'van' and an
    amount after that; a conjunction 'dat' in front is no article. [] when there is none."""
    d = an.d
    k += d.word(toks[k]) in ("dat", "da") and k + 2 < len(toks)
    if k + 1 >= len(toks) or toks[k + 1] != toks[k] + 1:
        return []
    w, code = d.word(toks[k]), d.word(toks[k + 1])
    lex = d.lex
    if not (w.isalpha() and len(w) > 3 and w not in lex.prepositions and w not in lex.finite and w not in lex.fillers
            and not is_infinitive(lex, w)) or not (code[:1].isdigit() and any(ch in code for ch in "/-")):
        return []
    out = toks[k:k + 2]
    rest = [d.word(i) for i in toks[k + 2:k + 5]]
    if rest[:1] == ["van"] and len(rest) == 3 and is_amount(rest[1], rest[2]):
        out += toks[k + 2:k + 5]
    return out
