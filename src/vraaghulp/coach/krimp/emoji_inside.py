"""An emoji inside a sentence of a sure result: the run-on was not read, so not sure (round 57, k57b).

A chat draft without marks ends its sentences with an emoji: 'mag ik zaterdag bij sem slapen zijn moeder is thuis 👍
als jij het niet goed vind is het ook oke'. The engine put a question mark after the ask and kept the rest as one
sentence, the let-off after the emoji unread: 'Pap, mag ik zaterdag bij sem slapen? Zijn moeder is thuis 👍 als jij
het niet goed vind is het ook oke.', sure. An emoji with words after it in the same sentence of the result means the
engine did not see where that sentence ends; such a result is never sure (code ``emoji-midden``). A crisis result
keeps the writer's words and is left alone. Over the outside files no sure result had this shape (round 57).
"""

from __future__ import annotations

import re

CODE = "emoji-midden"
_INSIDE = re.compile(r"[\u2600-\u27bf\U0001f000-\U0001faff]+\ufe0f?\s+[^\W\d_]")


def doubt(sentence: str) -> list[str]:
    """[CODE] when an emoji stands between words of the result, else []."""
    return [CODE] if _INSIDE.search(sentence) else []
