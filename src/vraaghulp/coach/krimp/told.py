"""A note that tells something first and then asks: "ik wil mevrouw Bos vertellen dat het thuis niet
goed gaat en vragen of ik haar na school kan spreken" -> "Mevrouw Bos, het gaat thuis niet goed. Kan ik u
na school spreken?".

``told_frame`` finds the frame ('[ik wil] <person> vertellen|zeggen dat <S> en (ook) vragen of …') and
``main_clause`` says S in the order of a sentence of its own: the subject, then the finite verb that
closed the clause ('dat het thuis niet goed gaat' -> 'het gaat thuis niet goed'). Only that order
changes; S about someone in the third person ('dat hij …') is left alone (it may be the person asked).
direct.py writes the told sentence before the question.
"""

from __future__ import annotations

from .asked import INNER
from .lexicon import lexicon
from .reported import Found, Tok, led, middle
from .verbs import infinitive_of, is_infinitive

_TELL = frozenset({"vertellen", "zeggen", "melden"})
_THEN = frozenset({"ook", "dan", "daarna", "meteen", "gelijk", "direct", "nog"})
_SUBJECTS = frozenset({"het", "'t", "ik", "'k", "we", "wij", "er", "alles", "niets", "niks"})
_DETERMINERS = frozenset({"mijn", "m'n", "mn", "onze", "ons", "de", "het", "ons"})
_THIRD = frozenset({"hij", "zij", "ze", "hem", "haar", "zijn", "hun", "hen"})


def told_frame(text: str, toks: list[Tok], s: int, typed: bool = False) -> Found | None:
    """The frame at sentence start s with its told clause, or None. typed: the person is typed
    apart (the practice flow), so the note need not name them ('ik wil zeggen dat … en vragen of')."""
    opening = led(toks, s)
    if opening is None:
        return None
    found, k = opening
    j = next((i for i in range(k, min(k + 7, len(toks) - 1)) if toks[i].w in _TELL), None)
    if j is None or toks[j + 1].w not in ("dat", "da"):
        return None
    between = middle(toks, k, j, found)
    if between is None or not (between[0] or typed):
        return None
    for e in range(j + 3, len(toks) - 2):
        if toks[e].w in (".", "!", "?", ";") or "\n" in text[toks[e - 1].end:toks[e].start]:
            return None
        v = e + 1 + (toks[e + 1].w in _THEN)
        if toks[e].w == "en" and v + 1 < len(toks) and toks[v].w == "vragen" and toks[v + 1].w == "of":
            stop = e - 1 if toks[e - 1].w == "," else e
            if main_clause(toks, j + 2, stop) is None:
                return None
            found.person, found.moments = between
            found.told, found.comp = (j + 2, stop), v + 1
            return found
    return None


def main_clause(toks: list[Tok], a: int, b: int) -> list[int] | None:
    """The tokens a..b-1 of a 'dat' clause in main-clause order, or None when it is not plain enough:
    one subject in front ('het', 'ik', 'mijn moeder'), the finite verb last or before one closing
    infinitive or participle, no clause inside and nobody in the third person."""
    words = [toks[i].w for i in range(a, b)]
    third = [w for w in words[:-1] if w in _THIRD] + ([words[-1]] if words[-1] in _THIRD - {"zijn"} else [])
    preposition = {k for k, w in enumerate(words[:-1]) if w == "sinds" and words[k + 1] in _DETERMINERS | {"een"}}
    if len(words) < 2 or third or any((w in INNER and k not in preposition) or not (w[:1].isalnum() or w in ("'k", "'t"))
                                      for k, w in enumerate(words)):
        return None  # a closing 'zijn' is the verb ('dat we niet thuis zijn'), not 'his'
    if words[0] in _SUBJECTS:
        size = 1
    elif words[0] in _DETERMINERS and len(words) > 3:
        size = 2
    else:
        return None
    lex = lexicon()
    tail = _closing_phrase(lex, words, size)  # 'dat ik gezakt ben | voor mijn examen': it stays last
    b, words = b - tail, words[:len(words) - tail]
    if words[-2] in _DETERMINERS | {"een", "die", "dit", "deze"} or words[-2] in lex.prepositions:
        return None  # '… van de stress': a noun closes it, not a verb
    last = b - 1
    if not _finite(lex, words[-1]):
        closing = is_infinitive(lex, words[-1]) or words[-1].startswith("ge")
        if not closing or b - a < size + 3 or not _finite(lex, words[-2]):
            return None
        last = b - 2
    rest = [i for i in range(a + size, b) if i != last]
    return list(range(a, a + size)) + [last] + rest + list(range(b, b + tail))


def _closing_phrase(lex, words: list[str], size: int) -> int:
    """How many words a phrase after the finite verb holds ('… heb | sinds de scheiding'): a
    preposition right after a finite verb and at most four words, none a known verb form; else 0."""
    for k in range(len(words) - 2, size + 1, -1):
        if (words[k] in lex.prepositions or words[k] == "sinds") and _finite(lex, words[k - 1]) and len(words) - k <= 5 \
                and not any(w in lex.finite or w in lex.irregular or is_infinitive(lex, w) for w in words[k + 1:]):
            return len(words) - k
    return 0


def _finite(lex, w: str) -> bool:
    """A finite verb form closing a 'dat' clause: a known one, or one whose infinitive is clear."""
    if w in lex.finite or w in lex.irregular:
        return True
    if w in lex.not_verb or w in lex.prepositions or is_infinitive(lex, w) or len(w) < 3:
        return False
    return infinitive_of(lex, w)[1]  # 'gaat', 'ligt', 'zit', and after 'ik' the stem: 'slaap', 'werk'
