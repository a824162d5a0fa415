"""The words of the [gemeld] section of krimp.toml: reported requests and the people they name
(fillers, roles, formal titles, plurals, Flemish words, family words, gendered words)."""

from __future__ import annotations

from functools import lru_cache

from vraaghulp.content import load_toml


@lru_cache(maxsize=1)
def gemeld_words() -> dict[str, frozenset[str]]:
    data = load_toml("krimp").get("gemeld", {})
    keys = ("vul", "rol", "formeel", "meervoud", "vlaams", "vlaams_zwak", "moment", "familie", "mannelijk", "vrouwelijk")
    return {key: frozenset(str(w).lower() for w in data.get(key, [])) for key in keys}
