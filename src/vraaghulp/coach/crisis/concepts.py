"""Step 4a of the crisis check: mark the concepts in a normalised sentence.

A concept is an idea rather than a phrase: a means (pills, a rope, a bridge), acquiring
something (bought, saved, looked up), a farewell, "for when I'm not here", someone who
died... Each concept in ``crisis_begrippen.toml`` lists its forms: one word or a few words
in a row, written in the normalised spelling. In a form

- ``woord``    exactly this word;
- ``woord*``   any word that begins so (inflections: ``spaar*`` = spaar, spaarde, spaarzaam);
- ``*woord``   any longer word that ends so (compounds: ``*pillen`` = slaappillen);
- ``a|b``      one of these (each may use * as above);
- ``@lijst``   any word of a shared word list (``[lijst]``);
- ``#``        any number (18, 500, 23);
- ``~`` / ``~3``  up to 2 (or 3) other words in between.

A concept marked ``ontkenbaar`` does not count right after niet, geen or nooit ("geen
pillen gekocht"; a number instead of ``true`` says how many words back to look). A concept with ``tenzij`` does not count when one of those concepts is
within ``tenzij_binnen`` words of it ("als ik er niet ben" next to "morgen").
Standard library only; nothing is built at import time.
"""

from __future__ import annotations

from typing import Any, NamedTuple

__all__ = ["Hit", "Lexicon", "NEGATIONS"]

NEGATIONS = frozenset(("niet", "geen", "nooit"))
_BARRIERS = frozenset(("|", ".", "!", "?", ";"))
_NEGATION_REACH = 2  # words before a concept searched for a negation


class Hit(NamedTuple):
    name: str  # the concept (or rule) name
    start: int  # index of the first word, counted over the whole message
    end: int  # one past the last word
    text: str  # the words that matched, for the explanation


class _Slot(NamedTuple):
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    gap: int  # > 0: this slot skips up to `gap` words
    number: bool = False

    def matches(self, word: str) -> bool:
        if word in self.exact or (self.number and word.isdigit()):
            return True
        if any(word.startswith(p) for p in self.prefixes):
            return True
        return any(word.endswith(s) and len(word) > len(s) for s in self.suffixes)


class _Form(NamedTuple):
    concept: str
    slots: tuple[_Slot, ...]
    negatable: int  # how many words back a niet/geen/nooit switches it off (0: never)


def _slot(text: str, lists: dict[str, list[str]], where: str) -> _Slot:
    if text.startswith("~"):
        return _Slot(frozenset(), (), (), int(text[1:] or 2))
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


