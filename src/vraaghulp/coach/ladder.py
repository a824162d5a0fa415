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
        return Suggestion(
            lower,
            f"je zit vandaag behoorlijk vol ({fullness}/10): daarom een stapje lichter, niveau {lower}. "
            "Vroeg en klein vragen is juist nu slim.",
        )
    return suggestion


def _from_history(asks: list[Any], max_level: int) -> Suggestion:
    finished = _finished(asks)
    decided = [a for a in asks if a.status in ("gedaan", "afgezien") and a.level is not None]
    if not finished and not decided:
        return Suggestion(1, "je begint bij niveau 1: iets kleins, om te wennen aan vragen.")
    current = (decided[-1] if decided else finished[-1]).level
    current = max(1, min(current, max_level))

    recent_decided = decided[-2:]
    if len(recent_decided) == 2 and all(a.status == "afgezien" for a in recent_decided):
        lower = max(1, current - 1)
        if lower < current:
            return Suggestion(
                lower,
                f"je liet de laatste twee vragen liggen, en dat mag. Een stapje kleiner (niveau {lower}) "
                "maakt beginnen makkelijker.",
            )
        return Suggestion(1, "je liet de laatste twee vragen liggen, en dat mag. We houden het bij iets kleins.")

    if finished and finished[-1].level == current and _went_badly(finished[-1]):
        lower = max(1, current - 1)
        if lower < current:
            return Suggestion(
                lower,
                f"je laatste vraag op niveau {current} viel tegen. Dat zegt niets over jou; we doen even "
                f"een stapje terug naar niveau {lower}.",
            )
        return Suggestion(
            current,
            "je laatste vraag viel tegen. Dat zegt niets over jou; we blijven rustig bij niveau 1.",
        )

    at_level = [a for a in finished if a.level == current]
    streak = 0
    for ask in reversed(at_level):
        if not _went_well(ask):
            break
        streak += 1
    if streak >= STEP_UP_AFTER:
        if current < max_level:
            return Suggestion(
                current + 1,
                f"je laatste {_count_word(STEP_UP_AFTER)} vragen op niveau {current} gingen goed: "
                f"tijd voor niveau {current + 1}.",
            )
        return Suggestion(current, f"je laatste vragen op niveau {current} gingen goed: je zit op het hoogste niveau.")
    needed = STEP_UP_AFTER - streak
    if streak:
        return Suggestion(
            current,
            f"je blijft op niveau {current}: nog {needed} goede ervaring{'en' if needed > 1 else ''} "
            "en je gaat een stapje verder.",
        )
    return Suggestion(current, f"je blijft op niveau {current} tot het wat vertrouwder voelt.")


def _count_word(number: int) -> str:
    return {1: "één", 2: "twee", 3: "drie", 4: "vier", 5: "vijf"}.get(number, str(number))


def pick_example(examples: Sequence[Any], day_ordinal: int, offset: int = 0, avoid: Sequence[str] = ()) -> int:
    """Index of today's example: stable for the day; `offset` walks to the next one."""
    if not examples:
        raise ValueError("geen voorbeelden")
    count = len(examples)
    start = (day_ordinal * 7 + offset) % count
    for step in range(count):
        index = (start + step) % count
        if getattr(examples[index], "what", None) not in avoid:
            return index
    return start
