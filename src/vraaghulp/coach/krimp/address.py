"""Who is addressed when the name stands away from the request: in a preamble or with '@'.

- '@Joost, jij zou toch … ⏎ Wil je die …', 'ow @Meryem kzou je nog iets vragen ⏎ kun jij …': an '@'
  before a name says whom the message is for, even after a greeting to the whole group ('ha gasten');
- 'Pap, jij zei laatst … Zou ik hem … mogen lenen?': a name or family word alone before a comma, at the
  start of the sentence right before the request;
- 'ja hoi zus ehm ik spreek dit in …', 'ja ma dus ik sta hier …': a family word at the very start of
  the message, after only interjections and a greeting, or right before a verb said of the writer
  ('schat ben nog tot 7 op kantoor').

The engine's own search (names.find_name) runs first; this only adds what it does not see.
"""

from __future__ import annotations

from .line_name import run_in_but
from .messy_open import opening_name
from .names import name_cased, name_like, vocative_word

_FIRST_PERSON = frozenset({"ben", "heb", "zit", "sta", "lig", "moet", "kan", "wil", "ga", "kom", "zal"})
_I = frozenset({"ik", "'k", "k"})
_INTERJECTIONS = frozenset({"hé", "he", "hey", "hee", "hoi", "ha", "ow", "oei", "ehm", "uhm", "euh", "allo"})


def addressee(an, main, found: tuple[list[int], object | None]) -> tuple[list[int], object | None]:
    """(the name's tokens, the clause that is only that name or None), found or improved."""
    toks, clause = found
    if run_in_but(an, toks):
        toks, clause = found = [], None  # '… voor ons, ma zoudt ge …': a Flemish 'maar', never the person addressed
    if not main:
        return found
    at = _at_name(an, main)
    if at is not None:
        return at
    if toks and not _group(an, toks):
        return found
    return (_before_comma(an, main) or _opening_relation(an) or opening_name(an) or _closing_name(an, main)
            or _named_group(an, main) or found)


_SPOKEN_TO = frozenset({"ge", "gij", "jullie", "u"})


def _named_group(an, main):
    """'Dag ouders van 3B! … Zoudt ge allemaal …': a group named with what it is ('van 3B', 'van de
    U11') right after the opening greeting is the one addressed when the request speaks to them
    ('ge', 'jullie'); 'Kunnen er nog 2 ouders rijden?' needs no one addressed."""
    d = an.d
    clauses = [c for c in an.clauses if c.role != "leeg"]
    if len(clauses) < 2 or clauses[0].role != "groet":
        return None
    toks = d.content(clauses[1].a, clauses[1].b)
    if clauses[1].role != "tekst" or clauses[1].sent != clauses[0].sent or not 3 <= len(toks) <= 5:
        return None
    group = d.word(toks[0])
    if group not in d.lex.group_address or not group.endswith(("en", "s")) or d.word(toks[1]) != "van" \
            or d.tok_text(toks[-1])[:1].islower():
        return None  # the last word names the group: '3B', 'U11', 'groep 5' ('van de klas' is no name)
    if not any(d.word(i) in _SPOKEN_TO for c in main for i in d.content(c.a, c.b)):
        return None
    return toks, clauses[1]


def _group(an, toks: list[int]) -> bool:
    d = an.d
    words = " ".join(d.word(i) for i in toks if d.tok_text(i) != "@")
    return words in d.lex.group_address or words in ("gasten", "jongens", "allemaal", "mensen", "iedereen")


def _own_clause(an, toks: list[int]):
    """The clause that holds nothing but these tokens (and the '@')."""
    d = an.d
    for c in an.clauses:
        inside = [i for i in d.content(c.a, c.b) if d.tok_text(i) != "@"]
        if inside and inside == toks:
            return c
    return None


def _at_name(an, main):
    """The last '@name' in the request's sentence or the two sentences before it."""
    d = an.d
    if "@" not in d.text:
        return None
    first, last = main[0].sent - 2, main[-1].sent
    hits = []
    for i in range(d.n - 1):
        if d.tok_text(i) != "@" or not first <= d.sentences_of(i) <= last:
            continue
        name = i + 1
        if d.is_word(name) and vocative_word(an, name, relaxed=True) and name_like(an, [name]):
            hits.append(name)
    if not hits:
        return None
    name = [hits[-1]]
    return name, _own_clause(an, name)


