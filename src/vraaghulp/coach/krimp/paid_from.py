"""What the asked thing is taken or paid from, said right after the ask: 'Ik neem ze van mijn overuren.'

Round 45 (k45a) kept 'Ik neem ze van mijn overuren.' and 'ik betaal het uit mijn spaargeld' after the ask: a condition
of the ask the reader weighs. The review of k45a (k45r) found three ways this went wrong while sure:

- the kept clause lost the rest of its sentence: 'Ik betaal het van mijn loon als ik het krijg' became 'Ik betaal het
  van mijn loon.', 'Ik neem die van mijn overuren, niet van mijn vakantie.' left 'Niet van mijn vakantie.' loose. The
  rest of the sentence now stays with it (`rest`), and such a result is not sure;
- 'Ik neem die niet van mijn vakantie.' was dropped while sure: kept, not sure;
- sentences that are no source were kept ('Ik hoorde het van mijn teamleider', 'Ik ken het uit mijn hoofd'): only a
  verb of taking or paying counts ('neem', 'betaal', 'zet' …).

The shapes: the writer, the verb, a Flemish 'u'/'je' maybe, a pronoun pointing back at the ask's object ('Ik betaal
het u van mijn zakgeld'), or that pronoun first ('Die betaal ik uit mijn budget'), then 'van'/'uit'/'op' and the
writer's own source. Not a promise to pay back ('ik betaal het terug van mijn loon'): outside golds keep and drop that
alike.
"""

from __future__ import annotations

from .wordsets import NEGATIONS, WRITER

_OWN = frozenset({"mijn", "m'n", "mn", "ons", "onze"})
_POINTER = frozenset({"het", "die", "dat", "hem", "ze", "'t"})
_TAKE = frozenset({"neem", "nemen", "betaal", "betalen", "zet", "zetten", "haal", "halen", "schrijf", "schrijven",
                   "boek", "boeken", "trek", "financier", "geef", "doe"})
_FROM = frozenset({"van", "uit", "op"})
_TO_YOU = frozenset({"u", "je", "jou", "jullie"})


def covered(words: list[str]) -> bool:
    """The clause says what the asked thing is taken or paid from ('Ik neem ze van mijn overuren', 'Die betaal ik uit
    mijn budget'); a negation too ('Ik neem die niet van mijn vakantie': kept, never sure, see `doubtful`)."""
    if not 4 < len(words) <= 10 or "terug" in words:
        return False
    if words[0] in WRITER and words[1] in _TAKE:
        rest = words[3:] if words[2] in _TO_YOU else words[2:]
    elif words[0] in _POINTER and words[1] in _TAKE and words[2] in WRITER:
        rest = words[2:]
    else:
        return False
    if words[0] in WRITER and rest[:1] and rest[0] not in _POINTER:
        return False
    return any(x in _FROM and y in _OWN for x, y in zip(rest[1:], rest[2:]))


def _sentence_words(an, c) -> list[int]:
    d = an.d
    a, b = d.sentences[c.sent]
    return d.content(a, b)


def rest(an, c) -> bool:
    """Clause c follows, in its own sentence, a clause that says what the ask is taken or paid from: it stays with it
    ('… als ik het krijg', '…, niet van mijn vakantie', '… of anders van mijn verlof')."""
    d = an.d
    for x in an.clauses:
        if x is c or x.sent != c.sent or x.b > c.a:
            continue
        if covered([d.word(i) for i in d.content(x.a, x.b)]):
            return True
    return False


def doubtful(an, c) -> bool:
    """A kept source sentence the reader may take otherwise: a negation in it, or more than the source clause in its
    sentence (a condition, an alternative): kept whole, but not sure."""
    d = an.d
    own = d.content(c.a, c.b)
    words = [d.word(i) for i in own]
    return bool(set(words) & NEGATIONS) or len(_sentence_words(an, c)) > len(own) or rest(an, c)
