"""The overview: statistics over journal records (pure logic, standard library only).

Everything here works on the plain dicts from `Journal.iter_dicts()` (Dutch keys, as
stored), so summarising 100,000 records costs little more than decoding them: nothing is
kept per record. Validated records work too, via `models.record_dict(record)`.

Definitions used in the overview (the tests check them against hand-computed numbers):
- An ask is "answered" when it has an outcome (uitkomst).
- Share of yes = answered asks with outcome "ja" / answered asks, in percent; "ja of
  deels" counts partial yeses too. The predicted chance is the average `kans` over the
  same answered asks, so prediction and reality are compared on the same asks.
- Fear before vs after is compared on the asks that have both numbers; the average fear
  before over all asks is given separately.
- A belief script's movement: its ratings in time order (the first belief at creation,
  the re-rating at the end of the exercise, later re-ratings), first against last.
"""

from __future__ import annotations

from collections import deque
from datetime import date, datetime, timedelta

from vraaghulp.coach.dates import parse_datetime
from vraaghulp.coach.tally import PeriodPoint, PeriodSum, Plain, Tally, mean
from vraaghulp.coach.text import fold

# Annotations only: `typing` and `dataclasses` are not imported, they cost memory on every
# run of `vraaghulp log overzicht` (see vraaghulp.light.logview).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any


class BeliefMove(Plain):
    __slots__ = ("script_id", "sentence", "first", "last", "ratings")

    def __init__(self, script_id: str, sentence: str, first: int, last: int, ratings: int) -> None:
        self.script_id, self.sentence, self.first, self.last, self.ratings = script_id, sentence, first, last, ratings


def belief_move(data: dict[str, Any]) -> BeliefMove | None:
    """First and latest belief rating of a script dict, or None with fewer than two.

    Order in time: the belief when the script was written, the re-rating at the end of
    that exercise, then the later ratings by their date.
    """
    created = data.get("gemaakt")
    if type(created) is not str:
        return None
    points: list[tuple[str, int, int]] = []  # (when, order, value)
    start = data.get("geloof")
    if type(start) is int:
        points.append((created, 0, start))
    after = data.get("geloof_na")
    if type(after) is int:
        points.append((created, 1, after))
    ratings = data.get("beoordelingen")
    if ratings:
        for order, rating in enumerate(ratings, start=2):
            if not isinstance(rating, dict):
                continue
            value = rating.get("waarde")
            when = rating.get("datum")
            if type(value) is not int:
                continue
            points.append((when if type(when) is str else created, order, value))
    if len(points) < 2:
        return None
    if len(points) > 2 or points[0][0] != points[1][0]:
        # ISO strings with one and the same offset sort correctly as text; otherwise parse.
        if len({len(p[0]) for p in points}) > 1 or len({p[0][-6:] for p in points}) > 1:
            parsed = [(parse_datetime(p[0]), p[1], p[2]) for p in points]
            if any(p[0] is None for p in parsed):
                points.sort(key=lambda p: p[1])
            else:
                parsed.sort(key=lambda p: (_naive(p[0]), p[1]))
                points = [(p[0].isoformat(), p[1], p[2]) for p in parsed]
        else:
            points.sort()
    return BeliefMove(
        script_id=str(data.get("id", "")),
        sentence=str(data.get("zin", "")),
        first=points[0][2],
        last=points[-1][2],
        ratings=len(points),
    )


def _naive(value: datetime) -> datetime:
    """Comparable regardless of time zone info (UTC for aware values)."""
    if value.tzinfo is None:
        return value
    return (value - value.utcoffset()).replace(tzinfo=None)


