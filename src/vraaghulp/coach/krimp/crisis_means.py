"""What the writer has at hand, and who they are, kept in a crisis result (round 43 review, k43r2).

'ik heb een mes. ik wil mezelf iets aandoen. bel mijn zus' gave 'Ik wil mezelf iets aandoen. Bel nu mijn zus.' (sure):
the knife went. 'ik heb een mes en wil mezelf iets aandoen …' gave 'Wil mezelf iets aandoen. …': the knife and the
'ik' went, cut with the clause before 'en'. 'kzit vast en ik wil niet meer leven' lost 'kzit vast'. A means at hand
('ik heb een mes', 'ik heb pillen', 'de pillen liggen klaar') or being stuck ('ik zit vast') is a fact a helper needs
now: crisis_facts.py counts it as a fact of here and now, also as a clause of a longer sentence (cut at ',' or 'en'),
puts it back before the ask, and makes the result not sure when it is still lost. A kept crisis sentence that opens
with the writer's verb whose 'ik' stood before the 'en' ('Wil mezelf iets aandoen.') gets its 'Ik' back (`subject_back`).
"""

from __future__ import annotations

import re

_THINGS = (r"(?:mes|messen|mesje|mesjes|scheermes\w*|pillen|pil|pilletjes|tabletten|medicijnen|medicatie|slaappillen"
           r"|touw|strop|wapen|pistool|geweer|gif|benzine)")
_MEANS = re.compile(
    r"(?:\b(?:(?:ik|'k|k) (?:heb|hou|houd)|heb ik|kheb)\b(?![^.!?\n]*\b(?:geen|gene|nodig|niet|nie|ni)\b)"
    rf"[^.!?\n]{{0,30}}?\b{_THINGS}\b"
    rf"|\b{_THINGS}\b[^.!?\n]{{0,20}}\b(?:liggen|ligt|staan|staat|hangt|hangen|zijn|is)\b[^.!?\n]{{0,15}}"
    r"\b(?:klaar|hier|naast me|naast mij|bij me|bij mij|voor me|voor mij)\b"
    r"|\b(?:(?:ik|'k|k) (?:zit|sta|lig)|kzit|ksta|klig)\b (?:hier )?(?:helemaal )?vast\b)")


def means(piece: str) -> bool:
    """The piece (lower case) says what the writer has at hand, or that they are stuck."""
    return bool(_MEANS.search(piece))


def clauses(piece: str) -> list[str]:
    """The clauses of a sentence cut at a comma or 'en' that say a means at hand on their own ('ik heb een mes')."""
    cut = re.split(r"\s*,\s*|\s+en\s+", piece.strip())
    return [c for c in cut if c and means(c.lower())] if len(cut) > 1 else []


_VERBS = frozenset({"wil", "ben", "heb", "kan", "zit", "sta", "lig", "ga", "moet", "voel", "weet", "zie", "hou", "trek"})


def subject_back(draft: str, sentence: str) -> str:
    """'Wil mezelf iets aandoen.' -> 'Ik wil mezelf iets aandoen.' when the draft says 'ik … en wil mezelf …'."""
    def back(m: re.Match) -> str:
        verb, rest = m.group("verb"), m.group("rest")
        said = re.search(rf"(?i)\b(?:ik|'k|k)\b[^.!?\n]*\ben {re.escape(verb.lower())} {re.escape(rest.split()[0].lower())}\b",
                         draft) if rest.split() else None
        return f"{m.group('lead')}Ik {verb.lower()} {rest}" if said else m.group(0)
    verbs = "|".join(v.capitalize() for v in sorted(_VERBS))
    return re.sub(rf"(?P<lead>^|(?<=[.!?] ))(?P<verb>{verbs}) (?P<rest>[^.!?]+)", back, sentence)


def line(piece: str) -> str:
    """A clause or sentence put back as a sentence of its own ('ik heb een mes' -> 'Ik heb een mes.'); the writer's
    'k'-form stays theirs (own_k.lowered, run over the whole result, writes 'kzit vast.' and "'k Zit vast.")."""
    piece = piece.strip(" ,")
    return piece[:1].upper() + piece[1:].rstrip(" .!") + "."
