"""The small phrase syntax of content/nl/krimp.toml, compiled to regular expressions.

A phrase is a row of words, matched against a *view* of the draft: its normalised words
joined by single spaces (see tokens.py). In a phrase:

- case and accents do not count;
- a phrase starting with ``=`` is matched as written only (its filler words count);
- a word ending in ``*`` stands for every word that starts that way (``lastigval*``); a ``*``
  on its own stands for the rest of the clause (up to eight words);
- ``[a|b]`` means one of these must stand here; ``(a|b)`` means one of these may stand here;
- an entry may be a table with guards:
  ``{ zin = "een keer", niet_na = ["nog"], niet_voor = ["per"], voor_werkwoord = true }``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vraaghulp.coach.text import fold

_PART = re.compile(r"\[[^\]]*\]|\([^)]*\)|\S+")


@lru_cache(maxsize=4096)
def norm_phrase(text: str) -> str:
    """A phrase as the views spell it: folded, single spaces."""
    return " ".join(fold(str(text)).split())


# "*" on its own: the rest of the clause (one to eight words, no punctuation), never running on
# into a new clause ("ik weet dat je het druk hebt maar kun je …" stops before "maar").
_STOP = r"(?!(?:maar|want|omdat|dus|en|of|kun|kan|kunt|kunde|wil|wilt|zou|zoudt|zouden|mag|kunnen)(?: |$))"
_REST = rf"(?:{_STOP}[^\s,.;:!?]+ ){{0,7}}{_STOP}[^\s,.;:!?]+"


def _piece(word: str) -> str:
    if word == "*":
        return _REST
    if word.endswith("*") and len(word) > 1:
        return re.escape(word[:-1]) + r"[^\s]*"
    return re.escape(word)


def _alternatives(options: str, skip: frozenset[str]) -> tuple[str, bool]:
    """(regex for the alternatives, one of them is empty once the skipped words are left out)."""
    alts = []
    emptied = False
    for option in options.split("|"):
        words = [w for w in norm_phrase(option).split() if w not in skip]
        if words:
            alts.append(" ".join(_piece(w) for w in words))
        elif option.strip():
            emptied = True
    return ("(?:" + "|".join(alts) + ")" if alts else ""), emptied


def phrase_regex(phrase: str, skip: frozenset[str] = frozenset()) -> str:
    """The regex (without boundaries) for one phrase; "" for an empty phrase.

    skip: words the view leaves out (filler words in the core view); they are left out of the
    phrase too, so "zou je zo lief willen zijn" matches the view's "zou je lief willen zijn".
    """
    parts = []
    for part in _PART.findall(str(phrase).strip()):
        bracketed = part[0] in "[(" and part[-1] in "])"
        body, emptied = _alternatives(part[1:-1] if bracketed else part, skip)
        if body:
            parts.append((body, emptied or (part.startswith("(") and part.endswith(")"))))
    if parts and all(optional for _, optional in parts):
        parts[0] = (parts[0][0], False)
    out = ""
    started = False  # a required part has been written
    for body, optional in parts:
        if optional:
            out += f"(?: {body})?" if started else f"(?:{body} )?"
        else:
            out += f" {body}" if started else body
            started = True
    return out


def bounded(inner: str) -> str:
    return r"(?<!\S)(?:" + inner + r")(?!\S)"


def second_words(phrase: str, skip: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """The words that can stand second in a match of the phrase as `phrase_regex` writes it (with the same skipped
    words); None when any can: a reading of one word, or a wildcard among the first two (round 36, k36s: a draft's
    word the phrase cannot go on with is not tried)."""
    heads: set[tuple[str, ...]] = {()}  # the first two words (or fewer) of every reading so far
    for options, optional in _parts(phrase, skip):
        heads = {h for h in heads if len(h) >= 2 or optional} | {(h + o)[:2] for h in heads if len(h) < 2
                                                                  for o in options}
    if any(len(h) < 2 or h[0] == "*" or h[1].endswith("*") for h in heads):
        return None
    return frozenset(h[1] for h in heads)


def required_words(phrase: str, skip: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words every match of the phrase holds as words of the view: the words of its required parts that offer no
    choice ('* wordt me * te veel': wordt, me, te, veel). A draft without one of them holds no match."""
    return frozenset(w for options, optional in _parts(phrase, skip) if not optional and len(options) == 1
                     for w in options[0] if not w.endswith("*"))