def _before_comma(an, main):
    """'Pap, jij zei laatst …': a name alone before a comma opening the sentence before the request."""
    d = an.d
    sent = main[0].sent - 1
    clauses = [c for c in an.clauses if c.sent == sent and c.role != "leeg"]
    if len(clauses) < 2 or clauses[0].role != "tekst":
        return None
    toks = d.content(clauses[0].a, clauses[0].b)
    after = clauses[0].b
    if not (1 <= len(toks) <= 2 and name_like(an, toks) and after < d.n and d.tok_text(after) == ","):
        return None
    return toks, clauses[0]


def _closing_name(an, main):
    """'ik zit er helemaal door Leen. Kunde morgen …', 'Ik ben op, Sanne. Kun je …': a name alone
    at the end of a sentence just before the request (segment.py cuts it off as a clause of its own)."""
    d = an.d
    for c in an.clauses:
        if c.sent not in (main[0].sent - 1, main[0].sent - 2) or c.a >= main[0].a:
            continue
        toks = d.content(c.a, c.b)
        if len(toks) == 1 and closing_name(d, toks[0]) and (
                d.sentences_of(toks[0]) == main[0].sent - 1 or d.tok_text(toks[0] + 1) == ","):
            return toks, c
    return None


def closing_name(d, i: int) -> bool:
    """Token i is a name that closes its sentence after a clause of the writer ('… door Leen.',
    '…, Sanne.'): capitalised, no word the engine knows, not after a preposition ('ik sta bij Jumbo'
    names a place; 'ik zit er … door' is no preposition). A capital there may look like an imperative
    ('Leen'); alone at the end of a sentence it is none."""
    lex = d.lex
    if i == 0 or not d.is_word(i):
        return False
    raw, w = d.tok_text(i), d.word(i)
    if not (i + 1 >= d.n or d.tok_text(i + 1) in (".", "!", ",", "?")) or not name_cased(raw):
        return False
    if w in lex.not_name or w in lex.not_verb or w in lex.finite or w in lex.subjects or w in lex.group_address:
        return False
    prev = d.word(i - 1) if d.is_word(i - 1) else d.tok_text(i - 1)
    start = d.sentences[d.sentences_of(i - 1)][0]
    er = any(d.word(k) in ("er", "d'r", "daar") for k in range(start, i - 1))
    return not (prev in lex.prepositions and not er)


def _opening_relation(an):
    """'ja hoi zus ehm …': a family word at the very start, after interjections only; a name there
    before 'ik' ('omg sanne ik …')."""
    d = an.d
    lex = d.lex
    words = [i for i in range(min(d.n, 6)) if d.is_word(i)]
    for pos, i in enumerate(words[:4]):
        w = d.word(i)
        nxt = d.word(i + 1) if i + 1 < d.n else ""
        if w in lex.relations and w not in lex.group_address:
            if run_in_but(an, [i]):
                return None  # 'ja ma gij moet da ni doen': 'ja maar' (line_name.interjected, k43r)
            if d.sentences_of(i) == 0 and ((pos and nxt not in lex.finite) or nxt in _FIRST_PERSON):
                return [i], None  # 'ja ma dus …'; 'schat ben nog tot 7 op kantoor' ('ben': not said of 'schat')
            return None
        if pos and nxt in _I and d.sentences_of(i) == 0 and vocative_word(an, i, relaxed=True) and not _in_state(an, i):
            for c in an.clauses:  # its clause, if kept, starts after the name
                if c.a <= i < c.b and c.start <= i:
                    c.start = i + 1
            return [i], None  # 'omg sanne ik heb morgen …': a name in lower case after an interjection, before 'ik'

        if not (w in lex.loose_front or w in _INTERJECTIONS or i in an.starts["groet"]):
            return None
    return None


def _in_state(an, i: int) -> bool:
    """Token i is in an honest sentence, which the engine keeps with its own name handling."""
    return any(c.a <= i < c.b and c.role == "staat" for c in an.clauses)
