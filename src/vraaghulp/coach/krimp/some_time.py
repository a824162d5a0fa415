"""'een keer' in an ask that names no moment of its own (round 54, k54a).

'mag ik een keer meekijken als je een distributieriem vervangt', 'zou je een keer willen afspreken', 'kan je een keer
laten zien hoe …': with no day or time in the ask, 'een keer' ('ne keer', 'een keertje') is the only time it has —
"some time", an honest small ask — and the outside golds keep it more often than they drop it (tuning-ho* and
tuning*-p, round 54: of the results that dropped it as vague with no moment left, golds keep it in 7 drafts, split on
4, drop it in 2). Beside a moment ('zaterdag een keer', a moment typed in the practice flow) the golds mostly drop
it, and the list `vaag_tijd` does too; that stays.

- `lost`: a result that dropped it as vague (`vaag`) and holds no moment is not sure (`CODE`): where the golds split
  the reader must look. Not at the end of a stack of hedges ('misschien eventueel een keer'): the stack goes whole.
- `kept`: the not-sure offer puts it back where it stood, between the same two words, when the offer still has them
  side by side ('mag ik meekijken' -> 'mag ik een keer meekijken'); its finding and its struck span go. Shipped
  switched off (`PUT_BACK`): round 8 promised that a plain 'een keer' goes ('kun je een keer de was voor me doen',
  tests/test_krimp_round8_older.py); turning it on is the lead's call (README "Round 54 (k54a)").
"""

from __future__ import annotations

import re

from .find_out import unstruck

ACTIVE = True  # tests switch it off to show a result without it
PUT_BACK = False  # `kept` is shipped off: round 8's promise (test_krimp_round8_older) drops a plain 'een keer'
CODE = "keer-weg"
_ONCE = re.compile(r"(?i)^(?:een|ne|nen|'n)\s+keer(?:tje)?$|^(?:een\s+)?keertje$")
_KEER = re.compile(r"(?i)\bkeer(?:tje)?\b")
_HEDGES = frozenset({"misschien", "mss", "eventueel", "evt", "toevallig", "soms", "eigenlijk", "wellicht"})


def _dropped(found, text: str) -> list:
    """The `vaag` findings that name 'een keer' (any spelling) as gone, each not the end of a stack of hedges
    ('zou je misschien eventueel een keer …': the stack goes whole, test_krimp's first promise)."""
    return [f for _k, f in found if f.kind == "vaag" and _ONCE.match(" ".join(f.text.split()))
            and not _stacked(text, f.text)]


def _stacked(text: str, said: str) -> bool:
    """Two hedge words right before 'een keer' in the draft."""
    at = text.lower().find(said.lower())
    before = re.findall(r"[^\W\d_]+", text[:at].lower())[-2:] if at >= 0 else []
    return len(before) == 2 and set(before) <= _HEDGES


def lost(out, sentence: str) -> bool:
    """A sure result dropped 'een keer' as vague and holds no moment of its own ('wanneer' still missing)."""
    if not ACTIVE or out.crisis or "wanneer" not in out.missing or _KEER.search(sentence):
        return False
    return bool(_dropped(out.found, out.analysis.d.text if out.analysis is not None else ""))


def kept(text: str, sentence: str, spans: tuple, found: list, sure: bool) -> tuple[str, tuple]:
    """(sentence, spans): a not-sure offer without a moment gets 'een keer' back between the words it stood between;
    its finding is taken out of `found` (in place). Unchanged when sure, when a moment is named, or no place fits."""
    if not (ACTIVE and PUT_BACK) or sure or _KEER.search(sentence) or not any(f.kind == "geen-moment" for _k, f in found):
        return sentence, spans
    for f in _dropped(found, text):
        m = re.search(r"(?i)([^\W\d_]+)\s+(" + r"\s+".join(map(re.escape, f.text.split())) + r")\s+([^\W\d_]+)", text)
        if m is None:
            continue
        pair = re.search(rf"(?i)\b({re.escape(m.group(1))})\s+({re.escape(m.group(3))})\b", sentence)
        if pair is None or len(re.findall(rf"(?i)\b{re.escape(m.group(1))}\s+{re.escape(m.group(3))}\b", sentence)) != 1:
            continue
        sentence = f"{sentence[:pair.end(1)]} {m.group(2)}{sentence[pair.end(1):]}"
        found[:] = [x for x in found if x[1] is not f]
        return sentence, unstruck(text, spans, [m.span(2)])
    return sentence, spans