def _parts(phrase: str, skip: frozenset[str]) -> list[tuple[list[tuple[str, ...]], bool]]:
    """The parts of a phrase as `phrase_regex` reads them: (its options as words, the part may be left out)."""
    parts = []
    for part in _PART.findall(str(phrase).strip()):
        bracketed = part[0] in "[(" and part[-1] in "])"
        options, emptied = [], False
        for option in (part[1:-1] if bracketed else part).split("|"):
            words = [w for w in norm_phrase(option).split() if w not in skip]
            if words:
                options.append(tuple(words))
            elif option.strip():
                emptied = True
        if options:
            parts.append((options, emptied or (part.startswith("(") and part.endswith(")"))))
    if parts and all(optional for _, optional in parts):
        parts[0] = (parts[0][0], False)
    return parts


def _union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    return None if any(s is None for s in sets) else frozenset().union(*sets)


def _needs(seconds: frozenset[str] | None, needed: list[frozenset[str]]) -> tuple[frozenset[str], ...] | None:
    """For a group tried at every place its first word stands (no second word to go by): the words each of its
    phrases needs, when every phrase needs one (None: nothing to go by)."""
    return tuple(needed) if seconds is None and needed and all(needed) else None


@dataclass(frozen=True)
class Guard:
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    before_verb: bool = False


Tried = tuple  # (its Branches, its Guard or None, the words its phrases need (one set per phrase; a view must hold all
#                  of one) or None)


class Branches:
    """One compiled group of phrases, alternatives in the group's order, each with the words that may stand second
    in its match (None: any). Where the view goes on with a word, only the alternatives that can go on with it are
    tried, in the same order: the same first match as the whole group, without walking the rest (round 36, k36s)."""

    def __init__(self, alternatives: list[tuple[str, frozenset[str] | None]]) -> None:
        self._alternatives = alternatives
        self._seconds = frozenset().union(*(s for _, s in alternatives if s is not None))
        self._by_next: dict[str, re.Pattern[str] | None] = {}

    def pattern(self, following: str) -> re.Pattern[str] | None:
        """The regex of the alternatives that can match where the view goes on with `following` ("": the view ends
        there, or with a word no alternative has second); None when none can."""
        key = following if following in self._seconds else ""
        known = self._by_next.get(key, self)
        if known is self:
            alternatives = [rx for rx, seconds in self._alternatives if seconds is None or key in seconds]
            known = self._by_next[key] = re.compile(bounded("|".join(alternatives))) if alternatives else None
        return known

    def spans(self, text: str, offsets: tuple[int, ...], nexts: dict[str, list[int]]) -> list[tuple[int, int]]:
        """(start, end) in a view's text of each match (not empty) at the places where the group's first word stands,
        given by the word after each (`nexts`: that word, "" at the view's end -> its places): at each place the regex
        `pattern` gives for the word after it. When no alternative can go on with a word it does not name second,
        only the places followed by a word one of them names are tried (round 37, k37s: speed only, the same spans)."""
        out: list[tuple[int, int]] = []
        seconds, known = self._seconds, self._by_next
        for following in seconds.intersection(nexts) if self.pattern("") is None else nexts:
            key = following if following in seconds else ""
            rx = known.get(key, self)
            if rx is self:
                rx = self.pattern(key)
            if rx is None:
                continue
            for k in nexts[following]:
                offset = offsets[k]
                m = rx.match(text, offset)
                if m and m.end() > offset:
                    out.append((offset, m.end()))
        return out


