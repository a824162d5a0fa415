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

Within a level, the example offered is stable for the day, but one taken in the last three
weeks waits until every other example of that level has had its turn (`todays_example`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from vraaghulp.coach.text import fold

GOOD_OUTCOMES = ("ja", "deels")
STEP_UP_AFTER = 3
FULL_DAY = 8
RECENT_DAYS = 21  # an example taken this recently waits while others of its level are left
MATCH_SHARE = 0.6  # share of an example's own words an ask must contain to count as that example
# Small words and common moments many asks share; they say nothing about which example it was.
_COMMON_WORDS = frozenset(
    "aan al als bij dat de deze die dit een en er even gewoon het ik in is je jij jou jouw kan kun "
    "kunt me mee met mij mijn morgen naar of om op straks te toch u vanavond vandaag van voor wat "
    "we week weekend wel wil zo".split()
)
_WORD = re.compile(r"\w+")


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


def _content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(fold(text)) if w not in _COMMON_WORDS and len(w) > 1]


@dataclass(frozen=True)
class _Fingerprint:
    """What marks a sentence as made from one example: its words, and the first two of them."""

    words: frozenset[str]
    head: frozenset[str]

    @classmethod
    def of(cls, example: Any) -> _Fingerprint:
        what = _content_words(getattr(example, "what", "") or "")
        opening = _content_words(getattr(example, "opening", None) or "")
        return cls(frozenset(opening + what), frozenset(what[:2]) if len(what) >= 2 else frozenset())


def _example_taken_by(text: str, prints: Sequence[_Fingerprint]) -> list[int]:
    """Indexes of the examples an ask's text was made from (the best match, if there is one).

    The text is the sentence as sent: the person's name, a moment and an opening surround the
    example, and the user may have shortened or changed it. So an example counts when most of
    its words are there (MATCH_SHARE), or its first two words (the heart of the ask: "brood
    meenemen", "hond uitlaten"); among those, the one with the largest share of its words wins.
    """
    words = frozenset(_content_words(text))
    candidates: dict[int, float] = {}
    for index, fingerprint in enumerate(prints):
        if not fingerprint.words:
            continue
        share = len(fingerprint.words & words) / len(fingerprint.words)
        if share >= MATCH_SHARE or (fingerprint.head and fingerprint.head <= words):
            candidates[index] = share
    best = max(candidates.values(), default=None)
    return [index for index, share in candidates.items() if share == best]


def recently_taken(
    examples: Sequence[Any], asks: Sequence[Any], today: date, level: int | None = None, days: int = RECENT_DAYS
) -> dict[int, date]:
    """Which examples were taken in the last `days` days (today included), and when last.

    Every ask made in that window counts, whatever became of it (open, done or set aside):
    the user already chose it once, so offering it again this soon would feel like repetition.
    With `level`, asks saved at another level are left out (an ask without a level still counts).
    """
    since = today - timedelta(days=days)
    prints = [_Fingerprint.of(example) for example in examples]
    taken: dict[int, date] = {}
    for ask in asks:
        created = getattr(ask, "created", None)
        text = getattr(ask, "text", None)
        if created is None or not text:
            continue
        if level is not None and getattr(ask, "level", None) not in (None, level):
            continue
        day = created.date() if hasattr(created, "date") else created
        if not since < day <= today:
            continue
        for index in _example_taken_by(text, prints):
            if index not in taken or taken[index] < day:
                taken[index] = day
    return taken


def pick_example(
    examples: Sequence[Any], day_ordinal: int, offset: int = 0, taken: Mapping[int, date] | None = None
) -> int:
    """Index of today's example: stable for the day; `offset` walks to the next one.

    The day decides where the walk starts. Examples in `taken` (index -> date last taken) come
    after all the others, the one taken longest ago first, so a recently taken example is only
    offered once every other example of the level has been offered.
    """
    if not examples:
        raise ValueError("geen voorbeelden")
    count = len(examples)
    start = (day_ordinal * 7) % count
    walk = [(start + step) % count for step in range(count)]
    taken = taken or {}
    fresh = [index for index in walk if index not in taken]
    waiting = sorted((index for index in walk if index in taken), key=lambda index: taken[index])
    return (fresh + waiting)[offset % count]


def todays_example(
    examples: Sequence[Any], asks: Sequence[Any], today: date, offset: int = 0, level: int | None = None
) -> int:
    """Index of the example to offer today from `examples` (the examples of `level`), given the
    user's asks in any order."""
    return pick_example(examples, today.toordinal(), offset, recently_taken(examples, asks, today, level))
