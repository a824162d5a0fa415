"""A chat run-on after a permission to go, without marks (round 35, k35d): 'mag ik vanavond naar Kevin zn verjaardag
in de Bijlmer | ik ben om 11 uur thuis …'. The ask leaves its verb of going out ('mag ik … naar X'), so runon_ask.py,
which waits for an infinitive, never saw it end. Once 'naar' (or 'mee naar') has a place of two words or more after it,
the writer's 'ik' with a verb of its own starts the writer's next sentence: the question is cut there.
Not when a clause opener came first ('mag ik naar huis als ik ben …', 'mag ik naar de plek waar ik …'), nor right after
a preposition or an opener ('… naar Kevin voor | ik …').
The tail goes from the question (as any sentence after it may); when it held a moment or a number ('ik ben om 11 uur
thuis', a promise the ask may rest on) and the offered sentence does not say it, the result is not sure (`staart-weg`,
`doubt`, in shrink._request_gone).
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .main_clause import clause_first, open_subordinate
from .runon import finite_like
from .verbs import lead_at

CODE = "staart-weg"
_GO_ASKS = ("kunnen", "mogen", "willen")
_WRITER = frozenset({"ik", "'k", "k"})
_OPENERS = frozenset({"als", "of", "dat", "da", "wat", "waar", "wanneer", "hoe", "die", "zodat", "omdat", "want", "tot",
                      "totdat", "voor", "voordat", "na", "nadat", "zolang", "terwijl", "omdat", "waarom", "welke", "waar"})


def _word(d, i: int) -> str:
    return d.word(i) if 0 <= i < d.n and d.is_word(i) else ""


def _verb_after_ik(lex, w: str) -> bool:
    """The writer's finite verb after 'ik': one the lists know, or a word that can be one ('betaal', 'neem')."""
    return finite_like(lex, w) or w in lex.ik_verbs or (
        w.isalpha() and len(w) >= 3 and not w.endswith("en") and w not in lex.prepositions and w not in lex.subordinators
        and w not in lex.fillers and w not in lex.not_verb and w not in lex.subjects)


def tail_after_go(an, i: int, cur: int) -> bool:
    """Token i ('ik' with its verb) starts the writer's sentence after 'mag ik … naar <place>' (see the module)."""
    d = an.d
    lex = d.lex
    if _word(d, i) not in _WRITER or not _verb_after_ik(lex, _word(d, i + 1)):
        return False
    first = clause_first(an, cur, i)
    lead = next((lead_at(d, k) for k in range(first, min(i, first + 2)) if lead_at(d, k)), None) if first >= 0 else None
    if lead is None or lead.lemma not in _GO_ASKS or lead.subject not in ("ik", "we", "wij"):
        return False  # 'mam mag ik …': a name may come first
    words = [_word(d, k) for k in range(lead.end, i)]
    if "" in words or "naar" not in words or _OPENERS & set(words) or open_subordinate(an, cur, i):
        return False  # only where the marks are missing; no clause opened before 'ik'
    if any(w.endswith("en") and w not in lex.not_infinitive and not lex.moment.fullmatch(w) for w in words):
        return False  # a verb of its own ('… naar huis fietsen'): runon_ask.py's case
    place = words[len(words) - words[::-1].index("naar"):]
    prev = words[-1]
    if len(place) < 2 or prev in lex.prepositions or prev in lex.subordinators or prev in lex.subjects:
        return False
    an.__dict__.setdefault("_go_tails", set()).add(i)
    return True


def doubt(an, sentence: str) -> list[str]:
    """[CODE] when a tail cut here held a moment or a number and the offered sentence does not say it."""
    tails = an.__dict__.get("_go_tails") if an is not None else None
    if not tails:
        return []
    d = an.d
    said = set(re.findall(r"[\w']+", fold(sentence)))
    for i in tails:
        end = d.sentences[d.sentences_of(i)][1]
        words = [d.word(k) for k in range(i, min(end, i + 10)) if d.is_word(k)]
        timed = any(w.isdigit() or d.lex.moment.fullmatch(w) for w in words) or d.lex.moment.search(" ".join(words))
        if timed and not set(words[1:4]) <= said:
            return [CODE]
    return []


def starts_tail(an, group: list, c) -> bool:
    """Clause c is a tail after the go-ask that ends group, cut here or by another rule ('… in Arnhem | ik betaal zelf
    de trein'): it ends the ask's group (hook in groups.request_groups)."""
    if c.a in an.__dict__.get("_go_tails", ()):
        return True
    last = group[-1]
    return last.role == "vraag" and c.sent == last.sent and c.a == last.b and tail_after_go(an, c.a, last.a)
