"""`vraaghulp log` (the table) and `vraaghulp log overzicht` on screen. Standard library only.

Both views must stay quick and small over years of entries, so neither this module nor
anything it imports loads typer, rich, questionary or pydantic:

- the journal is read as plain dicts (JSON only) and streamed: the overview keeps sums,
  the filtered table keeps the last N matches (`coach.stats`);
- without filters the table reads only the end of the file (`Journal.tail_raw`);
- the screens are plain text from `render.log.list_screen` / `overview_screen`.

Two ways in, one output: `vraaghulp.entry` routes `log ...` to `fast_main` before Typer is
loaded, and the Typer command (`commands/log.py`) calls `show_list` / `show_overview` for
the same views. `fast_main` handles only the plain screen views with valid options; for
anything else (--json, --svg, --help, other subcommands, unknown options, bad values, a
search text that needs the crisis panel) it returns None and the Typer app takes over,
with its help and its Dutch error messages.

Shown rows are not validated with pydantic; a light check (`row_problem`) makes sure a
row has what the table needs, and a damaged or incomplete line is reported like
everywhere else (`store.report`, printed once at exit).

Memory: the scan reads the file itself (`iter_raw`, the same rules as `Journal.iter_raw`)
instead of importing `vraaghulp.store`, whose imports (secrets/hashlib, dataclasses) would
double the peak memory of a search; the store is imported only to report a problem, and
for reading the end of the file (`Journal.tail_raw`).
"""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import date

TYPE_CHECKING = False  # annotations only: `typing` costs memory on every run
if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from typing import Any

DEFAULT_COUNT = 20
_DECODE = json.JSONDecoder().decode
_KINDS = ("vraag", "script", "gesprek", "check")


# ----------------------------------------------------------------------------------------
# Filters (shared with the Typer command and export)
# ----------------------------------------------------------------------------------------
def build_filters(
    *,
    van: str | None = None,
    tot: str | None = None,
    persoon: str | None = None,
    soort: str | None = None,
    status: str | None = None,
    zoek: str | None = None,
    today: date | None = None,
):
    """Turn the options into a stats.Filters, with Dutch usage errors."""
    from vraaghulp.coach.dates import DateWordError, end_of, start_of
    from vraaghulp.coach.stats import KINDS, STATUSES, Filters
    from vraaghulp.commands._common import choice_option, text_option
    from vraaghulp.errors import UsageError

    try:
        start = start_of(van, today) if van is not None else None
        end = end_of(tot, today) if tot is not None else None
    except DateWordError as exc:
        raise UsageError(str(exc)) from None
    if start and end and start > end:
        raise UsageError(
            f"--van ({start.isoformat()}) ligt na --tot ({end.isoformat()}). Draai ze om, of laat er één weg."
        )
    kind = choice_option(soort, "--soort", KINDS)
    chosen_status = choice_option(status, "--status", STATUSES)
    if chosen_status and kind and kind != "vraag":
        raise UsageError("--status hoort bij vragen; laat --soort weg of kies --soort vraag.")
    return Filters(
        start=start,
        end=end,
        person=text_option(persoon, "--persoon"),
        kind=kind,
        status=chosen_status,
        search=text_option(zoek, "--zoek"),
    )


# ----------------------------------------------------------------------------------------
# Reading
# ----------------------------------------------------------------------------------------
def decode(raw: bytes) -> dict[str, Any]:
    """`store.decode_line` without its pydantic import for the usual line.

    A line that is a JSON object of a known kind, with an id, and a schema version of at
    most 1 (every vraaghulp reads version 1) is accepted here; anything else goes to
    `store.decode_line`, which accepts it or raises ValueError with the Dutch reason.
    """
    try:
        data = _DECODE(raw.decode("utf-8"))  # json.loads without its encoding detection
    except ValueError:  # also UnicodeDecodeError
        data = None
    if type(data) is dict and data.get("soort") in _KINDS:
        version = data.get("v", 1)
        record_id = data.get("id")
        if (type(version) is not int or version <= 1) and type(record_id) is str and record_id:
            return data
    from vraaghulp.store import decode_line

    return decode_line(raw)


