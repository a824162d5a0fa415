"""Choosing today's level on the practice ladder (pure logic, no I/O).

The rules, in order:
1. No finished asks yet: start at level 1.
2. The last three finished asks at the current level all went well (a yes or a partial
   yes, and not worse than predicted): one level up.
3. The last finished ask went badly (no, or no reaction, and worse than expected or with
   fear of 7 or more afterwards): one level down, so the next step feels doable again.
4. The last two asks were set aside (decided not to ask): one level down.
5. Otherwise: stay, and say how many good experiences are still needed.
A full day (check-in 8 or more) lowers today's suggestion by one level, never below 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from vraaghulp.messages import lookup, t, tn

GOOD_OUTCOMES = ("ja", "deels")
STEP_UP_AFTER = 3
FULL_DAY = 8


@dataclass(frozen=True)
class Suggestion:
    level: int
    reason: str


def _finished(asks: Sequence[Any]) -> list[Any]:
    return [a for a in asks if a.status == "gedaan" and a.level is not None]


def _went_well(ask: Any) -> bool:
    return ask.outcome in GOOD_OUTCOMES and ask.comparison != "slechter"


def _went_badly(ask: Any) -> bool:
    if ask.outcome not in ("nee", "geen-reactie"):
        return False
    return ask.comparison == "slechter" or (ask.fear_after is not None and ask.fear_after >= 7)


def choose_level(asks: Sequence[Any], max_level: int, fullness: int | None = None) -> Suggestion:
    """Today's level from the user's own history (asks in creation order, oldest first)."""
    suggestion = _from_history(list(asks), max_level)
    if fullness is not None and fullness >= FULL_DAY and suggestion.level > 1:
        lower = suggestion.level - 1
        return Suggestion(lower, t("ladder.vol", volheid=fullness, niveau=lower))
    return suggestion


def _from_history(asks: list[Any], max_level: int) -> Suggestion:
    finished = _finished(asks)
    decided = [a for a in asks if a.status in ("gedaan", "afgezien") and a.level is not None]
    if not finished and not decided:
        return Suggestion(1, t("ladder.begin"))
    current = (decided[-1] if decided else finished[-1]).level
    current = max(1, min(current, max_level))

    recent_decided = decided[-2:]
    if len(recent_decided) == 2 and all(a.status == "afgezien" for a in recent_decided):
        lower = max(1, current - 1)
        if lower < current:
            return Suggestion(lower, t("ladder.liggen_lager", niveau=lower))
        return Suggestion(1, t("ladder.liggen"))

    if finished and finished[-1].level == current and _went_badly(finished[-1]):
        lower = max(1, current - 1)
        if lower < current:
            return Suggestion(lower, t("ladder.tegen_lager", niveau=current, lager=lower))
        return Suggestion(current, t("ladder.tegen"))

    at_level = [a for a in finished if a.level == current]
    streak = 0
    for ask in reversed(at_level):
        if not _went_well(ask):
            break
        streak += 1
    if streak >= STEP_UP_AFTER:
        if current < max_level:
            return Suggestion(current + 1, t("ladder.omhoog", aantal=_count_word(STEP_UP_AFTER), niveau=current,
                                             hoger=current + 1))
        return Suggestion(current, t("ladder.hoogste", niveau=current))
    needed = STEP_UP_AFTER - streak
    if streak:
        return Suggestion(current, tn("ladder.nog_nodig", needed, niveau=current))
    return Suggestion(current, t("ladder.blijven", niveau=current))


def _count_word(number: int) -> str:
    words = lookup("ladder.telwoorden") or []
    return words[number - 1] if 1 <= number <= len(words) else str(number)


def pick_example(examples: Sequence[Any], day_ordinal: int, offset: int = 0, avoid: Sequence[str] = ()) -> int:
    """Index of today's example: stable for the day; `offset` walks to the next one."""
    if not examples:
        raise ValueError("no examples")
    count = len(examples)
    start = (day_ordinal * 7 + offset) % count
    for step in range(count):
        index = (start + step) % count
        if getattr(examples[index], "what", None) not in avoid:
            return index
    return start
