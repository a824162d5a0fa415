"""A moment said in a sentence of its own after the ask is never lost from the offer (round 38, k38c).

- ``preferred``: a sentence whose only new content is a moment the writer prefers ('Zaterdag past mij het best',
  'Zaterdagmiddag zou mij goed uitkomen', 'Maandag zou ideaal zijn', 'Vrijdag is prima'): only the moment moves
  into the ask (``assemble.moment_alone``), never the whole sentence ('Kun je me zaterdag past mij het best
  helpen …'), as the outside gold of v4a-030 does ('Kevin, kun je mij zaterdagmiddag uitleggen …');
- ``back_after``: the sure path moved a moment from a sentence after the ask into the question and a check then
  sent the result to the not-sure path (the writer's own request, which holds no moment): that sentence stays after
  the question, as the not-sure offer cuts only what surely goes;
- ``verb_second``: after a moment in front, a word followed by a subject ('Zaterdag regent het', 'Morgen komt er
  iemand') is the verb of a sentence of its own, known to the word lists or not: never only a moment to move (round
  38, lead: 'Kun je de was binnenhalen? Vanmiddag regent het.' gave 'Kun je vanmiddag regent het de was …?').
"""

from __future__ import annotations

from .runon import finite_like

# the verb that says the moment suits ('past', 'komt … uit', 'zou … uitkomen', 'is prima')
_SUITS = frozenset({"past", "schikt", "lukt", "komt", "zou", "is", "lijkt", "ware", "zal", "werkt", "gaat"})
# what may follow it, and must hold one word that judges the moment good
_JUDGE = frozenset({"best", "beste", "beter", "goed", "ideaal", "fijn", "top", "perfect", "prima", "handig", "mooi",
                    "super", "okee", "oke", "ok", "allerbest", "allerbeste", "geweldig"})
_MORE = _JUDGE | frozenset({"mij", "me", "ons", "het", "uit", "uitkomen", "passen", "schikken", "lukken", "zijn",
                            "voor", "eigenlijk", "wel", "echt", "heel", "zeer", "erg", "gewoon", "dan", "mijn", "kant"})


def _moment_end(an, toks: list[int]) -> int | None:
    """Where the longest moment that opens toks ends, or None when toks do not open with a moment."""
    return max((i1 for i0, i1 in an.moments if toks and i0 == toks[0]), default=None)


def preferred(an, toks: list[int]) -> tuple[int, int] | None:
    """toks (a clause's content tokens after a hedge) are a moment and then only a word that it suits the writer
    ('past mij het best', 'zou mij goed uitkomen', 'zou ideaal zijn'): the moment's tokens, or None."""
    d = an.d
    end = _moment_end(an, toks)
    if end is None:
        return None
    rest = [d.word(i) for i in toks if i >= end]
    if not rest or rest[0] not in _SUITS or not set(rest[1:]) <= _MORE or not set(rest[1:]) & _JUDGE:
        return None  # 'Zaterdag past niet', 'Zaterdag ben ik weg': a sentence of its own
    moment = [i for i in toks if i < end]
    return moment[0], moment[-1] + 1


def verb_of_its_own(lex, w: str) -> bool:
    """After a moment in front, a finite verb makes the rest a sentence of its own ('Zaterdag werkt voor mij',
    'Zaterdag schikt mij niet'): never only a moment to move."""
    return finite_like(lex, w) or w in _SUITS


def back_after(an, main, req, parts) -> list:
    """The clauses after the ask's sentence that a moment in the rewritten request came from, not kept otherwise:
    kept after the writer's own request when the sure path fails ('Hoi Ward, zoudt ge mij … helpen met de
    dakgoot? Da lekt. Zaterdag past mij het best.' keeps 'Zaterdag past mij het best.')."""
    inside = {i for c in main for i in range(c.a, c.b)}
    last, sent = main[-1].b, max(c.sent for c in main)
    moved = [i for p in req.pieces for i in p.toks if i not in inside and i >= last
             and any(i0 <= i < i1 for i0, i1 in an.moments)]
    have = {id(c) for c in parts.extras()}
    return [c for c in an.clauses if any(c.a <= i < c.b for i in moved) and c.sent > sent and id(c) not in have
            and c.role in ("tekst", "voorwaarde", "beperking")]


# a subject right after the word that follows a fronted moment: that word is a finite verb (Dutch verb second)
_SUBJECT_AFTER = frozenset({"het", "'t", "er", "ik", "'k", "je", "jij", "ge", "gij", "u", "hij", "ie", "ze", "zij", "we",
                            "wij", "jullie", "men"})


def verb_second(an, toks: list[int]) -> bool:
    """toks (a clause's content tokens) open with a moment, then one word and a subject pronoun: a sentence of its
    own ('Zaterdag regent het', 'Morgen komt er iemand kijken')."""
    d = an.d
    end = _moment_end(an, toks)
    rest = [i for i in toks if end is not None and i >= end]
    return len(rest) >= 2 and d.word(rest[1]) in _SUBJECT_AFTER and d.is_word(rest[0]) \
        and d.word(rest[0]) not in d.lex.prepositions  # 'Zaterdag bij u in de garage?' is a place

