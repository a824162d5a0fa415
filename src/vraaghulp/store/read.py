"""The journal's read side, light: streaming lines and plain dicts, standard library only.

Every reader of the journal goes through here, the fast views (`vraaghulp.light.logview`)
and the `Journal` alike: one set of rules for which lines count, what a damaged line is
called, and where the file may not be (a symbolic link, a folder).

- `iter_raw(path)`: (line number, raw bytes) for every non-empty line, streaming.
- `iter_dicts(path)`: (line number, dict) for every usable line; damaged ones are reported.
- `tail_raw(path, n)`: the last n lines, read from the end of the file.
- `decode_line(raw)`: one line as a dict, or ValueError with the Dutch reason.
- `open_journal(path)`: the file for reading in binary (None when there is none yet).
- `open_regular(path)` / `read_regular(path, limit)`: a file opened without ever waiting on
  a FIFO; anything but a regular file (a pipe, a device) is refused, input files are capped.

Damaged lines become a `Problem`, collected with `report()` and printed once at exit by
the CLI (`take_reported()`). No `typing`, `dataclasses` or pydantic: the log views import
this on every run over a large journal.
"""

from __future__ import annotations

import json
import os
import stat

from vraaghulp.errors import StoreError, os_error_message
from vraaghulp.schema import KINDS, SCHEMA_VERSION

_BLOCK = 64 * 1024
_DECODE = json.JSONDecoder().decode
_ENCRYPTED = b'{"enc":'  # = vault.detect.ENC_PREFIX: an encrypted line (store.codec opens it)
DELETED = "verwijderd"  # a tombstone: a deleted record's identity, skipped by every reader


def _no_opener(raw: bytes) -> bytes:
    raise ValueError("encrypted line")


# How an encrypted line is opened: set by `store.codec` (loaded with the `store` package).
_opener = [_no_opener]


def use_opener(opener) -> None:
    _opener[0] = opener


class Problem:
    """A line that could not be used. The line itself stays in the file."""

    __slots__ = ("path", "line", "reason")

    def __init__(self, path, line: int | None, reason: str) -> None:
        self.path, self.line, self.reason = path, line, reason

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and (self.path, self.line, self.reason) == (other.path, other.line, other.reason)

    def __hash__(self) -> int:
        return hash((str(self.path), self.line, self.reason))

    def message(self) -> str:
        from vraaghulp.messages import t

        where = t("opslag.regel", pad=self.path, regel=self.line) if self.line else str(self.path)
        return t("opslag.probleem", waar=where, reden=self.reason)


# Problems met during this process, reported once at exit by the CLI.
_reported: dict[tuple[str, int | None, str], Problem] = {}


def report(problem: Problem) -> None:
    _reported.setdefault((str(problem.path), problem.line, problem.reason), problem)


def take_reported() -> list[Problem]:
    problems = list(_reported.values())
    _reported.clear()
    return problems


def report_line(path, number: int | None, reason: str) -> None:
    report(Problem(path, number, reason))


# ----------------------------------------------------------------------------------------
# One line
# ----------------------------------------------------------------------------------------
def decode_line(raw: bytes) -> dict:
    """Decode one stored line into a dict, or raise ValueError with a Dutch reason.

    The cheap path: JSON only, plus the checks every reader needs (an object, a known
    kind, an id, a version this program can read). Full validation is `models.parse_record`.
    The usual line (an object of a known kind with an id, a version it knows) passes the
    first test without a second look. An encrypted line is opened first (`store.codec`).
    A tombstone decodes too: readers skip dicts with DELETED.
    """
    if raw.startswith(_ENCRYPTED):
        raw = _opener[0](raw)
    try:
        data = _DECODE(raw.decode("utf-8"))  # json.loads without its encoding detection
    except (ValueError, RecursionError):  # also UnicodeDecodeError; RecursionError: nesting too deep
        data = None
    if type(data) is dict and data.get("soort") in KINDS:
        version = data.get("v", 1)
        record_id = data.get("id")
        if (type(version) is not int or version <= SCHEMA_VERSION) and type(record_id) is str and record_id:
            return data
    return _checked(raw)


def _checked(raw: bytes) -> dict:
    from vraaghulp.messages import t

    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):  # RecursionError: nested too deeply to be a record
        raise ValueError(t("opslag.geen_json")) from None
    if not isinstance(data, dict):
        raise ValueError(t("opslag.geen_record"))
    kind = data.get("soort")
    if kind not in KINDS:
        text = repr(kind)
        raise ValueError(t("opslag.onbekende_soort", soort=text if len(text) <= 40 else text[:37] + "..."))
    version = data.get("v", 1)
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise ValueError(t("opslag.nieuwere_versie", versie=version))
    if not isinstance(data.get("id"), str) or not data["id"]:
        raise ValueError(t("opslag.geen_id"))
    return data


