"""A moment goes after a coordinated object, never inside it (round 41, k41a; mended in k41r).

'Kun je mij en de kinderen komen ophalen?' in crisis got its 'nu' right after 'mij' ('Kun je mij nu en de kinderen
komen ophalen'), splitting the object in two (p40-045). When the weak pronoun the moment would follow is joined by
'en' or 'of' to a second object ('mij en de kinderen', 'hem of zijn zus'), the moment goes after that second object:
before the verbs ('mij en mijn twee katten | zaterdag ophalen') or before a place said with a preposition ('hem en zijn
vrienden | vanavond naar huis brengen'); after a name too ('me en Jan | nu komen halen', 'me en Sarah van Dam | nu
…', 'me en Jan en Piet | nu …') or a bare kin word ('mij en mama | nu komen halen'; round 41, second review k41r2).

Round 41 review (k41r): the first word after the determiners is the noun even when it ends in -en like an infinitive
('twee katten', 'de kinderen'); a word in -en ends the object only when no other one follows, and a preposition
ends it before its phrase. When the end of the object is not plain (no verb or preposition within three words, or a
'van' that may belong to the noun: 'de kinderen van Jan'), the moment goes before the verbs or at the end and the
result is not sure.
"""

from __future__ import annotations

from .verbs import is_infinitive

_JOIN = frozenset({"en", "of"})
_PRONOUN = frozenset({"me", "mij", "ons", "hem", "jou", "u", "ze", "hen", "haar", "mezelf"})
_DETERMINER = frozenset({"de", "het", "'t", "mijn", "m'n", "onze", "ons", "zijn", "z'n", "haar", "jullie", "uw", "je",
                         "die", "deze", "dat", "dit", "een", "twee", "drie", "vier", "alle", "beide"})
# Surname particles before a capital ('Sarah van Dam', 'Piet van der Berg', 'Jan de Vries'), the longest first.
_PARTICLES = (("van", "der"), ("van", "den"), ("van", "de"), ("in", "'t"), ("van",), ("de",), ("der",), ("den",),
              ("ter",), ("ten",), ("'t",))
_AUX = frozenset({"komen", "gaan", "laten", "helpen", "blijven", "moeten"})
_MAX_NOUN = 3


def past_object(lex, words: list[str], pos: int, caps: list[bool]) -> tuple[int, bool]:
    """The slot after a second object joined to the pronoun before `pos` (or `pos` itself), and whether that slot is
    unsure (see the module docstring). `caps`: which words the draft wrote with a capital (a name: 'me en Jan')."""
    if pos + 2 >= len(words) or words[pos] not in _JOIN:
        return pos, False
    k = pos + 1
    if _named(lex, words, k, caps):
        k = _name_end(lex, words, k, caps)
        return (k, False) if k < len(words) and (_verb_at(lex, words, k) or words[k] in lex.prepositions) else (pos, False)
    if words[k] not in _DETERMINER:
        return pos, False
    while k < len(words) and words[k] in _DETERMINER:
        k += 1
    if k >= len(words) - 1 or _verbal(lex, words[k]) or words[k] in lex.prepositions:
        return pos, False  # a determiner and nothing else
    return _object_end(lex, words, k)


def _named(lex, words: list[str], k: int, caps: list[bool]) -> bool:
    """A pronoun, a name ('Jan') or a bare kin word ('mama', 'oma') at k: an object of one word or a name."""
    return words[k] in _PRONOUN or words[k] in lex.relations or (caps[k] and words[k] not in _DETERMINER)


def _name_end(lex, words: list[str], k: int, caps: list[bool]) -> int:
    """After the name, pronoun or kin word at k: 'Jan Peeters', 'Sarah van Dam' (a surname particle before a capital
    is the name's), 'Jan en Piet', 'mama en papa' (another one joined by 'en'/'of')."""
    k += 1
    while k < len(words) - 1:
        if caps[k] and words[k] not in _DETERMINER:
            k += 1  # 'me en Jan Peeters'
            continue
        size = next((len(p) for p in _PARTICLES if tuple(words[k:k + len(p)]) == p and k + len(p) < len(words)
                     and caps[k + len(p)]), 0)
        if size:
            k += size  # 'Sarah van Dam', 'Piet van der Berg': the capital after it is consumed next
        elif words[k] in _JOIN and _named(lex, words, k + 1, caps):
            k += 2  # 'me en Jan en Piet'
        else:
            break
    return k


def _object_end(lex, words: list[str], head: int) -> tuple[int, bool]:
    unsure = False
    for j in range(head + 1, len(words)):
        if words[j] == "van":
            unsure = True  # 'de kinderen van Jan' or 'de kinderen van school': the noun's, or the verb's?
            continue
        if words[j] in lex.prepositions and not unsure:
            return j, j - head > _MAX_NOUN
        if _verb_at(lex, words, j):
            return j, unsure or j - head > _MAX_NOUN
    return len(words), True


def _verb_at(lex, words: list[str], j: int) -> bool:
    """The verbs start at j: a known verb, particle or filler, or the last word in -en before any 'en'."""
    later = words[j + 1:]
    later = later[:later.index("en")] if "en" in later else later  # 'de kids ophalen | en naar … brengen'
    return _verbal(lex, words[j]) or (is_infinitive(lex, words[j]) and not any(is_infinitive(lex, w) for w in later))


def _verbal(lex, word: str) -> bool:
    return word in _AUX or word in lex.particles or word in lex.modal_inf or word in lex.fillers
