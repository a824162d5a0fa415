"""Heavy news that went as a whole: 'Mijn vader is gisteren overleden.', 'mijn moeder ligt in het
ziekenhuis', 'mijn knie is geopereerd en ik kan niet bukken'.

Such a sentence is not an 'ik ben …' sentence, so the engine does not know it as the honest one,
and it goes without a finding. It may well be the brave part the reader needs; readers differ on
whether it belongs in a short ask, so when one goes the engine does not vouch for the result
(code ``weg-zwaar``). The patterns live in ``content/nl/krimp.toml`` (``[staat] zwaar_nieuws``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vraaghulp.coach.text import fold
from vraaghulp.content import load_toml

CODE = "weg-zwaar"
_EDGES = frozenset({"groet", "afsluiting", "leeg", "naam"})
_NOT_ABOUT_OTHERS = frozenset({"er", "het", "dat", "dit", "die", "ik", "'k", "k", "we", "wij"})


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in load_toml("krimp").get("staat", {}).get("zwaar_nieuws", []))


def is_heavy(words: str) -> bool:
    """The words (a clause's, joined) hold heavy news ('mijn opa is overleden')."""
    return bool(words) and any(p.search(fold(words)) for p in _patterns())


def heavy_dropped(an, kept: set[int]) -> bool:
    """A clause that holds heavy news went as a whole (none of its words is in the result)."""
    d = an.d
    for c in an.clauses:
        if c.role in _EDGES or any(i in kept for i in range(c.a, c.b)):
            continue
        words = " ".join(d.word(i) for i in d.content(c.a, c.b))
        if words and any(p.search(fold(words)) for p in _patterns()):
            return True
    return False


def heavy_as_state(an) -> None:
    """'Hoi Lies, mijn vader is gevallen. Kun je …?': heavy news about someone close, a sentence of its
    own, is how the writer is (contract point 2) when the draft has no other honest sentence: it
    stays as the one honest sentence instead of going with a doubt."""
    d = an.d
    if any(c.role == "staat" for c in an.clauses):
        _joined_to_state(an)
        return
    for c in an.clauses:
        if c.role != "tekst" or any(o.sent == c.sent and o is not c and o.role not in _EDGES for o in an.clauses):
            continue
        words = " ".join(d.word(i) for i in d.content(c.a, c.b))
        if words.split()[:1] in ([], ["er"], ["het"], ["dat"], ["dit"], ["die"]) or len(words.split()) > 10:
            continue  # 'Er is laatst ingebroken in de straat.': news about no one is background
        if any(p.search(fold(words)) for p in _patterns()):
            c.role, c.kind = "staat", ""
            return


def _joined_to_state(an) -> None:
    """'… want mijn vader is gisteren opgenomen en ik zit er doorheen, kun je …': short heavy news joined by
    'en' to the honest clause right after it is the start of that honest sentence (its 'want' goes); the
    result keeps it whole ('Mijn vader is gisteren opgenomen en ik zit er doorheen.') instead of dropping
    the news with a doubt."""
    d = an.d
    cs = an.clauses
    for k, c in enumerate(cs[:-2]):
        link, state = cs[k + 1], cs[k + 2]
        if c.role != "tekst" or state.role != "staat" or link.role != "leeg" or not c.sent == link.sent == state.sent:
            continue
        if [d.word(i) for i in d.content(link.a, link.b)] != ["en"]:
            continue
        toks = d.content(c.a, c.b)
        lead = 1 if toks and d.word(toks[0]) in ("want", "maar") else 0
        words = [d.word(i) for i in toks[lead:]]
        if not words or words[0] in _NOT_ABOUT_OTHERS or len(words) > 10:
            continue  # news about someone else ('mijn vader …'), never the writer's own words ('ik heb …')
        if any(p.search(fold(" ".join(words))) for p in _patterns()):
            c.role, c.kind, c.start = "staat", "", toks[lead]
            state.continues = True  # state_before (extras.py) takes the 'en' between the two
            return