class Patterns:
    """The phrases of one list for one view, grouped by the word they can start with.

    Each group is compiled the first time a draft holds that word, so a short draft only pays
    for the phrases it could contain. Phrases that start with '*' are tried at every word.
    """

    def __init__(self, items: list[tuple[str, Guard | None, tuple, frozenset[str] | None, frozenset[str]]]) -> None:
        self.by_word: dict[str, list[tuple[str, Guard | None, frozenset[str] | None, frozenset[str]]]] = {}
        self.by_prefix: dict[str, list[tuple[str, Guard | None, frozenset[str] | None, frozenset[str]]]] = {}
        self.anywhere: list[tuple[str, Guard | None, frozenset[str] | None, frozenset[str]]] = []
        for rx, guard, (starts, prefixes, anywhere), seconds, needed in items:
            if anywhere:
                self.anywhere.append((rx, guard, seconds, needed))
                continue
            for w in starts:
                self.by_word.setdefault(w, []).append((rx, guard, seconds, needed))
            for p in prefixes:
                self.by_prefix.setdefault(p, []).append((rx, guard, seconds, needed))
        self._compiled: dict[tuple[str, str], list[Tried]] = {}
        self._whole: re.Pattern[str] | None = None
        self._for_word: dict[str, list[Tried]] = {}
        self._none: set[str] = set()  # words no phrase of the list can start with (most words, most lists)
        self._some: set[str] = set()  # words some phrase of the list can start with (looked up before)
        # a list whose phrases all start with a word written out: the words that start one (round 37, speed only)
        self._only_words = frozenset(self.by_word) if not self.by_prefix and not self.anywhere else None

    def for_word(self, word: str) -> list[Tried]:
        """The phrase groups that may start with this word."""
        known = self._for_word.get(word)
        if known is None:
            known = self._for_word[word] = self._collect(word)
            (self._some if known else self._none).add(word)
        return known

    def starting(self, index: dict[str, list[int]],
                 vocab: frozenset[str] | None = None) -> list[tuple[list[int], list[Tried]]]:
        """For a view's index (word -> its positions), the positions of each word some phrase may start with, and
        those phrases. Only the words known to start one and those not looked up yet are walked (for a list without
        word beginnings or wildcards in front: the words its phrases start with; speed only, the same as asking
        `for_word` of every word). vocab: the index's words as a set, when the caller has it."""
        known, only = self._for_word, self._only_words
        words = vocab if vocab is not None else frozenset(index)
        if only is not None:
            todo = words & only
        else:  # the words known to start a phrase, and those not looked up yet (set operations in C)
            todo = words.intersection(self._some).union(words.difference(self._none, self._some))
        out = []
        for word in todo:
            tried = known.get(word)
            if tried is None:
                tried = self.for_word(word)
            if tried:
                out.append((index[word], tried))
        return out

    def _collect(self, word: str) -> list[Tried]:
        keys = [("w", word)] if word in self.by_word else []
        keys += [("p", p) for p in self.by_prefix if word.startswith(p)]
        keys += [("a", "")] if self.anywhere else []
        out: list[Tried] = []
        for key in keys:
            out += self._compile(key)
        return out

    def _compile(self, key: tuple[str, str]) -> list[Tried]:
        if key not in self._compiled:
            kind, word = key
            items = self.by_word[word] if kind == "w" else self.by_prefix[word] if kind == "p" else self.anywhere
            plain = sorted((item for item in items if item[1] is None), key=lambda item: len(item[0]), reverse=True)
            done = [(Branches([(item[0], item[2]) for item in plain]), None,
                     _needs(_union([item[2] for item in plain]), [item[3] for item in plain]))] if plain else []
            done += [(Branches([(rx, seconds)]), guard, _needs(seconds, [needed]))
                     for rx, guard, seconds, needed in items if guard is not None]
            self._compiled[key] = done
        return self._compiled[key]

    def search(self, text: str) -> bool:
        """Does an unguarded phrase occur anywhere in this text (words joined by single spaces)?"""
        if self._whole is None:
            every = {rx for group in (*self.by_word.values(), *self.by_prefix.values(), self.anywhere)
                     for rx, guard, *_ in group if guard is None}
            self._whole = re.compile(bounded("|".join(sorted(every, key=len, reverse=True)) or "(?!x)x"))
        return bool(self._whole.search(text))


