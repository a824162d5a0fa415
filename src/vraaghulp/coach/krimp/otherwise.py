"""'Ik kan anders niet naar mijn werk': a consequence with the writer and the verb first; 'maar' as 'only'.

Dutch can say what goes wrong without the request as 'Anders kan ik niet …' or, just as well, as
'Ik kan anders niet …' / 'ik kan mijn scriptie anders niet printen'. In the second order 'anders' is
an adverb inside the clause: the clause is not cut there (segment.py), and consequence.py reads it
in the order of the first. Likewise 'maar' before an amount ('Dat duurt maar een uurtje') is 'only',
not 'but': the duration is not cut off from its verb.
"""

from __future__ import annotations

from .lexicon import lexicon
from .wordsets import NEGATIONS, WRITER

_HAVE = frozenset({"heb", "had", "hebben", "hadden"})


def verb_second(words: list[str]) -> list[str] | None:
    """The words in the order of 'Anders kan ik niet …' (None: not 'ik kan … anders niet …')."""
    if len(words) < 4 or words[0] not in WRITER or words[1] not in lexicon().finite or "anders" not in words[2:7]:
        return None
    k = words.index("anders", 2)
    if k + 1 >= len(words) or words[k + 1] not in NEGATIONS:
        return None
    if words[1] in _HAVE and words[-1].startswith("ge") or words[k + 2: k + 4] == ["zo", "van"]:
        return None  # 'ik heb het anders niet gedaan' (a past), 'ik ben anders niet zo van vragen' ('usually'): no consequence
    return ["anders", words[1], words[0]] + words[2:k] + words[k + 1:]


def otherwise_inside(d, cur: int, i: int) -> bool:
    """Token i is 'anders' inside the clause from cur ('ik kan anders niet …'), or 'maar' meaning 'only'
    before an amount ('Dat duurt maar een uurtje'), not the start of another clause."""
    if d.word(i) == "maar":
        return i > cur and i + 2 < d.n and d.word(i - 1) in _LASTS and (d.word(i + 1) in _AMOUNT or d.word(i + 1).isdigit())
    words = [d.word(k) for k in d.content(cur, min(d.n, i + 2))]
    return verb_second(words) is not None or own_fallback(words)


def own_fallback(words: list[str]) -> bool:
    """'ik kan het anders ook zelf (doen)', 'ik doe het anders wel': the writer's own fallback, one clause
    (round 21, rv21k: cut at 'anders', its tail 'Anders ook zelf na mijn werk.' was kept as a condition)."""
    if len(words) < 4 or words[0] not in WRITER or "anders" not in words[2:6]:
        return False  # any verb: 'ik doe het anders ook zelf', 'ik kan het anders wel'
    k = words.index("anders", 2)
    return k + 1 < len(words) and words[k + 1] in ("ook", "wel", "gewoon", "zelf")


_LASTS = frozenset({"duurt", "duurde", "duren", "kost", "kosten", "kostte", "is", "zijn"})
_AMOUNT = frozenset({"een", "'n", "ne", "nen", "twee", "drie", "vier", "vijf", "tien", "half", "anderhalf", "anderhalve", "even",
                     "enkele", "paar", "kwartier", "kwartiertje", "vijftien", "twintig", "dertig"})
