"""A draft that is already good: one question and one short, tidy statement after it (round 27).

'Nele, mag ik dinsdag met u meerijden naar de kiné? Mijn auto staat in de garage.', 'Kevin, kan ik zaterdag
ruilen met Noor? Zij neemt mijn avonddienst en ik haar ochtenddienst.': the writer wrote the ask and the one fact
it leans on (the reason, which shifts are swapped) and nothing else. There is nothing to shrink, and the reader
needs the fact to answer; the engine dropped it as background and still said `zeker`.

The shape, all of it on the draft as typed (counted over the whole tuning part: README, round 27 k27a):

- the draft is exactly two sentences (a greeting line or a sign-off makes it a message with wrapping, not this);
- the first is a question the result keeps word for word (nothing was cut from it: no hedge, no apology);
- the second is a plain statement written with care: a capital first, a full stop last, three to eight words;
  no word for the reader in it ('Je hoeft niet …', 'Hij vindt jou …': about the reader, a way out or a compliment,
  not a fact), no chat laugh, and it does not open as a condition or a limit ('Als …', 'Alleen …', 'Maar …'),
  which other rules handle; it has a finite verb and no colon (a list of troubles is no statement).

Then the statement is kept after the ask, as typed. Longer statements ('Ik heb om tien uur een afspraak bij de
tandarts.') are where the tuning authors mostly drop the reason: left to the engine.
"""

from __future__ import annotations

import re

from .checks import lower_words
from .lexicon import lexicon

_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")
_READER = frozenset({"je", "jij", "jou", "jouw", "u", "uw", "ge", "gij", "jullie", "julle", "ulle"})
_CHAT = frozenset({"haha", "hahaha", "hihi", "lol", "xd", "hoor", "he", "hé", "eh", "hè", "ofzo", "enzo"})
_OPENERS = frozenset({"en", "maar", "als", "alleen", "niet", "ni", "nie", "geen", "zeg", "dus", "want", "of",
                      "anders", "sorry", "dank", "bedankt", "groetjes", "groeten"})
_MIN_WORDS, _MAX_WORDS = 3, 8
ACTIVE = True  # tools/krimp_fact_beside.py switches it off to count the engine without it


def detail(draft: str, sentence: str) -> str:
    """The statement to keep after the ask ('Mijn auto staat in de garage.'), or ""."""
    if not ACTIVE:
        return ""
    parts = [m.group(0).strip() for m in _SENTENCE.finditer(draft.strip()) if lower_words(m.group(0))]
    if len(parts) != 2 or "\n" in draft.strip():
        return ""
    ask, fact = parts
    if not ask.endswith("?") or not _untouched(ask, sentence) or not _tidy(fact):
        return ""
    return fact if fact.lower() not in sentence.lower() else ""


def _untouched(ask: str, sentence: str) -> bool:
    """The result is the draft's question, word for word (a name in front may be moved, nothing else)."""
    return lower_words(ask) == lower_words(sentence)


def _tidy(fact: str) -> bool:
    words = lower_words(fact)
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or not fact[:1].isupper() or not fact.endswith("."):
        return False
    if fact.endswith(("..", "?.")) or words[0] in _OPENERS:
        return False
    if _READER & set(words) or _CHAT & set(words) or ":" in fact:
        return False
    return _has_verb(words)  # 'Ziek, koorts en keelpijn.', 'Paniek hier: …': a list of troubles, no statement


def _has_verb(words: list[str]) -> bool:
    lex = lexicon()
    return any(w in lex.finite or w in lex.irregular or w in lex.state_verbs for w in words)
