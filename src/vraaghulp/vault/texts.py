"""The Dutch sentences of the devices and encryption modules: `[kluis]`-less keys in
content/nl/ui/kluis.toml, looked up through the message catalogue."""

from __future__ import annotations

from typing import Any

from vraaghulp.messages import t

GROUP = "kluis"


def say(key: str, **fields: Any) -> str:
    """The sentence at `section.name` in ui/kluis.toml, with {fields} filled in."""
    return t(f"{GROUP}.{key}", **fields)
