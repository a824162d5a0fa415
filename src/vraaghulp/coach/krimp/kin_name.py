"""'Mijn zoon Errol.' opening the message as a sentence of its own: the name is the person addressed (round 46, k46a).

'Mijn zoon Errol. Het is niet goed met je vader. … Kan je langskomen?' (p45-040) lost the name: the clause is no name
alone, so it went as text. Only the message's first clause, ending its sentence, of an owner ('mijn', 'm'n', 'onze'),
at most one fond word ('lieve', 'beste') and a relation word ('zoon', 'dochter', 'zus' …), then one capitalised name.
The relation words are krimp.toml's `relatie`; 'Mijn zoon Errol, kan je …' (a comma, the ask in the same sentence) is
left to the engine (not sure there already).
"""

from __future__ import annotations

_OWNERS = frozenset({"mijn", "m'n", "mn", "me", "onze", "ons"})
_FOND = frozenset({"lieve", "liefste", "beste", "dierbare"})


def found(an, first, vocative_word) -> tuple[list[int], object] | None:
    """([the name's token], the clause) when the message opens with 'Mijn zoon Errol.'; else None."""
    d = an.d
    toks = d.content(first.a, first.b)
    everything = d.content(0, d.n)
    if first.role != "tekst" or len(toks) not in (3, 4) or not everything or toks[0] != everything[0]:
        return None
    words = [d.word(i) for i in toks]
    if words[0] not in _OWNERS or (len(toks) == 4 and words[1] not in _FOND) or words[-2] not in d.lex.relations:
        return None
    name = toks[-1]
    raw = d.tok_text(name)
    later = [i for i in everything if i > name]
    ends = not later or d.sentences_of(later[0]) != d.sentences_of(name)
    if ends and raw[:1].isupper() and raw[1:].islower() and vocative_word(an, name, relaxed=False):
        return [name], first
    return None
