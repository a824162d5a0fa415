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

from vraaghulp.coach.crisis.audience import CHAT_CALLS, chat_address

from . import crisis_heavy
from .care import care_tier
from .lexicon import lexicon
from .pieces import capitalise

_OPENING = re.compile(r"^(?:maar|en|dus|want)\s+", re.IGNORECASE)
_ASK_AFTER = re.compile(r"\s*,\s*(?:en |maar )?(?:kun|kan|kunt|wil|wilt|zou|zoudt|mag|kunde|wilde) (?:je|jij|u|ge|gij|ik|jullie)\b.*$",
                        re.IGNORECASE | re.DOTALL)
_HEDGES = re.compile(r"\s+(?:eigenlijk|misschien)\b", re.IGNORECASE)
_BURDEN = re.compile(
    r"\b(?:(?:ik|'k|k) (?:wil|ga) (?:je|jou|jullie|ulle|u|uw|u wel) (?:\w+ )?(?:niet|nie|ni) "
    r"(?:ongerust maken|bang maken|laten schrikken|belasten|lastigvallen|storen|opzadelen met \w+)"
    r"|(?:ik|'k|k) (?:wil|wou) (?:niet|nie|ni) (?:te |zo )?dramatisch (?:doen|klinken|overkomen))"  # round 40 (k40a)
    r"(?:\s*,?\s*(?:maar|mor)\s+|\.\s+(?=[^\W\d_]))",
    re.IGNORECASE)


def kept(draft: str, sentence: str, name: str) -> str:
    """The crisis result with the person's own acute words in it, and no burden talk before them."""
    sentence = _after_name(_BURDEN.sub("", sentence), name)  # also as a sentence of its own (round 27)
    fixed = lexicon().setting("crisis_zin", "Het gaat niet goed met me. Kun je nu bij me zijn?")
    if fixed.split(". ")[-1] in sentence:
        return sentence  # the fixed crisis sentence (a draft without a request) stays as it is
    if care_tier(sentence) == "acuut":  # every acute sentence stays, not only the lightest (crisis_heavy.py)
        return crisis_heavy.put_back(sentence, name, crisis_heavy.lost(draft, sentence, _cleaned))
    own = _first_acute(draft)
    if not own:
        return sentence
    if name and sentence.startswith(name + ", "):
        rest = sentence[len(name) + 2:]
        return f"{name}, {own[:1].lower()}{own[1:]} {capitalise(rest)}"
    return f"{own} {sentence}"


def _first_acute(draft: str) -> str:
    """The first sentence of the draft that is acute on its own and asks nothing, cleaned."""
    for match in crisis_heavy.SENTENCES.finditer(draft):
        own = _cleaned(match.group(0))
        if own and care_tier(own) == "acuut":
            return own
    return ""


def _cleaned(raw: str) -> str:
    """A draft sentence without an ask glued on, its opening 'maar'/'en', hedges and burden talk ("": it asks)."""
    raw = _ASK_AFTER.split(raw.strip())[0]  # 'ik voel me een last, kun je me bellen' (no '?')
    if not raw or raw.endswith("?"):
        return ""
    text = _HEDGES.sub("", _OPENING.sub("", raw)).strip().rstrip(".!")
    text = _no_call(_BURDEN.sub("", text).strip())
    return capitalise(text) + "." if text else ""


# Round 40 (k40a): a chat call or sigh at the end of the writer's sentence ('ik trek dit echt niet meer man') is no part
# of how bad it is. Round 40 (k40r2): only right after a word that closes a clause, before a comma or the end; never a
# person after a preposition, article, owner or adjective ('na de dood van mijn kleine jongen', 'zonder man'). Which
# words are chat calls, and that no determiner or owner stands before one: crisis.audience (CHAT_CALLS, chat_address).
_CLOSERS = frozenset({"meer", "niet", "nie", "ni", "aan", "vol", "op", "dood", "kapot"})


def _no_call(text: str) -> str:
    """The sentence without a chat call after a clause's last word ('… niet meer man' -> '… niet meer')."""
    words = text.split()
    bare = [w.rstrip(",").lower() for w in words]
    out: list[str] = []
    for i, word in enumerate(words):
        if i >= 2 and (i == len(words) - 1 or word.endswith(",")) and not words[i - 1].endswith(",") \
                and _call_at(bare, i):
            out[-1] += "," if word.endswith(",") else ""  # '… niet meer man, ik …' -> '… niet meer, ik …'
            continue
        out.append(word)
    return " ".join(out).rstrip(",")


def _call_at(bare: list[str], i: int) -> bool:
    """The word at i is a chat call after a clause's last word; 'zijn' closes one only after such a word ('ik wil er
    niet meer zijn man'), never as an owner ('ik mis zijn man')."""
    if bare[i - 1] == "zijn":
        return bare[i] in CHAT_CALLS and bare[i - 2] in _CLOSERS
    return bare[i - 1] in _CLOSERS and chat_address(bare, i)


def _after_name(sentence: str, name: str) -> str:
    """'Pap, Ik zie …' (burden talk went from between them) -> 'Pap, ik zie …'."""
    lead = f"{name}, "
    if name and sentence.startswith(lead + "Ik "):
        return lead + "ik " + sentence[len(lead) + 3:]
    return sentence


cleaned = _cleaned  # a draft sentence cleaned as a crisis result keeps it (also crisis_own.py)
