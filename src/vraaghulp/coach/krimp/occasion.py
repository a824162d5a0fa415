"""An occasion the request rides on: 'als je zondag (toch) komt, kun je dan … meenemen', 'wil jij
zaterdag als je toch naar de stad gaat voor oma wat meenemen'.

The condition only names the visit or the trip that happens anyway; what matters in it is its
moment. A careful writer sends 'Kun je zondag … meenemen?': the condition goes, its moment moves
into the request (where a moment goes, see assemble.moment_slot), and the 'dan' pointing back at
it goes. Only when the condition has the person addressed as subject, ends in a verb of coming or
going (``[voorwaarde] gelegenheid``), says little more than the visit, and the request gets a
moment from it or has one ('toch', "anyway", then marks the trip); without a moment the occasion
is the only 'when' the request has, and it stays ('kun je als je toch naar de markt gaat …').
"""

from __future__ import annotations

from .lexicon import YOU
from .pieces import Piece, tok_piece


def occasion_moment(an, prefix: list[Piece]) -> list[Piece] | None:
    """The moment of an occasion condition in front of the request (the pieces to move, maybe
    none), or None when the part in front is not one."""
    words = [p for p in prefix if p.norm and any(ch.isalnum() for ch in p.text)]
    if len(words) < 4 or words[0].word not in ("als", "wanneer") or words[1].word not in YOU:
        return None
    if not _occasion_verb(an, words[-1]):
        return None
    return _judge(an, words, timed=False)


def cut_occasion(an, pieces: list[Piece], front: int, timed: bool) -> tuple[list[Piece], list[Piece] | None]:
    """An occasion put inside the request after its front: (the request without it, its moment)."""
    for k0 in range(front, len(pieces) - 2):
        if pieces[k0].word not in ("als", "wanneer") or pieces[k0 + 1].word not in YOU:
            continue
        k1 = next((k for k in range(k0 + 2, min(len(pieces), k0 + 10)) if _occasion_verb(an, pieces[k])), None)
        if k1 is None or k1 + 1 >= len(pieces):
            return pieces, None  # nothing of the request after it: leave it
        if pieces[k1].word in VISIT or pieces[k1].norm in VISIT:
            return pieces, None  # 'wil je als je zondag komt … kijken': the ask holds for that visit only (round 37)
        moved = _judge(an, [p for p in pieces[k0:k1 + 1] if any(ch.isalnum() for ch in p.text)], timed)
        if moved is None:
            return pieces, None
        end = k1 + 1
        while end < len(pieces) and pieces[end].text == ",":
            end += 1
        start = k0
        while start > front and pieces[start - 1].text == ",":
            start -= 1
        return pieces[:start] + pieces[end:], moved
    return pieces, None


# The reader's visit to the writer ('als je zondag komt', 'als ge na school langskomt'), said inside the ask: the ask
# holds for that visit only, and the outside golds keep it there (round 37, k37a: `tools/krimp_rests_on.py
# --gelegenheid`, outside files: all golds keep it in 13 of 15 drafts, h24b-039 drops it, h32b-038 splits; h36b-004
# lost it while sure). A trip the reader makes anyway ('als je toch naar de stad gaat') is still cut to its moment, and
# the result is not sure (occasion_kept.py): the outside golds keep it (6 of 7), the engine's own authors drop it.
VISIT = frozenset({"komt", "kom", "komen", "langskomt", "langs komt", "terugkomt", "komt langs", "binnenspringt",
                   "passeert"})


def _occasion_verb(an, piece: Piece) -> bool:
    lex = an.d.lex
    return piece.word in lex.occasion_verbs or piece.norm in lex.occasion_verbs


def _judge(an, words: list[Piece], timed: bool) -> list[Piece] | None:
    """The moment pieces (maybe none) when these words are an occasion, else None.
    timed: the rest of the request has a moment of its own."""
    d = an.d
    lex = d.lex
    toks = {i for p in words for i in p.toks}
    spans = [(i0, i1) for i0, i1 in an.moments if i0 in toks and all(i in toks for i in range(i0, i1))]
    if len(spans) > 1 or (not spans and not (timed and any(p.word == "toch" for p in words))):
        return None
    inside = set(range(*spans[0])) if spans else set()
    rest = [p for p in words[2:-1] if not set(p.toks) & inside]
    other = [p.word for p in rest if p.word not in lex.occasion_fill and p.word not in lex.prepositions and p.word not in ("de", "het")]
    if len(other) > 1 or any(p.text[:1].isupper() for p in rest):
        return None  # 'als je zondag met de auto naar oma gaat', 'als ge naar de Delhaize gaat': more than the visit, it stays
    return [tok_piece(d, i) for i in sorted(inside)]


_IF_YOU = frozenset({"moest", "mocht"})
_PLACE = frozenset({"naar", "langs", "bij", "in", "op", "voorbij", "richting", "door"})
_NO_PLACE = frozenset({"tijd", "zin", "goesting", "staat", "gemak", "dreef", "weg", "de hoogte", "de gelegenheid",
                       "de mogelijkheid", "de stemming", "de mood", "het geval"})


def names_a_trip(d, i0: int, i1: int) -> bool:
    """The hatch match i0..i1 is 'mocht je / moest ge …' about a place the other goes anyway ('mocht je langs
    de bakker komen', 'moest ge naar den Aldi gaan', 'mocht u dinsdag in Zwolle zijn'): a condition that says
    what the request rides on, never an escape hatch ('mocht je tijd hebben', 'moest ge er zin in hebben')."""
    words = [d.word(i) for i in range(i0, i1) if d.is_word(i)]
    if len(words) < 4 or words[0] not in _IF_YOU or words[1] not in YOU:
        return False
    pairs = [f"{a} {b}" for a, b in zip(words[3:], words[4:])] + [""]
    return any(w in _PLACE and nxt not in _NO_PLACE and two not in _NO_PLACE and prev not in _NO_PLACE
               for prev, w, nxt, two in zip(words[1:], words[2:], words[3:], pairs))  # not 'zin in hebben'
