"""A practice note that only tells how things are is never wrapped into a help question (round 51, k51c).

`vraaghulp oefen` lets the person type their own ask. When what they type is a statement and no task ('mijn
moeder is ziek', 'het gaat niet zo goed met me', 'Mijn kinderen zijn groot, ze redden zich wel zonder hun
moeder.'), compose used to put it after 'kun je me helpen met …?' and offered 'Tom, kun je me helpen met de auto is
kapot?'. Nonsense is worse than no help (issue 12, point 6): a note with a clause of its own (a subject and its
finite verb) takes the not-sure path instead, the person's own words with only the surely removable parts cut.

The shape: a finite verb form krimp knows ('is', 'ben', 'heeft', 'kan': a form of zijn, hebben or a modal) after
the note's first word, or a finite form in -t of finite.py's list right after a subject or a noun ('het gaat', 'de
baby slaapt'). 'zijn' after a preposition, an article or at the start is the possessive ('met zijn fiets'); a noun
phrase to help with ('de verhuizing', 'het behang in de gang', 'mijn belastingaangifte') has neither and is
asked as before.
"""

from __future__ import annotations

import re

from vraaghulp.coach.text import fold

from .finite import listed_infinitives
from .lexicon import lexicon

_SUBJECTS = frozenset({"ik", "'k", "je", "jij", "ge", "gij", "hij", "ie", "ze", "zij", "we", "wij", "jullie", "het", "'t",
                       "dat", "da", "die", "er", "men", "iemand", "niemand", "iedereen"})
_BEFORE_POSSESSIVE = frozenset({"en", "of", "maar", "van", "met", "bij", "voor", "naar", "aan", "op", "in", "om", "door",
                                "over", "uit", "zonder", "tegen", "achter", "onder", "tot", "de", "het", "een", "'t"})


def _plain(what: str) -> list[str]:
    return [w for w in (re.sub(r"[^\w']", "", w) for w in fold(what).split()) if w]


def _known_finite(lex, word: str, before: str) -> bool:
    """'is', 'ben', 'heeft', 'kan': a finite form of zijn, hebben or a modal; 'zijn' only where it cannot be 'his'."""
    if word == "zijn":
        return before not in _BEFORE_POSSESSIVE
    return word in lex.finite


def _after_subject(lex, word: str, before: str, first: bool) -> bool:
    """'het gaat', 'de baby slaapt': a finite form of the list in -t right after a subject or a noun (a plural
    form is the infinitive too: 'ze ophalen bij school' is a task, so 'ze slapen slecht' is not read here)."""
    if not word.endswith("t") or (first and before not in _SUBJECTS):
        return False
    return bool(listed_infinitives(word, "hij", lex.irregular, lex.particles))


def tells_only(what: str) -> bool:
    """The note is a clause of its own (a subject and its finite verb), not a task or a thing to help with."""
    lex = lexicon()
    words = _plain(what)
    for k in range(1, len(words)):
        before, word = words[k - 1], words[k]
        if _known_finite(lex, word, before) or _after_subject(lex, word, before, k == 1):
            return True
    return False


# Spoken openers before a reported ask ('eh ja of ik …', 'ja hallo ik wil vragen …'): removable, never a task.
_OPENERS = frozenset({"eh", "ehm", "euh", "uh", "uhm", "ja", "jah", "nou", "hallo", "hoi", "oke", "ok", "okay",
                      "zo", "dus", "allee", "allez", "awel"})
_SPOKEN = frozenset({"eh", "ehm", "euh", "uh", "uhm", "ja", "jah", "nou"})  # never content, before any note
_REPORTED = re.compile(r"^(?:dat|da|of)\s+(?:ik|'k|k|we|wij)\b|^(?:ik|'k|k)\s")
_THAT_I = re.compile(r"^(?:dat|da)\s+(?=(?:ik|'k|k|we|wij)\b)", re.IGNORECASE)
_LEAVE = frozenset({"mag", "mogen", "kan", "kunnen", "hoef", "hoeven"})


def opening_cut(what: str) -> str:
    """'eh ja of ik ni om 9u maar om 10u mag beginnen' -> 'of ik ni om 9u …': spoken openers go when a reported ask
    ('of ik', 'dat ik') or a sentence of one's own ('ik wil vragen …') follows; 'eh', 'ja', 'nou' go before any
    note ('ja de kast in elkaar zetten', 'nou, de verhuizing'); any other note stays as typed."""
    raw = what.split()
    k = 0
    while k < len(raw) and fold(re.sub(r"[^\w']", "", raw[k])) in _OPENERS:
        k += 1
    rest = " ".join(raw[k:])
    if not k or not rest:
        return what
    spoken = all(fold(re.sub(r"[^\w']", "", w)) in _SPOKEN for w in raw[:k])
    return rest if spoken or _REPORTED.match(fold(rest)) else what


def as_whether(what: str) -> str | None:
    """'dat ik morgen thuis mag werken' typed as the note is the reported ask 'of ik morgen thuis mag werken' (the
    engine turns it into 'mag ik …?', and the result is kept only when that word is gone again); only with a verb
    of leave or ability ('mag', 'kan', 'hoef'): 'dat ik niet meer mee wil' is a wish, not a question to turn."""
    m = _THAT_I.match(what)
    if m is None or not _LEAVE & set(_plain(what)):
        return None
    return "of " + what[m.end():]


def whether_gone(result_sentence: str, what: str) -> bool:
    """The turned result has no more 'of' than the typed note: the 'of' put in by as_whether went with the turn."""
    return _plain(result_sentence).count("of") <= _plain(what).count("of")
