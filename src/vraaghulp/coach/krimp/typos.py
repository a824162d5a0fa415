"""Misspelled wrapper words: 'mischien', 'exuses', 'lastigvalen' are still a hedge or an apology.

Only the words of the wrapper lists (apologies, burden talk, escape hatches, hedges, preambles,
greetings, sign-offs) and the filler words are looked for, and only in words of at least
``MIN_LENGTH`` letters that the engine does not know as something else: one letter left out, added,
changed or two letters swapped. A request's own words are never changed this way, since they are
not wrapper words; a kept word that is only one letter away from one makes the result not sure.
"""

from __future__ import annotations

MIN_LENGTH = 6


def _deletes(word: str) -> set[str]:
    return {word[:k] + word[k + 1:] for k in range(len(word))}


_INDEX: dict[int, dict[str, frozenset[str]]] = {}


def _index(lex) -> dict[str, frozenset[str]]:
    """Each wrapper word and each form of it with one letter left out -> the wrapper words."""
    known = _INDEX.get(id(lex))
    if known is not None:
        return known
    index: dict[str, set[str]] = {}
    for word in lex.wrapper_words:
        if len(word) < MIN_LENGTH or not word.isalpha():
            continue
        for form in _deletes(word) | {word}:
            index.setdefault(form, set()).add(word)
    _INDEX.clear()
    _INDEX[id(lex)] = out = {k: frozenset(v) for k, v in index.items()}
    return out


def typo_of(lex, word: str) -> str:
    """The wrapper word this word is a misspelling of ('' when it is none, or is a word itself)."""
    if len(word) < MIN_LENGTH - 1 or not word.isalpha() or word in lex.wrapper_words or word in lex.real_words:
        return ""
    index = _index(lex)
    found: set[str] = set()
    for form in _deletes(word) | {word}:
        found |= index.get(form, frozenset())
    found = {w for w in found if abs(len(w) - len(word)) <= 1}
    return next(iter(found)) if len(found) == 1 else ""


def near_wrapper(lex, word: str) -> bool:
    return bool(typo_of(lex, word))


_MOMENT_WORDS = ("morgen", "vandaag", "vanavond", "vanmiddag", "vanochtend", "vanmorgen", "vannacht", "overmorgen",
                 "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "morgenvroeg")


def near_moment(lex, word: str) -> bool:
    """'morgn', 'zatrdag', 'vanavnd': a day word with one letter left out (not a word of its own)."""
    if len(word) < 4 or not word.isalpha() or word in _MOMENT_WORDS or word in lex.real_words or lex.moment.fullmatch(word):
        return False
    return one_letter_short(word, _MOMENT_WORDS)


def one_letter_short(word: str, words) -> bool:
    """Whether the word is one of these words with one letter left out ('morgn', 'knnen')."""
    return any(len(m) == len(word) + 1 and word in _deletes(m) for m in words)
