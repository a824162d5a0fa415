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
import zlib
TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from typing import Any

__all__ = ["SNAPSHOT_FILE", "SOURCES", "make", "load", "checksums", "dumps"]

SNAPSHOT_FILE = "crisis_regels.json"
SOURCES = ("crisis_signalen", "crisis_begrippen")
VERSION = 3  # 2: the patterns, their key sets and the concept forms in "rijen", read one at a time;
# 3: the large word indexes as `table.Table` strings
ROWS = "rijen"
_LAZY = {"patronen": ("signalen", "patronen"), "sleutelsets": ("signalen", "sleutelsets"),
         "vormen": ("begrippen", "begrippen", "vormen")}
_ROWS_START = b'\n"' + ROWS.encode() + b'": {'
_pread = getattr(os, "pread", None)  # not on Windows: seek and read there


def _path(name: str) -> str:
    """content/nl/<name>, as `vraaghulp.content` finds it (without importing its TOML reader)."""
    here = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # .../vraaghulp
    packaged = os.path.join(here, "content", "nl")
    if not os.path.isdir(packaged):
        packaged = os.path.join(os.path.dirname(os.path.dirname(here)), "content", "nl")
    return os.path.join(packaged, name)


def checksums() -> dict[str, str]:
    """A checksum (CRC-32 and size) of each TOML source file as it is now."""
    sums = {}
    for name in SOURCES:
        try:
            with open(_path(f"{name}.toml"), "rb") as handle:
                data = handle.read()
        except OSError:
            data = b""
        sums[name] = f"{zlib.crc32(data):08x}-{len(data)}"
    return sums


def make(stored_keys: dict[str, Any] | None = None) -> dict[str, Any]:
    """The snapshot of the current TOML files (`stored_keys`: key sets already known)."""
    from vraaghulp.coach.crisis.rules import digest
    from vraaghulp.coach.crisis.weigh import digest_concepts
    from vraaghulp.content import load_toml

    return {
        "versie": VERSION,
        "bronnen": checksums(),
        "signalen": digest(load_toml(SOURCES[0]), stored_keys),
        "begrippen": digest_concepts(load_toml(SOURCES[1])),
    }