def journal_file(journal=None) -> Path:
    """The journal's path: of the given Journal (or anything with a .path), else the user's."""
    if journal is not None:
        return journal.path
    from vraaghulp.paths import journal_path

    return journal_path()


def iter_raw(path) -> Iterator[tuple[int, bytes]]:
    """(line number, raw line) for every non-empty line, streaming: `Journal.iter_raw` without the store."""
    if os.path.islink(path) or os.path.isdir(path):
        from vraaghulp.store import Journal

        Journal(path).check_target()  # raises the Dutch StoreError
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        return
    except OSError as exc:
        from vraaghulp.errors import StoreError, os_error_message

        raise StoreError(os_error_message(exc, path)) from exc
    with handle:
        for number, raw in enumerate(handle, start=1):
            raw = raw.rstrip(b"\r\n")
            if raw.strip():
                yield number, raw


def report(path, number: int | None, reason: str) -> None:
    """Report a problem line like every other reader (printed once at exit)."""
    from vraaghulp.store import Problem
    from vraaghulp.store import report as store_report

    store_report(Problem(path, number, reason))


def iter_dicts(path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, dict) for every usable line; damaged lines are reported (like Journal.iter_dicts)."""
    for number, raw in iter_raw(path):
        try:
            yield number, decode(raw)
        except ValueError as exc:
            report(path, number, str(exc))


def _int_in(value: Any, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high


def row_problem(data: dict[str, Any]) -> str | None:
    """The first field a table row cannot do without that is missing or wrong, as 'soort.veld'."""
    from vraaghulp.render.log import created_of

    kind = data.get("soort")
    if created_of(data) is None:
        return f"{kind}.gemaakt"
    if kind == "vraag":
        for key in ("wie", "vraag"):
            if not isinstance(data.get(key), str) or not data[key]:
                return f"{kind}.{key}"
        if not _int_in(data.get("angst_voor"), 0, 10):
            return f"{kind}.angst_voor"
        if not _int_in(data.get("kans"), 0, 100):
            return f"{kind}.kans"
        if data.get("angst_na") is not None and not _int_in(data.get("angst_na"), 0, 10):
            return f"{kind}.angst_na"
        if data.get("status", "open") not in ("open", "gedaan", "afgezien"):
            return f"{kind}.status"
    elif kind == "script":
        if not isinstance(data.get("zin"), str) or not data["zin"]:
            return f"{kind}.zin"
    elif kind == "gesprek":
        names = data.get("namen", [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            return f"{kind}.namen"
    return None


def _line_number_of(path, raw: bytes) -> int | None:
    for number, line in iter_raw(path):
        if line == raw:
            return number
    return None


def _report_row(path, number: int | None, raw: bytes | None, where: str) -> None:
    if number is None and raw is not None:
        number = _line_number_of(path, raw)
    report(path, number, f"dit record klopt niet (veld '{where}' is ongeldig).")


def tail_kept(path, count: int, decode_line, convert) -> tuple[list[Any], int | None]:
    """The last `count` lines that decode and convert (file order), read from the end of the file.

    `convert(data)` returns the item to keep, or raises ValueError with a Dutch reason. Lines
    that fail either step are reported with their line number once the result is known.
    Returns (items, number of decodable lines when the whole file was read, else None).
    """
    from vraaghulp.store import Journal

    journal = Journal(path)
    wanted = count + 8
    while True:
        lines = journal.tail_raw(wanted)
        whole_file = len(lines) < wanted
        kept: list[Any] = []
        problems: list[tuple[bytes, str]] = []
        decoded = 0
        for _none, raw in reversed(lines):
            try:
                data = decode_line(raw)
            except ValueError as exc:
                problems.append((raw, str(exc)))
                continue
            decoded += 1
            if len(kept) < count:
                try:
                    kept.append(convert(data))
                except ValueError as exc:
                    problems.append((raw, str(exc)))
            elif not whole_file:
                break
        if len(kept) >= count or whole_file:
            for raw, reason in problems:
                report(path, _line_number_of(path, raw), reason)
            kept.reverse()
            return kept, (decoded if whole_file else None)
        wanted *= 4


def _usable_row(data: dict[str, Any]) -> dict[str, Any]:
    where = row_problem(data)
    if where is not None:
        raise ValueError(f"dit record klopt niet (veld '{where}' is ongeldig).")
    return data


def select_rows(journal, filters, count: int) -> tuple[list[dict[str, Any]], int | None]:
    """The dicts to show (file order, oldest first) and how many matched in total.

    `journal`: a Journal (or anything with a .path), None for the user's. Without filters
    only the end of the file is read and the total is unknown (None) unless the whole
    file was read.
    """
    from vraaghulp.coach.stats import last_matching, make_matcher

    path = journal_file(journal)
    if not filters.active():
        return tail_kept(path, count, decode, _usable_row)
    kept, total = last_matching(iter_dicts(path), make_matcher(filters), count)
    rows = []
    for number, data in kept:
        where = row_problem(data)
        if where is None:
            rows.append(data)
        else:
            _report_row(path, number, None, where)
    return rows, total


def newest_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Newest first by creation time (aware and naive times compared as UTC); ties keep file order."""
    from datetime import timezone

    from vraaghulp.render.log import created_of

    def key(pair):
        created = created_of(pair[1])
        return (created if created.tzinfo else created.replace(tzinfo=timezone.utc)), pair[0]

    return [data for _index, data in sorted(enumerate(rows), key=key, reverse=True)]


