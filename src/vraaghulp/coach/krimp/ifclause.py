"""Flemish 'moest'/'mocht' after a request: 'if', a condition that carries meaning, or a way out.

'kunde gij de hond uitlaten morgen moest ik niet op tijd thuis zijn' asks only for that case: the
clause is cut off from the request (segment.py) and kept as its condition (clauses.py), like 'als ik
niet op tijd thuis ben'. 'moest hij tijd hebben', 'mocht het niet lukken' are ways out and go, as
'moest ge tijd hebben' does (its own wrapper phrase).
"""

from __future__ import annotations

from .lexicon import YOU
from .verbs import is_infinitive, lead_at
from .wordsets import ASK_MODALS

IF_WORDS = frozenset({"moest", "mocht"})
_SUBJECTS = frozenset({"ik", "'k", "k", "we", "wij", "het", "er", "ze", "zij", "hij", "ge", "gij", "je", "u", "mijn", "da", "dat"})


def flemish_if(an, i: int, cur: int, first: int) -> bool:
    """Token i ('moest', 'mocht') with its subject after it begins a condition: the clause before it
    (from cur, its first meaningful token `first`) is a request with an infinitive. 'ik moest …',
    'toen moest ik naar huis' (a past) have no request or infinitive before it."""
    d = an.d
    if i - cur < 3 or i + 1 >= d.n or d.word(i + 1) not in _SUBJECTS or not d.is_word(i - 1):
        return False
    if d.word(i - 1) in d.lex.subjects or first < 0 or lead_at(d, first) is None:
        return False
    return any(is_infinitive(d.lex, d.word(k)) and d.word(k) not in d.lex.not_infinitive for k in range(cur + 2, i))


def way_out(d, toks: list[int]) -> bool:
    """'moest hij tijd hebben', 'mocht het niet lukken': a way out, not a condition ('op tijd' is a time)."""
    words = [d.word(i) for i in toks]
    found = set(words) & d.lex.escape_words
    if "tijd" in found and any(w == "op" and n == "tijd" for w, n in zip(words, words[1:])):
        found.discard("tijd")
    return bool(found)


def condition_after_ask(an, c, toks: list[int]) -> bool:
    """The clause comes after a request in its own sentence and is no way out; or it comes right before
    one, its subject not the reader ('moest het sneeuwen, kunt ge dan …')."""
    if condition_before_ask(an.d, c, toks):
        return True
    return not way_out(an.d, toks) and any(x.sent == c.sent and x.b <= c.a and x.role == "vraag" for x in an.clauses)


_READER = YOU | {"gullie"}
# The request right after the condition: a modal or 'zoudt', verb first.
_ASK = ASK_MODALS


def condition_before_ask(d, c, toks: list[int]) -> bool:
    """'Moest mijn trein vertraging hebben, kunt ge dan Lore halen?' asks only for that case, like 'Als
    mijn trein …, kun je dan …': clause c opens with 'moest'/'mocht' and a subject that is not the reader
    ('moest ge tijd hebben' is a hatch, 'mocht je langs de bakker komen' a trip, occasion.py), holds no
    hatch word, and its sentence goes on with a request, verb first. No question of its own."""
    if len(toks) < 3 or d.word(toks[0]) not in IF_WORDS or d.word(toks[1]) in _READER or way_out(d, toks):
        return False
    nxt = c.b
    while nxt < d.n and not d.is_word(nxt):
        nxt += 1
    return nxt < d.n and d.sentences_of(nxt) == d.sentences_of(toks[0]) and d.word(nxt) in _ASK
