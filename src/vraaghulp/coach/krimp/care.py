"""The care check's tier for a text, asked once per text: the draft is weighed by the engine,
by vouch and by guard, and weighing 2,000 characters takes a few milliseconds each time."""

from __future__ import annotations

from functools import lru_cache

@lru_cache(maxsize=64)
def _assessed(text: str):
    from vraaghulp.coach.crisis import assess

    return assess(text)


def acute_signals(text: str) -> frozenset[tuple[str, str]]:
    """The (family, phrase) pairs of the acute signals the care check finds in a text."""
    return frozenset((s.family, s.phrase) for s in _assessed(text).signals if s.level == "acuut")


def signal_families(text: str) -> frozenset[str]:
    """The families of the signals of the acute or the zorg level the care check finds in a text (no hints)."""
    return frozenset(s.family for s in _assessed(text).signals if s.level in ("acuut", "zorg"))


def any_families(text: str) -> frozenset[str]:
    """The families of every signal the care check finds in a text, hints too ('ik ben er klaar mee': `klaar`)."""
    return frozenset(s.family for s in _assessed(text).signals)


def care_tier(text: str) -> str | None:
    """"acuut", "zorg" or None (see vraaghulp.coach.crisis)."""
    return _assessed(text).tier


def by_rule(text: str) -> bool:
    """The care check finds something in the text by one of its rules, not only by the fitted
    second opinion's guess about the whole text (its family, `opinion.FAMILY`)."""
    from vraaghulp.coach.crisis.opinion import FAMILY as GUESS

    found = _assessed(text)
    return found.tier is not None and any(f != GUESS for f in found.families)


def acute(text: str) -> bool:
    """The text needs the full help panel (the crisis tier)."""
    from vraaghulp.coach.crisis import ACUUT

    return care_tier(text) == ACUUT


def heavy_signals(text: str) -> frozenset[tuple[str, str]]:
    """The (family, phrase) pairs of the signals that say how bad it is or where the danger is: every signal of the
    acute or the zorg level, and a dangerous place at any level ('stond ik op de brug'; round 48, k48c)."""
    return frozenset((s.family, s.phrase) for s in _assessed(text).signals
                     if s.level in ("acuut", "zorg") or s.family in _DANGER_PLACE)


_DANGER_PLACE = frozenset({"gevaar-plek", "op-de-rand"})  # the crisis check's families of a dangerous place
