"""A moment goes after a coordinated object, never inside it (round 41, k41a).

'Kun je mij en de kinderen komen ophalen?' in crisis got its 'nu' right after 'mij' ('Kun je mij nu en de kinderen
komen ophalen'), splitting the object in two (p40-045). When the weak pronoun the moment would follow is joined by
'en' or 'of' to a second object ('mij en de kinderen', 'hem of zijn zus'), the moment goes after that second object,
before the verbs; when the second object does not end plainly at an infinitive, the slot stays where it was.
"""

from __future__ import annotations

from .verbs import is_infinitive

_JOIN = frozenset({"en", "of"})
_PRONOUN = frozenset({"me", "mij", "ons", "hem", "jou", "u", "ze", "hen", "haar", "mezelf"})
_DETERMINER = frozenset({"de", "het", "'t", "mijn", "m'n", "onze", "ons", "zijn", "z'n", "haar", "jullie", "uw", "je",
                         "die", "deze", "dat", "dit", "een", "twee", "drie", "alle"})
_MAX_NOUN = 3


def past_object(lex, words: list[str], pos: int) -> int:
    """The slot after a second object joined to the pronoun before `pos`, or `pos` itself."""
    if pos + 2 >= len(words) or words[pos] not in _JOIN:
        return pos
    k = pos + 1
    if words[k] in _PRONOUN:
        k += 1
    elif words[k] in _DETERMINER:
        k += 1
        end = min(len(words) - 1, k + _MAX_NOUN)
        while k < end and not _verbal(lex, words[k]):
            k += 1
        if k == pos + 2:
            return pos  # a determiner and nothing else
    else:
        return pos
    return k if k < len(words) and _verbal(lex, words[k]) else pos


def _verbal(lex, word: str) -> bool:
    return is_infinitive(lex, word) or word in lex.particles or word in lex.modal_inf or word in lex.fillers
