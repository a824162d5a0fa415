"""A background piece that goes while it holds a fact the reader needs: the result may not be sure.

`unnamed.py` names what goes without a kind of its own ('achtergrond'). Most such pieces are the writer's
own reasons ('Ik moet om 6 uur op.', 'mijn vlucht is om 11u'), which the corpus golds drop. Two kinds say
something about the task itself, and cut, the sentence tells the reader less than the draft did:

- what the reader need not do, said as a limit ('je hoeft niet te komen', 'ge moet ni koken'), when no
  rule kept it (spared_front.py, extras' 'tenzij');
- the thing the ask names, broken or not working ('Mijn auto is stuk.' before 'Mag ik jouw auto lenen?',
  'mijn computer doet het weer niet'): the reader needs it to understand the ask.

Such a piece is not guessed back in: the result is offered as not sure.
"""

from __future__ import annotations

import re

from .checks import lower_words
from .notnow import SOOTHING as _SOOTHING
from .unnamed import unnamed

CODE = "weg-feit"
_SPARED = re.compile(r"(?i)^(?:maar\s+|en\s+)?(?:je|jij|ge|gij|u|jullie)\s+(?:hoeft|hoef|moet|hoeven|moeten)\s+"
                     r"(?:niet|ni|nie)\s+(?:te\s+)?[^\W\d_]{3,}")
_BROKEN = frozenset({"kapot", "stuk", "lek", "gebroken", "defect", "niet", "ni", "nie"})
_OWNER = frozenset({"mijn", "mn", "m'n", "de", "het", "onze", "ons", "die"})
_MAX_WORDS = 10


def doubted(lex, text: str, spans, sentence: str, found) -> bool:
    """A dropped background piece of `text` (in `spans`, not named by `found`) holds such a fact."""
    pieces = [f.text for _pos, f in unnamed(lex, text, spans, sentence, found, lambda at: 0) if f.kind == "achtergrond"]
    kept = set(lower_words(sentence))
    return any(_spared(p) or _broken_thing(p, kept) for p in pieces)


def _spared(piece: str) -> bool:
    return bool(_SPARED.match(piece)) and not _SOOTHING & set(lower_words(piece))


def _broken_thing(piece: str, kept: set[str]) -> bool:
    """'Mijn auto is stuk', 'mijn computer doet het weer niet': its subject is a noun the result names."""
    words = lower_words(piece)
    if not 3 <= len(words) <= _MAX_WORDS or words[0] not in _OWNER:
        return False
    thing = words[1]
    return len(thing) >= 4 and thing in kept and bool(_BROKEN & set(words[2:]))
