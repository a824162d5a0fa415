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
VERSION = 1


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
    try:
        with open(_path(SNAPSHOT_FILE), encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("versie") == VERSION else None


def load() -> Any:
    """Ready-to-run rules (`rules.Rules` with its `concepts`), from the JSON when it is current."""
    from vraaghulp.coach.crisis.rules import from_digest
    from vraaghulp.coach.crisis.weigh import build_concepts

    snapshot = _stored()
    if snapshot is None or snapshot.get("bronnen") != checksums():
        known = {} if snapshot is None else _known_keys(snapshot)
        snapshot = make(known)
    rules = from_digest(snapshot["signalen"])
    rules.concepts = build_concepts(snapshot["begrippen"], rules)
    return rules


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
    """The snapshot as JSON text, one pattern or concept form per line (readable diffs)."""
    lines = ["{"]
    items = list(snapshot.items())
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
