"""A fact wondered about, then an ask to find it out: one question, the reader's act (round 34, k34e).

'ik vroeg me af of de trein morgen rijdt. Kunt u dat navragen?' offered the frame sentence (fact_whether.py) and
named 'Kunt u dat navragen' as a second question. The ask is the reader's act and 'dat' is the clause wondered about:
'Kunt u navragen of de trein morgen rijdt?' (the frame goes, 'dat' makes way for the writer's own 'of'-clause; no
word is added). Only when the offered sentence is that frame sentence (not sure: the verdict stays what it was) and
the ask right after it says 'dat' (or 'da', 'dit') and ends in a verb of finding out or telling.
"""

from __future__ import annotations

import re

from .whether_turned import FRAME

_SENTENCE = re.compile(rf"(?i)^((?:[^\W\d_]+,\s+)?)((?:{FRAME})\s+of)\s+([^.!?;:]+?)\s*[.?!]?$")
_VERBS = (r"navragen|nagaan|nakijken|checken|checke|controleren|uitzoeken|opzoeken|opvragen|natrekken|bekijken"
          r"|informeren|laten\s+weten|late\s+weten|vertellen|zeggen|doorgeven|bevestigen|vragen")
# between 'dat' and the verb only a softener, a time or 'voor me' ('dat stuk hout bekijken' is no 'dat' of the clause)
_BETWEEN = (r"even|eens|es|ff+|effe|efkes|eventjes|ne\s+keer|nen\s+keer|nog|nog\s+eens|snel|alvast|misschien|eventueel"
            r"|voor\s+(?:me|mij|ons)|kunnen|willen|morgen|vandaag|straks|dan|wel|graag|aub|a\.u\.b\.|alsjeblieft|alstublieft|svp|ajb")
_ASK = re.compile(rf"(?i)((?:kun|kunt|kan|kunde|wil|wilt|zou|zoudt|zouden|kunnen|willen)\s+(?:je|jij|u|ge|gij|jullie)"
                  rf"\b[^.?!]*?)\s+(?:dat|da|dit)\s+((?:(?:{_BETWEEN})\s+)*(?:{_VERBS}))\s*([?.!]|$)")


def merged(text: str, sentence: str, sure: bool = False) -> tuple[str, str, list[tuple[int, int]]]:
    """(the one question, the frame that went, the draft's ask spans now kept) or (sentence, '', []) unchanged.
    The offered sentence is the frame sentence, or (not sure) the clause turned ('Is de winkel zondag open?')."""
    m = _SENTENCE.match(sentence.strip())
    found = (m.group(1), m.group(2), m.group(3)) if m else (None if sure else _turned(text, sentence))
    if found is None:
        return sentence, "", []
    name, frame, clause = found
    at = re.search(rf"(?i){re.escape(clause)}\s*[.,;!?]*\s+", text)
    ask = _ASK.match(text, at.end()) if at else None
    if ask is None:
        return sentence, "", []
    front = ask.group(1)
    front = (front[:1].upper() if not name else front[:1].lower()) + front[1:]
    spans = [(at.start(), at.start() + len(clause)), (ask.start(1), ask.end(1)), (ask.start(2), ask.end(3))]
    return f"{name}{front} {ask.group(2)} of {clause}?", frame, spans


_IN_DRAFT = re.compile(rf"(?i)\b(?=[gzwi])((?:{FRAME})\s+of)\s+([^.!?;:,]+?)\s*[.,;!?]+\s+(?=\w)")
_NAME = re.compile(r"^((?:[^\W\d_]+,\s+)?)(.*)$")


def _turned(text: str, sentence: str) -> tuple[str, str, str] | None:
    """(name, frame, clause) when the offered question is a framed clause of the draft with its words reordered."""
    name, rest = _NAME.match(sentence.strip()).groups()
    said = sorted(_words(rest))
    for m in _IN_DRAFT.finditer(text):
        if sorted(_words(m.group(2))) == said:
            return name, m.group(1), m.group(2)
    return None


def unstruck(text: str, spans: tuple, kept: list[tuple[int, int]]) -> tuple:
    """The dropped spans without the parts of the ask now in the question (trimmed: no space struck at an end)."""
    out = list(spans)
    for a, b in kept:
        out = [p for s0, s1 in out for p in (((s0, s1),) if s1 <= a or s0 >= b else ((s0, a), (b, s1))) if p[1] > p[0]]
    out = [(s0 + len(text[s0:s1]) - len(text[s0:s1].lstrip()), s0 + len(text[s0:s1].rstrip())) for s0, s1 in out]
    return tuple(sorted(p for p in out if p[1] > p[0]))


def asked_in(kind: str, said: str, sentence: str) -> bool:
    """A 'second question' finding whose ask is now the offered question ('Kunt u dat navragen')."""
    if kind != "meer-vragen":
        return False
    words = [w for w in _words(said) if w not in _LEFT]
    rest = iter(_words(sentence))
    return bool(words) and all(w in rest for w in words)  # in order; 'even', 'ff' may have gone (last_tidy.py)


_LEFT = frozenset({"dat", "da", "dit", "even", "eens", "es", "ff", "fff", "effe", "efkes", "eefkes", "eventjes", "ne",
                   "nen", "ene", "keer", "eventjes"})


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())
