"""Step 4a of the crisis check, the forms themselves: one word of a concept form (`_Slot`), a form
(`_Form`), a hit (`Hit`), and matching a form word by word from its key word (`_rest`, `_place_back`,
`_negated`), used by `concepts.Lexicon.tag`.

Round 47 (s47): split from `concepts`. Compiling a module from source (an install without .pyc files)
briefly takes some 60 times its size in memory, and the largest such module set the peak of a
`log --zoek` on such an install; two halves of that size do not. Standard library only; nothing is
built at import time.
"""

from __future__ import annotations

from collections import namedtuple
from functools import partial
from operator import itemgetter

NEGATIONS = frozenset(("niet", "geen", "nooit"))

_BARRIERS = frozenset(("|", ".", "!", "?", ";"))
# Round 41 (c41): a particle right after a verb of its own belongs to that verb ("ik zeg nog let op dat je niet valt" is
# 'letten op', no 'opzeggen'): a separable verb's particle is never read past such a pair (`_Slot.clause` gaps only).
_OWN_PARTICLE = frozenset((("let", "op"), ("pas", "op"), ("kijk", "uit"), ("kom", "op"), ("hou", "op"), ("houd", "op")))
_NOTHING = ((), False, ())  # a word that is no concept and begins no form (`Lexicon._facts_of`)


# A concept (or rule) found: its name, the first word (counted over the whole message), one
# past the last word, and the words that matched (for the explanation).
Hit = namedtuple("Hit", "name start end text")
# A Hit from one tuple: `tuple.__new__` called in C through `partial` (round 53, s53: `Hit._make` is a Python
# function, and `tag` makes hundreds of hits per letter; the same Hit, without the length check)
_hit = partial(tuple.__new__, Hit)

class _Slot(namedtuple("_Slot", "exact prefixes suffixes gap number clause", defaults=(False, False))):
    """One word of a form: exact words, prefixes, suffixes; or a gap of up to `gap` words (`clause`: not over a
    comma either, as a separable verb's particle: "ging , na die looping" is no 'nagaan'; round 40, c40b)."""

    __slots__ = ()

    def matches(self, word: str) -> bool:
        if word in self.exact or (self.number and word.isdigit()):
            return True
        prefixes, suffixes = self.prefixes, self.suffixes
        if prefixes and word.startswith(prefixes):  # one test in C for them all (round 32, c32s)
            return True
        if suffixes and word.endswith(suffixes):  # an ending counts only inside a longer word (round 36, c36: two
            # letters longer at least, a compound's first part: "kerktoren", not the verb "storen")
            if word not in suffixes and word[1:] not in suffixes:
                return True  # every ending it has is two letters shorter at least (the usual case: one quick test)
            return any(word.endswith(s) and len(word) > len(s) + 1 for s in suffixes)
        return False


# concept, slots, negatable: how many words back a niet/geen/nooit switches it off (0: never)
# needs: for each slot that is only exact words, those words (one of them must be in the
# sentence, or the form cannot match there: a cheap test before the word-by-word match).
# back: how many words before the key word the form may begin (0: it begins at the key word).
_Form = namedtuple("_Form", "concept slots negatable needs back")


def _slot(text: str, lists: dict[str, list[str]], where: str) -> _Slot:
    if text.startswith("~"):
        clause = text.endswith(",")
        return _Slot(frozenset(), (), (), int(text[1:].rstrip(",") or 2), False, clause)
    exact, prefixes, suffixes, number = set(), [], [], False
    for option in text.split("|"):
        if option == "#":
            number = True
            continue
        if option.startswith("@"):
            if option[1:] not in lists:
                raise _error(f"onbekende lijst {option} in {where}")
            words = [w for w in lists[option[1:]] if " " not in w]
        else:
            words = [option]
        for word in words:
            if word.endswith("*"):
                prefixes.append(word[:-1])
            elif word.startswith("*"):
                suffixes.append(word[1:])
            elif word:
                exact.add(word)
    if not (exact or prefixes or suffixes or number):
        raise _error(f"een lege plek in een vorm in {where}")
    return _Slot(frozenset(exact), tuple(prefixes), tuple(suffixes), 0, number)


