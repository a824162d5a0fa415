"""Crisis drafts: the person's own words about how bad it is are never lost, never wrapped.

Two last steps for a draft with crisis language (contract point 7), after the engine:
- when the offered sentence holds no acute words at all (the crisis sentence was cut, e.g. one
  that opens with a clause: 'Maar sinds papa er niet meer is wil ik ook niet meer leven'), the
  first acute sentence of the draft is put back in front of the request (after the name), with
  only its opening 'maar'/'en' and the hedges 'eigenlijk'/'misschien' taken out (never next to
  the fixed crisis sentence of a draft without a request);
- burden talk that opens a kept crisis sentence ('ik wil ulle niet ongerust maken maar …',
  'sorry dat ik je hiermee lastigval, maar …') goes: the words after it stay.
"""

from __future__ import annotations

import re

from .care import care_tier
from .lexicon import lexicon
from .pieces import capitalise

_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")
_OPENING = re.compile(r"^(?:maar|en|dus|want)\s+", re.IGNORECASE)
_ASK_AFTER = re.compile(r"\s*,\s*(?:en |maar )?(?:kun|kan|kunt|wil|wilt|zou|zoudt|mag|kunde|wilde) (?:je|jij|u|ge|gij|ik|jullie)\b.*$",
                        re.IGNORECASE | re.DOTALL)
_HEDGES = re.compile(r"\s+(?:eigenlijk|misschien)\b", re.IGNORECASE)
_BURDEN = re.compile(
    r"\b(?:ik wil|'k wil|k wil) (?:je|jou|jullie|ulle|u|uw|u wel) (?:\w+ )?(?:niet|nie|ni) "
    r"(?:ongerust maken|bang maken|laten schrikken|belasten|lastigvallen|storen|opzadelen met \w+)\s*,?\s*(?:maar|mor)\s+",
    re.IGNORECASE)


def kept(draft: str, sentence: str, name: str) -> str:
    """The crisis result with the person's own acute words in it, and no burden talk before them."""
    sentence = _BURDEN.sub("", sentence)
    fixed = lexicon().setting("crisis_zin", "Het gaat niet goed met me. Kun je nu bij me zijn?")
    if fixed.split(". ")[-1] in sentence or care_tier(sentence) == "acuut":
        return sentence  # the fixed crisis sentence (a draft without a request) stays as it is
    own = _first_acute(draft)
    if not own:
        return sentence
    if name and sentence.startswith(name + ", "):
        rest = sentence[len(name) + 2:]
        return f"{name}, {own[:1].lower()}{own[1:]} {capitalise(rest)}"
    return f"{own} {sentence}"


def _first_acute(draft: str) -> str:
    """The first sentence of the draft that is acute on its own and asks nothing, cleaned."""
    for match in _SENTENCES.finditer(draft):
        raw = _ASK_AFTER.split(match.group(0).strip())[0]  # 'ik voel me een last, kun je me bellen' (no '?')
        if not raw or raw.endswith("?") or care_tier(raw) != "acuut":
            continue
        text = _HEDGES.sub("", _OPENING.sub("", raw)).strip().rstrip(".!")
        return capitalise(_BURDEN.sub("", text)) + "."
    return ""
