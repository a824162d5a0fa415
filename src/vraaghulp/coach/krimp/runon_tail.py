"""A chat run-on after a permission to go, without marks (round 35, k35d): 'mag ik vanavond naar Kevin zn verjaardag
in de Bijlmer | ik ben om 11 uur thuis …'. The ask leaves its verb of going out ('mag ik … naar X'), so runon_ask.py,
which waits for an infinitive, never saw it end. Once 'naar' (or 'mee naar') has a place of two words or more after it,
the writer's 'ik' with a verb of its own starts the writer's next sentence: the question is cut there.
Not when a clause opener came first ('mag ik naar huis als ik ben …', 'mag ik naar de plek waar ik …'), nor right after
a preposition or an opener ('… naar Kevin voor | ik …').
"""

from __future__ import annotations

from .main_clause import clause_first, open_subordinate
from .runon import finite_like
from .verbs import lead_at

_GO_ASKS = ("kunnen", "mogen", "willen")
_WRITER = frozenset({"ik", "'k", "k"})
_OPENERS = frozenset({"als", "of", "dat", "da", "wat", "waar", "wanneer", "hoe", "die", "zodat", "omdat", "want", "tot",
                      "totdat", "voor", "voordat", "na", "nadat", "zolang", "terwijl", "omdat", "waarom", "welke", "waar"})


def _word(d, i: int) -> str:
    return d.word(i) if 0 <= i < d.n and d.is_word(i) else ""


def tail_after_go(an, i: int, cur: int) -> bool:
    """Token i ('ik' with its verb) starts the writer's sentence after 'mag ik … naar <place>' (see the module)."""
    d = an.d
    lex = d.lex
    if _word(d, i) not in _WRITER or not finite_like(lex, _word(d, i + 1)):
        return False
    first = clause_first(an, cur, i)
    lead = lead_at(d, first) if first >= 0 else None
    if lead is None or lead.lemma not in _GO_ASKS or lead.subject not in ("ik", "we", "wij"):
        return False
    words = [_word(d, k) for k in range(lead.end, i)]
    if "" in words or "naar" not in words or _OPENERS & set(words) or open_subordinate(an, cur, i):
        return False  # only where the marks are missing; no clause opened before 'ik'
    if any(w.endswith("en") and w not in lex.not_infinitive and not lex.moment.fullmatch(w) for w in words):
        return False  # a verb of its own ('… naar huis fietsen'): runon_ask.py's case
    place = words[len(words) - words[::-1].index("naar"):]
    prev = words[-1]
    return len(place) >= 2 and prev not in lex.prepositions and prev not in lex.subordinators and prev not in lex.subjects
