"""Crisis-language detection (pure; no I/O besides reading the pattern content).

STUB — to be completed: patterns live in content/nl/crisis.toml.
"""

from __future__ import annotations


def find_crisis(text: str) -> list[str]:
    """The crisis phrases found in text (empty list: none)."""
    lowered = (text or "").lower()
    hits = [w for w in ("zelfmoord", "niet meer leven", "dood willen") if w in lowered]
    return hits


def is_crisis(text: str) -> bool:
    return bool(find_crisis(text))
