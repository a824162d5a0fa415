"""The journal on disk: one JSON Lines file, appended under a lock, rewritten atomically.

Guarantees:
- An append is one write of one full line, fsynced before it reports success. If the file
  does not end in a newline (a torn line from a crash), the append starts on a new line,
  so the torn line stays as it is: reported, never glued to new data and never deleted.
- A rewrite (update or delete of one record) works on raw lines: every other line,
  including lines that do not parse, is written back byte for byte. It goes through a
  temporary file in the same directory, fsync, then an atomic replace.
- Appends and rewrites hold an exclusive cross-platform file lock; `update` looks the
  record up again inside the lock, so every read-modify-write sees the current version.
- A damaged line never stops the rest from loading; it becomes a Problem naming the
  file and line (`store.read`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from vraaghulp.errors import StoreError, VraaghulpError, os_error_message
from vraaghulp.paths import ensure_private_dir, journal_path
from vraaghulp.store import read
from vraaghulp.store.files import same_file, tighten, write_all, write_private_file
from vraaghulp.store.places import private_dir

ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
ID_LENGTH = 8
MIN_PREFIX = 4
LOCK_TIMEOUT = 15.0
ENCRYPTED = b'{"enc":'  # an encrypted line: the id is inside, a byte search cannot see it


def new_id() -> str:
    """A random id from the operating system's random source (os.urandom, as `secrets` uses;
    `secrets` itself loads hashlib/OpenSSL, which adding a record does not need)."""
    usable = 256 - 256 % len(ID_ALPHABET)  # bytes above this would make some letters likelier
    letters: list[str] = []
    while len(letters) < ID_LENGTH:
        letters += [ID_ALPHABET[b % len(ID_ALPHABET)] for b in os.urandom(2 * ID_LENGTH) if b < usable]
    return "".join(letters[:ID_LENGTH])


def _t(key: str, **params) -> str:
    from vraaghulp.messages import t

    return t(f"opslag.{key}", **params)


class Journal:
    """The append-only journal file with locked, atomic updates."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else journal_path()
        self.lock_path = private_dir(self.path.parent) / (self.path.name + ".lock")

    def check_target(self) -> None:
        read.check_target(self.path)

    def exists(self) -> bool:
        return self.path.is_file()

    def lock(self):
        """An exclusive lock on the journal (`store.locking`: flock on POSIX, else filelock)."""
        from vraaghulp.store.locking import exclusive

        ensure_private_dir(self.path.parent)
        ensure_private_dir(self.lock_path.parent)
        return exclusive(self.lock_path, LOCK_TIMEOUT)

    # ----- writing -------------------------------------------------------------------
    def append(self, record) -> None:
        """Append one record (a pydantic model) as one line, stamped by this device (and
        encrypted when the folder is: `store.codec`); durable on return."""
        from vraaghulp.models import record_dict
        from vraaghulp.store.codec import new_line

        self.append_lines([new_line(record_dict(record))])

    def append_lines(self, lines: list[bytes], *, retries: int = 3) -> None:
        """Append raw, already validated JSON lines in one write (again, at most `retries`
        times, when the file was replaced while writing: `store.files.same_file`)."""
        payload = b"".join(line + b"\n" for line in lines)
        with self.lock():
            self.check_target()
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o600)
            except OSError as exc:
                raise StoreError(os_error_message(exc, self.path)) from exc
            size = None
            try:
                tighten(fd)
                size = os.fstat(fd).st_size
                if size > 0:
                    os.lseek(fd, size - 1, os.SEEK_SET)
                    if os.read(fd, 1) != b"\n":
                        payload = b"\n" + payload
                write_all(fd, payload)
                os.fsync(fd)
                moved = not _still_there(fd, self.path)
            except OSError as exc:
                _truncate_back(fd, size)
                raise StoreError(os_error_message(exc, self.path)) from exc
            finally:
                os.close(fd)
        if moved and retries > 0:  # a sync tool put a new version at the path while we wrote
            self.append_lines(lines, retries=retries - 1)  # a duplicate merges as one record

    def rewrite(self, transform) -> None:
        """Replace the file's lines with transform(lines), atomically, under the lock."""
        with self.lock():
            self.check_target()
            new_lines = transform(self._raw_lines())
            ensure_private_dir(self.path.parent)
            write_private_file(self.path, b"".join(line + b"\n" for line in new_lines))

    def _raw_lines(self) -> list[bytes]:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise StoreError(os_error_message(exc, self.path)) from exc
        lines = data.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        return lines

    def update(self, record_id: str, change, *, settle: tuple | None = None):
        """Apply change(current record) to the record with this id and store the result.

        `change` returns the new record, or None to delete it (a tombstone takes its line).
        Returns what it returned. The record is looked up again inside the lock, so a
        concurrent writer is respected. `settle=(field, value)` first settles a clash
        between devices on that field with that value (`sync.versions.resolve_clash`).
        """
        from vraaghulp.invalid import short_reason
        from vraaghulp.models import parse_record, record_dict
        from vraaghulp.store import codec

        result = {}

        def transform(lines: list[bytes]) -> list[bytes]:
            needle = record_id.encode("utf-8")
            quick = not _escaped_in_json(record_id)  # else the stored id holds \u escapes
            found = []  # every line of this id: two after a journal was copied between devices
            for index, raw in enumerate(lines):
                if quick and needle not in raw and not raw.startswith(ENCRYPTED):
                    continue
                try:
                    data = read.decode_line(raw)
                except ValueError:
                    continue
                if data.get("id") == record_id and read.DELETED not in data:
                    found.append((index, data))
            if not found:
                raise StoreError(_t("geen_record_id", id=record_id))
            index, data = found[-1]  # the newest version is changed; deleting removes every version
            if settle is not None:
                data = codec.settled(data, *settle)
            try:
                current = parse_record(data)
            except Exception as exc:  # noqa: BLE001 - pydantic or migration errors
                raise StoreError(_t("beschadigd_niet_aangepast", pad=self.path, regel=index + 1,
                                    reden=short_reason(exc))) from exc
            new = change(current)
            result["value"] = new
            base = codec.normalised(data, record_dict(current))
            line = codec.deleted_line(base) if new is None else codec.changed_line(base, record_dict(new))
            older = {i for i, _data in found[:-1]} if new is None else set()
            return [line if i == index else raw for i, raw in enumerate(lines) if i not in older]

        self.rewrite(transform)
        return result.get("value")

    # ----- reading -------------------------------------------------------------------
    def iter_raw(self):
        """(line number, raw line) for every non-empty line, streaming."""
        return read.iter_raw(self.path)

    def iter_dicts(self):
        """(line number, decoded dict) for usable lines; the others are reported."""
        return read.iter_dicts(self.path)

    def tail_raw(self, count: int) -> list[tuple[int | None, bytes]]:
        return read.tail_raw(self.path, count)

    def count_lines(self) -> int:
        return read.count_lines(self.path)

    def validated(self, number: int | None, data: dict):
        """A validated record, or None after reporting the problem (with its line number)."""
        from vraaghulp.invalid import short_reason
        from vraaghulp.models import parse_record

        try:
            return parse_record(data)
        except Exception as exc:  # noqa: BLE001 - pydantic or migration errors
            read.report_line(self.path, number, _t("klopt_niet", reden=short_reason(exc)))
            return None

    def iter_records(self):
        """Validated records; invalid ones are reported and skipped."""
        for number, data in self.iter_dicts():
            record = self.validated(number, data)
            if record is not None:
                yield record

    def records(self) -> list:
        return list(self.iter_records())

    def find(self, prefix: str):
        """The record whose id is `prefix` or starts with it (at least 4 characters); of a
        record with more than one version (lines with one id), the newest."""
        return self.find_stored(prefix)[0]

    def find_stored(self, prefix: str):
        """(record, the stored dict with its version stamps) for `find`."""
        from vraaghulp.invalid import short_reason
        from vraaghulp.models import parse_record

        number, data = self._matches(prefix)[-1]
        try:
            return parse_record(data), data
        except Exception as exc:  # noqa: BLE001
            raise StoreError(_t("beschadigd", pad=self.path, regel=number, reden=short_reason(exc))) from exc

    def versions(self, prefix: str) -> list:
        """Every version of the record `find` finds, oldest first; damaged versions are reported."""
        found = [self.validated(number, data) for number, data in self._matches(prefix)]
        if not any(found):
            return [self.find(prefix)]  # says why the only version cannot be used
        return [record for record in found if record is not None]

    def _matches(self, prefix: str) -> list[tuple[int, dict]]:
        """(line number, dict) of the lines of the one id that `prefix` names, in file order."""
        prefix = prefix.strip().lower()
        if len(prefix) < MIN_PREFIX:
            raise VraaghulpError(_t("id_te_kort", minimum=MIN_PREFIX))
        matches: list[tuple[int, dict]] = []
        needle = prefix.encode("utf-8")
        quick = prefix.isascii() and not _escaped_in_json(prefix)  # bytes.lower() is ASCII-only
        for number, raw in self.iter_raw():
            if quick and needle not in raw.lower() and not raw.startswith(ENCRYPTED):
                continue
            try:
                data = read.decode_line(raw)
            except ValueError:
                continue
            if read.DELETED in data:
                continue
            if str(data.get("id", "")).lower().startswith(prefix):
                matches.append((number, data))
        exact = [m for m in matches if str(m[1]["id"]).lower() == prefix]
        if exact:
            matches = exact
        if not matches:
            raise VraaghulpError(_t("geen_record_met", id=prefix))
        ids = list(dict.fromkeys(str(m[1]["id"]) for m in matches))
        if len(ids) > 1:
            raise VraaghulpError(_t("meer_dan_een", id=prefix, ids=", ".join(ids[:5])))
        return matches


def _escaped_in_json(text: str) -> bool:
    """True when JSON writes this text with escapes (quotes, backslashes, control characters),
    so a plain byte search for it in a stored line would miss."""
    return json.dumps(text, ensure_ascii=False)[1:-1] != text


def _still_there(fd: int, path: Path) -> bool:
    return same_file(fd, path)


def _truncate_back(fd: int, size: int | None) -> None:
    """After a failed append, cut off what was partly written (keeps old bytes)."""
    if size is None:
        return
    try:
        os.ftruncate(fd, size)
    except OSError:
        pass
