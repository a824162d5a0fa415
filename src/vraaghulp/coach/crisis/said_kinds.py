"""Which kinds of serious words a message says, found once per message (round 33, c33t).

`frame_serious.serious` asks, for each harmless frame a message holds, whether the message says a word
of the kinds that frame may not pass over (`frame_serious.SERIOUS`, less the frame's own kinds). Asked as
one search per frame, a message with five frames was read five times, each a search of the whole text
position by position (up to 0.3 ms where none matches). `SaidKinds` reads the message once, lazily: one
pass finds each place where a word of any kind begins (a lookahead: every place, also inside another
match), notes every kind that matches there, and stops as soon as a kind the question allows is found;
the next question goes on from there. The same answer as the search it replaces: `\\b(?:a|b)\\b` matches
a text exactly where `\\b(?:a)\\b` or `\\b(?:b)\\b` does. Standard library only.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Iterable, Iterator

__all__ = ["SaidKinds", "forget", "prepared"]

Prepared = tuple  # (the scanner, ((kind, its test at a place), ...)), or () when the kinds cannot be joined
_prepared: dict[tuple[tuple[str, str], ...], Prepared] = {}
_NUMBERED = re.compile(r"\\[1-9]|\(\?P[=<]|\(\?\(")  # group references: joined patterns would renumber them


def prepared(kinds: dict[str, str]) -> Prepared:
    """The scanner (every place where a word of any kind begins) and each kind's own test at such a place,
    compiled once per process; () when a pattern refers to a group (joined, the groups would renumber)."""
    key = tuple(kinds.items())
    found = _prepared.get(key)
    if found is None:
        if any(_NUMBERED.search(pattern) for pattern in kinds.values()):
            found = ()
        else:
            scanner = re.compile(r"\b(?=(?:" + "|".join(kinds.values()) + r")\b)")
            found = (scanner, tuple((kind, re.compile(r"(?:" + pattern + r")\b")) for kind, pattern in kinds.items()))
        _prepared[key] = found
    return found


def forget() -> None:
    """Let go of the compiled scanners (`crisis.release_rules`)."""
    _prepared.clear()


class SaidKinds:
    """The kinds (of `prepared`'s kinds) the text says, found as far as each question needs."""

    __slots__ = ("_text", "_each", "_places", "found", "_searched")

    def __init__(self, text: str, ready: Prepared) -> None:
        scanner, self._each = ready  # `prepared(kinds)`, not ()
        self._text = text
        self._places: Iterator[re.Match[str]] | None = scanner.finditer(text)
        self.found: set[str] = set()  # the kinds found so far
        self._searched: dict[str, bool] = {}

    def holds(self, pattern: str) -> bool:
        """Whether `pattern` occurs in the text (searched once per text: the frames of an ordinary reason
        all ask for `frame_serious._GRAVE`)."""
        found = self._searched.get(pattern)
        if found is None:
            found = self._searched[pattern] = re.search(pattern, self._text) is not None
        return found

    def any_of(self, allowed: Iterable[str]) -> bool:
        """Whether the text says a word of one of the `allowed` kinds."""
        allowed = frozenset(allowed)
        found = self.found
        if not found.isdisjoint(allowed):
            return True
        if self._places is None:
            return False  # read to the end: nothing more to find
        text = self._text
        for place in self._places:
            at = place.start()
            for kind, pattern in self._each:
                if kind not in found and pattern.match(text, at) is not None:
                    found.add(kind)
            if not found.isdisjoint(allowed):
                return True
        self._places = None
        return False
