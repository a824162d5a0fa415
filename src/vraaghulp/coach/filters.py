"""Filters over journal records (pure logic, standard library only).

Everything here works on the plain dicts from `Journal.iter_dicts()` (Dutch keys, as
stored), so filtering 100,000 records costs little more than decoding them: no pydantic
per line, nothing held in memory that is not needed. Validated records work too, via
`models.record_dict(record)`.

To add a filter: a slot on `Filters`, a test in `make_matcher`, a parameter in
`build_filters`, and an option in the declaration of `log` (and `export`) that passes it.
"""

from __future__ import annotations

import unicodedata
from collections import deque
from datetime import date

from vraaghulp.coach.text import fold

# Annotations only: `typing` is not imported, it costs memory on every run of `vraaghulp log`.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any

# Text fields searched by --zoek, per kind.
SEARCH_FIELDS = {
    "vraag": ("wie", "vraag", "wanneer", "verwachting", "geleerd"),
    "script": ("zin", "stem", "stem_toelichting", "bang_voor", "rolwissel", "nieuwe_regel"),
    "gesprek": ("relatie",),
    "check": ("uitslag",),
}


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
    if data.get("soort") == "gesprek":
        parts.extend(n for n in (data.get("namen") or []) if isinstance(n, str))
        notes = data.get("notities") or {}
        if isinstance(notes, dict):
            parts.extend(v for v in notes.values() if isinstance(v, str))
    return "\n".join(parts)


class Filters:
    """What `vraaghulp log` shows. Dates are inclusive; all parts must match. Read-only."""

    __slots__ = ("start", "end", "person", "kind", "status", "search")

    def __init__(self, start: date | None = None, end: date | None = None, person: str | None = None,
                 kind: str | None = None, status: str | None = None, search: str | None = None) -> None:
        for key, value in zip(self.__slots__, (start, end, person, kind, status, search)):
            object.__setattr__(self, key, value)

    def __setattr__(self, key: str, value: object) -> None:
        raise AttributeError("Filters is read-only")

    def __eq__(self, other: object) -> bool:
        return type(other) is Filters and all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, k) for k in self.__slots__))

    def __repr__(self) -> str:
        return f"Filters({', '.join(f'{k}={getattr(self, k)!r}' for k in self.__slots__)})"

    def active(self) -> bool:
        return any(getattr(self, key) is not None for key in self.__slots__)


def build_filters(*, van: str | None = None, tot: str | None = None, persoon: str | None = None,
                  soort: str | None = None, status: str | None = None, zoek: str | None = None,
                  today: date | None = None) -> Filters:
    """Filters from option values (already checked by the declaration), with Dutch usage errors."""
    from vraaghulp.coach.dates import DateWordError, end_of, start_of
    from vraaghulp.errors import UsageError
    from vraaghulp.messages import t

    try:
        start = start_of(van, today) if van is not None else None
        end = end_of(tot, today) if tot is not None else None
    except DateWordError as exc:
        raise UsageError(str(exc)) from None
    if start and end and start > end:
        raise UsageError(t("log.van_na_tot", van=start.isoformat(), tot=end.isoformat()))
    if status and soort and soort != "vraag":
        raise UsageError(t("log.status_bij_vragen"))
    return Filters(start=start, end=end, person=persoon, kind=soort, status=status, search=zoek)


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