@dataclass(frozen=True)
class PhraseList:
    """One compiled list, for both views.

    full: every phrase as written, matched on the full view. core: the phrases with the filler
    words left out, matched on the core view (so fillers in the draft do not stop a match); a
    phrase that would shrink to a single word that way ("laat maar" -> "laat") is left out of it.
    """

    full: Patterns
    core: Patterns


def _required_words(phrase: str, skip: frozenset[str]) -> int:
    count = 0
    for part in _PART.findall(phrase):
        if part.startswith("("):
            continue
        body = part[1:-1] if part.startswith("[") else part
        options = [[w for w in norm_phrase(o).split() if w not in skip] for o in body.split("|")]
        count += min((len(o) for o in options), default=0)
    return count


def _filler_at_edge(phrase: str, skip: frozenset[str]) -> bool:
    """'eens een keer' without 'eens' is 'een keer': a filler at either end changes the phrase."""
    parts = [p for p in _PART.findall(phrase) if not p.startswith("(")]
    for part in parts[:1] + parts[-1:]:
        if part.startswith("["):
            continue  # '[vol|helemaal doorheen]': each option loses its filler words on its own
        if any(w in skip for w in norm_phrase(part).split()):
            return True
    return False


def first_words(phrase: str, skip: frozenset[str]) -> tuple[set[str], set[str], bool]:
    """(words, word beginnings, any word) a phrase can start with."""
    words: set[str] = set()
    prefixes: set[str] = set()
    for part in _PART.findall(phrase):
        bracketed = part[0] in "[(" and part[-1] in "])"
        body = part[1:-1] if bracketed else part
        can_skip = part.startswith("(")
        for option in body.split("|"):
            ws = [w for w in norm_phrase(option).split() if w not in skip]
            if not ws:
                can_skip = can_skip or bool(option.strip())
                continue
            if ws[0] == "*":
                return words, prefixes, True
            if ws[0].endswith("*"):
                prefixes.add(ws[0][:-1])
            else:
                words.add(ws[0])
        if not can_skip:
            return words, prefixes, False
    return words, prefixes, True


def compile_list(entries: Any, skip: frozenset[str] = frozenset()) -> PhraseList:
    """Compile a list of phrases; skip: the filler words the core view leaves out.

    Every place where a phrase can start is tried, so a match may start inside another one
    (frames follow each other: "ik vroeg me af of | het mogelijk zou zijn om").
    """
    full: list[tuple[str, Guard | None, tuple, frozenset[str] | None]] = []
    core: list[tuple[str, Guard | None, tuple, frozenset[str] | None]] = []
    for entry in entries or []:
        guard = None
        phrase = str(entry)
        if isinstance(entry, dict):
            phrase = str(entry.get("zin", ""))
            guard = Guard(
                tuple(norm_phrase(x) for x in entry.get("niet_na", [])),
                tuple(norm_phrase(x) for x in entry.get("niet_voor", [])),
                bool(entry.get("voor_werkwoord", False)),
            )
        exact = phrase.startswith("=")  # "=ik wil graag *": the filler word matters here
        phrase = phrase.lstrip("=")
        rx = phrase_regex(phrase)
        if not rx:
            continue
        full.append((rx, guard, first_words(phrase, frozenset()), second_words(phrase), required_words(phrase)))
        if skip and not exact and not _filler_at_edge(phrase, skip) and (
            _required_words(phrase, skip) >= 2 or _required_words(phrase, frozenset()) < 2
        ):
            core_rx = phrase_regex(phrase, skip)
            if core_rx:
                core.append((core_rx, guard, first_words(phrase, skip), second_words(phrase, skip),
                             required_words(phrase, skip)))
    return PhraseList(Patterns(full), Patterns(core))


def words(values: Any) -> frozenset[str]:
    """A list of words or phrases from the content file, normalised."""
    texts = (str(v.get("zin", "")) if isinstance(v, dict) else str(v) for v in (values or []))
    return frozenset(norm_phrase(t) for t in texts if t.strip())
