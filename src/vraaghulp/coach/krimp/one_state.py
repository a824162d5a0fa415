"""At most one short honest sentence (issue 12, point 2): the short state, not the story around it.

- The not-sure path offers the person's own request and puts back a clause the fitted model thinks the reader may
  need (`needed.more_when_unsure`). Beside a kept honest sentence ('Ik ben echt op.') such a clause in a sentence of
  its own is mostly the story behind it ('na het gesprek van dinsdag heb ik er nog veel over nagedacht'): it goes
  (`story_beside_state`).
- An ask that is already good keeps its sentences as they are (as_is.py), but not a second honest sentence without a
  moment, nor news in the past, beside the chosen one (`beside_state`).
- Of several honest clauses the one closest to the ask stays (symptom.py); a long one (> LONG content words) only
  when no short one (<= SHORT) is there (`too_long`).
Never: what follows if no one helps ('Anders red ik het niet.'), heavy news ('Noah is overleden', heavy.py), a clause
in the ask's own sentence or the honest sentence's. Several honest sentences stay a soft doubt ('staat-keuze').
"""

from __future__ import annotations

from .heavy import is_heavy
from .states import PAST, perfect


def _apart(an, parts, c) -> bool:
    """c stands in a sentence of its own, beside a kept honest sentence and the ask, and is not a clause that stays
    (`_stays`): the head the three readings below share."""
    state = parts.state
    if state is None or parts.crisis or c.sent == state.sent:
        return False
    main = getattr(an, "main", None) or []
    return not any(c.sent == m.sent for m in main) and not _stays(an, c)


def story_beside_state(an, parts, c) -> bool:
    """c, a clause the not-sure path would put back, is background beside the kept honest sentence."""
    return c.role in ("tekst", "staat") and _apart(an, parts, c)


HEAVY_SHORT = 10  # content words: heavy news this short is said for itself, as heavy.heavy_as_state reads it


def _stays(an, c) -> bool:
    """'Anders red ik het niet.': what follows if no one helps; 'Noah is overleden': short heavy news (heavy.py).
    Long heavy news beside the kept honest sentence is the story behind it ('Afgelopen maandag is mijn vader gevallen
    en hij ligt sindsdien in het ziekenhuis in Zwolle.' beside 'Ik zit er doorheen.'): it goes, and heavy.py's
    `weg-zwaar` keeps the result from being sure."""
    words = [an.d.word(i) for i in an.d.content(c.a, c.b)]
    return words[:1] == ["anders"] or len(words) <= HEAVY_SHORT and is_heavy(" ".join(words))


def beside_state(an, parts, c) -> bool:
    """c, a clause in a sentence of its own beside an ask that is already good (as_is.py), goes although it would
    stay there: a second honest sentence without a moment ('Sinds papa er niet meer is zit ik veel alleen en …
    Ik ben eenzaam. Kom je …?'), or news in the past beside the kept honest sentence ('Na het overleg van vrijdag
    heb ik er nog veel over nagedacht. Ik ben op. Mag ik …?': its day is no moment of the ask)."""
    if c in parts.extras() or not _apart(an, parts, c):
        return False
    if c.role == "staat":
        return not any(c.a <= i0 < c.b for i0, _ in an.moments)
    words = {an.d.word(i) for i in an.d.content(c.a, c.b)}
    return c.role == "tekst" and bool(PAST & words or perfect(an.d, c.a, c.b))


_VISIT = frozenset({"langskomen", "langs", "komen", "passeren", "langsgaan", "overkomen", "afkomen"})
_TASK = frozenset({"helpen", "hulp", "kijken", "bekijken", "nakijken", "meekijken", "checken", "maken", "repareren",
                   "herstellen", "fiksen", "oplossen", "inhalen"})


def frame_story(an, parts, c) -> bool:
    """c, the sentence a bare visit leans on (frame_about.py: 'Kunt ge zaterdag bij mij langskomen?'), is news in
    the past beside the kept honest sentence ('Mijn baas is echt ne strenge en zondag moest ik heel de dag alleen aan
    de kassa staan. Ik slaap slecht.'): the honest sentence says why, the story goes. A sentence in the present
    stays ('Emma is erg stil. Ik maak me zorgen. Kunnen we praten?'), and so does a short one (at most SHORT content
    words) or one in the ask's own sentence."""
    if c.role not in ("tekst", "staat") or not _apart(an, parts, c):
        return False  # a long second state in the past goes too ('… en sindsdien kan ik mijn oprit niet meer op')
    asked = {an.d.word(i) for m in (getattr(an, "main", None) or []) for i in an.d.content(m.a, m.b)}
    if not asked & _VISIT or asked & _TASK:
        return False  # 'Kun je vanavond helpen?': what the help is for is in the story
    words = [an.d.word(i) for i in an.d.content(c.a, c.b)]
    if len(words) <= SHORT:
        return False  # '… de toets mag inhalen want ik was ziek': a short reason (one in the ask's own sentence: _apart)
    return bool(PAST & set(words) or perfect(an.d, c.a, c.b))


LONG = 16  # content words: an honest clause this long mostly tells the story around the state
SHORT = 8  # … and one this short says the state itself ('ik ben op', 'ik zit er doorheen')


def too_long(an, c, states) -> int:
    """1 when c is a long honest clause and another candidate is a short one ('ik voel mij al weken zo moe en
    lusteloos sinds ik die nieuwe job … begonnen ben' beside 'ik ben op'): the short state is the one to keep."""
    d = an.d

    def size(x) -> int:
        return len(d.content(max(x.a, x.start), x.b))

    return int(size(c) > LONG and any(size(o) <= SHORT for o in states if o is not c))