def _date_or_none(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


class Overview:
    """Accumulates stored dicts one at a time; nothing is kept per record."""

    def __init__(self) -> None:
        self._total: Tally | None = None  # summed from the levels on demand
        self.people: dict[str, tuple[str, Tally]] = {}
        self.levels: dict[int | None, Tally] = {}
        self.days: dict[str, PeriodSum] = {}  # 'YYYY-MM-DD' -> sums
        self.scripts = 0
        self.scripts_moved = 0
        self.belief_first_sum = 0
        self.belief_last_sum = 0
        self.beliefs_lower = 0
        self.beliefs_same = 0
        self.beliefs_higher = 0
        self.recent_moves: deque = deque(maxlen=5)
        self.conversations = 0
        self.conversations_finished = 0
        self.checks = 0
        self.first_text: str | None = None
        self.last_text: str | None = None
        self._person_keys: dict[str, tuple[str, str]] = {}
        self._periods: dict[str, dict[date, PeriodSum]] = {}

    def add(self, data: dict[str, Any]) -> None:
        kind = data.get("soort")
        created = data.get("gemaakt")
        day = created[:10] if type(created) is str and len(created) >= 10 else None
        if day is not None:
            if self.first_text is None or day < self.first_text:
                self.first_text = day
            if self.last_text is None or day > self.last_text:
                self.last_text = day
        if kind == "vraag":
            self._add_ask(data, day)
        elif kind == "script":
            self._add_script(data)
        elif kind == "gesprek":
            self.conversations += 1
            if data.get("voltooid"):
                self.conversations_finished += 1
        elif kind == "check":
            self.checks += 1

    @property
    def total(self) -> Tally:
        """All asks: every ask is in exactly one level tally (None for no level), so their sum."""
        if self._total is None:
            total = Tally()
            for tally in self.levels.values():
                total.merge(tally)
            self._total = total
        return self._total

    def _add_ask(self, data: dict[str, Any], day: str | None) -> None:
        # The hot path of `log overzicht`: values are read once and added to the two
        # tallies (this person, this level); the total is the sum of the levels.
        self._total = None
        get = data.get
        status = get("status", "open")
        before = get("angst_voor")
        if type(before) is not int:
            before = None
        after = get("angst_na")
        if type(after) is not int:
            after = None
        outcome = get("uitkomst")
        chance = get("kans")
        if type(chance) is not int:
            chance = 0
        comparison = get("vergelijking")

        person = get("wie")
        person_tally = None
        if type(person) is str:
            known = self._person_keys.get(person)
            if known is None:
                display = " ".join(person.split())
                known = (fold(display), display)
                self._person_keys[person] = known
            key, display = known
            if key:
                entry = self.people.get(key)
                person_tally = entry[1] if entry is not None else Tally()
                if entry is None or entry[0] != display:
                    self.people[key] = (display, person_tally)  # the latest spelling wins
        level = get("niveau")
        if type(level) is not int:
            level = None
        level_tally = self.levels.get(level)
        if level_tally is None:
            level_tally = self.levels[level] = Tally()

        level_tally.add_values(status, before, after, outcome, chance, comparison)
        if person_tally is not None:
            person_tally.add_values(status, before, after, outcome, chance, comparison)

        if day is not None:
            sums = self.days.get(day)
            if sums is None:
                sums = self.days[day] = PeriodSum()
            sums.asks += 1
            if before is not None and after is not None:
                sums.paired_n += 1
                sums.before_sum += before
                sums.after_sum += after
            if self._periods:
                self._periods.clear()

    # ----- periods (built from the per-day sums on demand) --------------------------------
    def _grouped(self, unit: str) -> dict[date, PeriodSum]:
        cached = self._periods.get(unit)
        if cached is not None:
            return cached
        grouped: dict[date, PeriodSum] = {}
        for text, sums in self.days.items():
            try:
                day = date.fromisoformat(text)
            except ValueError:
                continue
            start = day - timedelta(days=day.weekday()) if unit == "week" else day.replace(day=1)
            grouped.setdefault(start, PeriodSum()).merge(sums)
        self._periods[unit] = grouped
        return grouped

    @property
    def weeks(self) -> dict[date, PeriodSum]:
        return self._grouped("week")

    @property
    def months(self) -> dict[date, PeriodSum]:
        return self._grouped("maand")

    @property
    def first_day(self) -> date | None:
        return _date_or_none(self.first_text)

    @property
    def last_day(self) -> date | None:
        return _date_or_none(self.last_text)

    @property
    def last_ask_day(self) -> date | None:
        valid = [d for d in (_date_or_none(t) for t in self.days) if d is not None]
        return max(valid) if valid else None

    def _add_script(self, data: dict[str, Any]) -> None:
        self.scripts += 1
        move = belief_move(data)
        if move is None:
            return
        self.scripts_moved += 1
        self.belief_first_sum += move.first
        self.belief_last_sum += move.last
        if move.last < move.first:
            self.beliefs_lower += 1
        elif move.last == move.first:
            self.beliefs_same += 1
        else:
            self.beliefs_higher += 1
        self.recent_moves.append(move)

    # ----- results -----------------------------------------------------------------------
    @property
    def belief_first(self) -> float | None:
        return mean(self.belief_first_sum, self.scripts_moved)

    @property
    def belief_last(self) -> float | None:
        return mean(self.belief_last_sum, self.scripts_moved)

    def unit(self, wanted: str | None = None) -> str:
        """'week' or 'maand': weeks for up to 12 weeks of asks, otherwise months."""
        if wanted in ("week", "maand"):
            return wanted
        if not self.weeks:
            return "week"
        first, last = min(self.weeks), max(self.weeks)
        return "week" if (last - first).days <= 7 * 11 else "maand"

    def series(self, unit: str = "week", *, until: date | None = None, count: int = 12) -> list[PeriodPoint]:
        """The last `count` weeks or months up to `until` (default: the latest ask), gaps as zero.

        Never before the period of the first record: two days of data are not eleven empty weeks.
        """
        source = self.weeks if unit == "week" else self.months
        if until is None:
            until = max(source) if source else date.today()
        points: list[PeriodPoint] = []
        if unit == "week":
            current = until - timedelta(days=until.weekday())
            room = (current - date.min).days // 7  # no week before the year 1
            starts = [current - timedelta(weeks=back) for back in range(min(count - 1, room), -1, -1)]
        else:
            current = until.replace(day=1)
            starts = []
            for back in range(count - 1, -1, -1):
                index = current.year * 12 + current.month - 1 - back
                if index >= 12:  # no month before the year 1
                    starts.append(date(index // 12, index % 12 + 1, 1))
        first = self.first_day
        if first is not None:
            first_start = first - timedelta(days=first.weekday()) if unit == "week" else first.replace(day=1)
            starts = [start for start in starts if start >= first_start] or starts[-1:]
        for start in starts:
            tally = source.get(start)
            points.append(
                PeriodPoint(
                    start=start,
                    label=period_label(start, unit),
                    asks=tally.asks if tally else 0,
                    fear_before=tally.paired_fear_before if tally else None,
                    fear_after=tally.paired_fear_after if tally else None,
                )
            )
        return points

    def chart_end(self, unit: str, until: date) -> date:
        """`until`, or the day of the latest ask when the window up to `until` has none."""
        source = self.weeks if unit == "week" else self.months
        if not source or any(point.asks for point in self.series(unit, until=until)):
            return until
        latest = max(source)
        return latest if latest < until else until

    def people_sorted(self) -> list[tuple[str, Tally]]:
        return sorted(self.people.values(), key=lambda item: (-item[1].asks, fold(item[0])))

    def levels_sorted(self) -> list[tuple[int | None, Tally]]:
        return sorted(self.levels.items(), key=lambda item: (item[0] is None, item[0] or 0))

    def to_dict(self, *, unit: str | None = None, until: date | None = None) -> dict[str, Any]:
        chosen = self.unit(unit)
        until = self.chart_end(chosen, until or date.today())
        result = self.total.to_dict()
        result["per_persoon"] = [{"naam": name, **tally.to_dict()} for name, tally in self.people_sorted()]
        result["per_niveau"] = [{"niveau": level, **tally.to_dict()} for level, tally in self.levels_sorted()]
        result["overtuigingen"] = {
            "aantal": self.scripts,
            "met_verloop": self.scripts_moved,
            "begin_gemiddeld": self.belief_first,
            "nu_gemiddeld": self.belief_last,
            "gedaald": self.beliefs_lower,
            "gelijk": self.beliefs_same,
            "gestegen": self.beliefs_higher,
        }
        result["gesprekken"] = {"aantal": self.conversations, "voltooid": self.conversations_finished}
        result["checks"] = self.checks
        result["eerste_dag"] = self.first_day.isoformat() if self.first_day else None
        result["laatste_dag"] = self.last_day.isoformat() if self.last_day else None
        result["reeks"] = {
            "eenheid": chosen,
            "punten": [
                {
                    "begin": point.start.isoformat(),
                    "label": point.label,
                    "vragen": point.asks,
                    "angst_voor": point.fear_before,
                    "angst_na": point.fear_after,
                }
                for point in self.series(chosen, until=until)
            ],
        }
        return result


def period_label(start: date, unit: str) -> str:
    """'wk 47 (18 nov)' for a week, 'nov 2024' for a month."""
    from vraaghulp.messages import lookup, t

    month = (lookup("datum.maanden") or [""] * 12)[start.month - 1]
    if unit == "week":
        return t("datum.week_label", week=f"{start.isocalendar()[1]:>2}", dag=start.day, maand=month)
    return t("datum.maand_label", maand=month, jaar=start.year)


def overview(items: Iterable[dict[str, Any]]) -> Overview:
    """Summarise stored dicts (any iterable; streamed)."""
    result = Overview()
    for data in items:
        result.add(data)
    return result
