"""A draft typed with a capital on every word, as some phones and keyboards do ('Dag Jeanine Zoudt Gij Mijn
Kat Eten Geven Van Maandag Tot Donderdag'), read as the plain text it is (round 25, k25s).

Every capital looks like a name to the engine, so the request was lost or the offered sentence kept the
capitals ('kunt Gij Zaterdag Mijn Gras Afrijden?'). When nearly every word of a draft starts with a capital
(at least ``MIN_WORDS`` such words, at most one word in ten starting lower case, words in capitals only not
counted), each of them is written in lower case, except the first word of the draft, the word right after a
greeting that opens it ('Dag Kristof', 'Lieve Sanne') and the word right after a sign-off ('Groetjes Georgette'):
there the capital says a name. The text keeps its
length, so what the engine strikes through maps one to one onto the draft as typed. A draft with ordinary
capitals (a name, a sentence start, a formal 'U') is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vraaghulp.content import load_toml

MIN_WORDS = 8
_WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=2)
def _one_word(kind: str) -> frozenset[str]:
    """The one-word phrases of a krimp.toml list ('groet': 'hoi*' counts as 'hoi'; 'afsluiting': 'groetjes')."""
    words = load_toml("krimp").get("zinnen", {}).get(kind, [])
    return frozenset(w.rstrip("*").lower() for w in words if isinstance(w, str) and re.fullmatch(r"[^\W\d_]+\*?", w))


def _title(word: str) -> bool:
    return word[0].isupper() and any(ch.islower() for ch in word[1:])


def titled(text: str) -> bool:
    """Nearly every word starts with a capital (words in capitals only aside)."""
    words = _WORD.findall(text)
    lower = sum(1 for w in words if w[0].islower())
    upper = sum(1 for w in words if w[0].isupper())  # at least as many as start with a capital only (speed only)
    if upper < MIN_WORDS or lower * 9 > upper:
        return False  # as below with `title` at its most: an ordinary draft is answered without a second look
    title = sum(1 for w in words if _title(w))
    return title >= MIN_WORDS and lower * 10 <= title + lower


def untitled(text: str) -> str:
    """The draft with its every-word capitals in lower case (see the module's text); else as it was."""
    if not titled(text):
        return text
    found = list(_WORD.finditer(text))
    keep = {0}
    if len(found) > 1 and found[0].group().lower() in _one_word("groet"):
        keep.add(1)
    keep |= {k + 1 for k, m in enumerate(found) if m.group().lower() in _one_word("afsluiting")}
    out = list(text)
    for k, m in enumerate(found):
        if k not in keep and _title(m.group()):
            out[m.start()] = m.group()[0].lower()
    return "".join(out)
