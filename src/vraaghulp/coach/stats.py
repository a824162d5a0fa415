"""Filters and statistics over journal records (pure logic, standard library only).

Everything here works on the plain dicts from `Journal.iter_dicts()` (Dutch keys, as
stored), so filtering or summarising 100,000 records costs little more than decoding
them: no pydantic per line, nothing held in memory that is not needed. Validated
records work too, via `models.record_dict(record)`.

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

import unicodedata
from collections import deque
from datetime import date, datetime, timedelta

# Annotations only: `typing` and `dataclasses` are not imported, they cost memory on every
# run of `vraaghulp log` (see vraaghulp.logview).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any

OUTCOMES = ("ja", "deels", "nee", "geen-reactie")
COMPARISONS = ("beter", "zoals-verwacht", "slechter")
STATUSES = ("open", "gedaan", "afgezien")
KINDS = ("vraag", "script", "gesprek", "check")

# Text fields searched by --zoek, per kind.
SEARCH_FIELDS = {
    "vraag": ("wie", "vraag", "wanneer", "verwachting", "geleerd"),
    "script": ("zin", "stem", "stem_toelichting", "bang_voor", "rolwissel", "nieuwe_regel"),
    "gesprek": ("relatie",),
    "check": ("uitslag",),
}


# ----------------------------------------------------------------------------------------
# Text folding (case- and accent-insensitive comparisons)
# ----------------------------------------------------------------------------------------
def fold(text: str) -> str:
    """Lower case without accents: 'Café Één' -> 'cafe een'."""
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _fold_ascii(text: str) -> str:
    """Fast fold for an ASCII needle: non-ASCII letters lose their accents, others drop."""
    text = text.casefold()
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _words(text: str) -> list[str]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold(text))
    return cleaned.split()


def person_matches(name: str, query: str) -> bool:
    """Does a stored name match a person filter? Whole words, case and accents ignored.

    'sam' matches 'Sam' and 'Sam de Vries', not 'Samira'; 'buurvrouw' matches
    'mijn buurvrouw'.
    """
    wanted = _words(query)
    if not wanted:
        return False
    have = _words(name)
    return all(word in have for word in wanted)


def record_people(data: dict[str, Any]) -> list[str]:
    kind = data.get("soort")
    if kind == "vraag":
        person = data.get("wie")
        return [person] if isinstance(person, str) else []
    if kind == "gesprek":
        names = data.get("namen") or []
        return [n for n in names if isinstance(n, str)]
    return []


def search_text(data: dict[str, Any]) -> str:
    """All free text of a record, on one line (for --zoek)."""
    parts: list[str] = []
    for key in SEARCH_FIELDS.get(data.get("soort"), ()):
        value = data.get(key)
        if isinstance(value, str):
            parts.append(value)
    kind = data.get("soort")
    if kind == "gesprek":
        parts.extend(n for n in (data.get("namen") or []) if isinstance(n, str))
        notes = data.get("notities") or {}
        if isinstance(notes, dict):
            parts.extend(v for v in notes.values() if isinstance(v, str))
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------
# Filters
# ----------------------------------------------------------------------------------------
class _Plain:
    """Keyword construction, equality and repr from `__slots__` (a light stand-in for a dataclass)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={getattr(self, k)!r}' for k in self.__slots__)})"


class Filters(_Plain):
    """What `vraaghulp log` shows. Dates are inclusive; all parts must match. Read-only."""

    __slots__ = ("start", "end", "person", "kind", "status", "search")

    def __init__(self, start: date | None = None, end: date | None = None, person: str | None = None,
                 kind: str | None = None, status: str | None = None, search: str | None = None) -> None:
        for key, value in zip(self.__slots__, (start, end, person, kind, status, search)):
            object.__setattr__(self, key, value)

    def __setattr__(self, key: str, value: object) -> None:
        raise AttributeError("Filters is read-only")

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, k) for k in self.__slots__))

    def active(self) -> bool:
        return any(value is not None for value in (self.start, self.end, self.person, self.kind, self.status, self.search))


