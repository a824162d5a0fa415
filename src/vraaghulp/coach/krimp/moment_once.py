"""The typed moment said once (the practice flow).

The moment typed apart goes into the ask when the ask has none of its own. When a sentence kept beside
the ask already says it ('Ik heb woensdag een scan in het ziekenhuis. Wil je mee?' with 'woensdag'
typed), the sentence would say it twice ('… Wil je woensdag mee?'); and a day the draft writes short
('kun je za op de kat passen' with 'zaterdag' typed) is the same day ('kun je zaterdag za …'). Beside a kept
sentence the added one goes, the draft's own words say the moment; beside the short form the short form goes
and the day is said in full ('kun je zaterdag op de kat passen?').
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

_SHORT = {
    "maandag": ("ma",), "dinsdag": ("di", "din"), "woensdag": ("wo", "woe"), "donderdag": ("do", "don"),
    "vrijdag": ("vr", "vrij"), "zaterdag": ("za", "zat"), "zondag": ("zo", "zon"),
}
_SENTENCE = re.compile(r"[^.?!]+[.?!]*\s*")


def _count(text: str, moment: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(moment)}(?!\w)", fold(text).lower()))


def once(sentence: str, draft: str, moment: str | None) -> str:
    """The sentence with the typed moment it added taken out again when the draft says it already."""
    typed = fold(moment or "").lower().strip()
    if not typed or len(fold(sentence)) != len(sentence):
        return sentence
    for short in _SHORT.get(typed, ()):  # 'zaterdag za' / 'za zaterdag': one day, said in full
        pair = re.compile(rf"(?<=(?<!\w){typed})\s+{short}(?!\w)|(?<!\w){short}\s+(?={typed}(?!\w))", re.IGNORECASE)
        if not _count(draft, typed) and pair.search(sentence):
            return pair.sub("", sentence, count=1)
    if _count(sentence, typed) <= max(_count(draft, typed), 1):
        return sentence
    parts = _SENTENCE.findall(sentence)
    own = [k for k, p in enumerate(parts) if _count(p, typed) and _verbatim(p, draft)]
    added = [k for k, p in enumerate(parts) if _count(p, typed) and k not in own]
    if not own or len(added) != 1:
        return sentence
    k = added[0]
    parts[k] = re.sub(rf"\s+{re.escape(typed)}(?!\w)", "", parts[k], count=1, flags=re.IGNORECASE)
    return "".join(parts)


def _verbatim(part: str, draft: str) -> bool:
    """The sentence of the result stands in the draft as written (a name in front set aside)."""
    body = re.sub(r"^[^,]{1,40},\s*", "", part.strip()).rstrip(".?! ")
    words = fold(body).lower().split()
    return len(words) >= 3 and " ".join(words) in " ".join(fold(draft).lower().split())
