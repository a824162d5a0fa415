"""A condition on the reader right in front of the ask, in the middle of its sentence, dropped: never sure (round 56, k56b).

'Mia het is Josephine … maar als ge dinsdag naar de markt gaat zoudt ge dan voor mij twee pond tomaten … meebrengen'
(h55a-039) came in sure as 'Mia, kunt ge dinsdag voor mij twee pond tomaten … meebrengen …?': the trip was cut to its
moment (occasion.py) and the ask now holds for any Tuesday. fronted_if.py withholds `zeker` when such a condition opens
the ask's sentence; occasion_kept.py when it sits inside the ask. This is the shape between them: 'als/wanneer/indien/
mocht' + the reader + what the reader does, said right before the ask's verb and its reader ('… gaat zoudt ge',
'…, kunt ge', 'kunde'), after a boundary inside the sentence: a comma, 'maar', 'en', 'dus', or nothing at all in an
unpunctuated run-on. A hatch ('als je tijd hebt', 'mocht u de gelegenheid hebben': fronted_if.HATCH) may go. When the
result keeps no condition on the reader the result is not sure (code ``weg-voorwaarde-midden``), and the not-sure offer
puts the condition back in front of the ask, as typed, its moment taken out of the ask again (fronted_if.offer does the
same for one that opens the sentence).
"""

from __future__ import annotations

import re

from .checks import text_words
from .fronted_if import asked_in, put_front
from .reader_if import ASKS, HATCH, ON_READER as _KEPT, SENTENCES as _SENTENCES, YOU

CODE = "weg-voorwaarde-midden"
# the condition (no 'maar', 'en', 'want' inside: 'ge moet ni komen als ge gaat studeren maar kunde …' is a hatch of the
# clause before), up to a comma or up to the ask's verb with its reader after it ('… als ge langs komt ik wil u …' has
# the writer as subject: no ask)
_MID = re.compile(r"(?i)(?<![\w'])"
                  r"((?:als|wanneer|indien|mocht|mochten)\s+" + YOU + r"\s+((?:(?!\b(?:maar|ma|mor|moar|want|dus|en)\b)[^,.?!\n]){2,80}?[\w']))"
                  r"(?<!\bik)(?<!'k)(?<!\bwe)(?<!\bwij)\s*(?:,\s*)?(?=" + ASKS + r"\s+" + YOU + r"\b|(?:kunde|wilde|zoude|kende)\b)")
_ASK_IN = re.compile(r"(?i)\b" + ASKS + r"\s+" + YOU + r"\b")  # 'als je … kun je …' inside: a second frame


def condition(draft: str) -> tuple[str, str, re.Match | None]:
    """(the condition's words after the reader, the sentence holding it, the match) for the first condition on the
    reader that runs straight into an ask in the middle of a sentence, or ("", "", None). One that opens the sentence
    (after at most two words) is fronted_if's; a hatch is none."""
    for m in _SENTENCES.finditer(draft):
        said = m.group(0)
        for found in _MID.finditer(said):
            if len(text_words(said[:found.start(1)])) <= 2:
                break  # 'Noor! Als je toch …, kun je …': fronted_if.py
            words = set(text_words(found.group(2)))
            if words & HATCH or len(words) < 2 or _ASK_IN.search(found.group(2)):
                continue  # 'als je tijd hebt', 'mocht u de gelegenheid hebben': a way out, it may go
            return found.group(2), said, found
    return "", "", None


def lost(draft: str, sentence: str) -> bool:
    """The draft's ask has such a condition in front, the result keeps that ask (fronted_if.asked_in) and no condition
    on the reader at all."""
    cond, said, found = condition(draft)
    if not cond or _KEPT.search(sentence) or not asked_in(draft, sentence, said):
        return False
    question = re.split(r"[.!]", sentence.split("?")[0])[-1]  # the question, not a statement kept before it
    asked = [w for w in text_words(question) if len(w) > 3]
    after = set(text_words(said[found.end():]))  # the ask the condition runs into is the one kept, not a second one
    return sum(w in after for w in asked) * 2 >= len(asked)  # '… uitlaten … En Als U Toch Gaat Wilt U … Brood …'


def offer(draft: str, sentence: str, name: str) -> str:
    """The not-sure offer with the condition back in front of the ask, as typed ('Mia, als ge dinsdag naar de markt
    gaat, kunt ge voor mij … meebrengen?'). Unchanged when the condition was not lost."""
    cond, said, found = condition(draft)
    if found is None or "?" not in sentence or not lost(draft, sentence):
        return sentence
    return put_front(sentence, name, found.group(1).rstrip(" ,"), said[found.end(1):], cond)
