"""The person typed in the practice flow without whom they belong to.

'de mama van Tim', 'juf bij Lore', 'de assistente van dokter Bakker': the one asked is the mama, the
juf, the assistant; the name after 'van/bij/uit' is someone else. Only a lower-case 'van/bij/uit'
right after a role or kin word splits: 'meneer Van Dijk', 'mevrouw van den Berg', 'Tim van de
overkant' are one person, the particle part of their name (round 41, second review k41r2).
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .gemeld import gemeld_words
from .lexicon import lexicon

_OF = re.compile(r"\s+(?:van|bij|uit)\s+")  # lower case only: 'Van' starts a surname


def own_part(person: str) -> str:
    """'de mama van Tim' -> 'de mama'; 'meneer Van Dijk', 'Sara van Dam' stay whole."""
    for m in _OF.finditer(person):
        before = person[:m.start()].replace(",", " ").split()
        if before and _role_word(before[-1]):
            return person[:m.start()]
    return person


def own_words(person: str) -> list[str]:
    """The words of the person typed, without whom they belong to ('de mama van Tim' -> ['de', 'mama'])."""
    return own_part(person).replace(",", " ").split()


def of_someone(person: str) -> bool:
    """True when the typed person is a role of someone named after it ('mama van Tim')."""
    return own_part(person) != person


def _role_word(word: str) -> bool:
    """'mama', 'juf', 'assistente': a kin word or a role, lower case; not a title ('meneer', 'dokter')
    that a surname follows, nor a name."""
    lex = lexicon()
    low = fold(word).lower()
    if not word[:1].islower() or low in lex.formal:
        return False
    return low in lex.relations or low in gemeld_words()["rol"] or low in gemeld_words()["familie"]
