"""Patterns that begin with a word boundary, searched fast.

Nearly every crisis pattern starts with ``\\b``. Python's regular expressions cannot skip
ahead quickly to a pattern that starts with one (no literal prefix, no character set), so
the boundary is taken off the compiled pattern (`split_boundary`) and checked here for each
candidate start instead: the same matches as the full pattern, several times faster on a
long text. Standard library only.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    import re
    from typing import Iterator

__all__ = ["AT_FIRST", "split_boundary", "at_first", "at_word_start", "finditer", "finditer_from", "sub"]


def split_boundary(source: str) -> tuple[str, bool]:
    """The pattern without its leading \\b, and whether it had one (a lookahead right after
    the boundary keeps it: nothing to gain there)."""
    boundary = source.startswith("\\b") and not source.startswith("\\b(?!")
    return (source[2:] if boundary else source), boundary


def at_word_start(text: str, index: int) -> bool:
    """A \\b before index: one side a word character, the other not."""
    before = index > 0 and (text[index - 1].isalnum() or text[index - 1] == "_")
    after = index < len(text) and (text[index].isalnum() or text[index] == "_")
    return before != after


def finditer(pattern: re.Pattern[str], boundary: bool, text: str) -> Iterator[re.Match[str]]:
    """Like re.finditer with the full pattern (the leading \\b put back when `boundary`)."""
    pos, end = 0, len(text)
    while pos <= end:
        match = pattern.search(text, pos)
        if match is None:
            return
        start = match.start()
        if boundary and not at_word_start(text, start):
            pos = start + 1
            continue
        yield match
        pos = match.end() if match.end() > start else start + 1


def finditer_from(pattern: re.Pattern[str], boundary: bool, text: str, starts: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The same as `finditer`, for a pattern every match of which begins with one of `starts`
    (`literals.starts_of`): the pattern is tried only where one of them stands (found by `str.find`),
    not walked through the whole text (round 32, c32s: a rewrite that opens with a choice of words)."""
    places = set()
    for start in starts:
        at = text.find(start)
        while at >= 0:
            places.add(at)
            at = text.find(start, at + 1)
    pos = 0
    for start in sorted(places):
        if start < pos or (boundary and not at_word_start(text, start)):
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            pos = match.end() if match.end() > start else start + 1


class _AtFirst(tuple):
    """The `starts` of a pattern that opens with ``(?<=^ )`` (`AT_FIRST`)."""

    __slots__ = ()


# Round 53 (s53): `starts` for a pattern that opens with ``(?<=^ )`` (no MULTILINE): it can only match right after the
# text's first character, so `sub` tries it there alone (`re` would test the look-behind at every character).
AT_FIRST = _AtFirst()


def at_first(pattern: re.Pattern[str], boundary: bool, text: str) -> tuple[re.Match[str], ...]:
    """The same as `finditer` for a pattern that can only match at index 1 (`AT_FIRST`): its one match, or none."""
    match = pattern.match(text, 1) if text else None
    if match is None or (boundary and not at_word_start(text, 1)):
        return ()
    return (match,)


def sub(pattern: re.Pattern[str], boundary: bool, replacement: str, text: str, starts: tuple[str, ...] = ()) -> str:
    """Like re.sub with the full pattern; `replacement` may name groups (\\1). With `starts`: `finditer_from`
    (`AT_FIRST`: `at_first`)."""
    template = "\\" in replacement
    pieces, last = [], 0
    for match in (at_first(pattern, boundary, text) if starts is AT_FIRST else
                  finditer_from(pattern, boundary, text, starts) if starts else finditer(pattern, boundary, text)):
        pieces += [text[last : match.start()], match.expand(replacement) if template else replacement]
        last = match.end()
    return "".join(pieces) + text[last:] if pieces else text
