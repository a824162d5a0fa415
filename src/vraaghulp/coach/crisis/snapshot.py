"""The crisis rules in a form that loads fast: ``content/nl/crisis_regels.json``.

Reading the two TOML files and working out the key words of some 2,500 patterns takes a
tenth of a second or more; the first check in a process should cost a few milliseconds.
So `make` turns ``crisis_signalen.toml`` and ``crisis_begrippen.toml`` into plain data
(macros expanded, key words worked out, concept forms indexed by first word) and
``tools/crisis_bouw.py`` writes that to ``crisis_regels.json``, together with a checksum
of both TOML files. `load` uses the JSON when its checksums match the TOML files as
they are now; otherwise (a counsellor just edited a TOML file) it builds from the TOML
files, slower but never stale. A test fails when the JSON is not what `make` gives.
Standard library only; nothing happens at import time.
"""

from __future__ import annotations

import json
import os

from vraaghulp.coach.crisis.files import (BUCKET_NAMES, BUCKETS, GATES, REWRITE_KEYS, ROWS, SNAPSHOT_FILE, SOURCES, VERSION,
                                         checksums)
from vraaghulp.coach.crisis.files import path as _path
from vraaghulp.coach.crisis.stored import _Macros, _Places, _StoredRewrites, _StoredRules
from vraaghulp.coach.crisis.table import count_below

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any, Iterator

__all__ = ["SNAPSHOT_FILE", "SOURCES", "make", "load", "checksums", "dumps"]

_ROWS_START = b'\n"' + ROWS.encode() + b'": {'
_pread = getattr(os, "pread", None)  # not on Windows: seek and read there


def make(stored_keys: dict[str, Any] | None = None, needs: bool = True) -> dict[str, Any]:
    """The snapshot of the current TOML files (`stored_keys`: key sets already known; `build.make`)."""
    from vraaghulp.coach.crisis.build import make as made

    return made(stored_keys, needs)


def dumps(snapshot: dict[str, Any]) -> str:
    """The snapshot as the text of crisis_regels.json (`build.dumps`)."""
    from vraaghulp.coach.crisis.build import dumps as written

    return written(snapshot)


def _stored() -> dict[str, Any] | None:
    """The whole stored snapshot, as `make` gives it (None: missing, damaged or of another version)."""
    from vraaghulp.coach.crisis.build import stored

    return stored()


def load() -> Any:
    """Ready-to-run rules (`rules.Rules` with its `concepts`), from the JSON when it is current.

    Only the head of the file (small word lists, combinations, what each [[samen]] rule needs)
    is decoded; the patterns, their key sets, the concept forms, the [[samen]] rules, the buckets of
    the large word tables (`files.BUCKETS`) and (round 35) the rewrite rules, the patterns' places and
    the macros are read from the file when a text needs them."""
    from vraaghulp.coach.crisis.rules import from_digest
    from vraaghulp.coach.crisis.weigh import build_concepts

    lazy = _lazy()
    if lazy is not None:
        head, rows = lazy
        lexicon = head["begrippen"]["begrippen"]
        lexicon["vormen"] = _Forms(rows, lexicon.pop("namen"), lexicon.pop("aantallen"))
        for name, path in BUCKETS.items():
            table = head
            for key in path:
                table = table[key]
            table["emmers"] = _Buckets(rows, f"emmers-{name}", table.pop(BUCKET_NAMES))
        head["begrippen"]["samen"] = _StoredRules(rows, head["begrippen"].pop(GATES))
        signals, rewrites = head["signalen"], _StoredRewrites(rows, head["signalen"]["tekst"].pop(REWRITE_KEYS))
        signals["tekst"].update(_vervang=rewrites, _vervang_nodig=rewrites.needs, _vervang_sleutels=rewrites.keys)
        signals["plaatsen"], signals["afkortingen"] = _Places(rows), _Macros(rows)
        rules = from_digest(signals, rows)
        rules.concepts = build_concepts(head["begrippen"], rules)
        return rules
    from vraaghulp.coach.crisis.build import known_keys

    snapshot = _stored()
    known = {} if snapshot is None else known_keys(snapshot)
    snapshot = make(known, needs=False)  # what each pattern needs: worked out when it is compiled
    rules = from_digest(snapshot["signalen"])
    rules.concepts = build_concepts(snapshot["begrippen"], rules)
    return rules


