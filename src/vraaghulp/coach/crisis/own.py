"""What an exclusion masks: its own words, not the sentence around them.

Round 21 (c21c). Many ``[[uitzondering]]`` patterns read the whole sentence: a guard at its
start (``(?<=^ )(?![^|]*\\b(?:dood|...)\\b)[^|]*?``) or a free stretch to its end
(``...gebeten\\b[^.!?;|]*``). Masked as a whole, such a match hid a real signal that merely
stood in the same sentence ("ik zie geen uitweg meer, ik heb alle pillen van de kuur genomen";
"die kater heeft me gekrast, en ik zie geen uitweg meer"). The match is still found the same
way (the guards still read the whole sentence), but only the exclusion's own words are masked:
a free stretch right after the guards at its start is kept outside the named group ``eigen``,
and a free stretch that closes the pattern (group ``staart``: what follows from the harmless
part, "..., nu zit er een kras op mijn arm") is masked only up to a new clause of the writer
("..., en ik zie geen uitweg meer").
Standard library only.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Callable

__all__ = ["OWN", "own_words", "masked"]

OWN = "eigen"  # the group that holds an exclusion's own words
TAIL = "staart"  # the free stretch that closes the pattern: masked up to a new clause of the writer
# A new clause of the writer in the closing stretch: "..., en ik zie geen uitweg meer", "... maar ik haat mezelf".
_NEW_CLAUSE = re.compile(r" (?:, )?(?:(?:en|maar|want|dus|of|en toch|ook) (?:\w+ ){0,2}?(?:ik|k|mij|me|mijn|niemand|iedereen|alles|het leven)"
                         r"|(?:ik|k|niemand|iedereen|alles|het leven)) ")
_FREE_END = re.compile(r"\[\^[^\]]*\]\*$")  # "[^.!?;|]*" closing the pattern
_FREE_START = re.compile(r"\[\^[^\]]*\]\*\?(?:\\b)?")  # "[^|]*?\b" after the opening guards
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


def _close(source: str, start: int) -> int:
    """The index just after the group that opens at `start` (escapes and character sets skipped)."""
    depth, i, in_set = 0, start, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            if source.startswith("[^]", i) or source.startswith("[]", i):
                i += 1  # a "]" right after the opening is a member of the set
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(source)


def _top_level(source: str) -> list[int]:
    """The indexes of the characters of `source` that stand outside any group or set."""
    found, i = [], 0
    while i < len(source):
        char = source[i]
        if char == "(":
            i = _close(source, i)
            continue
        if char == "[":
            found.append(i)  # a set stands where it opens
            end = source.find("]", i + 2)
            i = len(source) if end < 0 else end + 1
            continue
        found.append(i)
        i += 2 if char == "\\" else 1
    return found


def own_words(source: str) -> str:
    """The exclusion's pattern with its free stretches outside what is masked (see the module)."""
    outside = _top_level(source)
    if any(source[i] == "|" for i in outside):
        return source  # alternatives at the top: each has its own shape, left as written
    end = _FREE_END.search(source)
    tail = ""
    if end is not None and end.start() in outside:
        source, tail = source[: end.start()], f"(?P<{TAIL}>{end.group(0)})"
    i = 2 if source.startswith("\\b") else 0
    while source.startswith(_LOOKAROUND, i):
        i = _close(source, i)
    start = _FREE_START.match(source, i)
    if start is None or start.end() >= len(source):
        return source + tail
    return f"{source[: start.end()]}(?P<{OWN}>{source[start.end():]}){tail}"


def masked(find: Callable[[str], object], text: str, replacement: str) -> str:
    """`text` with the own words of every match of `find` (an iterator of matches) replaced."""
    pieces, last = [], 0
    for match in find(text):  # type: ignore[attr-defined]
        groups = match.re.groupindex
        start = match.start(OWN) if OWN in groups and match.start(OWN) >= 0 else match.start()
        end = match.end()
        if TAIL in groups and match.start(TAIL) >= 0:
            clause = _NEW_CLAUSE.search(text, match.start(TAIL) - 1, end)
            end = end if clause is None else clause.start()
        pieces += [text[last:start], replacement]
        last = end
    return "".join(pieces) + text[last:] if pieces else text