def _stored() -> dict[str, Any] | None:
    """The whole stored snapshot, as `make` gives it (None: missing, damaged or of another version)."""
    try:
        with open(_path(SNAPSHOT_FILE), encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("versie") != VERSION or not isinstance(data.get(ROWS), dict):
        return None
    rows = data.pop(ROWS)
    for name, (*path, key) in _LAZY.items():
        _at(data, path)[key] = rows[name] if name != "vormen" else {n: [neg, forms] for n, neg, forms in rows[name]}
    lexicon = data["begrippen"]["begrippen"]
    del data["signalen"]["uitzonderingen"], data["signalen"]["families"], lexicon["namen"], lexicon["aantallen"]
    return data


def _at(data: dict[str, Any], path: list[str]) -> Any:
    for key in path:
        data = data[key]
    return data


def load() -> Any:
    """Ready-to-run rules (`rules.Rules` with its `concepts`), from the JSON when it is current.

    Only the head of the file (word lists, key indexes, combinations) is decoded; the
    patterns, their key sets and the concept forms stay bytes until a text needs them."""
    from vraaghulp.coach.crisis.rules import from_digest
    from vraaghulp.coach.crisis.weigh import build_concepts

    lazy = _lazy()
    if lazy is not None:
        head, rows = lazy
        lexicon = head["begrippen"]["begrippen"]
        lexicon["vormen"] = _Forms(rows, lexicon.pop("namen"), lexicon.pop("aantallen"))
        rules = from_digest(head["signalen"], rows)
        rules.concepts = build_concepts(head["begrippen"], rules)
        return rules
    snapshot = _stored()
    known = {} if snapshot is None else _known_keys(snapshot)
    snapshot = make(known)
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
        data = b""
        while (cut := data.find(_ROWS_START)) < 0:  # a checkout with CRLF line ends has "\r" before it
            chunk = handle.read(1 << 16)
            if not chunk:
                raise ValueError("no rows")
            data += chunk
        head = json.loads(data[:cut].rstrip(b"\r,") + b"\n}")
        if not isinstance(head, dict) or head.get("versie") != VERSION or head.get("bronnen") != checksums():
            raise ValueError("another version")
        del data
        return head, _Rows(handle, cut + len(_ROWS_START))
    except (OSError, ValueError):
        handle.close()
        return None


class _Rows:
    """The rows of the stored file (one JSON value a line), read from the open file one at a time."""

    def __init__(self, handle: Any, start: int) -> None:
        from array import array

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
                    section.append(at + begin)
                    section.append(at + end)
                elif line.startswith(b'  "'):
                    name = data[begin + 3:data.find(b'"', begin + 3)].decode()
                    section = self._where[name] = array("I")
                begin = end + 1
            if not chunk:
                break
            carry, at = data[begin:], at + begin

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle is not None:
            handle.close()

    def count(self, section: str) -> int:
        return len(self._where[section]) // 2

    def row(self, section: str, n: int) -> Any:
        where = self._where[section]
        start, end = where[2 * n], where[2 * n + 1]
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
            from bisect import bisect_right

            k = bisect_right(self._starts, n) - 1
            name, negatable, written = self._rows.row("vormen", k)
            for m, form in enumerate(written, self._starts[k]):
                self._read[m] = (name, negatable, *(form if isinstance(form, list) else (form, 0)))
            found = self._read[n]
        return found


def _known_keys(snapshot: dict[str, Any]) -> dict[str, Any]:
    """The key sets an older snapshot already worked out, by pattern (saves time on a rebuild)."""
    from vraaghulp.coach.crisis.rules import _expand

    try:
        signals = snapshot["signalen"]
        macros, sets = signals["afkortingen"], signals["sleutelsets"]
        known = {_expand(row[3], macros, ""): None if row[5] is None else [sets[n] for n in row[5]]
                 for row in signals["patronen"]}
        return known | {row[0]: row[2] for row in signals["tekst"]["vervang"]}
    except Exception:  # noqa: BLE001 - an old or damaged file: work every key out again
        return {}


def dumps(snapshot: dict[str, Any]) -> str:
    """The snapshot as JSON text: the head (what every check needs, with the counts and names
    `load` wants before any row), then under "rijen" one pattern, key set or concept a line."""
    import copy

    head = copy.deepcopy(snapshot)
    rows = {}
    for name, (*path, key) in _LAZY.items():
        rows[name] = _at(head, path).pop(key)
    signals, lexicon = head["signalen"], head["begrippen"]["begrippen"]
    signals["uitzonderingen"] = sum(1 for row in rows["patronen"] if not row[1])
    signals["families"] = sorted({row[0] for row in rows["patronen"] if row[1]})
    lexicon["namen"] = list(rows["vormen"])
    lexicon["aantallen"] = [len(forms) for _negatable, forms in rows["vormen"].values()]
    rows["vormen"] = [[name, negatable, forms] for name, (negatable, forms) in rows["vormen"].items()]
    head[ROWS] = rows
    lines = ["{"]
    items = list(head.items())
    for n, (key, value) in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        lines.append(f"{json.dumps(key)}: {_block(value, 1)}{comma}")
    lines.append("}")
    return _latin1("\n".join(lines) + "\n")


def _latin1(text: str) -> str:
    """Every character above U+00FF as a JSON escape (the same strings once read back).

    One emoji makes Python keep a whole text at four bytes a character; escaped, the file is
    read as one byte a character: some 1.7 MB less memory on every first check."""
    import re

    return re.sub("[^\x00-\xff]", lambda match: json.dumps(match.group(0))[1:-1], text)


def _block(value: Any, depth: int) -> str:
    """Dicts and long lists opened up to two levels deep; everything below on one line."""
    compact = json.dumps(value, ensure_ascii=False)
    if depth > 2 or len(compact) < 100 or not isinstance(value, (dict, list)):
        return compact
    pad = "  " * depth
    if isinstance(value, dict):
        rows = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {_block(v, depth + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(rows) + "\n" + "  " * (depth - 1) + "}"
    rows = [f"{pad}{_block(v, depth + 1)}" for v in value]
    return "[\n" + ",\n".join(rows) + "\n" + "  " * (depth - 1) + "]"