def _error(message: str) -> Exception:
    from vraaghulp.errors import VraaghulpError

    return VraaghulpError(
        f"Het tekstbestand crisis_begrippen.toml klopt niet: {message}. "
        "Herstel het bestand of zet het origineel terug."
    )


Needs = tuple  # of frozensets of words: one word of each must be in the sentence


def _with_needs(words: list[str] | tuple[str, ...], forms: list[_Form]) -> tuple[tuple[_Form, Needs], ...]:
    """Each form with the sets of words it needs, less those that hold one of `words` (the word or the pair of
    words the forms begin with: in the sentence wherever they are looked up; round 32, c32s)."""
    return tuple((form, tuple(need for need in form.needs if need.isdisjoint(words))) for form in forms)


def _place_back(form: _Form, words: list[str], i: int, size: int, offset: int, hits: dict[tuple[str, int], Hit]) -> None:
    """The hits of a form that may begin up to `form.back` words before its key word i (`Lexicon.tag`)."""
    for start in range(max(0, i - form.back), i + 1):
        end = _match(form.slots, words, start) if form.slots[0].matches(words[start]) else None
        if end is None or (form.negatable and _negated(words, start, form.negatable)):
            continue
        end = min(end, size)
        key = (form.concept, start)
        if key not in hits or hits[key].end < offset + end:
            hits[key] = _hit((form.concept, offset + start, offset + end, " ".join(words[start:end])))


def _match(slots: tuple[_Slot, ...], words: list[str], start: int) -> int | None:
    """The end (exclusive) of the form matched at `start`, or None (first slot already fits)."""
    return _rest(slots, 1, words, start + 1)


def _rest(slots: tuple[_Slot, ...], k: int, words: list[str], i: int) -> int | None:
    size = len(words)
    while k < len(slots):  # word by word; a gap tries each of its widths (round 32: a loop, not a call per word)
        slot = slots[k]
        if slot.gap:
            for skip in range(slot.gap + 1):
                if skip and (i + skip - 1 >= size or words[i + skip - 1] in _BARRIERS
                             or (slot.clause and words[i + skip - 1] == ",")):
                    return None
                if skip and slot.clause and i + skip < size and (words[i + skip - 1], words[i + skip]) in _OWN_PARTICLE:
                    continue
                end = _rest(slots, k + 1, words, i + skip)
                if end is not None:
                    return end
            return None
        if i >= size or not slot.matches(words[i]):
            return None
        k, i = k + 1, i + 1
    return i


def _negated(words: list[str], i: int, reach: int) -> bool:
    if words[i] in _CLAUSE_OPENERS:  # round 22 (c22r): "het kon me niet schelen | of er iets aankwam"
        return False
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if words[j] in NEGATIONS or (words[j] in _NOTHING_WORDS and words[j + 1] == "van"):
            return True
        if words[j] in _BARRIERS or words[j] in _CLAUSE_OPENERS:
            return False
    return False


# round 38 (c38): "niks" or "niets" before "van" ("heeft er niks van ingenomen")
_NOTHING_WORDS = frozenset(("niks", "niets"))
# Round 58 (s58): every word `_negated` can find; a sentence with none of them has no negated word at all
NEGATING = NEGATIONS | _NOTHING_WORDS
# a negation does not reach into a new clause (a comma, or a clause that opens with "of")
_CLAUSE_OPENERS = frozenset((",", "of"))


def _by_place(hit: Hit) -> tuple[int, int]:
    return hit.start, -hit.end


_NAME = itemgetter(0)  # a hit's concept
_START, _END = itemgetter(1), itemgetter(2)


def _drop_contained(hits: list[Hit]) -> list[Hit]:
    """A hit inside a longer hit of the same concept adds nothing (hits sorted by start, longest first)."""
    if len(set(map(_NAME, hits))) == len(hits):
        return hits  # every concept once (most sentences): nothing inside another of its own
    kept: list[Hit] = []
    reach: dict[str, int] = {}  # per concept: the furthest end of a kept hit
    for hit in hits:
        name, end = hit[0], hit[2]
        if reach.get(name, -1) >= end:
            continue
        kept.append(hit)
        reach[name] = end  # further than any kept before (else it was skipped above)
    return kept