def overview_of(journal, filters):
    """Stream the journal once into a stats.Overview (no pydantic, nothing kept per record).

    `journal`: a Journal (or anything with a .path), None for the user's.
    """
    from vraaghulp.coach.stats import Overview, make_matcher

    journal = journal_file(journal)
    result = Overview()
    add = result.add
    if filters.active():
        matcher = make_matcher(filters)
        for _number, data in iter_dicts(journal):
            if matcher(data):
                add(data)
    else:
        for _number, data in iter_dicts(journal):
            add(data)
    return result


# ----------------------------------------------------------------------------------------
# The two screens (used by the fast path and by the Typer command)
# ----------------------------------------------------------------------------------------
def list_text(filters, count: int, *, journal=None, width: int = 100, color: bool = False,
              today: date | None = None) -> str:
    from vraaghulp.render.log import list_screen
    from vraaghulp.render.plain import render

    rows, total = select_rows(journal, filters, count)
    lines = list_screen(newest_first(rows), total=total, count=count, filtered=filters.active(),
                        width=width, today=today)
    return render(lines, color)


def overview_text(result, filters, *, unit: str | None = None, width: int = 100, color: bool = False,
                  today: date | None = None) -> str:
    from vraaghulp.render.log import overview_screen
    from vraaghulp.render.plain import render

    until = filters.end if filters.end else (today or date.today())
    lines = overview_screen(result, unit=unit, until=until, start=filters.start, end=filters.end,
                            person=filters.person, width=width)
    return render(lines, color)


def _screen(stream) -> tuple[int, bool]:
    from vraaghulp.render.plain import color_wanted, terminal_width

    return terminal_width(stream), color_wanted(stream)


def show_list(filters, count: int, *, stream=None, journal=None, today: date | None = None) -> None:
    stream = stream or sys.stdout
    width, color = _screen(stream)
    text = list_text(filters, count, journal=journal, width=width, color=color, today=today)
    stream.write(text)
    stream.flush()


