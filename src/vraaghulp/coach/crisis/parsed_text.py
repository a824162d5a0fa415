"""The plain texts a parsed regular-expression item reads (a letter, a group, a choice): shared by `literals` (the
beginnings of a pattern) and `wide_starts` (which also reads letter sets and short repeats, round 48)."""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any


def opening(items: list, c: Any) -> tuple[list, str]:
    """(the items without the lookarounds and anchors they open with, which read no text of the match; the plain
    text those items begin with, "" when the first is no letter)."""
    while items and items[0][0] in (c.ASSERT, c.ASSERT_NOT, c.AT):
        items = items[1:]
    run = []
    for op, av in items:
        if op is not c.LITERAL:
            break
        run.append(chr(av))
    return items, "".join(run)


def plain(item: tuple, c: Any, run: Any, most: int) -> frozenset[str] | None:
    """Every text a letter, a group or a choice reads, when each is plain text (None: not so, another kind of item,
    or more than `most`); `run` reads a sequence of items (the caller's own reading, so a group reads as it does)."""
    op, av = item
    if op is c.LITERAL:
        return frozenset((chr(av),))
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE) else run(list(body), c)
    if op is c.BRANCH:
        texts: set[str] = set()
        for alternative in av[1]:
            found = run(list(alternative), c)
            if found is None:
                return None
            texts |= found
        return frozenset(texts) if len(texts) <= most else None
    return None


def inside(item: tuple, c: Any, starts: Any) -> frozenset[str] | None:
    """The beginnings of a group or a choice by the caller's reading `starts` (None: another kind of item, or an
    alternative whose beginning is not known)."""
    op, av = item
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE) else starts(list(body), c)
    if op is c.BRANCH:
        chosen: set[str] = set()
        for alternative in av[1]:
            found = starts(list(alternative), c)
            if not found:
                return None
            chosen |= found
        return frozenset(chosen)
    return None
