"""Counts and sums for a group of asks (pure logic, standard library only).

A `Tally` is everything, one person, or one level; a `PeriodSum` one day, week or month.
`coach.overview` adds records to them.
"""

from __future__ import annotations

from datetime import date

from vraaghulp.schema import COMPARISONS, OUTCOMES

TYPE_CHECKING = False  # annotations only: `typing` costs memory on every `log overzicht`
if TYPE_CHECKING:
    from typing import Any


class Plain:
    """Equality and repr from `__slots__` (a light stand-in for a dataclass)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={getattr(self, k)!r}' for k in self.__slots__)})"


def mean(total: float, count: int) -> float | None:
    return round(total / count, 1) if count else None


def percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


class Tally(Plain):
    """Counts and sums for a group of asks (everything, one person, one level, one week)."""

    __slots__ = ("asks", "open", "done", "set_aside", "outcomes", "comparisons", "fear_before_sum",
                 "fear_before_n", "paired_n", "paired_before_sum", "paired_after_sum", "chance_sum")

    def __init__(self) -> None:
        self.asks = self.open = self.done = self.set_aside = 0
        self.outcomes: dict[str, int] = dict.fromkeys(OUTCOMES, 0)
        self.comparisons: dict[str, int] = dict.fromkeys(COMPARISONS, 0)
        self.fear_before_sum = self.fear_before_n = 0
        self.paired_n = self.paired_before_sum = self.paired_after_sum = 0
        self.chance_sum = 0  # over answered asks

    def add(self, data: dict[str, Any]) -> None:
        before = data.get("angst_voor")
        after = data.get("angst_na")
        chance = data.get("kans")
        self.add_values(
            data.get("status", "open"),
            before if type(before) is int else None,
            after if type(after) is int else None,
            data.get("uitkomst"),
            chance if type(chance) is int else 0,
            data.get("vergelijking"),
        )

    def add_values(self, status, before, after, outcome, chance, comparison) -> None:
        """The fast path: values already taken from the dict (ints or None)."""
        self.asks += 1
        if status == "gedaan":
            self.done += 1
        elif status == "afgezien":
            self.set_aside += 1
        else:
            self.open += 1
        if before is not None:
            self.fear_before_sum += before
            self.fear_before_n += 1
            if after is not None:
                self.paired_n += 1
                self.paired_before_sum += before
                self.paired_after_sum += after
        outcomes = self.outcomes
        if outcome in outcomes:
            outcomes[outcome] += 1
            self.chance_sum += chance
        comparisons = self.comparisons
        if comparison in comparisons:
            comparisons[comparison] += 1

    def merge(self, other: "Tally") -> None:
        for name in ("asks", "open", "done", "set_aside", "fear_before_sum", "fear_before_n", "paired_n",
                     "paired_before_sum", "paired_after_sum", "chance_sum"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for key, count in other.outcomes.items():
            self.outcomes[key] += count
        for key, count in other.comparisons.items():
            self.comparisons[key] += count

    @property
    def answered(self) -> int:
        return sum(self.outcomes.values())

    @property
    def yes_share(self) -> float | None:
        return percent(self.outcomes["ja"], self.answered)

    @property
    def yes_or_partly_share(self) -> float | None:
        return percent(self.outcomes["ja"] + self.outcomes["deels"], self.answered)

    @property
    def predicted_chance(self) -> float | None:
        return mean(self.chance_sum, self.answered)

    @property
    def fear_before(self) -> float | None:
        return mean(self.fear_before_sum, self.fear_before_n)

    @property
    def paired_fear_before(self) -> float | None:
        return mean(self.paired_before_sum, self.paired_n)

    @property
    def paired_fear_after(self) -> float | None:
        return mean(self.paired_after_sum, self.paired_n)

    def to_dict(self) -> dict[str, Any]:
        return {
            "vragen": self.asks,
            "open": self.open,
            "gedaan": self.done,
            "afgezien": self.set_aside,
            "uitkomsten": dict(self.outcomes),
            "vergelijking": dict(self.comparisons),
            "angst": {
                "voor_gemiddeld": self.fear_before,
                "paren": self.paired_n,
                "voor": self.paired_fear_before,
                "na": self.paired_fear_after,
            },
            "kans": {
                "aantal": self.answered,
                "voorspeld": self.predicted_chance,
                "echt_ja": self.yes_share,
                "echt_ja_of_deels": self.yes_or_partly_share,
            },
        }


class PeriodPoint(Plain):
    __slots__ = ("start", "label", "asks", "fear_before", "fear_after")

    def __init__(self, start: date, label: str, asks: int, fear_before: float | None, fear_after: float | None) -> None:
        self.start, self.label, self.asks, self.fear_before, self.fear_after = start, label, asks, fear_before, fear_after


class PeriodSum(Plain):
    """Asks and paired fear for one day, week or month."""

    __slots__ = ("asks", "paired_n", "before_sum", "after_sum")

    def __init__(self) -> None:
        self.asks = self.paired_n = self.before_sum = self.after_sum = 0

    def merge(self, other: "PeriodSum") -> None:
        self.asks += other.asks
        self.paired_n += other.paired_n
        self.before_sum += other.before_sum
        self.after_sum += other.after_sum

    @property
    def paired_fear_before(self) -> float | None:
        return mean(self.before_sum, self.paired_n)

    @property
    def paired_fear_after(self) -> float | None:
        return mean(self.after_sum, self.paired_n)