def show_overview(filters, *, unit: str | None = None, stream=None, journal=None, today: date | None = None):
    """Print the overview; returns the Overview (for SVG/HTML)."""
    stream = stream or sys.stdout
    width, color = _screen(stream)
    result = overview_of(journal, filters)
    stream.write(overview_text(result, filters, unit=unit, width=width, color=color, today=today))
    stream.flush()
    return result


# ----------------------------------------------------------------------------------------
# The fast path: `vraaghulp log [filters]` and `vraaghulp log overzicht [filters]`
# ----------------------------------------------------------------------------------------
_LIST_OPTIONS = {
    "--van": "van", "--tot": "tot", "--persoon": "persoon", "-p": "persoon", "--soort": "soort", "-s": "soort",
    "--status": "status", "--zoek": "zoek", "-z": "zoek", "--aantal": "aantal", "-n": "aantal",
}
_OVERVIEW_OPTIONS = {"--van": "van", "--tot": "tot", "--persoon": "persoon", "-p": "persoon", "--per": "per"}


def parse_args(args: list[str]) -> tuple[str, dict[str, str]] | None:
    """('lijst' | 'overzicht', {option: value}) for what the fast path handles, else None.

    Accepts `--optie waarde`, `--optie=waarde` and `-n20`; the last of a repeated option
    wins (as in click). Anything else is left to the Typer app.
    """
    view = "lijst"
    known = _LIST_OPTIONS
    if args and args[0] == "overzicht":
        view, known, args = "overzicht", _OVERVIEW_OPTIONS, args[1:]
    values: dict[str, str] = {}
    index = 0
    while index < len(args):
        arg = args[index]
        if arg.startswith("--") and "=" in arg:
            name, value = arg.split("=", 1)
        elif arg in known:
            if index + 1 >= len(args) or args[index + 1].startswith("-"):
                return None  # no value, or one that click might read differently
            name, value = arg, args[index + 1]
            index += 1
        elif len(arg) > 2 and arg[0] == "-" and arg[1] != "-" and arg[:2] in known:
            name, value = arg[:2], arg[2:]
        else:
            return None  # --json, --svg, --help, a subcommand, an unknown option or word
        if name not in known:
            return None
        values[known[name]] = value
        index += 1
    if "aantal" in values and not re.fullmatch(r"[0-9]+", values["aantal"]):
        return None
    return view, values


def fast_main(args: list[str]) -> int | None:
    """Handle the plain log views without Typer; None means: let the Typer app handle it."""
    parsed = parse_args(args)
    if parsed is None:
        return None
    view, values = parsed
    stream = sys.stdout
    try:
        filters = build_filters(van=values.get("van"), tot=values.get("tot"), persoon=values.get("persoon"),
                                soort=values.get("soort"), status=values.get("status"), zoek=values.get("zoek"))
        width, color = _screen(stream)
        if view == "lijst":
            count = int(values.get("aantal", DEFAULT_COUNT))
            if count < 1:
                return None
            text = list_text(filters, count, width=width, color=color)
            if filters.search:
                # After the scan (its memory is free again), before anything is printed.
                from vraaghulp.coach.crisis import is_crisis

                if is_crisis(values["zoek"]):
                    return None  # the Typer command shows the help panel (with Rich) first
        else:
            from vraaghulp.commands._common import choice_option

            unit = choice_option(values.get("per"), "--per", ("week", "maand"))
            text = overview_text(overview_of(None, filters), filters, unit=unit, width=width, color=color)
    except KeyboardInterrupt:
        print("\nAfgebroken — niets opgeslagen.", file=sys.stderr)
        return 130
    except Exception:  # noqa: BLE001 - errors, with their Dutch messages, are the Typer app's job
        return None
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        except OSError:
            pass
    finally:
        _report_problems()
    return 0


def _report_problems() -> None:
    store = sys.modules.get("vraaghulp.store")
    if store is None:
        return  # nothing was reported: reporting imports the store
    for problem in store.take_reported():
        print(problem.message(), file=sys.stderr)
