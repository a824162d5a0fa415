"""'Mijn zoon Errol.' opening the message as a sentence of its own: a topic or the address, never sure (round 46).

'Mijn zoon Errol. Het is niet goed met je vader. … Kan je langskomen?' (p45-040) lost the name: the clause is no name
alone, so it went as text. Only the message's first clause, ending its sentence with '.', '!' or a line end, of an
owner ('mijn', 'm'n', 'onze'), at most one fond word ('lieve', 'beste') and a relation word ('zoon', 'dochter', 'zus'
…), then one capitalised name. The relation words are krimp.toml's `relatie`; 'Mijn zoon Errol, kan je …' (a comma,
the ask in the same sentence) is left to the engine (not sure there already).

The same line is as often a topic ('about my son Errol:', a note to school, a doctor, the police): the review of
k46a found it read as the address while the rest spoke of him; its narrowing (nothing after it about a third person,
no 'u') still read notes about 'het kind', 'de jongen' as said to the child, sure (the round's second review, 28 of
its drafts). So the lead took the reading out: the line names no one, and the result is not sure (doubt_names.py
asks ``topic``), whichever it is.
"""

from __future__ import annotations

_OWNERS = frozenset({"mijn", "m'n", "mn", "me", "onze", "ons"})
_FOND = frozenset({"lieve", "liefste", "beste", "dierbare"})


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


def _first_clause(an):
    """The message's first clause with words in it."""
    return next((c for c in an.clauses if an.d.content(c.a, c.b)), None)


def topic(an) -> bool:
    """The message opens with 'Mijn zoon Errol.': a topic or the person addressed, no one can tell: not sure."""
    return _shape(an) is not None
