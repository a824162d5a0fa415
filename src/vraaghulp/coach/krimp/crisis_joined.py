"""Where the writer is, said in the same sentence as the acute words, stays with them (round 57, k57c; p56-056).

'Ik ben alleen in mijn kamer en ik wil niet meer leven.', 'ik zit alleen in de auto op de parking van de Carrefour en
ik zie het niet meer zitten': the crisis result kept the acute clause ('ik wil niet meer leven') and dropped the one
before its 'en', while sure. crisis_facts.py judged the sentence as a whole, and more than half of its words were still
shown, so the fact of here and now (alone, a room, a car park) counted as said; crisis_place.py reads a place only
right after the verb ('ik zit in de auto'), not after 'alleen'. A helper needs both: where to go, and that nobody is
there. When a clause of such a sentence says a fact of now (crisis_facts.of_now) or a place (crisis_place.clause) and
the result shows another clause of the same sentence but not this one, the result's clause is widened back to the
sentence as typed, from the first lost clause to the shown one: 'Bas, ik ben alleen in mijn kamer en ik wil niet meer
leven. Kun je nu bij me zijn?'. `lost` names a result that still lacks such a clause (the result is then not sure,
code `crisis-feit`, as crisis_facts.py's).
"""

from __future__ import annotations

import re

from . import crisis_facts, crisis_place

_PIECES = re.compile(r"[^.!?\n]+[.!?]*")
_CUT = re.compile(r"(?i)\s*,\s*|\s+(?=en\s)")
_WORD = re.compile(r"[\w']+")
_SMALL = frozenset({"de", "het", "een", "en", "ik", "is", "ben", "op", "in", "aan", "bij", "me", "mij", "er", "nog", "al",
                    "zo", "nu", "hier", "dit", "mijn", "m'n", "mn", "van", "te", "'t", "'k", "k", "zit", "sta", "lig"})


def _clauses(piece: str) -> list[str]:
    return [c for c in (re.sub(r"(?i)^en\s+", "", c).strip(" .!") for c in _CUT.split(piece.strip())) if c]


def _said(clause: str, sentence: str) -> bool:
    words = [w for w in _WORD.findall(clause.lower()) if w not in _SMALL] or _WORD.findall(clause.lower())
    shown = set(_WORD.findall(sentence.lower()))
    return 2 * sum(w in shown for w in words) >= len(words)


def _here(clause: str) -> bool:
    """A clause of the writer that says where they are or what is here and now (no question, no word to the reader)."""
    low = clause.lower()
    if "?" in clause or not re.match(r"(?:ik|'k|k)\s", low) or re.search(r"\b(?:je|jij|u|ge|gij)\b", low):
        return False
    return crisis_facts.of_now(low) or bool(crisis_place.clause(clause))


def _lost_in(piece: str, sentence: str) -> tuple[str, str] | None:
    """(the first lost clause of now, the shown clause after it) of one draft sentence, or None."""
    parts = _clauses(piece)
    if len(parts) < 2:
        return None
    for k, part in enumerate(parts[:-1]):
        if _here(part) and not _said(part, sentence):
            shown = next((p for p in parts[k + 1:] if p.lower() in sentence.lower()), None)
            if shown is not None:
                return part, shown
    return None


def kept(draft: str, sentence: str) -> str:
    """The crisis result with the lost clause of now put back in front of the shown clause of its sentence, as typed."""
    for piece in _PIECES.findall(draft):
        found = _lost_in(piece, sentence)
        if found is None:
            continue
        part, shown = found
        low = piece.lower()
        start, end = low.find(part.lower()), low.find(shown.lower()) + len(shown)
        at = sentence.lower().find(shown.lower())
        if start < 0 or at < 0 or end <= start:
            continue
        typed = piece[start:end]
        first = sentence[at:at + 1]  # the case the result gave the shown clause ('Bas, ik …', '… leven. Ik …')
        typed = (typed[:1].upper() if first.isupper() else typed[:1].lower()) + typed[1:]
        sentence = sentence[:at] + typed + sentence[at + len(shown):]
    return sentence


def lost(draft: str, sentence: str) -> bool:
    """A clause of now whose sentence the result shows in part, itself not shown."""
    return any(_lost_in(piece, sentence) is not None for piece in _PIECES.findall(draft))
