"""A fronted opener or linker before an inverted ask frame, read as the frame alone (round 31, k31c).

'Naar aanleiding van ons gesprek wil ik u vragen of …', 'Langs deze weg wil ik u vriendelijk verzoeken …',
'Hierbij verzoek ik u om …', 'Daarom wil ik je vragen of …', 'Vandaar mijn vraag of …', '… vandaar dat ik wou vragen
of …': the opener says only that a request follows, or why; the frame the engine knows ('Ik wil u vragen of …') is
put in its place and the opener goes with a finding. The draft keeps its length (the new words stand right-aligned
where the opener and the frame stood, spaces before them), so the spans the engine drops stay spans of the draft.
A fronted phrase that carries meaning ('Vanaf 1 maart …', 'Na de operatie …', 'Tijdens de vakantie …') is no opener
here and is left to the engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import findings as fx
from .fronted_move import moved

KIND = "aanloop"
_EDGE = r"(?P<edge>^|(?<=[.!?:;])\s+|(?<=\n)|(?<=,)\s+|(?<=[a-z0-9)])\s+(?=(?:dus|daarom|vandaar)\b))"
_OPEN = (r"(?P<open>naar\s+aanleiding\s+van\s+[^,.?!:;\n]{1,60}?|(?:via|langs)\s+(?:deze|dit)\s+(?:weg|bericht|mail)"
         r"|bij\s+dezen?|hierbij|hiermee|met\s+(?:deze|dit)\s+(?:mail|e-mail|email|brief|bericht|berichtje)"
         r"|daarom|om\s+die\s+reden|om\s+deze\s+reden|vandaar|dus|graag)")
_SOFT = r"(?:\s+(?:u|je|jou|jullie|ge|gij|graag|vriendelijk|beleefd|nog|even|eens|willen|wel|dan|ook|toch|eigenlijk))*"
# the inverted frame: 'wil ik (u) (graag) vragen', 'verzoek ik u', 'vroeg ik me af'
_FRAME = (rf"(?P<fin>wil|zou|wou|wilde|had|verzoek|vraag|vroeg)\s+ik\b(?P<mid>{_SOFT})"
          r"(?P<verb>\s+(?:vragen|verzoeken|gevraagd|(?:me|mij)\s+af)\b)?")
_INVERTED = re.compile(rf"(?i){_EDGE}{_OPEN}\s*,?\s+{_FRAME}")
# 'vandaar mijn vraag of …' / 'vandaar mijn vraag: …'; 'vandaar dat ik wou vragen of', 'dus ik wilde vragen of'
_NOUN = re.compile(rf"(?i){_EDGE}(?P<open>(?:vandaar|daarom|dus|hierbij)\s+(?:mijn|m'n|de|onze)\s+vraag)"
                   r"(?P<tail>\s+of\b|\s*:)")
_SUBJECT = re.compile(rf"(?i){_EDGE}(?P<open>(?:vandaar|daarom|dus)(?:\s+dat)?)\s+(?=(?:ik|'k|k)\s+(?:wou|wilde|wil|zou|"
                      r"vroeg|had)\b(?:\s+\w+){0,4}?\s+(?:vragen|verzoeken|gevraagd|af\s+of)\b)")
# What a match of each holds, whatever stands around it: a text without it is not searched (round 36, k36s: speed only).
# Round 37 (speed only): a look-ahead for the letters a match can start with lets the search skip every other place
# at once (a case-blind alternation is otherwise tried in full at every character of a long draft).
_HAS_FRAME = re.compile(r"(?i)(?=[whvz])(?:wil|zou|wou|wilde|had|verzoek|vraag|vroeg)\s+ik\b")  # _INVERTED's frame
_HAS_VRAAG = re.compile(r"(?i)vraag")  # _NOUN's 'mijn vraag'
_HAS_SUBJECT = re.compile(r"(?i)(?:ik|'k|k)\s+(?:wou|wilde|wil|zou|vroeg|had)\b")  # _SUBJECT's 'ik wou'
_HAS_LINK = re.compile(r"(?i)(?=[vd])(?:vandaar|daarom|dus)")  # _SUBJECT's opener (round 37)
_FOLLOW = re.compile(r"(?i)\s+(?:of|om|dat|da|wanneer|hoe|wat|waar|wie|:)\b|\s*:")


def _frame_ok(m: re.Match[str], text: str) -> bool:
    fin, verb = m.group("fin").lower(), (m.group("verb") or "").lower()
    if fin in ("verzoek", "vraag"):
        return not verb and bool(re.match(r"(?i)\s+(?:u|je|jou|jullie|ge|gij)\b", m.group("mid") or ""))
    if fin == "vroeg":
        return "af" in verb
    return bool(verb) and "af" not in verb


def _placed(out: list[str], a: int, b: int, new: str) -> bool:
    """new right-aligned in out[a:b] (spaces before it); False when it does not fit."""
    if len(new) > b - a:
        return False
    out[a:b] = list(" " * (b - a - len(new)) + new)
    return True


def _stopped(out: list[str], text: str, m: re.Match[str]) -> None:
    """A linker in a run-on ('… met mijn vingers dus ik wou vragen of …'): a full stop where it joined the clauses."""
    if m.group("edge") and text[m.start("edge")].isspace() and text[:m.start("edge")][-1:].isalnum():
        out[m.start("edge")] = "."


def _capital(text: str, at: int, word: str) -> str:
    before = text[:at].rstrip()
    if before[-1:].isalnum() and text[before.__len__():at].strip() == "" and at > len(before):
        before = before + "."  # a run-on cut by _stopped
    return word[:1].upper() + word[1:] if not before or before.endswith((".", "!", "?", ":", "\n")) else word


@dataclass
class Front:
    """What went: the openers (start, end, words as typed) and the moved positions (new -> typed, fronted_move.py)."""

    gone: list[tuple[int, int, str]] = field(default_factory=list)
    where: dict[int, int] = field(default_factory=dict)


def cleared(typed: str) -> tuple[str, Front]:
    """The draft with its fronted openers gone and fronted time phrases moved behind the frame (same length)."""
    text, where, _ = moved(typed)
    out, gone = list(text), []
    for m in _INVERTED.finditer(text) if _HAS_FRAME.search(text) else ():
        if not _frame_ok(m, text) or (m.group("open").lower() == "graag" and m.group("fin").lower() != "wil"):
            continue
        a, b = m.start("open"), m.end("fin") + 3
        new = _capital(text, a, "ik ") + m.group("fin").lower()
        follow = _FOLLOW.match(text, m.end()) or not re.match(r"\s+\w", text[m.end():])
        if m.group("verb") and not follow and m.group("fin").lower() != "vraag":  # 'vragen mijn verlof … te keuren'
            b, new = m.end(), _capital(text, a, "ik ") + m.group("fin").lower() + m.group("mid") + m.group("verb") + " om"
        if _placed(out, a, b, new):
            _stopped(out, text, m)
            gone.append((a, m.end("open"), m.group("open")))
    for m in _NOUN.finditer(text) if _HAS_VRAAG.search(text) else ():
        a, b = m.start("open"), m.end("tail")
        new = _capital(text, a, "ik wil vragen of") if m.group("tail").strip().lower() == "of" else ""
        if _placed(out, a, b, new):
            _stopped(out, text, m)
            gone.append((a, b, text[a:b]))
    for m in _SUBJECT.finditer(text) if _HAS_SUBJECT.search(text) and _HAS_LINK.search(text) else ():
        if _placed(out, m.start("open"), m.end("open"), ""):
            _stopped(out, text, m)
            gone.append((m.start("open"), m.end("open"), m.group("open")))
    return "".join(out), Front(sorted(gone), where)


def _typed(spans: tuple[tuple[int, int], ...], where: dict[int, int]) -> list[tuple[int, int]]:
    """Spans of the reordered draft as spans of the draft as typed (a moved phrase struck where it was typed)."""
    if not where:
        return list(spans)
    marks = sorted({where.get(k, k) for a, b in spans for k in range(a, b)} - {-1})
    out: list[tuple[int, int]] = []
    for k in marks:
        if out and k == out[-1][1]:
            out[-1] = (out[-1][0], k + 1)
        else:
            out.append((k, k + 1))
    return out


def struck(spans: tuple[tuple[int, int], ...], front: Front) -> tuple[tuple[int, int], ...]:
    """The engine's dropped spans with the openers' spans added, merged and in order."""
    merged: list[list[int]] = []
    for a, b in sorted(_typed(spans, front.where) + [(a, b) for a, b, _ in front.gone]):
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return tuple((a, b) for a, b in merged)


def named(front: Front) -> list:
    """The findings for the openers that went, at their place in the draft."""
    return [(a, fx.make(KIND, words)) for a, _, words in front.gone]
