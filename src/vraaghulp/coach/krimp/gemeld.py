"""The words of the [gemeld] section of krimp.toml: reported requests and the people they name
(fillers, roles, formal titles, plurals, Flemish words, family words, gendered words)."""

from __future__ import annotations

import re
from functools import lru_cache

from vraaghulp.coach.text import fold
from vraaghulp.content import load_toml

_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")


@lru_cache(maxsize=1)
def gemeld_words() -> dict[str, frozenset[str]]:
    data = load_toml("krimp").get("gemeld", {})
    keys = ("vul", "rol", "formeel", "meervoud", "vlaams", "vlaams_zwak", "moment", "familie", "mannelijk", "vrouwelijk", "dienst", "bevriend", "naasten")
    return {key: frozenset(str(w).lower() for w in data.get(key, [])) for key in keys}


def typed_group(person: str | None) -> bool:
    """The person typed is a group ('mijn ouders', 'Jan en Els', 'de collega's'): more than one."""
    words = _WORD.findall(fold(person or ""))
    plural = gemeld_words()["meervoud"]
    return bool(words) and ("en" in words[1:-1] or "&" in (person or "") or any(w in plural for w in words))
