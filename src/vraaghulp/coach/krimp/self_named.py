"""The writer names themself in full and nowhere else: a result that drops it is not sure (round 38, k38a).

'Dag, hier is Gert Van den Bossche. Kunt ge mijn pillen voor de schildklier klaarleggen tegen vrijdagnamiddag?'
(h37b-029): the pharmacy learns whose pills only from the introduction. Counted over the tuning part (round 38), the
drafts that introduce the writer by a full name ('hier is …', 'met …', 'mijn naam is …', 'ik ben …': a first name
and a surname with capitals, 'van', 'de', 'den' between): where the name comes again later (signed, 'Met
vriendelijke groet, Johan Kuipers'), the golds drop the introduction in 48, keep it in 8, split in 3; where the
introduction is the only place the draft names the writer, they keep it in 11, drop it in 10, split in 3 ('hier is
Maria Van den Broeck' h25a-038 dropped, 'hier is Gert Van den Bossche' h37b-029 kept). So the engine goes on dropping
it, but a result that drops the only naming is not sure (code ``naam-weg``). On the tuning part it withheld `zeker`
from one result, h37b-029, wrong and sure. ident.py's name with a date or an address is its own check (``id-weg``).
"""

from __future__ import annotations

import re

from .titled import titled

CODE = "naam-weg"
_PARTICLES = r"(?:van|Van|de|De|den|Den|der|Der|ter|Ter|te|Te|el|El)"
_INTRO = re.compile(
    r"(?:^|[\s,.;:])(?i:u spreekt met|mijn naam is|hier is|het is hier|'t is hier|hier|met|ik ben|'k ben)\s+"
    r"([A-Z][\w'-]+(?:\s+" + _PARTICLES + r")*(?:\s+[A-Z][\w'-]+)+)")
_CAPITAL = re.compile(r"^[A-Z][^\W\d_]*[a-z]")  # a word with a capital first and lower case after ('Gert', not 'PAPA')
_CLOSING = re.compile(r"(?i)\b(?:met vriendelijke|vriendelijke groet|met de meeste|hoogachtend|groetjes|groeten|mvg)\b")


def full_name(draft: str) -> tuple[str, int] | None:
    """(the full name the writer introduces themself by, where it ends), before the first question and any closing
    formula; None when there is none. At least two words with a capital (a first name and a surname), each a name
    as typed in a normal sentence (not a draft in capitals)."""
    if titled(draft):
        return None  # 'Kunde Gij Mij Naar De Oogarts …': every word has a capital, none says it is a name
    head = draft.split("?", 1)[0]
    closing = _CLOSING.search(head)
    head = head[:closing.start()] if closing else head
    for m in _INTRO.finditer(head):
        words = m.group(1).split()
        names = [w for w in words if not re.fullmatch(_PARTICLES, w)]
        if len(names) >= 2 and all(_CAPITAL.match(w) for w in names) and _CAPITAL.match(words[0]):
            return m.group(1), m.end(1)
    return None


def lost(draft: str, sentence: str) -> bool:
    """The draft names the writer in full only in its introduction, and the result shows no part of the name."""
    found = full_name(draft)
    if found is None:
        return False
    name, end = found
    names = [w for w in name.split() if not re.fullmatch(_PARTICLES, w)]
    later = draft[end:]
    if any(re.search(rf"\b{re.escape(w)}\b", later) for w in names):
        return False  # signed, or named again: the reader knows who writes
    return not any(re.search(rf"\b{re.escape(w)}\b", sentence) for w in names)
