"""A chat 'even' the last tidy takes out no longer withholds `zeker` when the rewrite changed more than it (round 32, k32f).

The first-sight gate withholds `zeker` when the result shows the softener 'even' in a chat or dialect spelling ('ff',
'effe', 'efkes', 'efkens', 'evekes': `even-vulsel`, first_sight.py). Inside a question the last tidy (ask_filler.py)
takes it out after `zeker` is decided: 'Lisa, kun je ff je aantekeningen sturen?' is offered without it, so the code
withheld `zeker` for a word the offered sentence no longer shows. It is a softener, an adverb that only tones the
ask down, as 'misschien' does (contract point 2); the outside authors list it as a word that must go.

Two kinds stay not sure:
- the draft is the ask as it is and the softener is all that would go ('Kun je ff brood halen op weg naar huis?'):
  readers differ there, three older golds keep it. So the code is lifted only when the rewrite also took out
  something else the engine named (a greeting, an apology, a hedge, background: a finding whose words the result
  does not show);
- a piece that went speaks of the writer or of the thing's look (filler_own.needed_went, as for 'ne keer'):
  'Mijn MS speelt weer op.', 'ik ben echt overwhelmed', 'Ik heb heel de week geweend.' went with the filler;
- the draft has no sentence mark at all and the result puts a long sentence (ten words or more) before the ask: where
  that sentence ends is the engine's guess, and it may run two sentences into one ('schat ik sta vast in calais tot
  morgen vroeg de boot is weer vertraagd kunt ge vanavond efkes …': the boat's 'morgen' kept beside the ask's
  'vanavond').
A filler the tidy leaves ('nog efkes', 'ff vragen, …', a statement) still withholds `zeker`. Only `zeker` changes.
"""

from __future__ import annotations

import re

from . import ask_filler, first_sight
from .checks import text_words
from .filler_own import needed_went

CODE = "even-vulsel"
LONG_BEFORE = 10  # words: a sentence the engine cut itself before the ask, this long, may hold two
_MARK = re.compile(r"[.?!]")
_SENTENCE = re.compile(r"[^.?!]+[.?!]*")


def lifted(codes: list[str], sentence: str, out, text: str) -> list[str]:
    """The codes without `even-vulsel` when the tidied sentence lacks it, something besides it went, and nothing
    about the writer went."""
    if CODE not in codes or out.analysis is None:
        return codes
    tidied, gone = ask_filler.tidy(sentence)
    if not gone or CODE in first_sight.kept_kinds(tidied) or not more_went(out, sentence, gone):
        return codes
    if guessed_run_on(text, sentence):
        return codes
    return codes if needed_went(out, text, sentence) else [c for c in codes if c != CODE]


def more_went(out, sentence: str, fillers: list[str]) -> bool:
    """A finding with words of its own, not the filler the tidy takes, that the result does not show."""
    shown = set(text_words(sentence))
    small = {w for f in fillers for w in text_words(f)}
    for _pos, f in out.found:
        words = set(text_words(f.text or "")) - small
        if words and not words <= shown:
            return True
    return False


def guessed_run_on(text: str, sentence: str) -> bool:
    """A draft without any sentence mark, and a result with a sentence of LONG_BEFORE words or more before its ask."""
    if _MARK.search(text):
        return False
    for part in _SENTENCE.findall(sentence):
        if part.rstrip().endswith("?"):
            return False
        if len(text_words(part)) >= LONG_BEFORE:
            return True
    return False
