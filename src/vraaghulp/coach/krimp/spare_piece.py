"""Pieces beside the ask that say nothing it needs: their loss no longer withholds `zeker` (round 34, k34c).

safe.py withholds `zeker` when a word the engine cannot account for went from a piece right next to the
request: such a piece may carry the ask. Two general kinds carry nothing of it:

- ``suits_reader``: a condition whose every word is about whether it suits the reader ('als het niet te veel
  moeite is', 'tenzij je geen tijd hebt natuurlijk', 'als het niet mogelijk is', 'moest ge tijd hebben', 'als
  het lukt'): an escape hatch, as one that accepts a no (safe._accepts). Any other word keeps the doubt: a
  thing, a person, a place, an event ('als de trein vertraging heeft', 'als mama geen tijd heeft', 'als het
  niet te veel moeite is met uw rug'); so do the writer ('als ik er niet ben') and a limit ('alleen', 'pas');
- ``only_comment``: a piece without a verb whose words only judge or thank ('helemaal prima', 'echt balen',
  'bah', 'duimen', 'alvast hartelijk bedankt'): no thing, no moment, no amount, no name.

Both ask that no moment, amount, duration or name went with the piece (the word kinds of account.py).
"""

from __future__ import annotations

from .account import word_classes
from .wordsets import NEGATIONS, WRITER

# Whether it suits the reader: effort, time, room in the plans, being able, it working out.
_SUITS = frozenset({
    "moeite", "teveel", "veel", "te", "mogelijk", "haalbaar", "lukt", "lukken", "lukte", "nait", "uitkomt",
    "uitkomen", "schikt", "schikken", "past", "passen", "tijd", "zin", "planning", "agenda", "rooster", "druk",
    "kan", "kunt", "kunnen", "kunde", "gaat", "gaan", "lastig", "moeilijk", "zwaar", "ok", "oké", "oke", "goed",
    "hebt", "heb", "heeft", "hebben", "hedde", "hadden", "had", "is", "zijn", "zou", "zouden", "wil", "wilt",
    "natuurlijk", "uiteraard", "he", "hé", "hè", "hoor", "eh", "dit", "dat", "da", "het", "'t", "je", "jij", "u",
    "ge", "gij", "hij", "zij", "ze", "jullie", "uw", "uwe", "jouw", "als", "tenzij", "behalve", "mocht", "moest",
    "indien", "wanneer", "even", "eens", "echt", "wel", "allemaal", "zo",
})
# A judgement or thanks, and the small words around it ('maar toch vervelend', 'alvast heel erg bedankt').
_COMMENT = frozenset({
    "prima", "goed", "top", "super", "fijn", "leuk", "tof", "plezant", "chill", "nice", "heerlijk", "geweldig",
    "vervelend", "ambetant", "jammer", "spijtig", "helaas", "balen", "bah", "pech", "stom", "duimen", "bedankt",
    "dank", "merci", "hartelijk", "moeite",
})
_AROUND = frozenset({"ook", "echt", "maar", "toch", "helemaal", "alvast", "heel", "erg", "zeer", "al", "voor", "de",
                     "he", "hé", "hoor", "wel", "nog", "zo", "nu", "dus", "enfin"})
_NOT = WRITER | {"alleen", "enkel", "pas", "maar", "nog", "eerst", "uiterlijk", "anders", "dan"}  # the writer; a limit
_KINDS = frozenset({"inhoud", "ontkenning", "voorwaarde"})  # no moment, amount, duration or name went


def _words(an, c) -> list[str]:
    d = an.d
    words = [d.word(i) for i in d.content(c.a, c.b)]
    return [] if any(ch.isdigit() for w in words for ch in w) else words


def suits_reader(an, c, kinds: set[str]) -> bool:
    """Condition clause c only asks whether it suits the reader (see above); kinds: its dropped word kinds."""
    words = _words(an, c) if kinds <= _KINDS else []
    function = word_classes().function
    if not words or set(words) & _NOT or not any(w in _SUITS - function for w in words):
        return False
    return all(w in _SUITS or w in NEGATIONS or w in function for w in words)


def only_comment(an, c, kinds: set[str]) -> bool:
    """Verbless piece c only judges or thanks (see above); kinds: its dropped word kinds."""
    words = _words(an, c) if kinds <= {"inhoud"} else []
    return any(w in _COMMENT for w in words) and all(w in _COMMENT or w in _AROUND for w in words)
