"""What to look for in the journal's raw lines to find an id, before decoding any line."""

from __future__ import annotations

import json

from vraaghulp.errors import VraaghulpError

MIN_PREFIX = 4  # the shortest id prefix that finds a record


def checked_prefix(prefix: str) -> str:
    """The typed prefix, stripped and lower-case; a Dutch error when it is too short."""
    from vraaghulp.messages import t

    prefix = prefix.strip().lower()
    if len(prefix) < MIN_PREFIX:
        raise VraaghulpError(t("opslag.id_te_kort", minimum=MIN_PREFIX))
    return prefix


def id_needle(record_id: str):
    """What to search for in the raw lines to find this id (None: every line)."""
    return None if escaped_in_json(record_id) else record_id.encode("utf-8")


def folded_needle(prefix: str):
    """The case-insensitive needle for a lower-case prefix (None: every line)."""
    from vraaghulp.store import scan

    if not prefix.isascii() or escaped_in_json(prefix):  # bytes.lower() is ASCII-only
        return None
    return scan.Folded(prefix.encode("ascii"))


def escaped_in_json(text: str) -> bool:
    """True when JSON writes this text with escapes (quotes, backslashes, control characters),
    so a plain byte search for it in a stored line would miss."""
    return json.dumps(text, ensure_ascii=False)[1:-1] != text
