"""An ask with only its own clock time takes the day said in the sentence before it (round 33, k33b).

'Ik moet woensdag tot 18.00 werken. Kun jij om 16.00 Mila van de opvang halen?', 'Mijn auto is vrijdag naar de
garage. Kun jij me om half 8 …?': the clock time alone names no day; the reader learns it from the sentence before,
and that sentence goes. assemble.pull_moment already moves the day in (day_only.py: only the day, not that sentence's
own clock time), but an ask that was otherwise good was offered as it stood (as_is.py) and lost the day with the
sentence ('weg-moment'). When the pull put a day into an ask that names none, the rewritten ask is offered instead;
vouch.py keeps such a moved moment not sure unless it is the writer's own plan right before the ask.
Not: a day in the past ('vorige zaterdag', 'gisteren' — pull_moment never takes those), an ask that names its own day,
a habit ('elke maandag'), a day in the ask's own sentence, a day in an honest sentence ('super stressed vandaag').
"""

from __future__ import annotations

from .assemble import has_day, has_moment, pieces_text
from .day_only import names_day


_EVERY = frozenset({"elke", "iedere", "ieder", "elken", "alle"})


def took_day(an, main, req) -> bool:
    """The request's pieces hold a day from outside the ask's own clauses, and the ask itself has only a clock time."""
    if req.form != "vraag":
        return False  # 'Neem je schep mee en kom om tien uur': the day would go to the first command, not the timed one
    own = {i for c in main for i in range(c.a, c.b)}
    moved = [p for p in req.pieces if p.toks and not own & set(p.toks)]
    if not moved or not names_day(" ".join(p.text for p in moved)):
        return False
    d = an.d
    first = min(moved[0].toks)
    if first > 0 and d.word(first - 1) in _EVERY:
        return False  # 'elke maandag heb ik training': a habit, one 'maandag' in the ask would say one day only
    source = next((c for c in an.clauses if c.a <= first < c.b), None)
    if source is None or source.sent >= main[0].sent or source.role == "staat":
        return False  # '… pizza vanavond, laat me voor 6 uur weten': its own sentence stays; 'super stressed vandaag'
    asked = " ".join(d.raw(c.a, c.b) for c in main)
    return has_moment(d.lex, asked) and not has_day(d.lex, asked) and has_day(d.lex, pieces_text(req.pieces))
