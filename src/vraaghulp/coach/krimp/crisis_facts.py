"""In a crisis draft, the writer's own facts about where they are and what is happening are never dropped while sure
(round 42, k42b; issue 12 point 7).

'Ik sta op de brug bij het station. Mijn telefoon is bijna leeg. Kun je komen?', 'ik wil niet meer. ik sta op perron
5. de trein komt zo. kun je komen?', 'ik wil er niet meer zijn. ik ben op dit nummer. ik ben er klaar mee': the crisis
result kept the heavy words, the place (crisis_place.py) and the ask, and dropped, while sure, what a helper needs to
act on now: the phone that is about to die, the train that comes, the number or address the writer can be found at,
that nobody knows where they are. Counted over the corpus's crisis drafts (round 42): the golds drop most other
sentences beside the ask (apologies, burden talk, the story before; 138 sure results drop only such sentences), so
such a fact is not put back; the result is offered but not sure (code `crisis-feit`), the writer's draft at hand.
A fact is a sentence of the draft without '?', not addressed to the reader, not in the past, that names the phone or
battery running out, a number or an address, or what is here and now ('het is hier donker', 'de trein komt zo',
'niemand weet waar ik ben', 'ik ben alleen thuis'), of which the offered sentence shows less than half.
"""

from __future__ import annotations

import re

CODE = "crisis-feit"

_PIECES = re.compile(r"[^.!?\n]+[.!?]*")
_WORD = re.compile(r"[\w']+")
_PHONE = re.compile(r"\b(?:telefoon|gsm|batterij|accu|mobiel|gsm'ke|telefoontje)\b.*\b(?:leeg|op|plat|dood|uit|bijna)\b")
_NUMBER = re.compile(r"\b(?:dit|mijn|dees|deze) (?:nummer|nr|gsmnummer|telefoonnummer|adres)\b|\d{6,}|\d{2,4}[ -]\d{2,3}[ -]\d{2,3}"
                     r"|\b\w+(?:straat|laan|weg|plein|dreef|kade|singel|gracht|steenweg|baan|dijk|hof|park)\s+\d+")
_NOW = re.compile(r"\b(?:(?:het|'t) is hier|hier is het|(?:de|den) (?:trein|bus|tram) (?:komt|rijdt|gaat)|komt zo\b"
                  r"|niemand (?:weet waar|is (?:hier|thuis|bij me|bij mij))|waar ik (?:ben|zit|sta|lig)|(?:ben|zit|sta|lig) (?:hier )?(?:helemaal )?alleen"
                  r"|alleen thuis|(?:heb|hebt) het (?:zo )?koud|ik heb (?:de|die|mijn|alle|een) \w+ bij (?:me|mij)\b)")
# addressed to the reader, an apology or burden talk, or told in the past: no fact of here and now
_NOT = re.compile(r"\b(?:je|jij|u|ge|gij|jullie|sorry|spijt|lastig\w*|stoor|storen|boos|schrik\w*|hoeft|gisteren|vorige"
                  r"|vorig|sinds|geleden|toen|was|waren|had|hadden|gedaan|gezegd)\b")
_SMALL = frozenset({"de", "het", "een", "en", "ik", "is", "ben", "op", "in", "aan", "bij", "me", "mij", "er", "nog", "al",
                    "zo", "nu", "hier", "dit", "mijn", "m'n", "mn", "van", "te", "'t", "'k", "k"})


def lost(draft: str, sentence: str) -> bool:
    """A fact of here and now in the draft that the offered sentence no longer shows."""
    shown = set(_WORD.findall(sentence.lower()))
    return any(_fact(piece) and not _said(piece, shown) for piece in _PIECES.findall(draft.lower()))


def _fact(piece: str) -> bool:
    piece = piece.strip()
    if not piece or "?" in piece or _NOT.search(piece):
        return False
    return bool(_PHONE.search(piece) or _NUMBER.search(piece) or _NOW.search(piece))


def _said(piece: str, shown: set[str]) -> bool:
    words = [w for w in _WORD.findall(piece) if w not in _SMALL] or _WORD.findall(piece)
    return 2 * sum(w in shown for w in words) >= len(words)
