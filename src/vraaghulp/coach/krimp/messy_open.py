"""The name addressed inside a messy opening, where no comma sets it apart (round 30, k30a).

- 'ja hey Youssef eh ik stuur …', 'allee ja seg Fien euh ik weet …', 'Buurvrouw Rita eh sorry …': at the very
  start of the message, after only greetings and interjections, a capitalised name (or a title or family word
  with one: 'Tante Lucia') with a hesitation right after it;
- 'Tante Lucia mi e begi yu, …': the same with a Sranan plea after it ('mi e begi yu', 'mi begi yu');
- 'ik wil gene ruzie maken eh Koen, echt ni.': a capitalised name right after a hesitation that closes the
  first clause of the message (a comma or a full stop after it), not after a preposition or an article
  ('ik heb het aan eh Koen gevraagd').

Not a name the ask is about ('ja eh Lisa zei dat …': a verb after it), a brand or a place ('hey eh Albert Heijn
heeft …'): only a hesitation, the plea or the end of the clause may follow the name.
"""

from __future__ import annotations

from .names import DETERMINERS, name_cased, name_like, vocative_word
from . import caller_intro, time_front

_HESITATIONS = frozenset({"eh", "euh", "ehm", "uh", "uhm", "ehh", "euhm", "hmm"})
_LEAD = frozenset({"ja", "jaa", "nee", "allee", "allez", "awel", "seg", "zeg", "oke", "ok", "ow", "oei", "yo", "jo"})
# after the hesitation, a word that goes on about the one just named: 'Tante Els eh die ligt …', 'Gent eh daar …'
_TOPIC = frozenset({"die", "dat", "da", "daar", "dan", "toen", "ze", "zij", "hij", "het", "is", "zei", "heeft", "zit", "ligt"})
_PLEA = (("mi", "e", "begi", "yu"), ("mi", "begi", "yu"), ("mi", "e", "begi", "u"))


def opening_name(an):
    """(the name's tokens, None) or None; the clause that holds the name, if kept, starts after it."""
    return _leading(an) or _after_hesitation(an)


def _leading(an):
    d = an.d
    i, skipped = 0, 0
    while i < d.n and skipped < 5:
        if not d.is_word(i):
            return None
        if i in an.starts["groet"]:
            i, skipped = an.starts["groet"][i], skipped + 1
        elif d.word(i) in _LEAD or d.word(i) in _HESITATIONS:
            i, skipped = i + 1, skipped + 1
        else:
            break
    for size in (2, 1):
        toks = list(range(i, i + size))
        if toks[-1] + 1 >= d.n or not all(d.is_word(k) for k in toks) or not _capital_name(an, toks) \
                or time_front.not_a_name(d, toks, toks[-1] + 1):
            continue
        end = _after_name(d, toks[-1] + 1)
        if end is not None:
            _start_after(an, toks[0], end)
            return toks, None
    return None


def _capital_name(an, toks: list[int]) -> bool:
    """'Youssef', 'Tante Lucia', 'Buurvrouw Rita': capitalised, and the last word a name."""
    d = an.d
    last = toks[-1]
    if not name_cased(d.tok_text(last)) or not vocative_word(an, last, relaxed=False) or d.word(last) in d.lex.relations:
        return False
    if len(toks) == 1:
        return True
    return (d.word(toks[0]) in d.lex.relations or d.word(toks[0]) in d.lex.formal) and name_like(an, toks)


def _after_name(d, k: int) -> int | None:
    """Where the opening goes on after the name: past a hesitation or a Sranan plea; None if neither follows."""
    if d.is_word(k) and d.word(k) in _HESITATIONS:
        nxt = k + 1
        return None if nxt < d.n and d.is_word(nxt) and d.word(nxt) in _TOPIC else nxt
    intro = caller_intro.intro_end(d, k)  # 'hoi Karin met mij euh …', 'mevrouw Peeters het is hier Steven …'
    if intro is not None:
        return intro
    for plea in _PLEA:
        end = k + len(plea)
        if end <= d.n and all(d.is_word(j) and d.word(j) == w for j, w in zip(range(k, end), plea)):
            return end
    return None


def _after_hesitation(an):
    d = an.d
    first = d.sentences[0] if d.sentences else None
    if first is None:
        return None
    for k in range(first[0] + 2, min(first[1], d.n)):
        prev = k - 1
        if not (d.is_word(prev) and d.word(prev) in _HESITATIONS and d.is_word(prev - 1)):
            continue
        before = d.word(prev - 1)
        if before in DETERMINERS or before in d.lex.prepositions or prev - 1 in an.starts["groet"]:
            continue
        closes = k + 1 >= d.n or d.tok_text(k + 1) in (",", ".", "!")
        if closes and name_cased(d.tok_text(k)) and vocative_word(an, k, relaxed=False) \
                and d.word(k) not in d.lex.relations and not time_front.not_a_name(d, [k], k + 1):
            return [k], None
    return None


def _start_after(an, name: int, end: int) -> None:
    """The clause that holds the name, if kept, starts after the name and its hesitation."""
    for c in an.clauses:
        if c.a <= name < c.b and c.start <= name:
            c.start = min(end, c.b)
