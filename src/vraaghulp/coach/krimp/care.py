"""The care check's tier for a text, asked once per text: the draft is weighed by the engine,
by vouch and by guard, and weighing 2,000 characters takes a few milliseconds each time."""

from __future__ import annotations

from functools import lru_cache

# The family the fitted second opinion gives: a guess about the whole text, not a rule that
# fired on the person's own words.
GUESS = "inschatting"


@lru_cache(maxsize=64)
def care_tier(text: str) -> str | None:
    """"acuut", "zorg" or None (see vraaghulp.coach.crisis)."""
    from vraaghulp.coach.crisis import tier_of

    return tier_of(text)


def by_rule(text: str) -> bool:
    """The care check finds something in the text by one of its rules (not only by its guess).
    Asked only of the few sentences of a crisis draft that have a tier of their own."""
    from vraaghulp.coach.crisis import assess

    found = assess(text)
    return found.tier is not None and any(f != GUESS for f in found.families)


def acute(text: str) -> bool:
    """The text needs the full help panel (the crisis tier)."""
    from vraaghulp.coach.crisis import ACUUT

    return care_tier(text) == ACUUT
