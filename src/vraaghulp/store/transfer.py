"""`vraaghulp data import`: a backup (JSON Lines) or an export put back, record by record.

Every record is validated; ids that are already there are skipped (importing twice does no
harm); the new ones are appended in one atomic rewrite under the lock.
"""

from __future__ import annotations

import json
from pathlib import Path


class ImportResult:
    __slots__ = ("added", "duplicates", "problems")

    def __init__(self, problems: list[str] | None = None) -> None:
        self.added: list[str] = []
        self.duplicates = 0
        self.problems: list[str] = list(problems or [])


def _t(key: str, **params) -> str:
    from vraaghulp.messages import t

    return t(f"data.import.{key}", **params)


IMPORT_LIMIT = 256 * 1024 * 1024  # far above any journal of a person; a file larger is not a backup


def _read_text(path: Path) -> str:
    from vraaghulp.errors import VraaghulpError, os_error_message
    from vraaghulp.store.read import NotRegularFile, TooLarge, read_regular

    if path.is_dir():
        raise VraaghulpError(_t("map", pad=path))
    try:
        return read_regular(path, IMPORT_LIMIT).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise VraaghulpError(_t("geen_utf8", pad=path)) from None
    except NotRegularFile:
        raise VraaghulpError(_t("geen_bestand", pad=path)) from None
    except TooLarge as exc:
        raise VraaghulpError(_t("te_groot", pad=path, grootte=megabytes(exc.size), grens=megabytes(IMPORT_LIMIT))) from None
    except OSError as exc:
        raise VraaghulpError(os_error_message(exc, path)) from exc


def megabytes(size: int) -> str:
    """'3.072 MB': a size in whole megabytes (at least 1), Dutch thousands separator."""
    return f"{max(1, round(size / (1024 * 1024))):,} MB".replace(",", ".")


def _items(path: Path, whole) -> list[tuple[str, object]] | None:
    """The records of a file that is one JSON document, or None when it is not one."""
    from vraaghulp.errors import VraaghulpError

    if isinstance(whole, dict) and "items" in whole:
        version = whole.get("versie", 1)
        if isinstance(version, int) and version > 1:
            raise VraaghulpError(_t("nieuwere_versie", pad=path, versie=version))
        if not isinstance(whole["items"], list):
            raise VraaghulpError(_t("items_geen_lijst", pad=path))
        whole = whole["items"]
    if isinstance(whole, list):
        return [(_t("item", nummer=index), item) for index, item in enumerate(whole, start=1)]
    if isinstance(whole, dict):
        return [(_t("regel", nummer=1), whole)]
    return None


def read_import(path: Path) -> tuple[list[tuple[str, object]], list[str]]:
    """Read a backup (JSON Lines) or an export ({"versie": 1, "items": [...]}).

    Returns ([(where, decoded value)], [problems]). Raises VraaghulpError when the file
    cannot be used at all.
    """
    from vraaghulp.errors import VraaghulpError

    path = path.expanduser()
    text = _read_text(path)
    stripped = text.strip()
    if not stripped:
        raise VraaghulpError(_t("leeg", pad=path))
    whole = None
    if stripped[0] in "[{":
        try:
            whole = json.loads(stripped)
        except (ValueError, RecursionError):
            whole = None
    items = _items(path, whole)
    if items is not None:
        return items, []
    values: list[tuple[str, object]] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            values.append((_t("regel", nummer=number), _line_value(line)))
        except (ValueError, RecursionError):
            problems.append(_t("regel_geen_json", nummer=number))
    if not values and problems:
        raise VraaghulpError(_t("niets_bruikbaar", pad=path))
    return values, problems


def _line_value(line: str):
    """One line of a backup: an encrypted line (a backup of an encrypted journal) is opened
    with this folder's key; a tombstone or version stamps are no record content."""
    raw = line.strip().encode("utf-8")
    if raw.startswith(b'{"enc":'):
        from vraaghulp.store.codec import open_line

        raw = open_line(raw)
    return json.loads(raw)


MAX_ID = 64


def typeable_id(record_id: str) -> bool:
    """An id someone can type after 'vraaghulp log toon': long enough, no spaces, nothing
    invisible (isprintable() is False for controls, format characters such as U+200B or U+202E,
    and separators other than the space), and not starting with '-' (it would read as an option)."""
    from vraaghulp.store.journal import MIN_PREFIX

    return (MIN_PREFIX <= len(record_id) <= MAX_ID and record_id.isprintable() and " " not in record_id
            and not record_id.startswith("-"))


def import_records(path: Path, *, dry_run: bool = False) -> ImportResult:
    """Validate every record in `path` and append the new ones in one atomic step."""
    from vraaghulp.errors import VraaghulpError
    from vraaghulp.invalid import import_reason
    from vraaghulp.models import parse_record, record_dict
    from vraaghulp.store.codec import new_line
    from vraaghulp.store.journal import MIN_PREFIX, Journal
    from vraaghulp.store.read import decode_line

    values, problems = read_import(path)
    result = ImportResult(problems)
    records = []
    for where, value in values:
        if isinstance(value, dict) and value.get("verwijderd") is True:
            continue  # a deleted record's tombstone: nothing to bring back
        try:
            record = parse_record(value)
        except Exception as exc:  # noqa: BLE001 - pydantic, migration or shape errors
            result.problems.append(f"{where}: {import_reason(exc)}.")
            continue
        if typeable_id(record.id):
            records.append(record)
        else:
            result.problems.append(f"{where}: " + _t("id_niet_te_typen", id=json.dumps(record.id), minimum=MIN_PREFIX))
    if not records:
        first = _t("eerste_probleem", probleem=result.problems[0]) if result.problems else ""
        raise VraaghulpError(_t("geen_geldig_record", pad=path, eerste=first))

    def transform(lines: list[bytes]) -> list[bytes]:
        known: set[str] = set()
        for raw in lines:
            try:
                known.add(decode_line(raw)["id"])
            except ValueError:
                continue
        new_lines = []
        for record in records:
            if record.id in known:
                result.duplicates += 1
                continue
            known.add(record.id)
            result.added.append(record.id)
            new_lines.append(new_line(record_dict(record)))
        return lines + new_lines

    journal = Journal()
    if dry_run:
        transform([raw for _number, raw in journal.iter_raw()])
    else:
        journal.rewrite(transform)
    return result