def make_matcher(filters: Filters) -> Callable[[dict[str, Any]], bool]:
    """A fast predicate over stored dicts for these filters."""
    start = filters.start.isoformat() if filters.start else None
    end = filters.end.isoformat() if filters.end else None
    kind = filters.kind
    status = filters.status
    person = filters.person
    search = fold(filters.search.strip()) if filters.search and filters.search.strip() else None
    search_ascii = search is not None and search.isascii()
    person_cache: dict[str, bool] = {}

    def person_ok(name: str) -> bool:
        result = person_cache.get(name)
        if result is None:
            result = person_cache[name] = person_matches(name, person)
        return result

    def matches(data: dict[str, Any]) -> bool:
        if kind is not None and data.get("soort") != kind:
            return False
        if status is not None and (data.get("soort") != "vraag" or data.get("status", "open") != status):
            return False
        if start is not None or end is not None:
            created = data.get("gemaakt")
            if not isinstance(created, str):
                return False
            day = created[:10]
            if start is not None and day < start:
                return False
            if end is not None and day > end:
                return False
        if person is not None and not any(person_ok(name) for name in record_people(data)):
            return False
        if search is not None:
            text = search_text(data)
            if not text:
                return False
            haystack = _fold_ascii(text) if search_ascii else fold(text)
            if search not in haystack:
                return False
        return True

    return matches


def last_matching(items: Iterable[tuple[int, dict[str, Any]]], matcher: Callable[[dict[str, Any]], bool], count: int | None):
    """The last `count` matching (line, dict) pairs in file order, streaming; all when None.

    Returns (matches, total number of matches).
    """
    kept: deque[tuple[int, dict[str, Any]]] = deque(maxlen=count)
    total = 0
    for number, data in items:
        if matcher(data):
            kept.append((number, data))
            total += 1
    return list(kept), total


# ----------------------------------------------------------------------------------------
# The overview
# ----------------------------------------------------------------------------------------
def _mean(total: float, count: int) -> float | None:
    return round(total / count, 1) if count else None


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class Tally(_Plain):
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
        return _percent(self.outcomes["ja"], self.answered)

    @property
    def yes_or_partly_share(self) -> float | None:
        return _percent(self.outcomes["ja"] + self.outcomes["deels"], self.answered)

    @property
    def predicted_chance(self) -> float | None:
        return _mean(self.chance_sum, self.answered)

    @property
    def fear_before(self) -> float | None:
        return _mean(self.fear_before_sum, self.fear_before_n)

    @property
    def paired_fear_before(self) -> float | None:
        return _mean(self.paired_before_sum, self.paired_n)

    @property
    def paired_fear_after(self) -> float | None:
        return _mean(self.paired_after_sum, self.paired_n)

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


class BeliefMove(_Plain):
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
            parsed = [(_parse_datetime(p[0]), p[1], p[2]) for p in points]
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


def _parse_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


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


class PeriodPoint(_Plain):
    __slots__ = ("start", "label", "asks", "fear_before", "fear_after")

    def __init__(self, start: date, label: str, asks: int, fear_before: float | None, fear_after: float | None) -> None:
        self.start, self.label, self.asks, self.fear_before, self.fear_after = start, label, asks, fear_before, fear_after


class PeriodSum(_Plain):
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
        return _mean(self.before_sum, self.paired_n)

    @property
    def paired_fear_after(self) -> float | None:
        return _mean(self.after_sum, self.paired_n)


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
        return _mean(self.belief_first_sum, self.scripts_moved)

    @property
    def belief_last(self) -> float | None:
        return _mean(self.belief_last_sum, self.scripts_moved)

    def unit(self, wanted: str | None = None) -> str:
        """'week' or 'maand': weeks for up to 12 weeks of asks, otherwise months."""
        if wanted in ("week", "maand"):
            return wanted
        if not self.weeks:
            return "week"
        first, last = min(self.weeks), max(self.weeks)
        return "week" if (last - first).days <= 7 * 11 else "maand"

    def series(self, unit: str = "week", *, until: date | None = None, count: int = 12) -> list[PeriodPoint]:
        """The last `count` weeks or months up to `until` (default: the latest ask), gaps as zero."""
        source = self.weeks if unit == "week" else self.months
        if until is None:
            until = max(source) if source else date.today()
        points: list[PeriodPoint] = []
        if unit == "week":
            current = until - timedelta(days=until.weekday())
            starts = [current - timedelta(weeks=back) for back in range(count - 1, -1, -1)]
        else:
            current = until.replace(day=1)
            starts = []
            for back in range(count - 1, -1, -1):
                index = current.year * 12 + current.month - 1 - back
                starts.append(date(index // 12, index % 12 + 1, 1))
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


MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def period_label(start: date, unit: str) -> str:
    """'wk 47 (18 nov)' for a week, 'nov 2024' for a month."""
    if unit == "week":
        return f"wk {start.isocalendar()[1]:>2} ({start.day} {MONTHS_SHORT[start.month - 1]})"
    return f"{MONTHS_SHORT[start.month - 1]} {start.year}"


def overview(items: Iterable[dict[str, Any]]) -> Overview:
    """Summarise stored dicts (any iterable; streamed)."""
    result = Overview()
    for data in items:
        result.add(data)
    return result
