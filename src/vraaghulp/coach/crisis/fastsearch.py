"""A whole-message pattern searched as the rule patterns are: only where it can match.

Round 48 (s48). The later steps of the crisis check (`despair`, `unsaid_end`, `other_death`) search the whole
message with patterns of their own. Python's regular expressions walk such a pattern through every place of a
long message when it opens with a word boundary, a lookbehind or a choice (no literal to skip ahead to): on an
ordinary letter of 2,000 characters each such search cost 0.03-0.17 ms, and a message with no tier ran several.
`Search` gives the same first match as ``re.search(source, text)``, found as the rewrites find theirs
(`literals`, `wordstart`): not at all when the text lacks a string every match needs, else only at the places
where a match can begin (each a `str.find` pass: about 2 us on 2,000 characters), or where no such places are
known by the pattern as written. Compiled the first time it is asked. Standard library only.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    import re

__all__ = ["Search"]


class Search:
    """``re.search(source, text)`` for one pattern source (no flags but those written in it)."""

    __slots__ = ("source", "_ready")

    def __init__(self, source: str) -> None:
        self.source = source
        self._ready: tuple | None = None

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in `text`, as ``re.search(self.source, text)`` finds it."""
        ready = self._ready or self._prepare()
        pattern, boundary, needs, starts = ready
        for strings in needs:  # a string of every set, or no match anywhere
            if not any(map(text.__contains__, strings)):
                return None
        if starts:
            from vraaghulp.coach.crisis.wordstart import finditer_from

            return next(finditer_from(pattern, boundary, text, starts), None)
        return pattern.search(text)

    def _prepare(self) -> tuple:
        """The pattern, whether its word boundary was taken off, what it needs, how every match begins. Without
        such beginnings the whole pattern is searched as written: `wordstart.finditer` walks back to Python at
        every match of the rest that is no word start, which costs more than the walk it saves (0.5 -> 1.5 ms)."""
        import re

        from vraaghulp.coach.crisis.literals import compile_reading
        from vraaghulp.coach.crisis.wordstart import split_boundary

        body, boundary = split_boundary(self.source)
        pattern, needs, starts = compile_reading(body)
        if not starts:
            pattern, boundary = re.compile(self.source), False
        self._ready = (pattern, boundary, needs, starts)
        return self._ready
