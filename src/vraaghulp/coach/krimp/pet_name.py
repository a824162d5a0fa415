"""A word of affection after the name in the address goes; the name stays (round 27, k27b).

'Sanne lieverd, kun jij …?', 'Robbe manneke, wilt ge …?', 'Wout jong, kunt gij …?', 'Fien schatje, …': the outside
golds address the person by the name alone ('Sanne, kun jij …?'). Alone the word is the address and stays ('Schat,
kun je …?', 'Lieverd, …'). Only a lower-case word right after a capitalised name at the start of the sentence, before
the comma of the address: 'Tom Jong,' and 'meneer De Jong,' are names. The Flemish 'seg'/'zeg' in front of the name
calls out, as a greeting does: 'Seg Tibo, kunt gij …?' is 'Tibo, kunt gij …?'.
Round 41 (k41b): a kin word drawn out in the address ('Omaaa,', 'Papaaa,', 'Opaaa,') is written plain ('Oma,'): 9 of
the 11 golds of the corpus's six such drafts do (`plain_kin`; only letters change, nothing is struck).
"""

from __future__ import annotations

import re

from .lexicon import lexicon

_PET = (r"lieverd|liefje|lieveke|schat|schatje|schattebout|snoes|snoesje|popje|poppemie|manneke|menneke|mannetje|"
        r"ventje|jong|jongen|jongske|knul|kerel|meiske|meisje|meid|kind|kindje|bro|broer|zus|zuske|sis|maat|makker|"
        r"bella|bello|cara|caro|amore|tesoro|"
        r"jonguh|jongeh|jonge|gozer|mattie|broertje|zussie|lieffie|schatteke|manneken")  # chat and dialect (k52b, h32b-022)
_CALL = re.compile(r"^(?:Seg|Zeg|Zegt)\s+(?=[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)?\s*,)")
_ADDRESS = re.compile(rf"^((?:[A-ZÀ-Ý][\w'-]*\s+){{0,2}}[A-ZÀ-Ý][\w'-]*)\s+({_PET})(?=\s*,)")


def tidy(sentence: str) -> tuple[str, str]:
    """The sentence with the name alone in the address, and the word that went ('' when none)."""
    call = _CALL.match(sentence)
    if call:
        return sentence[call.end():], call.group(0).strip()
    m = _ADDRESS.match(sentence)
    if not m:
        return sentence, ""
    return m.group(1) + sentence[m.end():], m.group(2)


_MORE_KIN = frozenset({"bomma", "bompa", "mams", "paps"})  # kin words the lexicon's addresses lack
# The first word, right before the address comma; at most 20 letters (a kin word drawn out), so that a huge run of
# letters costs nothing (an earlier pattern with a lazy run before the drawn letter took minutes on 100,000 letters).
_FIRST = re.compile(r"([A-Za-zÀ-ÿ]{2,20})(?=\s*,)")
_THRICE = re.compile(r"([A-Za-zÀ-ÿ])\1\1+")


def plain_kin(sentence: str) -> str:
    """'Omaaa, kun jij …?' -> 'Oma, kun jij …?': a kin word in the address with a letter typed three times or more."""
    m = _FIRST.match(sentence)
    if not m or not _THRICE.search(m.group(1)):
        return sentence
    plain = _THRICE.sub(r"\1", m.group(1))
    return plain + sentence[m.end():] if plain.lower() in lexicon().relations | _MORE_KIN else sentence
