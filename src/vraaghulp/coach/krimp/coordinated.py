"""Two verbs joined by 'en' in a question: both are infinitives, or the question is half turned.

'of hij zijn kamer opruimt en de was naar beneden brengt' became 'Kun je je kamer opruimen en de was
naar beneden brengt?', and 'Ik vroeg me af of je de hond uitlaat en de planten water geeft' became
'Kun je de hond uitlaat en de planten water geven?': one verb of the pair was turned, the other kept
its finite form. A question with a verb in front whose parts joined by 'en' end one in an
infinitive and one in a finite form ('brengt', 'kookt') is not sure.
"""

from __future__ import annotations

import re

from .verbs import infinitive_of, is_infinitive

_FRONT = re.compile(r"\b(?:kun|kan|kunt|wil|wilt|mag|moogt|kunnen|willen|mogen)\s+(?:je|jij|u|ge|gij|jullie|ik|iemand|we|wij)\s+(.+)$")
_BEFORE = frozenset({"de", "het", "een", "mijn", "je", "jouw", "uw", "zijn", "haar", "ons", "onze", "hun", "wat", "veel",
                     "die", "dat", "deze", "dit", "geen", "meer", "nog", "ook", "beetje", "stuk", "vers", "echt", "niet"})
_WORD = re.compile(r"[a-zà-ÿ']+")


def _finite(lex, words: list[str], first_part: bool) -> bool:
    """The part ends in a finite verb form: 'de hond uitlaat', after 'en' also a bare 'kookt'."""
    w = words[-1]
    if len(words) == 1 and first_part:
        return False  # 'zout en peper meenemen': a noun
    if len(words) > 1 and (words[-2] in _BEFORE or words[-2].endswith("e") or words[-2].isdigit()):
        return False  # 'de kat', 'verse fruit': a noun after its determiner or adjective
    if is_infinitive(lex, w) or w in lex.not_verb or w in lex.prepositions or w in lex.particles:
        return False
    if w in lex.irregular:
        return True
    return len(w) > 3 and w.endswith("t") and infinitive_of(lex, w)[1]


def half_turned(lex, sentence: str) -> bool:
    """A question in the result joins an infinitive and a finite verb form with 'en'."""
    for piece in re.split(r"(?<=[?.!])\s+", sentence.lower()):
        if not piece.endswith("?"):
            continue
        m = _FRONT.search(piece)
        if m is None:
            continue
        raw = [p for p in re.split(r"\s+en\s+", m.group(1).rstrip("?")) if _WORD.search(p)]
        parts = [_before_relative(_WORD.findall(p)) for p in raw]
        if len(parts) < 2:
            continue
        ends = [is_infinitive(lex, p[-1]) and p[-1] not in lex.not_infinitive for p in parts]
        listed = [len(_WORD.findall(r.split(",")[-1])) == 1 and "," in r for r in raw]  # '…, beschuit en appelsap': an item
        if any(ends) and any(_finite(lex, p, k == 0) and not listed[k] for k, p in enumerate(parts)):
            return True
    return False


_RELATIVE = frozenset({"die", "dat", "waar", "waarin", "waarmee"})


def _before_relative(words: list[str]) -> list[str]:
    """'de auto wassen die voor de deur staat': the part ends where a relative clause begins (the
    verb at the end of 'die … staat' is that clause's own)."""
    at = next((k for k, w in enumerate(words) if k > 0 and w in _RELATIVE), None)
    return words[:at] if at is not None else words
