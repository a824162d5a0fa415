"""The table of `vraaghulp log`, as plain lines (standard library only).

Rows come from the stored dicts through each kind's `row` (`vraaghulp.views`); the lines
are drawn with `light.plain`, so the table costs no Rich or pydantic over a large journal.
"""

from __future__ import annotations

from datetime import date

from vraaghulp import views
from vraaghulp.coach.dates import parse_datetime
from vraaghulp.light import plain, tables
from vraaghulp.light.text import table_date
from vraaghulp.messages import lookup, t

TYPE_CHECKING = False  # annotations only: `typing` costs memory on every `vraaghulp log`
if TYPE_CHECKING:
    from typing import Any


def headers() -> list[str]:
    return list(lookup("log.kolommen") or [])


def row_cells(data: dict[str, Any], today: date | None = None) -> list[Any]:
    """The cells (id, date, kind, who, what, fear, outcome/status) for one stored dict."""
    created = parse_datetime(data.get("gemaakt"))
    when = table_date(created, today) if created is not None else "—"
    return views.of(data.get("soort")).row(data, when)


def row_problem(data: dict[str, Any]) -> str | None:
    """The first field a table row cannot do without that is missing or wrong, as 'soort.veld'."""
    kind = data.get("soort")
    if parse_datetime(data.get("gemaakt")) is None:
        return f"{kind}.gemaakt"
    field = views.of(kind).row_problem(data)
    return f"{kind}.{field}" if field else None




def table_widths(rows: list[list[Any]], width: int) -> tuple[list[int], dict[int, int]]:
    """Which columns to show and how wide: the ask itself gets what is left.

    On a narrow screen the kind and then the fear columns make room; ids are never cut.
    Room left over after the ask goes back to the outcome, then to the name.
    """
    titles = headers()
    natural = [max([len(titles[i])] + [plain.line_width(plain.as_line(row[i])) for row in rows])
               for i in range(len(titles))]
    narrow = width < 90
    caps = {3: 10 if narrow else 14, 6: 13 if narrow else 26}
    widths = {i: min(natural[i], caps.get(i, natural[i])) for i in range(len(titles))}
    columns = list(range(len(titles)))

    def others() -> int:
        return sum(widths[i] for i in columns if i != 4) + 2 * (len(columns) - 1)

    for optional in (2, 5):
        if others() + 24 <= width:
            break
        columns.remove(optional)
    widths[4] = min(natural[4], max(12, width - others()))
    room = width - others() - widths[4]
    for index in (6, 3):
        give = max(0, min(room, natural[index] - widths[index]))
        widths[index] += give
        room -= give
    # Still too wide (a very narrow screen): the ask, the name and the outcome give up more.
    over = sum(widths[i] for i in columns) + 2 * (len(columns) - 1) - width
    for index, least in ((4, 8), (3, 6), (6, 8)):
        if over <= 0:
            break
        if index in columns:
            give = max(0, min(over, widths[index] - least))
            widths[index] -= give
            over -= give
    return columns, widths


def stacked(rows: list[list[Any]], width: int) -> list:
    """A narrow screen: per record the id, date and kind; then who and what, and the fear and
    outcome, wrapped between words. A blank line between records."""
    titles = headers()
    lines: list = []
    for ident, when, kind, who, what, fear, outcome in rows:
        if lines:
            lines.append([])
        head = plain.as_line(ident, "dim") + [(" · ", "dim")] + plain.as_line(when) + [(" · ", "dim")]
        lines.append(plain.truncate(head + plain.as_line(kind, "dim"), width))
        body = plain.as_line(who, "bold") + [(": ", "")] + plain.as_line(what) if who else plain.as_line(what)
        tail = ([(f"{titles[5]} ", "dim")] + plain.as_line(fear) + [(" · ", "dim")]) if fear else []
        for part in (body, tail + plain.as_line(outcome)):
            lines += [[("  ", "")] + line for line in plain.wrap(part, width - 2) if line]
    return lines


def log_table(rows_data: list[dict[str, Any]], width: int = 100, today: date | None = None):
    """The stored dicts (already newest first) as table lines that fit `width` columns."""
    rows = [row_cells(data, today) for data in rows_data]
    if width < plain.NARROW:
        return stacked(rows, width)
    columns, widths = table_widths(rows, width)
    titles = headers()
    return tables.table(
        [titles[i] for i in columns],
        [[row[i] for i in columns] for row in rows],
        [widths[i] for i in columns],
        styles=["dim" if i == 0 else "" for i in columns],
    )


def list_screen(rows_data: list[dict[str, Any]], *, total: int | None, count: int, filtered: bool,
                width: int = 100, today: date | None = None) -> list:
    """Everything `vraaghulp log` prints: the table and the hints, or a kind word when empty."""

    def say(key: str, style: str = "", **params) -> list:
        return plain.wrap([(t(f"log.lijst.{key}", **params), style)], width)

    if not rows_data:
        if filtered:
            return say("niets_gevonden") + say("alles_zien", "dim")
        return say("leeg") + say("leeg_hoe", "dim")
    lines = log_table(rows_data, width=width, today=today)
    if width < plain.NARROW:
        lines.append([])
    shown = len(rows_data)
    if total is not None and total > shown:
        lines += say("nieuwste_van", "dim", getoond=shown, totaal=total, meer=min(total, shown * 5))
    elif total is None and shown >= count:
        lines += say("nieuwste", "dim", getoond=shown, meer=shown * 5)
    lines += say("verder", "dim")
    return lines
