"""A consequence after the request: what goes wrong without it ('Anders kan ik er niet in.').

It stays with the request as a sentence of its own, and it is a statement: the '?' of the draft's
sentence was the request's ('… geven want anders kan ik er niet in?' -> '… geven? Anders kan ik er
niet in.').
"""

from __future__ import annotations

from .lexicon import YOU, lexicon
from .otherwise import verb_second
from .states import NEGATIONS
from .verbs import is_infinitive


def is_consequence(words: list[str]) -> bool:
    """'Anders kan ik er niet in.', 'anders pikken de meeuwen ze open': what goes wrong without it
    (an escape hatch, 'anders doe ik het zelf wel', is a wrapper and never gets here; 'anders kun je
    ook …' offers another way)."""
    words = verb_second(words) or words
    if words[:1] != ["anders"] or len(words) > 14:
        return False
    if words[1:2] in (["moet"], ["moeten"]) and words[2:3] in (["ik"], ["'k"], ["we"], ["wij"]) and not (_FINE - {"zelf"} | _RESIGNED) & set(words) \
            and is_infinitive(lexicon(), words[-1]):  # the whole clause, up to its verb ('… het | maar laten' is cut)
        return True  # 'Anders moet ik het hout zelf voorschieten.': what it costs the writer, not a way out
    if words[1:2] in (["moet"], ["moeten"], ["zal"]) and words[2:3] in (["het"], ["dat"], ["'t"]) \
            and (len(words) == 3 or "maar" in words[3:5]):  # the clause may end where 'maar' was cut off (segment.py)
        return False  # 'Anders moet het maar vrijdag.': then it will have to be Friday, a way out (round 33, k33b)
    if len(words) > 10 or _FINE & set(words):
        return False  # 'anders is het ook prima', 'anders vraag ik het wel iemand anders': an escape hatch in other words
    if {"ik", "'k", "k", "we", "wij"} & set(words[1:4]):
        return bool(NEGATIONS & set(words))  # 'anders kan ik die bon ni bestellen' (not 'anders zie ik wel')
    return not YOU & set(words[1:4]) and bool(_SUBJECTS_AFTER & set(words[1:4]))


# A negation alone is no escape hatch: 'anders kunnen ze ni meedoen', 'anders kloppen de cijfers niet' say
# what goes wrong; these words make 'anders …' a way out ('anders is het ook niet erg', 'anders geen probleem').
_FINE = frozenset({"prima", "goed", "oke", "ok", "ook", "erg", "probleem", "niks", "zelf", "iemand", "wel", "nieuwe", "andere"})
# 'anders moet ik het maar laten': the writer gives it up, an escape hatch.
_RESIGNED = frozenset({"maar", "laten", "overslaan", "afzeggen", "wachten"})
_SUBJECTS_AFTER = frozenset({"de", "het", "die", "dat", "hij", "zij", "ze", "mijn", "onze", "zijn", "haar", "hun", "'t", "t"})


def consequence_after_ask(an, c) -> bool:
    """Clause c says 'anders' + verb + 'ik'/'het' … in the same sentence as a request: a statement."""
    d = an.d
    words = [d.word(i) for i in d.content(c.a, c.b) if d.is_word(i)]
    while words and words[0] in d.lex.reasons:
        words = words[1:]
    words = verb_second(words) or words
    if len(words) < 3 or words[0] != "anders" or words[2] not in _STATEMENT_SUBJECTS:
        return False
    return any(x.role == "vraag" and x.sent == c.sent for x in an.clauses)


_STATEMENT_SUBJECTS = frozenset({"ik", "'k", "we", "wij", "het", "dat", "de", "mijn"})
