"""A word of affection after the name in the address goes; the name stays (round 27, k27b).

'Sanne lieverd, kun jij …?', 'Robbe manneke, wilt ge …?', 'Wout jong, kunt gij …?', 'Fien schatje, …': the outside
golds address the person by the name alone ('Sanne, kun jij …?'). Alone the word is the address and stays ('Schat,
kun je …?', 'Lieverd, …'). Only a lower-case word right after a capitalised name at the start of the sentence, before
the comma of the address: 'Tom Jong,' and 'meneer De Jong,' are names. The Flemish 'seg'/'zeg' in front of the name
calls out, as a greeting does: 'Seg Tibo, kunt gij …?' is 'Tibo, kunt gij …?'.
"""

from __future__ import annotations

import re

_PET = (r"lieverd|liefje|lieveke|schat|schatje|schattebout|snoes|snoesje|popje|poppemie|manneke|menneke|mannetje|"
        r"ventje|jong|jongen|jongske|knul|kerel|meiske|meisje|meid|kind|kindje|bro|broer|zus|zuske|sis|maat|makker")
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