class Lexicon:
    """Every concept form, indexed by what its first word can be."""

    def __init__(self, concepts: dict[str, Any], lists: dict[str, list[str]]) -> None:
        self.forms: list[_Form] = []
        for name, raw in concepts.items():
            forms = raw.get("vormen") if isinstance(raw, dict) else None
            if not isinstance(forms, list) or not forms:
                raise _error(f"begrip {name} heeft geen 'vormen'")
            negatable = _reach(raw.get("ontkenbaar", False))
            for form in forms:
                slots = tuple(_slot(part, lists, f"begrip {name}") for part in str(form).split())
                if not slots or slots[0].gap or slots[-1].gap:
                    raise _error(f"een vorm van {name} begint of eindigt met ~")
                self.forms.append(_Form(name, slots, negatable))
        self.names = frozenset(form.concept for form in self.forms)
        self.unless: dict[str, tuple[frozenset[str], int]] = {}
        for name, raw in concepts.items():
            blockers = frozenset(raw.get("tenzij", ()))
            if blockers - self.names:
                raise _error(f"begrip {name} noemt onbekende begrippen onder 'tenzij'")
            if blockers:
                self.unless[name] = (blockers, int(raw.get("tenzij_binnen", 4)))
        self._exact: dict[str, list[int]] = {}
        self._prefix: dict[str, list[int]] = {}
        self._suffix: dict[str, list[int]] = {}
        for i, form in enumerate(self.forms):
            first = form.slots[0]
            for word in first.exact:
                self._exact.setdefault(word, []).append(i)
            for prefix in first.prefixes:
                self._prefix.setdefault(prefix, []).append(i)
            for suffix in first.suffixes:
                self._suffix.setdefault(suffix, []).append(i)
        self._prefix_lengths = sorted({len(p) for p in self._prefix})
        self._suffix_lengths = sorted({len(s) for s in self._suffix})
        self._cache: dict[str, tuple[int, ...]] = {}

    def starting_with(self, word: str) -> tuple[int, ...]:
        """The forms whose first word can be this word (remembered per word)."""
        found = self._cache.get(word)
        if found is None:
            ids = list(self._exact.get(word, ()))
            for n in self._prefix_lengths:
                if n > len(word):
                    break
                ids += self._prefix.get(word[:n], ())
            for n in self._suffix_lengths:
                if n >= len(word):
                    break
                ids += self._suffix.get(word[-n:], ())
            found = tuple(sorted(set(ids)))
            if len(self._cache) < 20000:
                self._cache[word] = found
        return found

    def tag(self, words: list[str], offset: int) -> list[Hit]:
        """Every concept in one sentence (words), positions counted from `offset`."""
        hits: dict[tuple[str, int], Hit] = {}
        size = len(words)
        if words and words[-1] not in _BARRIERS:  # a form may end at the end of the text: "voor als ."
            words = [*words, "."]
        for i, word in enumerate(words[:size]):
            for form_id in self.starting_with(word):
                form = self.forms[form_id]
                end = _match(form.slots, words, i)
                if end is None or (form.negatable and _negated(words, i, form.negatable)):
                    continue
                end = min(end, size)
                key = (form.concept, i)
                if key not in hits or hits[key].end < offset + end:
                    hits[key] = Hit(form.concept, offset + i, offset + end, " ".join(words[i:end]))
        return _drop_contained(sorted(hits.values(), key=lambda h: (h.start, -h.end)))

    def keep(self, hits: list[Hit]) -> list[Hit]:
        """The hits of the whole message minus those a nearby 'tenzij' concept switches off."""
        if not self.unless:
            return hits
        return [hit for hit in hits if not self._blocked(hit, hits)]

    def _blocked(self, hit: Hit, hits: list[Hit]) -> bool:
        rule = self.unless.get(hit.name)
        if rule is None:
            return False
        blockers, reach = rule
        return any(other.name in blockers and other.start < hit.end + reach and hit.start - reach < other.end
                   for other in hits)


def _match(slots: tuple[_Slot, ...], words: list[str], start: int) -> int | None:
    """The end (exclusive) of the form matched at `start`, or None (first slot already fits)."""
    return _rest(slots, 1, words, start + 1)


def _rest(slots: tuple[_Slot, ...], k: int, words: list[str], i: int) -> int | None:
    if k == len(slots):
        return i
    slot = slots[k]
    if slot.gap:
        for skip in range(slot.gap + 1):
            if skip and (i + skip - 1 >= len(words) or words[i + skip - 1] in _BARRIERS):
                return None
            end = _rest(slots, k + 1, words, i + skip)
            if end is not None:
                return end
        return None
    if i < len(words) and slot.matches(words[i]):
        return _rest(slots, k + 1, words, i + 1)
    return None


def _reach(value: Any) -> int:
    """ontkenbaar = true (the usual reach) or a number of words."""
    if value is True:
        return _NEGATION_REACH
    return value if isinstance(value, int) and value > 0 else 0


def _negated(words: list[str], i: int, reach: int) -> bool:
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if words[j] in NEGATIONS:
            return True
        if words[j] in _BARRIERS or words[j] == ",":
            return False
    return False


def _drop_contained(hits: list[Hit]) -> list[Hit]:
    """A hit inside a longer hit of the same concept adds nothing."""
    kept: list[Hit] = []
    for hit in hits:
        if not any(k.name == hit.name and k.start <= hit.start and hit.end <= k.end for k in kept):
            kept.append(hit)
    return kept
