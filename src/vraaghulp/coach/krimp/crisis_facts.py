"""In a crisis draft, the writer's own facts about where they are and what is happening are never dropped while sure
(round 42, k42b; issue 12 point 7).

'Ik sta op de brug bij het station. Mijn telefoon is bijna leeg. Kun je komen?', 'ik wil niet meer. ik sta op perron
5. de trein komt zo. kun je komen?', 'ik wil er niet meer zijn. ik ben op dit nummer. ik ben er klaar mee': the crisis
result kept the heavy words, the place (crisis_place.py) and the ask, and dropped, while sure, what a helper needs to
act on now: the phone that is about to die, the train that comes, the number or address the writer can be found at,
that nobody knows where they are. Counted over the corpus's crisis drafts (round 42): the golds drop most other
sentences beside the ask (apologies, burden talk, the story before; 138 sure results drop only such sentences), so
such a fact is not taken for a must-keep of every draft: only a fact of here and now goes back before the ask
(`kept`, as crisis_place.py puts back a place); one still lost makes the result not sure (code `crisis-feit`).
A fact is a sentence of the draft without '?', not addressed to the reader, not in the past, that names the phone or
battery running out, a number or an address, or what is here and now ('het is hier donker', 'de trein komt zo',
'niemand weet waar ik ben', 'ik ben alleen thuis'), of which the offered sentence shows less than half. A short
sentence of the writer's own with a care signal of any level ('ik ben er klaar mee', a hint only, no farewell) that
went makes the result not sure too: the golds drop most such sentences, so it is not put back.
Round 43 review (k43r2): a means at hand ('ik heb een mes', 'de pillen liggen klaar') or being stuck ('kzit vast') is
such a fact too, also as a clause of a longer sentence; a kept sentence gets back the 'Ik' cut before its 'en'
(crisis_means.py).
"""

from __future__ import annotations

import re

from . import crisis_means
from .care import any_families

CODE = "crisis-feit"

_PIECES = re.compile(r"[^.!?\n]+[.!?]*")
_WORD = re.compile(r"[\w']+")
_PHONE = re.compile(r"\b(?:telefoon|gsm|batterij|accu|mobiel|gsm'ke|telefoontje)\b.*\b(?:leeg|op|plat|dood|uit|bijna)\b")
_NUMBER = re.compile(r"\b(?:dit|mijn|dees|deze) (?:nummer|nr|gsmnummer|telefoonnummer|adres)\b|\d{6,}|\d{2,4}[ -]\d{2,3}[ -]\d{2,3}"
                     r"|\b\w+(?:straat|laan|weg|plein|dreef|kade|singel|gracht|steenweg|baan|dijk|hof|park)\s+\d+")
_NOW = re.compile(r"\b(?:(?:het|'t) is hier|hier is het|(?:de|den) (?:trein|bus|tram) (?:komt|rijdt|gaat)|komt zo\b"
                  r"|niemand (?:weet waar|is (?:hier|thuis|bij me|bij mij))|waar ik (?:ben|zit|sta|lig)|(?:ben|zit|sta|lig) (?:hier )?(?:helemaal )?alleen"
                  r"|alleen thuis|(?:heb|hebt) het (?:zo )?koud|ik heb (?:de|die|mijn|alle|een) \w+ bij (?:me|mij)\b"
                  r"|(?:voor|achter)?deur (?:is|staat|ligt) (?:\w+ )?(?:open|los)|(?:sleutel|sleutels) (?:ligt|liggen|hangt|hangen|zit|zitten)\b"
                  r"|\bbloed(?:t|de)?\b)")  # what a helper needs to get in, and bleeding (round 48, second review wave)
# addressed to the reader, an apology or burden talk, or told in the past: no fact of here and now
_NOT = re.compile(r"\b(?:je|jij|u|ge|gij|jullie|sorry|spijt|lastig\w*|stoor|storen|boos|schrik\w*|hoeft|gisteren|vorige"
                  r"|vorig|sinds|geleden|toen|was|waren|had|hadden|gedaan|gezegd)\b")
_SMALL = frozenset({"de", "het", "een", "en", "ik", "is", "ben", "op", "in", "aan", "bij", "me", "mij", "er", "nog", "al",
                    "zo", "nu", "hier", "dit", "mijn", "m'n", "mn", "van", "te", "'t", "'k", "k"})


