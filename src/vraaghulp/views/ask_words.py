"""The words of an ask's stored values and ladder levels, shared by its row (`ask`) and its detail (`ask_full`).

Round 47 (s47): split from `ask`, so the light log views compile less (see `ask_full`).
"""

from __future__ import annotations

from vraaghulp.messages import lookup

def label(group: str, value: str | None) -> str:
    """The words for a stored value: `outcome`, `comparison`, `status` or `comparison_short`."""
    words = lookup(f"vraag.{group}") or {}
    return words.get(value, value or "")


def level_names() -> dict[int, str]:
    """Ladder level names from content; empty when the content cannot be read."""
    try:
        from vraaghulp.content import load_toml

        data = load_toml("ladder")
        return {int(level["nummer"]): str(level["naam"]) for level in data.get("niveau", [])}
    except Exception:  # noqa: BLE001 - names are a nicety, never a reason to fail
        return {}


def level_text(level: int | None, names: dict[int, str]) -> str | None:
    if level is None:
        return None
    return f"{level}" + (f" · {names[level]}" if level in names else "")
