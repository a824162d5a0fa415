"""No capital after a comma except a name (contract point 4; round 52, k52b).

Seen on the outside files: 'Ann, Ik kan niet meer.' (the draft wrote 'Ann, Ik …'), 'Wil je mee, Alleen in de
wachtkamer zitten?' (a sentence of the draft joined on), and 'Jongen, Maar de verwarming doet het weer nie …' /
'Ma, Maar de week van 22 december …' (the burden talk before the 'Maar' went, the 'Maar' stayed, capital and all).

- A word after a comma written with a capital is lowered when it is no name: the draft has it in lower case
  somewhere, or it is a word that is never a name here (a pronoun, a link word, a verb that opens a question …).
  A word in capitals only ('JIJ') and a word the draft only writes with a capital mid-sentence ('Lotte', 'Gent')
  stay as they are.
- A 'Maar' (Flemish 'Mo', 'Mor') that opens the result right after the name, with nothing before it to be 'but'
  to, goes: 'Jongen, de verwarming doet het weer nie …'.
"""

from __future__ import annotations

import re

_NEVER_NAMES = frozenset({
    "ik", "'k", "k", "je", "jij", "u", "ge", "gij", "we", "wij", "ze", "zij", "hij", "jullie", "mijn", "m'n", "mn",
    "onze", "ons", "de", "het", "een", "er", "dat", "da", "dit", "die", "deze", "als", "as", "maar", "mo", "mor", "en",
    "want", "dus", "of", "alleen", "enkel", "ook", "nog", "niet", "ni", "nie", "graag", "kun", "kunt", "kan", "kunde",
    "wil", "wilt", "mag", "zou", "zoudt", "zal", "moet", "heb", "hebt", "ben", "is", "zijn", "sinds", "vanaf", "tot",
    "om", "in", "op", "bij", "met", "voor", "na", "zonder", "liefst", "anders", "wel", "echt", "even",
})
_AFTER_COMMA = re.compile(r"(?<=,\s)([A-ZÀ-Ý])([a-zà-ÿ'][\w'-]*)")
_OPENING_BUT = re.compile(r"^((?:[A-ZÀ-Ý][\w'-]*\s+){0,3}[A-ZÀ-Ý][\w'-]*,\s+)(?:Maar|maar|Mo|mo|Mor|mor)\s+(?=\w)")


def _lowered(text: str, m: re.Match) -> str:
    word = m.group(1) + m.group(2)
    low = word.lower()
    if low in _NEVER_NAMES:
        return low
    if re.search(r"[a-zà-ÿ,]\s+" + re.escape(word) + r"(?![\w'])", text):
        return word  # written with its capital after a lower-case word or a comma: a name ('Sanne, Dan en Lies')
    return low if re.search(r"(?<![\w'])" + re.escape(low) + r"(?![\w'])", text) else word


def mended(text: str, sentence: str) -> str:
    """The sentence with no capital after a comma but a name's, and no 'Maar' left opening it after the name."""
    m = _OPENING_BUT.match(sentence)
    if m and len(sentence[m.end():].split()) >= 3:
        sentence = m.group(1) + sentence[m.end():]
    return _AFTER_COMMA.sub(lambda m: _lowered(text, m), sentence)