# ----------------------------------------------------------------------------------------
# The file
# ----------------------------------------------------------------------------------------
def check_target(path) -> None:
    """A symbolic link, a folder or another non-regular file (a FIFO, a device) where the
    journal belongs: a Dutch StoreError."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return  # not made yet
    except OSError as exc:  # a file in place of a folder on the way, a loop of links: say so
        raise StoreError(os_error_message(exc, path)) from exc
    if stat.S_ISREG(mode):
        return
    from vraaghulp.messages import t

    key = "opslag.koppeling" if stat.S_ISLNK(mode) else "opslag.map_ipv_logboek" if stat.S_ISDIR(mode) else "opslag.geen_gewoon_bestand"
    raise StoreError(t(key, pad=path))


class NotRegularFile(OSError):
    """The path is a FIFO, a device or a folder, not a regular file."""


class TooLarge(OSError):
    """The file is larger than the reader takes; `size` is its size in bytes."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def open_regular(path):
    """The file opened for reading (binary), never waiting on a FIFO; NotRegularFile for
    anything but a regular file. FileNotFoundError and other OSErrors as usual."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFile(path)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path, limit: int) -> bytes:
    """A whole regular file of at most `limit` bytes (TooLarge otherwise, also when it grows)."""
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise TooLarge(size)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(len(data))
    return data


def open_journal(path):
    """The journal opened for binary reading, or None when it does not exist yet (Dutch errors)."""
    check_target(path)
    try:
        return open_regular(path)
    except FileNotFoundError:
        return None
    except NotRegularFile:
        from vraaghulp.messages import t

        raise StoreError(t("opslag.geen_gewoon_bestand", pad=path)) from None
    except OSError as exc:
        raise StoreError(os_error_message(exc, path)) from exc


def iter_raw(path):
    """(line number, raw line) for every non-empty line, streaming."""
    handle = open_journal(path)
    if handle is None:
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            raw = raw.rstrip(b"\r\n")
            if raw.strip():
                yield number, raw


def iter_dicts(path):
    """(line number, dict) for every usable line; damaged lines are reported."""
    for number, raw in iter_raw(path):
        try:
            data = decode_line(raw)
        except ValueError as exc:
            report(Problem(path, number, str(exc)))
            continue
        if DELETED not in data:
            yield number, data


def tail_raw(path, count: int) -> list[tuple[int | None, bytes]]:
    """The last `count` non-empty lines, oldest first, read from the end of the file.

    Line numbers are not worked out here (they are None): only a problem report needs
    one, and finding it means reading the file from the start (`line_number_of`).
    """
    handle = open_journal(path)
    if handle is None:
        return []
    with handle:
        handle.seek(0, os.SEEK_END)
        position = handle.tell()
        pending: list[bytes] = []  # blocks of the line being read backwards, newest block first
        found: list[bytes] = []
        while position > 0 and len(found) < count:
            step = min(_BLOCK, position)
            position -= step
            handle.seek(position)
            block = handle.read(step)
            if b"\n" not in block:  # inside one long line: keep the block, join once (linear)
                pending.append(block)
                continue
            parts = block.split(b"\n")
            complete = parts[1:-1] + [parts[-1] + b"".join(reversed(pending))]
            pending = [parts[0]]  # may be incomplete: its start is in an earlier block
            found = [p.rstrip(b"\r") for p in complete if p.strip()] + found
        first = b"".join(reversed(pending))
        if position == 0 and first.strip():
            found = [first.rstrip(b"\r")] + found
        return [(None, raw) for raw in found[-count:]] if count > 0 else []


def tail_kept(path, count: int, convert) -> tuple[list, int | None]:
    """The last `count` lines that decode and convert (file order), read from the end of the file.

    `convert(data)` returns the item to keep, or raises ValueError with a Dutch reason. Lines
    that fail either step are reported with their line number once the result is known.
    Returns (items, number of decodable lines when the whole file was read, else None).
    """
    wanted = count + 8
    while True:
        lines = tail_raw(path, wanted)
        whole_file = len(lines) < wanted
        kept: list = []
        problems: list[tuple[bytes, str]] = []
        decoded = 0
        for _none, raw in reversed(lines):
            try:
                data = decode_line(raw)
            except ValueError as exc:
                problems.append((raw, str(exc)))
                continue
            if DELETED in data:
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
                report_line(path, line_number_of(path, raw), reason)
            kept.reverse()
            return kept, (decoded if whole_file else None)
        wanted *= 4


def line_number_of(path, raw: bytes) -> int | None:
    for number, line in iter_raw(path):
        if line == raw:
            return number
    return None


def count_lines(path) -> int:
    try:
        with open(path, "rb") as handle:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    except OSError:
        return 0
