"""The moment someone comes goes with the ask to let them in (round 35, k35e).

'De loodgieter komt donderdag tussen 8 en 10 voor de lekkende kraan en ik moet werken. Zoudt gij hem willen
binnenlaten?' -> 'Wilt gij donderdag tussen 8 en 10 de loodgieter binnenlaten?': when the thing filled in for the ask's
pronoun is the subject of a verb of coming ('komt', 'komen', 'arriveert', 'passeert') with a moment right after that verb,
and the ask names no moment of its own, that moment is when the ask happens. Only the one moment right after the verb
('komt om 13u'); a moment elsewhere in that sentence ('ik moet morgen werken') is another thing's.
"""

from __future__ import annotations

from .assemble import add_moment, has_moment, pieces_text

_NOT = frozenset({"niet", "ni", "nie", "nooit", "geen", "meer"})
COMING = frozenset({"komt", "komen", "arriveert", "arriveren", "passeert", "passeren", "langskomt", "belt", "levert"})


def arrival_moment(an, req, main) -> bool:
    """Put the moment of the filled-in subject's coming into the ask; True when one was put in."""
    d = an.d
    if req.form != "vraag" or has_moment(d.lex, pieces_text(req.pieces)):
        return False
    inside = {i for c in main for i in range(c.a, c.b)}
    filled = sorted(i for p in req.pieces for i in p.toks if i not in inside and d.is_word(i))
    if not filled or filled != list(range(filled[0], filled[0] + len(filled))) and not _words_only(d, filled):
        return False
    verb = filled[-1] + 1
    if verb >= d.n or not d.is_word(verb) or d.word(verb) not in COMING:
        return False
    span = next(((i0, i1) for i0, i1 in an.moments if i0 == verb + 1 or (i0 == verb + 2 and d.word(verb + 1) == "ook")), None)
    if span is None or not d.raw(*span).strip():
        return False
    end = d.sentences[d.sentences_of(verb)][1]
    if {d.word(i) for i in range(span[1], min(end, span[1] + 3)) if d.is_word(i)} & _NOT:
        return False  # 'De monteur komt morgen niet.': no moment of the ask
    return add_moment(an, req, d.raw(*span).strip())


def _words_only(d, toks: list[int]) -> bool:
    return all(d.is_word(i) or not d.tok_text(i).strip() for i in range(toks[0], toks[-1] + 1))
