"""'Mijn zoon Errol.' opening the message as a sentence of its own: the name is the person addressed (round 46, k46a).

'Mijn zoon Errol. Het is niet goed met je vader. … Kan je langskomen?' (p45-040) lost the name: the clause is no name
alone, so it went as text. Only the message's first clause, ending its sentence with '.', '!' or a line end, of an
owner ('mijn', 'm'n', 'onze'), at most one fond word ('lieve', 'beste') and a relation word ('zoon', 'dochter', 'zus'
…), then one capitalised name. The relation words are krimp.toml's `relatie`; 'Mijn zoon Errol, kan je …' (a comma,
the ask in the same sentence) is left to the engine (not sure there already).

The same line is as often a topic ('about my son Errol:', a note to school, a doctor, the police): the review of
k46a. So the name is the person addressed only when nothing after it speaks of a third person ('hij', 'hem', 'ze',
'die', 'zijn' …), the name does not come back, and the message says 'je', 'jij' or 'ge', never 'u'. Otherwise the
line is a topic: no name, and the result is not sure (doubt_names.py asks ``topic``).
"""

from __future__ import annotations

_OWNERS = frozenset({"mijn", "m'n", "mn", "me", "onze", "ons"})
_FOND = frozenset({"lieve", "liefste", "beste", "dierbare"})
_THIRD = frozenset({"hij", "hem", "zijn", "z'n", "zn", "ze", "zij", "haar", "d'r", "die", "diens", "hun", "hen", "hum"})
_YOU = frozenset({"je", "jij", "jou", "jouw", "ge", "gij", "u", "uw"})
_FORMAL = frozenset({"u", "uw"})


def _shape(an) -> int | None:
    """The name's token when the message opens with 'Mijn zoon Errol.' as a sentence of its own, else None."""
    d = an.d
    first = _first_clause(an)
    if first is None or first.role != "tekst":
        return None
    toks = d.content(first.a, first.b)
    everything = d.content(0, d.n)
    if len(toks) not in (3, 4) or not everything or toks[0] != everything[0]:
        return None
    words = [d.word(i) for i in toks]
    if words[0] not in _OWNERS or (len(toks) == 4 and words[1] not in _FOND) or words[-2] not in d.lex.relations:
        return None
    name = toks[-1]
    raw = d.tok_text(name)
    later = [i for i in everything if i > name]
    ends = not later or d.sentences_of(later[0]) != d.sentences_of(name)
    if not ends or not raw[:1].isupper() or not raw[1:].islower() or "?" in d.gap(name) + (
            d.tok_text(name + 1) if name + 1 < d.n else ""):
        return None
    return name


def _addressed(an, name: int) -> bool:
    """Nothing after the line speaks of a third person or names him again, and the message says 'je', not 'u'."""
    d = an.d
    later = [d.word(i) for i in range(name + 1, d.n) if d.is_word(i)]
    return not set(later) & (_THIRD | _FORMAL | {d.word(name)}) and bool(set(later) & _YOU)


def found(an, first, vocative_word) -> tuple[list[int], object] | None:
    """([the name's token], the clause) when the message opens with 'Mijn zoon Errol.' said to Errol; else None."""
    name = _shape(an)
    if name is None or _first_clause(an) is not first or not _addressed(an, name):
        return None
    return ([name], first) if vocative_word(an, name, relaxed=False) else None


def _first_clause(an):
    """The message's first clause with words in it."""
    return next((c for c in an.clauses if an.d.content(c.a, c.b)), None)


def topic(an) -> bool:
    """The message opens with 'Mijn zoon Errol.' that is a topic, not the person addressed: the result is not sure."""
    name = _shape(an)
    return name is not None and not _addressed(an, name)
