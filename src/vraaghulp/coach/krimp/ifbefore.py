"""Flemish 'moest'/'mocht' before a request: 'if', a condition that carries meaning.

'Moest mijn trein vertraging hebben, kunt ge dan Lore halen?' asks only for that case, like 'Als mijn
trein vertraging heeft, kun je dan …'. The clause is no question ('mocht de monteur komen?') and no
way out: 'moest ge tijd hebben', 'mocht het niet lukken' stay hatches (their own phrases, ifclause.py).
Only a subject other than the reader counts ('moest het sneeuwen', 'mocht de klant bellen'): with 'ge',
'je' or 'u' the clause is a hatch or the trip a request rides on (occasion.py).
"""

from __future__ import annotations

from .ifclause import IF_WORDS, way_out

_READER = frozenset({"ge", "gij", "je", "jij", "u", "jullie", "gullie"})
# The request right after the condition: a modal or 'zoudt', verb first.
_ASK = frozenset({"kunt", "kun", "kan", "kunde", "zoudt", "zou", "wilt", "wil", "wilde", "moogt", "mag", "kunnen", "zouden"})


def _next_word(d, i: int) -> int:
    """The first word token at or after i (d.n when there is none)."""
    while i < d.n and not d.is_word(i):
        i += 1
    return i


def condition_before_ask(d, c, toks: list[int]) -> bool:
    """Clause c ('moest het deze nacht sneeuwen') opens with 'moest'/'mocht' and a subject that is not the
    reader, holds no hatch word, and the same sentence goes on with a request, verb first."""
    if len(toks) < 3 or d.word(toks[0]) not in IF_WORDS or d.word(toks[1]) in _READER:
        return False
    if way_out(d, toks):
        return False
    nxt = _next_word(d, c.b)
    return nxt < d.n and d.sentences_of(nxt) == d.sentences_of(toks[0]) and d.word(nxt) in _ASK
