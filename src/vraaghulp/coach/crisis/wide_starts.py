"""Round 48 (s48): the wider reading of how every match of a pattern begins (`literals.starts_of`).

Where the narrow reading of `literals` finds nothing, a rewrite was tried at every place of the text (a pattern
that opens with a set of letters or an optional word: ``[sz]u[iy]?[cs]{1,2}``, ``((?:ik )?ben|ben ik) ut``; 0.07
ms on an ordinary letter of 2,000 characters for the second). Here a small set of plain letters and a repeat of
plain text at most `_MOST_REPEATS` times count as their choice of texts, and a beginning too short alone reads on
into what follows. At most `_FEW_STARTS` strings (each is one `str.find` pass, ~2 us on 2,000 characters), each
cut shorter where there would be more; a string that begins with another is left out (the other finds every place
it would). Only loaded where the narrow reading found nothing. Standard library only.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

from .parsed_text import inside, opening, plain

__all__ = ["wide_starts"]

_SHORTEST = 3  # as `literals._SHORTEST`: a shorter beginning is found too often to save anything
_MOST = 64  # the most texts of one part worked out
_FEW_STARTS = 12  # the most beginnings given
_MOST_REPEATS = 4


def wide_starts(items: list, c: Any) -> tuple[str, ...]:
    """The beginnings of every match of the parsed pattern (its items), or () when not known."""
    found = _starts(items, c)
    found = _cut(found, _FEW_STARTS) if found else None
    if not found or min(map(len, found)) < _SHORTEST:
        return ()
    kept: list[str] = []
    for start in sorted(found, key=len):  # the shorter first: a longer one that begins with a kept one adds nothing
        if not start.startswith(tuple(kept)):
            kept.append(start)
    return tuple(sorted(kept))


def _starts(items: list, c: Any) -> frozenset[str] | None:
    """The plain texts a sequence of parsed items begins with (None: not known)."""
    items, run = opening(items, c)
    if run:
        head = frozenset((run,))
        if len(run) >= _SHORTEST or len(run) == len(items):
            return head
        rest = _starts(items[len(run):], c)  # "su" alone is too short: what follows it
        return (_joined(head, rest) if rest else None) or head
    if not items:
        return None
    op, av = items[0]
    whole = _whole(items[0], c)
    if whole:
        rest = _starts(items[1:], c) if len(items) > 1 else None
        joined = _joined(whole, rest) if rest else None
        if joined:
            return joined
        if "" not in whole:
            return whole
    return inside(items[0], c, _starts)  # a large set, an open repeat, a lookaround, an anchor ...: not known


def _joined(heads: frozenset[str], tails: frozenset[str]) -> frozenset[str] | None:
    """Every head followed by every tail (`_cut` to at most `_MOST`); None when too many."""
    if len(heads) * len(tails) > _MOST * 16:
        return None
    return _cut({head + tail for head in heads for tail in tails}, _MOST)


def _cut(texts: set[str] | frozenset[str], most: int) -> frozenset[str] | None:
    """At most `most` of the texts, each cut shorter as far as needed (the beginning of every match still),
    down to `_SHORTEST` letters; None when still too many."""
    cut = max(map(len, texts))
    while len(texts) > most and cut > _SHORTEST:
        cut -= 1
        texts = {text[:cut] for text in texts}
    return frozenset(texts) if len(texts) <= most else None


def _whole(item: tuple, c: Any) -> frozenset[str] | None:
    """Every text a parsed item reads, when each is plain text (None: not so, or too many): a letter, a group, a
    choice, a set of plain letters ("[sz]"), a short repeat ("e?", "o{1,2}", "(?:ik )?")."""
    op, av = item
    if op in (c.LITERAL, c.SUBPATTERN, c.BRANCH):  # as `literals` reads them, with this module's reading inside
        return plain(item, c, _whole_run, _MOST)
    if op is c.IN:  # plain letters only: no range, class or negation
        return frozenset(chr(char) for _op, char in av) if all(member is c.LITERAL for member, _c in av) else None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        return _repeats(av, c)
    return None


def _repeats(av: Any, c: Any) -> frozenset[str] | None:
    """The texts of plain text repeated from `low` to `high` times, `high` at most `_MOST_REPEATS`."""
    low, high, body = av
    if high > _MOST_REPEATS:  # also an open repeat (MAXREPEAT)
        return None
    once = _whole_run(list(body), c)
    if once is None:
        return None
    texts, every = frozenset(("",)), set()
    for count in range(high + 1):
        if count >= low:
            every |= texts
        if count < high:
            texts = frozenset(head + tail for head in texts for tail in once)
        if len(texts) + len(every) > _MOST:
            return None
    return frozenset(every)


def _whole_run(items: list, c: Any) -> frozenset[str] | None:
    """`_whole` for a sequence of parsed items: their texts one after the other."""
    texts = frozenset(("",))
    for item in items:
        found = _whole(item, c)
        if found is None or len(texts) * len(found) > _MOST:
            return None
        texts = frozenset(head + tail for head in texts for tail in found)
    return texts
