"""Who 'haar' or 'hem' in the ask is, when the sentence before names her or him (round 30, k30a).

'maar ma vraagt elke keer naar u. zoudt ge haar ni wat meer kunnen bellen?', 'mam zei gisteren dat je haar al drie
weken niet gebeld hebt. … kun je haar deze week een keer bellen?': the engine cut the sentence before and offered
'Kunt ge haar wat meer bellen?', a question about no one. The golds name her in the ask ('Kunt ge ma … bellen?').

When the ask's object is 'haar' (or 'hem') with no one in the result it can point to, and the draft's sentence right
before the ask's opens on a family word of that gender ('ma', 'mam', 'oma', 'tante', 'pa', 'opa', 'nonkel' …,
after at most 'maar'/'en'/'dus'), the pronoun becomes that word as the writer typed it. 'haar' before a noun
('haar fiets') is hers, not her: only 'haar' right before the last verb, an adverb or a time is replaced.
"""

from __future__ import annotations

import re

from .reason_before import unaddressed

_SHE = frozenset({"ma", "mam", "mama", "moeder", "moeke", "oma", "bomma", "tante", "zus", "zuster", "meme", "mams"})
_HE = frozenset({"pa", "pap", "papa", "vader", "vake", "opa", "bompa", "nonkel", "oom", "broer", "pepe"})
_OPENERS = frozenset({"maar", "mo", "en", "dus", "want", "ook"})  # not Flemish "ma" here: it is the mother
_AFTER = frozenset({"deze", "die", "dit", "volgende", "morgen", "vandaag", "vanavond", "overmorgen", "maandag",
                    "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "wat", "ne", "nen", "een",
                    "eens", "even", "ook", "nog", "nu", "straks", "elke", "weer", "meer", "terug", "af", "op"})
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def named(before: list[str], sentence: str) -> str:
    """The ask with 'haar'/'hem' replaced by the family word that opens the sentence before it, or the one before
    that when the sentence between goes on with 'ze'/'hij' (`before`: nearest first); "" if not."""
    who, pronoun = _who([unaddressed(text, sentence) for text in before])  # 'hoi rik, mam zei …'
    if not pronoun or who.lower() in _words(sentence):
        return ""
    ask = sentence.rfind("?")
    start = max(sentence.rfind(". ", 0, ask), sentence.rfind(", ", 0, ask)) + 1
    question = sentence[start:ask]
    m = re.search(rf"\b{pronoun}\b\s+([^\W\d_]+)?", question)
    if m is None or (m.group(1) and m.group(1).lower() not in _AFTER and not _last_word(question, m.group(1))):
        return ""
    at = start + m.start()
    return sentence[:at] + who.lower() + sentence[at + len(pronoun):]


def _who(before: list[str]) -> tuple[str, str]:
    for k, text in enumerate(before[:2]):
        words = _WORD.findall(text)
        at = next((j + 1 for j, w in enumerate(words[:-2]) if w.lower() in _OPENERS and _family(words[j + 1])), 0)
        words = words[at:]  # 'ik wil nie zeuren eh maar ma vraagt …': the clause after 'maar'
        if len(words) < 2:
            return "", ""
        first = words[0].lower()
        if first in _SHE or first in _HE:
            pronoun = "haar" if first in _SHE else "hem"
            goes_on = {"ze", "zij"} if pronoun == "haar" else {"hij"}
            if k and not goes_on & set(w.lower() for w in _WORD.findall(before[0])[:1]):
                return "", ""  # the sentence between is about someone else
            return words[0], pronoun
    return "", ""


def _family(word: str) -> bool:
    return word.lower() in _SHE or word.lower() in _HE


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _last_word(question: str, word: str) -> bool:
    """The word after the pronoun is the question's last: the verb ('kun je haar bellen')."""
    words = _WORD.findall(question)
    return bool(words) and words[-1] == word


def sentences_before(an, count: int = 2) -> list[str]:
    """The draft's `count` sentences right before the request's (nearest first), when the request opens its own."""
    if an is None or not getattr(an, "main", None):
        return []
    head = an.main[0]
    if head.sent == 0 or any(c.sent == head.sent and c.b <= head.a and c.role != "leeg" for c in an.clauses):
        return []
    return [an.d.raw(*an.d.sentences[k]) for k in range(head.sent - 1, max(head.sent - 1 - count, -1), -1)]
