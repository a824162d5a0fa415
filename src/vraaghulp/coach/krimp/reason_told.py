"""The reason that answers the helper's first question, right before a bare ask, back in the not-sure offer (round
35, k35b).

reason_before.py puts back what broke ('De lift is kapot.'). Two more reasons the outside golds keep, because the ask
reads as a whim without them: a doctor's ban on someone else the ask is about (a name or 'hij/zij'; the writer's own 'ik mag van de dokter niet
meer op de ladder' the golds drop) ('Lander heeft zijn pols gebroken op de
trampoline en hij mag van de dokter vier weken nie turnen.' before 'Zoudt ge hem tijdens de turnles in de klas kunnen
laten blijven?' -> 'Lander mag van de dokter vier weken nie turnen.'; the story of how goes), and what the writer
cannot do alone ('Maar ik krijg de schuur niet leeg in m'n eentje, nu het huis verkocht is.' -> 'ik krijg de schuur
niet leeg in m'n eentje'). Only from the sentence right before the draft's first question, only when the offer is
that question alone; the clause, not its sentence ('nu het huis verkocht is' goes).
"""

from __future__ import annotations

import re

from . import reason_before
from .checks import lower_words

_NEG = r"(?:niet|nie|ni|nied|geen)"
# 'hij mag van de dokter vier weken nie turnen', 'Mats mag van de huisarts geen sport doen'
_BANNED = re.compile(rf"(?:^|\s)((?-i:[A-Z][\w'-]+)|(?i:hij|zij|ze))\s+(?i:mag|mocht)\s+(?i:van\s+(?:de|het|zijn|haar|mijn)\s+"
                     rf"(?:dokter|arts|huisarts|specialist|fysio|fysiotherapeut|kiné|kine|tandarts|orthopeed|chirurg|"
                     rf"cardioloog|dokteur)\s+(?:[\w'-]+\s+){{0,4}}?{_NEG}\s+[^,.!?]+)")
# 'ik krijg de schuur niet leeg in m'n eentje', 'ik kan die kast niet alleen tillen'
_ALONE = re.compile(rf"(?i)(?:^|\s)((?:ik|'k)\s+(?:krijg|kan|krij|kin|geraak)\s+(?:[\w'-]+\s+){{1,4}}?{_NEG}\s+(?:[\w'-]+\s+){{0,2}}?"
                    rf"(?:in\s+(?:m'n|mijn|mn|me|min)\s+eentje|alleen|allenig|allène)(?:\s+[\w'-]+)?)(?=\s*(?:[,.!?]|$))")
_STORY_NAME = re.compile(r"^\s*([A-Z][\w'-]+)\s+(?:heeft|is|had|was)\b")


def reason(draft: str, sentence: str) -> str:
    """reason_before's reason, else a doctor's ban or what the writer cannot do alone (see the module), or ""."""
    told = reason_before.reason(draft, sentence)
    if told or not sentence.endswith("?") or sentence.count("?") != 1 or any(ch in sentence[:-1] for ch in ".!"):
        return told
    parts = reason_before.sentences(draft)
    ask = next((k for k, (a, b) in enumerate(parts) if draft[a:b].rstrip().endswith("?")), None)
    if not ask:
        return ""
    a, b = parts[ask - 1]
    said = " ".join(draft[a:b].split()).strip()
    if len(lower_words(said)) > 30 or re.search(r"(?i)\b(?:sorry|excuses|vorige|gisteren)\b", said):
        return ""
    banned = _BANNED.search(said)
    if banned:
        return _named(said, banned.group(0).strip())
    alone = _ALONE.search(said)
    return alone.group(1).strip() if alone else ""


def _named(said: str, clause: str) -> str:
    """The ban with the name of the story in place of its 'hij/zij/ze' ('Lander heeft … en hij mag …' -> 'Lander mag …')."""
    named = _STORY_NAME.match(said)
    pron = re.match(r"(?i)(hij|zij|ze)\s", clause)
    if named and pron:
        return named.group(1) + clause[pron.end() - 1:]
    return clause
