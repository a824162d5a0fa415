"""'Ik kan anders niet naar mijn werk': a consequence with the writer and the verb first; 'maar' as 'only'.

Dutch can say what goes wrong without the request as 'Anders kan ik niet …' or, just as well, as
'Ik kan anders niet …' / 'ik kan mijn scriptie anders niet printen'. In the second order 'anders' is
an adverb inside the clause: the clause is not cut there (segment.py), and consequence.py reads it
in the order of the first. Likewise 'maar' before an amount ('Dat duurt maar een uurtje') is 'only',
not 'but': the duration is not cut off from its verb; and 'maar niet' that only a particle or a verb ends ('ik
krijg de inleiding maar niet af', 'het wil maar niet lukken') is 'just not': the writer stuck, no limit.
'alleen maar' / 'enkel maar' after a word of the clause is 'only, just' ('ligt alleen maar onder de kast', 'het wordt
alleen maar erger'; round 53, k53b): cut there, 'onder de kast' came back alone in front of the ask (p42-013).
"""

from __future__ import annotations

from .lexicon import lexicon
from .verbs import is_infinitive
from .wordsets import NEGATIONS, WRITER

_HAVE = frozenset({"heb", "had", "hebben", "hadden"})
_MUST = frozenset({"moet", "moeten"})


def verb_second(words: list[str]) -> list[str] | None:
    """The words in the order of 'Anders kan ik niet …' (None: not 'ik kan … anders niet …')."""
    if len(words) < 4 or words[0] not in WRITER or words[1] not in lexicon().finite and words[1] not in _MUST \
            or "anders" not in words[2:7]:
        return None
    k = words.index("anders", 2)
    if k + 1 >= len(words) or words[k + 1] not in NEGATIONS and not _must_then(words):
        return None
    if words[1] in _HAVE and words[-1].startswith("ge") or words[k + 2: k + 4] == ["zo", "van"]:
        return None  # 'ik heb het anders niet gedaan' (a past), 'ik ben anders niet zo van vragen' ('usually'): no consequence
    return ["anders", words[1], words[0]] + words[2:k] + words[k + 1:]


def _must_then(words: list[str]) -> bool:
    """'ik moet anders weer lopen': what it costs the writer, read as 'Anders moet ik weer lopen.' (consequence.py)."""
    return words[1] in _MUST and len(words) > 4 and is_infinitive(lexicon(), words[-1])


_ONLY = frozenset({"alleen", "enkel", "allee"})


def only_just(d, cur: int, i: int) -> bool:
    """Token i is 'alleen'/'enkel' before 'maar', or that 'maar', inside the clause from cur: a word of the clause
    stands before the pair ('ligt alleen maar onder de kast'), so the pair is 'only, just', no new clause."""
    k = i if d.word(i) in _ONLY else i - 1
    return k > cur and k + 1 < d.n and d.word(k) in _ONLY and d.word(k + 1) == "maar" and d.is_word(k - 1) \
        and d.word(k - 1) not in ("maar", "en", "of", "want")


def otherwise_inside(d, cur: int, i: int) -> bool:
    """Token i is 'anders' inside the clause from cur ('ik kan anders niet …'), or 'maar' meaning 'only'
    before an amount ('Dat duurt maar een uurtje'), not the start of another clause."""
    if d.word(i) == "maar":
        return i > cur and (i + 2 < d.n and d.word(i - 1) in _LASTS and (d.word(i + 1) in _AMOUNT or d.word(i + 1).isdigit())
                            or _just_not(d, i))
    words = [d.word(k) for k in d.content(cur, min(d.n, i + 2))]
    if verb_second(words) is not None or own_fallback(words) or _else_after_wh(words):
        return True
    return _adverb([d.word(k) for k in d.content(cur, min(d.n, i + 3))])


_WH = frozenset({"wie", "wat", "waar", "hoe", "welke", "wanneer", "waarmee", "waarheen", "waarnaar", "waarop"})


def _else_after_wh(words: list[str]) -> bool:
    """'ik weet nie bij wie ik anders terecht kan', 'ik weet niet wat ik anders moet doen': 'anders' right after
    the subject of a clause that a question word opens is 'else', inside that clause (round 38, h37a-025)."""
    k = len(words) - 2 if len(words) >= 2 and words[-2] == "anders" else len(words) - 1
    if k < 2 or words[k] != "anders" or words[k - 1] not in _AFTER_VERB:
        return False
    return any(w in _WH for w in words[max(0, k - 4):k - 1])


_AFTER_VERB = frozenset({"ik", "'k", "k", "ge", "gij", "je", "jij", "we", "wij", "ze", "zij", "hij", "u", "het", "dat", "da",
                         "die", "er", "men", "jullie"})


def _adverb(words: list[str]) -> bool:
    """'ik sta er anders alleen voor', 'ik moet anders weer lopen': the writer and a verb first, then 'anders' not
    followed by a verb and its subject: 'otherwise' inside the clause ('… anders moet ik lopen' starts a clause)."""
    if len(words) < 5 or words[0] not in WRITER or not words[1].isalpha() or "anders" not in words[2:6]:
        return False
    k = words.index("anders", 2)
    if k + 1 >= len(words) or words[k + 1] in lexicon().finite or words[k + 1] in _AFTER_VERB:
        return False
    return k + 2 >= len(words) or words[k + 2] not in _AFTER_VERB


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


_PARTICLES = frozenset({"af", "uit", "op", "aan", "door", "open", "dicht", "los", "weg", "klaar", "in", "mee", "terug", "goed"})


def _just_not(d, i: int) -> bool:
    """'… maar niet af', '… maar ni lukken': 'maar' with no mark before it, a negation, then one or two words to
    the end of the sentence, the last a particle or an infinitive (never 'maar niet de trap': a limit)."""
    if not d.is_word(i - 1) or i + 2 >= d.n or d.word(i + 1) not in ("niet", "ni", "nie", "nt"):
        return False
    end = i + 2
    while end < d.n and d.is_word(end) and end - i <= 4:
        end += 1
    tail = [d.word(k) for k in range(i + 2, end)]
    if not 1 <= len(tail) <= 2 or end - i > 4:
        return False
    last = tail[-1]
    return last in _PARTICLES or last.endswith("en") and len(last) > 4 and last not in lexicon().not_infinitive
