"""A hesitation sound before an insert between commas: never sure, the insert kept (round 44 third review, k44r3).

'Kun je uhm, mama, de hond uitlaten?' came out sure as 'Kun je mama, de hond uitlaten?' (read as the object), 'Kun je
ehm, Dan, morgen bellen?' as 'Kun je morgen bellen?' (the name read as the word 'dan' and dropped). The sound goes
(ask_filler.py), and what the pair of commas holds is a name, an address, a moment or a piece of the ask: which one,
the rules do not know well enough. So the result is only not sure (code ``aarzeling-paar``), and an insert of one
name or kin word the engine dropped is put back between its commas ('Kun je, Dan, morgen bellen?'); never
'alsjeblieft' or 'snel', which it drops on purpose.
"""

from __future__ import annotations

import re

from .ask_filler import _UM

CODE = "aarzeling-paar"
# 'ehm, Dan,' / 'uhm, om drie uur,': the sound, its comma, then one to three words closed by their own comma
_PAIRED = re.compile(_UM.pattern.replace("[,.]?", "") + r"\s*,\s*(?P<insert>[^\W\d_][\w'-]*(?:\s+[\w'-]+){0,2})\s*,")


def lost(draft: str, sentence: str) -> bool:
    """The draft has a hesitation sound right before a comma pair, and the result is a question."""
    return "?" in sentence and _PAIRED.search(draft) is not None


def _named(word: str) -> bool:
    """A name ('Dan') or a kin word ('mama'), not a word the engine drops on purpose ('alsjeblieft', 'snel')."""
    from .lexicon import lexicon

    return " " not in word and (word[:1].isupper() or word.lower() in lexicon().relations)


def kept(text: str, sentence: str) -> tuple[str, list[tuple[int, int]]]:
    """A one-word insert after the sound that the engine dropped ('Kun je ehm, morgen …'), back in its pair; and where
    it stands in the draft (no longer struck through)."""
    back: list[tuple[int, int]] = []
    for m in _PAIRED.finditer(text):
        word = m.group("insert")
        if not _named(word) or re.search(r"(?i)(?<![\w'-])" + re.escape(word) + r"(?![\w'-])", sentence):
            continue
        um = m.group(0).split(",")[0].strip()
        put = re.sub(r"(?<![\w'-])" + re.escape(um) + r"\s*,\s*", lambda _m: f"{um}, {word}, ", sentence, count=1)
        back += [m.span("insert")] if put != sentence else []
        sentence = put
    return sentence, back