def _lazy() -> tuple[dict[str, Any], _Rows] | None:
    """(the decoded head, the rows) of the stored file when it is current, else None.

    Only the head is read now; the file stays open and each row is read from it when asked
    for (the rows of a file replaced meanwhile stay those of the file opened here)."""
    try:
        handle = open(_path(SNAPSHOT_FILE), "rb", buffering=0)
    except OSError:
        return None
    try:
        cut, head = _head(handle)
        if not isinstance(head, dict) or head.get("versie") != VERSION or head.get("bronnen") != checksums():
            raise ValueError("another version")
        return head, _Rows(handle, cut + len(_ROWS_START))
    except (OSError, ValueError):
        handle.close()
        return None


def _head(handle: Any) -> tuple[int, Any]:
    """Where the rows begin, and the head decoded. The head is some 300 KB: it is read into
    one buffer, closed there, and decoded without any further copy of its bytes."""
    data = bytearray()
    while (cut := data.find(_ROWS_START)) < 0:  # a checkout with CRLF line ends has "\r" before it
        chunk = handle.read(1 << 16)
        if not chunk:
            raise ValueError("no rows")
        data += chunk
    end = cut
    while end and data[end - 1] in b"\r,":
        end -= 1
    data[end] = ord("}")  # the "," (or "\r") after the last value of the head closes it
    with memoryview(data) as view:
        text = str(view[:end + 1], "utf-8")
    del data
    return cut, json.loads(text)


class _Rows:
    """The rows of the stored file (one JSON value a line), read from the open file one at a time."""

    def __init__(self, handle: Any, start: int) -> None:
        self._handle = handle
        self._where: dict[str, Any] = {}
        section = None
        handle.seek(start)
        carry, at = b"", start  # at: where `carry` begins in the file
        while True:
            chunk = handle.read(1 << 16)
            data = carry + chunk if chunk else carry + b"\n"
            begin = 0
            while (end := data.find(b"\n", begin)) >= 0:
                line = data[begin:begin + 4]
                if line == b"    " and section is not None:
                    section += (at + begin).to_bytes(4, "little") + (at + end).to_bytes(4, "little")
                elif line.startswith(b'  "'):
                    name = data[begin + 3:data.find(b'"', begin + 3)].decode()
                    section = self._where[name] = bytearray()  # round 35: no `array` (a shared library)
                begin = end + 1
            if not chunk:
                break
            carry, at = data[begin:], at + begin

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle is not None:
            handle.close()

    def count(self, section: str) -> int:
        return len(self._where[section]) // 8

    def row(self, section: str, n: int) -> Any:
        where = self._where[section]  # per row its start and end, four bytes each
        if not 0 <= n < len(where) // 8:
            raise IndexError(n)
        start, end = int.from_bytes(where[8 * n:8 * n + 4], "little"), int.from_bytes(where[8 * n + 4:8 * n + 8], "little")
        if _pread is not None:
            data = _pread(self._handle.fileno(), end - start, start)
        else:
            self._handle.seek(start)
            data = self._handle.read(end - start)
        return json.loads(data.rstrip(b"\r,"))


class _Forms:
    """The concept forms as `concepts.Lexicon` reads them: (concept, negatable, written, back) by
    form number; a concept's row is decoded when one of its forms is first asked for."""

    def __init__(self, rows: _Rows, names: list[str], counts: list[int]) -> None:
        self._rows = rows
        self.names = frozenset(names)
        self._starts = [0]
        for count in counts:
            self._starts.append(self._starts[-1] + count)
        self._read: dict[int, tuple] = {}

    def __len__(self) -> int:
        return self._starts[-1]

    def __getitem__(self, n: int) -> tuple:
        found = self._read.get(n)
        if found is None:
            k = count_below(self._starts, n + 1) - 1  # the concept whose forms begin at or before n
            name, negatable, written = self._rows.row("vormen", k)
            for m, form in enumerate(written, self._starts[k]):
                self._read[m] = (name, negatable, *(form if isinstance(form, list) else (form, 0)))
            found = self._read[n]
        return found


class _Buckets:
    """The buckets of a `table.Table` as it reads them: each read from the stored rows the first
    time a key needs it (`names`: every bucket name padded to two characters, in row order)."""

    def __init__(self, rows: _Rows, section: str, names: str) -> None:
        self._rows, self._section, self._names = rows, section, names
        self._read: dict[str, str | None] = {}

    def get(self, name: str, default: Any = None) -> Any:
        found = self._read.get(name, self)
        if found is self:
            found = self._read[name] = self._row(name)
        return default if found is None else found

    def _row(self, name: str) -> str | None:
        padded, at = name.ljust(2, "\t"), -1
        while (at := self._names.find(padded, at + 1)) >= 0:
            if at % 2 == 0:
                return self._rows.row(self._section, at // 2)
        return None

    def values(self) -> Iterator[str]:
        return (self.get(self._names[i:i + 2].rstrip("\t")) for i in range(0, len(self._names), 2))
