"""'Femke, je hoeft niet te komen, maar kun je me vanavond bellen?': before the ask, joined to it by 'maar',
the writer says what the reader need not do instead. That is no escape hatch (notnow.says_what_not): it
says what is asked and what is not, and cut, the reader may come while the writer only wanted a call
(contract point 3). It is put back in front of the question, in the writer's own words, with its 'maar'.
"""

from __future__ import annotations

import re

from .checks import lower_words
from .notnow import SOOTHING as _SOOTHING

_SPARED = re.compile(r"(?i)(?<![\w'])((?:je|jij|ge|gij|u|jullie)\s+(?:hoeft|hoef|moet|hoeven|moeten)\s+(?:niet|ni|nie)"
                     r"\s+(?:te\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s*,?\s+(?:maar|mor)\s+")
_QUESTION = re.compile(r"(?<![^.?!])[^.?!]*\?")  # tried where a run starts only


def front(draft: str, sentence: str) -> tuple[str, str]:
    """(the result with the spared part in front of its question, the part as typed), or (sentence, "")."""
    m = _SPARED.search(draft)
    if m is None or _SOOTHING & set(lower_words(m.group(1))):
        return sentence, ""
    part = m.group(1)
    at = sentence.lower().find(part.lower())
    if at >= 0:  # kept already, as context before the question: only its 'maar' is given back
        end = at + len(part)
        joined = re.match(r",\s+(?!maar\b|mor\b)", sentence[end:])
        if joined is None:
            return sentence, ""
        return sentence[:end] + ", maar " + sentence[end + joined.end():], draft[m.start(1):m.end()].strip()
    after = lower_words(draft[m.end():])[:5]
    for q in _QUESTION.finditer(sentence):
        text = q.group(0).lstrip()
        start = q.end() - len(text)
        name = re.match(r"[^\W\d_][\w' -]{0,30},\s+", text)
        body = text[name.end():] if name else text
        if len(set(lower_words(body)[:5]) & set(after)) < 2:
            continue  # 'zou u mij …' became 'kunt u mij …'

        lead = part[:1].lower() + part[1:] if name else part[:1].upper() + part[1:]
        joined = f"{lead}, maar {body[:1].lower()}{body[1:]}"
        head = sentence[:start] + (name.group(0) if name else "")
        return head + joined + sentence[q.end():], draft[m.start(1):m.end()].strip()  # with its 'maar': kept
    return sentence, ""
