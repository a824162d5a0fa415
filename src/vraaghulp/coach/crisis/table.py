"""Compact look-up tables for the crisis rules: a few hundred strings instead of many thousands
of small objects.

The rules look words up in large tables: which patterns a key word leads to, which concepts
a single word is, which concept forms begin with a word or a pair of words. As dicts of lists
those cost some 1.5 MB in every process that checks a text, however short. A `Table` keeps
the same look-up as one string per "bucket" (the keys that begin with the same two
characters), each of the form ``"\\nkey\\tv1,v2\\nkey2\\t\\n"``; a look-up finds the bucket
and searches it with `str.find`: about a microsecond, at about a tenth of the memory.
`pack` makes the plain (JSON-ready) form that `snapshot` stores. Standard library only.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any, Iterator

__all__ = ["Table", "pack", "count_below"]

_WIDTH = 2  # a key's bucket: its first two characters


def pack(mapping: dict[str, Any], numbers: bool = True) -> dict[str, Any]:
    """A dict of lists (of numbers, or of names when not `numbers`) as a `Table`'s plain data.

    Keys keep their order within a bucket and values their order within a key."""
    buckets: dict[str, list[str]] = {}
    for key, values in mapping.items():
        written = [str(value) for value in values]
        if any(c in key for c in "\t\n") or any(c in value for value in written for c in ",\n\t"):
            raise ValueError(f"not a table key or value: {key!r}")
        buckets.setdefault(key[:_WIDTH], []).append(f"{key}\t{','.join(written)}")
    return {"getallen": numbers, "emmers": {b: "\n" + "\n".join(lines) + "\n" for b, lines in sorted(buckets.items())}}


class Table:
    """A read-only mapping of a word to a tuple of numbers or names, from `pack`'s data."""

    __slots__ = ("_buckets", "_numbers")

    def __init__(self, packed: dict[str, Any]) -> None:
        self._numbers: bool = packed["getallen"]
        self._buckets: dict[str, str] = packed["emmers"]

    def get(self, key: str, default: tuple = ()) -> tuple:
        """The values of `key` (a key without values gives ()), or `default` when it is absent."""
        bucket = self._buckets.get(key[:_WIDTH])
        if bucket is None:
            return default
        at = bucket.find(f"\n{key}\t")
        if at < 0:
            return default
        start = at + len(key) + 2
        values = bucket[start:bucket.find("\n", start)]
        if not values:
            return ()
        parts = values.split(",")
        return tuple(map(int, parts)) if self._numbers else tuple(parts)

    def __contains__(self, key: str) -> bool:
        bucket = self._buckets.get(key[:_WIDTH])
        return bucket is not None and f"\n{key}\t" in bucket

    def has_prefix(self, start: str) -> bool:
        """Whether a key begins with `start` (of at least two characters)."""
        bucket = self._buckets.get(start[:_WIDTH])
        return bucket is not None and f"\n{start}" in bucket

    def keys(self) -> Iterator[str]:
        """Every key, bucket by bucket."""
        for bucket in self._buckets.values():
            for line in bucket[1:-1].split("\n"):
                yield line.split("\t", 1)[0]


def count_below(ordered: list[int], value: int) -> int:
    """How many numbers of the sorted list are below `value` (`bisect.bisect_left`). Round 35 (c35p): `bisect`
    brings a shared library of its own (`_bisect`), some 100 KB of memory in a process that checks a search term."""
    low, high = 0, len(ordered)
    while low < high:
        middle = (low + high) // 2
        if ordered[middle] < value:
            low = middle + 1
        else:
            high = middle
    return low