def of_now(piece: str) -> bool:
    """A piece names the phone running out, a number or address, or what is here and now (lower case, folded)."""
    return bool(_NOW.search(piece) or _PHONE.search(piece) or _NUMBER.search(piece))


def kept(draft: str, sentence: str) -> str:
    """The crisis result with the writer's lost facts of here and now put back, in the draft's order, as sentences of
    their own right before the last question (the last sentence: 'Kom nu.'), as crisis_place.py puts back a place."""
    sentence = crisis_means.subject_back(draft, sentence)  # 'Wil mezelf iets aandoen.' -> 'Ik wil …' (k43r2)
    shown = set(_WORD.findall(sentence.lower()))
    found = [(m.start(), m.group(0).strip()) for m in _PIECES.finditer(draft)]
    facts = [(k, p) for k, p in found if _fact(p.lower()) and not _said(p.lower(), shown)]
    facts = sorted(facts + [(k, c) for k, p in found if (k, p) not in facts for c in crisis_means.clauses(p)
                            if not _said(c.lower(), shown)])  # 'ik heb een mes en wil …' (crisis_means.py)
    if not facts:
        return sentence
    asks = [m.start() for m in re.finditer(r"(?:^|(?<=[.!?])\s+)[^.!?]*\?", sentence)]
    asks = asks or [m.start() for m in re.finditer(r"(?:^|(?<=[.!?])\s+)[^.!?]+[.!]?", sentence)]  # 'Kom nu.'
    at = _in_order(draft, sentence, facts[0][0], asks[-1])  # 'De tram komt zo. Ik spring.' as the draft says it (k42r)
    lines = " ".join(crisis_means.line(p) for _, p in facts)
    name = re.match(r"^([A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)?),\s+", sentence)
    if at == 0 and name:  # 'Tom, kun je komen?' -> 'Tom, mijn telefoon is bijna leeg. Kun je komen?'
        rest = sentence[name.end():]
        return f"{name.group(1)}, {lines[:1].lower()}{lines[1:]} {rest[:1].upper()}{rest[1:]}"
    return f"{sentence[:at].rstrip()} {lines} {sentence[at:].strip()}".strip()


def _in_order(draft: str, sentence: str, fact_at: int, ask_at: int) -> int:
    """Where the facts go: before the last ask, or before an earlier sentence of the result that the draft says after
    the first fact ('ik wil dood. de tram komt zo. ik spring.': before 'Ik spring.')."""
    low = draft.lower()
    for m in re.finditer(r"(?:^|(?<=[.!?])\s+)([^.!?]+)", sentence[:ask_at]):
        words = _WORD.findall(m.group(1).lower())[:3]
        said = re.search(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", low) if words else None
        if m.start() and said is not None and said.start() > fact_at:
            return m.start()
    return ask_at


def lost(draft: str, sentence: str) -> bool:
    """A fact of here and now in the draft, or a short sentence of the writer with a care signal of any level ('ik ben
    er klaar mee', a hint only; no farewell), that the offered sentence no longer shows."""
    shown = set(_WORD.findall(sentence.lower()))
    pieces = _PIECES.findall(draft.lower())
    return any((_fact(piece) or _heavy_short(piece)) and not _said(piece, shown) for piece in pieces) \
        or any(not _said(c, shown) for piece in pieces for c in crisis_means.clauses(piece))


def _heavy_short(piece: str) -> bool:
    words = _WORD.findall(piece)
    if not 2 <= len(words) <= _SHORT or "?" in piece or not {"ik", "'k", "k"} & set(words[:2]) or _NOT.search(piece):
        return False
    families = any_families(piece.strip())
    return bool(families) and not families & _FAREWELL


_SHORT = 6  # words
_FAREWELL = frozenset({"afscheid"})


def _fact(piece: str) -> bool:
    piece = piece.strip()
    if not piece or "?" in piece or _NOT.search(piece):
        return False
    return bool(_PHONE.search(piece) or _NUMBER.search(piece) or _NOW.search(piece) or crisis_means.means(piece))


def _said(piece: str, shown: set[str]) -> bool:
    words = [w for w in _WORD.findall(piece) if w not in _SMALL] or _WORD.findall(piece)
    return 2 * sum(w in shown for w in words) >= len(words)
