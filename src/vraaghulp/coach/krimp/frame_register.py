"""The words the practice flow puts in front of a bare task ('kun je …?', 'kun je me helpen met …?'),
in the register of the person and the note.

'de tuin doen, ge weet da 'k geen tijd heb' to Jef is Flemish: 'Kunt ge de tuin doen?', never 'Kun je'
beside the writer's own 'ge'; 'mijn scriptie nalezen' to 'meneer Jansen' (a title, or 'u' in the note)
is 'Kunt u …?'. The register is read as a reported note reads it (reported.register_of): a formal
title typed, Flemish words in the note, or 'u'/'uw' in it. 'mag ik …' needs no change.
"""

from __future__ import annotations

from vraaghulp.coach.text import fold

from .gemeld import gemeld_words
from .reported import register_of, tokens

# Family words typed as the person that are said in Flanders ('nonkel Rik', 'meter', 'bomma'): 'ge'.
_FLEMISH_FAMILY = frozenset({"nonkel", "meter", "peter", "moeke", "vake", "bomma", "bompa", "meme", "pepe"})

# (the 'je' form, the 'u' form, the 'ge' form) of the frames in [instellingen]
_FORMS = (
    ("kun je me helpen", "kunt u me helpen", "kunt ge mij helpen"),
    ("kun je", "kunt u", "kunt ge"),
)


def register_for(note: str, person: str | None) -> str:
    """'je', 'u' or 'ge' for a note typed in the practice flow, to this person."""
    register = register_of(tokens(note or ""), [], person or "")
    typed = set(fold(person or "").lower().split()) if not _a_name(person or "") else set()
    if register == "je" and typed & (_FLEMISH_FAMILY | gemeld_words()["vlaams"]) and not _says_je(note):
        return "ge"
    return register


# family words that are first names too: 'Peter' typed alone with a capital is a friend, not the godfather
_ALSO_NAMES = frozenset({"peter", "pepe"})


def _a_name(person: str) -> bool:
    """'Peter' (a name) and not 'peter', 'mijn peter', 'peter Jan', 'Nonkel' (family words)."""
    words = person.split()
    return len(words) == 1 and words[0][:1].isupper() and fold(words[0]).lower() in _ALSO_NAMES


def _says_je(note: str) -> bool:
    return bool({"je", "jij", "jou", "jouw"} & {t.w for t in tokens(note or "")})


def framed(frame: str, register: str) -> str:
    """'kun je' -> 'kunt ge' (Flemish) or 'kunt u' (formal); any other frame stays as it is."""
    if register not in ("u", "ge"):
        return frame
    column = 1 if register == "u" else 2
    for forms in _FORMS:
        if frame == forms[0] or frame.startswith(forms[0] + " "):
            return forms[column] + frame[len(forms[0]):]
    return frame
