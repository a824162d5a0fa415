"""The data behind `vraaghulp log` (the table) and `log overzicht`. Standard library only.

Both views must stay quick and small over years of entries, so neither this module nor
anything it imports loads typer, rich, questionary or pydantic:

- the journal is read through the store's light read side (`store.read`) as plain dicts
  and streamed: the overview keeps sums, the filtered table keeps the last N matches;
- without filters the table reads only the end of the file (`read.tail_raw`);
- the screens are plain text (`light.listing`, `light.overview`).

Shown rows are not validated with pydantic; a light check (`listing.row_problem`) makes
sure a row has what the table needs, and a damaged or incomplete line is reported like
everywhere else (`store.read.report`, printed once at exit).
"""

from __future__ import annotations

from datetime import date

from vraaghulp.store import read

TYPE_CHECKING = False  # annotations only: `typing` costs memory on every run
if TYPE_CHECKING:
    from typing import Any

DEFAULT_COUNT = 20


def _bad_row(where: str) -> str:
    from vraaghulp.messages import t

    return t("opslag.klopt_niet", reden=t("ongeldig.veld_kort", veld=where))


def usable_row(data: dict[str, Any]) -> dict[str, Any]:
    """The record when the table can show it, else ValueError with the reason to report."""
    from vraaghulp.light.listing import row_problem

    where = row_problem(data)
    if where is not None:
        raise ValueError(_bad_row(where))
    return data


def usable_dicts(path):
    """(line number, dict) for every line the table would show; the others are reported
    like damaged lines, so a count never includes what `log` skips."""
    from vraaghulp.light.listing import row_problem

    for number, data in read.iter_dicts(path):
        where = row_problem(data)
        if where is None:
            yield number, data
        else:
            read.report_line(path, number, _bad_row(where))


def select_rows(path, filters, count: int) -> tuple[list[dict[str, Any]], int | None]:
    """The dicts to show (file order, oldest first) and how many matched in total.

    Without filters only the end of the file is read and the total is unknown (None)
    unless the whole file was read.
    """
    from vraaghulp.coach.filters import last_matching, make_matcher
    from vraaghulp.light.listing import row_problem

    if not filters.active():
        return read.tail_kept(path, count, usable_row)
    kept, total = last_matching(read.iter_dicts(path), make_matcher(filters), count)
    rows = []
    for number, data in kept:
        where = row_problem(data)
        if where is None:
            rows.append(data)
        else:
            read.report_line(path, number, _bad_row(where))
    return rows, total


def newest_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Newest first by creation time (aware and naive times compared as UTC); ties keep file order."""
    from datetime import timezone

    from vraaghulp.coach.dates import parse_datetime

    def key(pair):
        created = parse_datetime(pair[1].get("gemaakt"))
        return (created if created.tzinfo else created.replace(tzinfo=timezone.utc)), pair[0]

    return [data for _index, data in sorted(enumerate(rows), key=key, reverse=True)]


def overview_of(path, filters):
    """Stream the journal once into an Overview (no pydantic, nothing kept per record)."""
    from vraaghulp.coach.filters import make_matcher
    from vraaghulp.coach.overview import Overview

    result = Overview()
    add = result.add
    if filters.active():
        matcher = make_matcher(filters)
        for _number, data in usable_dicts(path):
            if matcher(data):
                add(data)
    else:
        for _number, data in usable_dicts(path):
            add(data)
    return result


def list_text(path, filters, count: int, *, width: int = 100, color: bool = False, today: date | None = None) -> str:
    from vraaghulp.light.listing import list_screen
    from vraaghulp.light.plain import render

    rows, total = select_rows(path, filters, count)
    lines = list_screen(newest_first(rows), total=total, count=count, filtered=filters.active(), width=width,
                        today=today)
    return render(lines, color)


def overview_text(result, filters, *, unit: str | None = None, width: int = 100, color: bool = False,
                  today: date | None = None) -> str:
    from vraaghulp.light.overview import overview_screen
    from vraaghulp.light.plain import render

    until = filters.end if filters.end else (today or date.today())
    lines = overview_screen(result, unit=unit, until=until, start=filters.start, end=filters.end,
                            person=filters.person, width=width)
    return render(lines, color)


def screen_of(stream) -> tuple[int, bool]:
    """(width, colour?) of the stream the text goes to."""
    from vraaghulp.light.plain import color_wanted, terminal_width

    return terminal_width(stream), color_wanted(stream)
