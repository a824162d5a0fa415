"""A second request in a clause of its own ("… en ook de was ophangen?", "ps kun je …", "En niet meer met de
scooter over de dijk."), and what only looks like one: the same question going on with a verb, or an
announcement ('en nog iets anders:') with nothing asked. Each function sets the clause's role (clauses.py)."""

from __future__ import annotations

from .segment import Clause
from .shapes import glad_tail
from .verbs import is_infinitive as is_infinitive_word
from .wordsets import CONSTRAINT_START, NEGATIONS


def announced_extra(an, c: Clause, toks: list[int]) -> None:
    """'… en ook de was ophangen?': another request; 'en nog iets anders:' only announces one."""
    d = an.d
    words = [d.word(i) for i in toks]
    asks = len(words) >= 3 and (words[-1].endswith("en") and words[-1] not in d.lex.not_infinitive or glad_tail(words) > 0)
    c.role, c.kind = ("extra", "") if asks else ("wrap", "aanloop")
    end = d.find_at(d.lex.extra, toks[0]) if toks else None
    rest = [d.word(i) for i in toks if end is not None and i >= end and d.word(i) != "en"]
    if not asks and rest and (rest[0] in CONSTRAINT_START or rest[0] in NEGATIONS):
        c.role, c.kind, c.start = "beperking", "", end  # 'ahja en nie in de droogkast': a limit added after all
        return
    if asks and same_ask(an, c, toks):
        c.role = "tekst"


def same_ask(an, c: Clause, toks: list[int]) -> bool:
    """'Kun je me brengen, en ook weer ophalen?': the same question goes on with only a verb."""
    d = an.d
    end = d.sentences[c.sent][1]
    if d.tok_text(end - 1) != "?" or c.b < end - 1:
        return False
    if not any(x.sent == c.sent and x.a < c.a and x.role == "vraag" for x in an.clauses):
        return False
    return all(d.word(i) in d.lex.extra_same or d.word(i) == "en" for i in toks[:-1])


def elliptic_extra(an, c: Clause, toks: list[int]) -> bool:
    d = an.d
    if len(toks) < 3 or d.word(toks[0]) != "en" or d.tok_text(d.sentences[c.sent][1] - 1) != "?":
        return False
    if any(x.sent == c.sent and x.a < c.a for x in an.clauses):
        return False  # '… brengen en om 11 uur weer ophalen?' goes on with the same request
    last = d.word(toks[-1])
    return last.endswith("en") and last not in d.lex.not_infinitive and c.b >= d.sentences[c.sent][1] - 1


def own_instruction(an, c: Clause, toks: list[int]) -> bool:
    """A sentence of its own after a question that adds with 'en' what not to do, with content of its
    own ('En niet meer met de scooter over de dijk.'): another request, not a limit on the first
    ('En niet te laat.' stays a limit, and so does an instruction with its verb, 'En niet aanbellen.')."""
    d = an.d
    a = d.sentences[c.sent][0]
    asked = any(x.role == "vraag" and c.sent - 2 <= x.sent < c.sent for x in an.clauses_before(c))
    if not asked or d.content(a, c.a):
        return False
    words = [d.word(i) for i in toks]
    while words and words[-1] in d.lex.loose_back:
        words = words[:-1]  # '… zeggen pls'
    joined = words[:1] == ["en"]
    words = words[1:] if words[:1] in (["en"], ["maar"], ["wel"]) else words
    people = {"ik", "je", "jij", "u", "ge", "gij", "we", "wij", "hij", "zij", "jullie"}
    if len(words) < 3 or not NEGATIONS & set(words[:2]) or people & set(words):
        return False
    verb = is_infinitive_word(d.lex, words[-1]) and words[-1] not in d.lex.not_infinitive
    return joined and not verb and len(words) >= 5 and not any(an.cover.get(i) for i in toks)
