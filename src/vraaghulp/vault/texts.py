"""The Dutch sentences of the devices and encryption modules, from content/nl/kluis.toml."""

from __future__ import annotations

from typing import Any

from vraaghulp.content import load_toml

CATALOGUE = "kluis"


def say(key: str, **fields: Any) -> str:
    """The sentence at `section.name` in kluis.toml, with {fields} filled in."""
    section, _, name = key.partition(".")
    try:
        template = load_toml(CATALOGUE)[section][name]
    except KeyError:
        raise KeyError(f"missing message {key!r} in content/nl/{CATALOGUE}.toml") from None
    return template.format(**fields)
