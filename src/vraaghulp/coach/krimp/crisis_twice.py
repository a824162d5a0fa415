"""Words of the draft said twice in a crisis result: never sure (review of round 46, k46cr).

'Ik heb pillen genomen en wil dood' came out sure as 'Ik wil dood. Ik heb pillen genomen en wil dood. Kun je nu bij me
zijn?': the wish was put in front as a sentence of its own (crisis_keep) while the sentence that holds it stayed whole
(the means kept). Which of the two the writer would keep cannot be told; a result that says a pair of the draft's words
more often than the draft does is not sure (code `crisis-dubbel`). The ready sentence's own words count only where the
draft has them too.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

CODE = "crisis-dubbel"
_WORD = re.compile(r"[^\W_][\w'’]*")


def _pairs(text: str) -> list[tuple[str, str]]:
    words = [fold(w).lower() for w in _WORD.findall(text)]
    return list(zip(words, words[1:]))


def lost(raw: str, sentence: str) -> bool:
    """A pair of words of the draft the result says more often than the draft does."""
    typed, said = _pairs(raw), _pairs(sentence)
    return any(said.count(p) > typed.count(p) for p in set(said) & set(typed))
