"""The care check's tier for a text, asked once per text: the draft is weighed by the engine,
by vouch and by guard, and weighing 2,000 characters takes a few milliseconds each time."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=64)
def care_tier(text: str) -> str | None:
    """"acuut", "zorg" or None (see vraaghulp.coach.crisis)."""
    from vraaghulp.coach.crisis import tier_of

    return tier_of(text)


def acute(text: str) -> bool:
    """The text needs the full help panel (the crisis tier)."""
    from vraaghulp.coach.crisis import ACUUT

    return care_tier(text) == ACUUT
