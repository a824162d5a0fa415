"""Practice flow: a bare task and crisis words typed as one note.

'bij me komen zitten, ik denk steeds aan zelfmoord' · 'bij mij blijven slapen want 'k wil mezelf
iets aandoen': the engine finds no request in such a note (the task has no verb in front) and
would offer the fixed crisis sentence, losing both the task and the person's own words about how
bad it is. Here the note is cut where the crisis words start; the task is composed on its own
(with `nu` when no moment was typed or said in it) and the crisis words follow, in the draft's order,
as the person's own sentence; any other part of the note ('je mag het niemand zeggen') follows them as
typed, and the result is then not sure. A Flemish note keeps the request Flemish ('Kunt ge …?'), read
as the practice flow reads the register (frame_register.py: a bare 'k' is Dutch chat too).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable

from vraaghulp.coach.text import fold

from .crisis_when import says_when
from .care import care_tier
from .frame_register import register_for
from .lexicon import lexicon
from .model import Shrunk
from .pieces import capitalise
from .verbs import is_infinitive

# Where a note turns from the task to the state: a comma or full stop, or 'want' / 'omdat'.
_CUT = re.compile(r"\s*[,.;!?]+\s*(?:(?:want|omdat|en|maar)\s+)?|\s+(?:want|omdat)\s+", re.IGNORECASE)
_NOTE = re.compile(r"^(?:of|dat|da|als|vragen|wil|kun|kan|kunt|mag|zou|zoudt)\b")
_HELP_WITH = re.compile(r"\bhelpen\s+(?:met|bij)\b", re.IGNORECASE)
_TO_FLEMISH = (("kun je", "kunt ge"), ("kan je", "kunt ge"), ("wil je", "wilt ge"), ("kun jij", "kunt gij"), ("wil jij", "wilt gij"))


def crisis_note(person: str | None, what: str, moment: str | None,
                compose: Callable[[str | None, str, str | None], Shrunk]) -> Shrunk | None:
    """The composed request with the person's own crisis words, or None (not such a note)."""
    if care_tier(what) != "acuut":
        return None
    pieces = [p.strip() for p in _CUT.split(what.strip()) if p and p.strip(" ,.;!?") and not _names(p, person)]
    acute = [care_tier(p) == "acuut" for p in pieces]
    if len(pieces) < 2 or acute.count(True) != 1:
        return None
    words_at = acute.index(True)
    near = sorted((k for k in range(len(pieces)) if k != words_at), key=lambda k: (abs(k - words_at), k > words_at))
    task_at = next((k for k in near if not _statement(pieces[k])), None)  # 'ik kan niet meer. … bij me blijven'
    if task_at is None or _NOTE.match(fold(pieces[task_at])):  # 'of ze de was kan doen': read by the note path
        return None
    task = pieces[task_at]
    rest = [p for k, p in enumerate(pieces) if k not in (words_at, task_at)]  # 'je mag het niemand zeggen'
    asked = compose(person, task, moment or (None if says_when(lexicon(), task) else "nu"))  # never 'nu vannacht'
    if asked.crisis or not asked.sure or not asked.sentence.rstrip().endswith("?") or _HELP_WITH.search(asked.sentence):
        return None  # not 'kun je de kat zit …?', not 'kun je me nu helpen met mijn schulden zijn …?': no task read
    request = _flemish(asked.sentence) if register_for(what, person) == "ge" else asked.sentence
    own = " ".join(capitalise(p.rstrip(" ,.;!?")) + "." for k, p in enumerate(pieces) if k != task_at)  # as typed
    sentence = _joined(request, own, person, words_at < task_at)
    return dataclasses.replace(asked, sentence=sentence, dropped=(), crisis=True, sure=asked.sure and not rest)


def _names(piece: str, person: str | None) -> bool:
    """'Esra', 'mama' typed before the crisis words: the name of the person asked, no task."""
    words = fold(piece).strip(" ,.;!?:").split()
    return bool(person) and 0 < len(words) <= 2 and set(words) <= set(fold(person).split())


def _statement(piece: str) -> bool:
    """'het gaat niet goed', 'ik ben op', 'sorry', 'de dag staat vast', 'niet ongerust worden hoor': no bare task to
    put after 'kun je'. A task ends in its infinitive, a moment may follow ('bij me komen zitten', 'bij me blijven
    vannacht'), or it is a question ('kom je?')."""
    if piece.rstrip().endswith("?"):
        return False
    lex = lexicon()
    words = [re.sub(r"[^\w']", "", w) for w in fold(piece).split()]
    while words and (not words[-1] or lex.moment.match(words[-1])):
        words.pop()
    return len(words) < 2 or words[0] in _STATE_SUBJECTS or care_tier(piece) is not None \
        or not is_infinitive(lex, words[-1]) or words[-1] in lex.not_infinitive \
        or bool(_WRITER & set(words[:-1])) \
        or piece.split()[-1][:1].isupper()  # 'hey sanne ik weet niet aan wie …' (k52c); 'Beste dokter Vermeulen' (k58c)


_STATE_SUBJECTS = frozenset({"ik", "'k", "k", "het", "'t", "t", "alles", "we", "wij", "dat", "da", "er"})
_WRITER = frozenset({"ik", "'k", "k", "kik"})


def _flemish(sentence: str) -> str:
    for plain, flemish in _TO_FLEMISH:
        sentence = re.sub(rf"\b{plain}\b", flemish, sentence, count=1, flags=re.IGNORECASE) if plain in sentence.lower() else sentence
    return capitalise(sentence) if sentence[:1].islower() else sentence


def _joined(request: str, own: str, person: str | None, own_first: bool) -> str:
    """Request then own words, or (as typed) own words first, after the name in front."""
    if not own_first:
        return f"{request} {own}"
    head, sep, rest = request.partition(", ")
    if sep and person and head and head.split()[-1].lower() in fold(person).split():
        return f"{head}, {own[:1].lower()}{own[1:]} {capitalise(rest)}"
    return f"{own} {request}"
