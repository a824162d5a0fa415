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

import os
from pathlib import Path

from vraaghulp.errors import StoreError, VraaghulpError, os_error_message
from vraaghulp.paths import ensure_private_dir, journal_path
from vraaghulp.store import read
from vraaghulp.store.files import atomic_file, note_saved, remove_leftovers, same_file, tighten, write_all
from vraaghulp.store.needles import MIN_PREFIX, checked_prefix, folded_needle, id_needle  # noqa: F401 - MIN_PREFIX is read from here too
from vraaghulp.store.places import private_dir

ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
ID_LENGTH = 8
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
        note_saved(record.id)

    def append_lines(self, lines: list[bytes], *, retries: int = 3) -> None:
        """Append raw, already validated JSON lines in one write (again, at most `retries`
        times, when the file was replaced while writing: `store.files.same_file`)."""
        payload = b"".join(line + b"\n" for line in lines)
        with self.lock():
            self.check_target()
            remove_leftovers(self.path.parent, self.path.name)  # what a killed rewrite left
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
                moved = not same_file(fd, self.path)
            except OSError as exc:
                _truncate_back(fd, size)
                raise StoreError(os_error_message(exc, self.path)) from exc
            finally:
                os.close(fd)
        if moved and retries > 0:  # a sync tool put a new version at the path while we wrote
            self.append_lines(lines, retries=retries - 1)  # a duplicate merges as one record

    def rewrite(self, transform) -> None:
        """Replace the file's lines with transform(lines), atomically, under the lock.

        Holds every line in memory: for whole-file changes (import). One record: `update`."""
        with self.lock():
            self.check_target()
            new_lines = transform(self._raw_lines())
            with self._replacement() as out:
                out.writelines(line + b"\n" for line in new_lines)

    def _replacement(self):
        """The atomic writer for the journal (call under the lock); cleans what a killed rewrite left."""
        remove_leftovers(self.path.parent, self.path.name)
        ensure_private_dir(self.path.parent)
        return atomic_file(self.path)

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

        `change` returns the new record, or None to delete it (a tombstone takes its line); it
        may raise to change nothing. Returns what it returned. The record is looked up again
        inside the lock, so a concurrent writer is respected. `settle=(field, value)` first
        settles a clash between devices on that field with that value
        (`sync.versions.resolve_clash`). The file is streamed: read in blocks, written to a
        temporary file, fsynced, replaced; memory stays flat however long the journal is.
        """
        try:
            found = self._rewrite_one(lambda data: data.get("id") == record_id, id_needle(record_id), change,
                                      settle=settle)
        except _Versions:
            return self._update_versions(record_id, change, settle)
        if found is None:
            raise StoreError(_t("geen_record_id", id=record_id))
        return found[1]

    def _update_versions(self, record_id: str, change, settle: tuple | None):
        """`update` when the id stands on several lines (a journal copied between devices):
        the newest version is changed; deleting leaves one tombstone for all of them. In memory."""
        from vraaghulp.models import record_dict
        from vraaghulp.store import codec

        result = {}

        def transform(lines: list[bytes]) -> list[bytes]:
            found = []
            for index, raw in enumerate(lines):
                try:
                    data = read.decode_line(raw)
                except ValueError:
                    continue
                if data.get("id") == record_id and read.DELETED not in data:
                    found.append((index, raw, data))
            if not found:
                raise StoreError(_t("geen_record_id", id=record_id))
            index, raw, data = found[-1]
            if settle is not None:
                data = codec.settled(data, *settle)
            current = self._parsed(raw, data, "beschadigd_niet_aangepast")
            result["value"] = new = change(current)
            base = codec.normalised(data, record_dict(current))
            line = codec.deleted_line(base) if new is None else codec.changed_line(base, record_dict(new))
            older = {i for i, _raw, _data in found[:-1]} if new is None else set()
            return [line if i == index else raw for i, raw in enumerate(lines) if i not in older]

        self.rewrite(transform)
        note_saved(record_id)
        return result.get("value")

    def update_prefix(self, prefix: str, change):
        """`update` for the record whose id is `prefix` or starts with it, found in the same pass.

        Returns (the record as it was, what change returned). Errors as `find`."""
        prefix = checked_prefix(prefix)
        try:
            found = self._rewrite_one(lambda data: str(data.get("id", "")).lower().startswith(prefix),
                                      folded_needle(prefix), change, unique=True)
        except _Ambiguous:
            record = self.find(prefix)  # the exact id, or the message naming the candidates
            return record, self.update(record.id, change)
        if found is None:
            raise VraaghulpError(_t("geen_record_met", id=prefix))
        return found

    def update_plain(self, prefix: str, line_of):
        """`update_prefix` on the stored dict in a plain folder (no line a byte search misses), without
        the model: `line_of(data)` gives (a value, the new line), or raises `NotPlain` (nothing written).
        The value, or None when `update_prefix` must do it (not found, several ids or versions, `NotPlain`)."""
        prefix = checked_prefix(prefix)
        try:
            return self._stream_one(lambda data: str(data.get("id", "")).lower().startswith(prefix),
                                    folded_needle(prefix), lambda _raw, data: line_of(data), unique=True,
                                    line_start=None)
        except (_Ambiguous, NotPlain):
            return None

    def _rewrite_one(self, wanted, needle, change, *, unique: bool = False, settle: tuple | None = None):
        """Stream the journal through the atomic writer, changing the first line `wanted(dict)`
        accepts; (record before, change's result), or None (nothing written) when none did."""
        from vraaghulp.models import record_dict
        from vraaghulp.store import codec

        def line_of(raw: bytes, data: dict):
            if settle is not None:
                data = codec.settled(data, *settle)
            current = self._parsed(raw, data, "beschadigd_niet_aangepast")
            new = change(current)
            base = codec.normalised(data, record_dict(current))
            return (current, new), codec.deleted_line(base) if new is None else codec.changed_line(base, record_dict(new))

        return self._stream_one(wanted, needle, line_of, unique=unique)

    def _stream_one(self, wanted, needle, line_of, *, unique: bool, line_start: bytes | None = ENCRYPTED):
        """The streaming rewrite itself: the one live line `wanted(dict)` accepts becomes the line
        `line_of(raw, dict)` gives with its value; returns that value, or None (nothing written)."""
        from vraaghulp.store import scan

        found = []

        def edit(raw: bytes):
            try:
                data = read.decode_line(raw)
            except ValueError:
                return raw
            if read.DELETED in data or not wanted(data):
                return raw
            if found:  # a second line: another id with this prefix, or a second version of this id
                raise _Ambiguous if unique else _Versions
            value, line = line_of(raw, data)
            found.append((value, str(data.get("id"))))
            return line

        with self.lock():
            self.check_target()
            if not self.path.exists():
                return None
            try:
                with self._replacement() as out, open(self.path, "rb") as source:
                    scan.copy_replacing(source, out, needle, edit, line_start)
                    if not found:
                        raise _NothingFound
            except _NothingFound:
                return None
            except OSError as exc:
                raise StoreError(os_error_message(exc, self.path)) from exc
        note_saved(found[0][1])
        return found[0][0]

    def _parsed(self, raw: bytes, data: dict, key: str):
        """The validated record of a stored line, or a StoreError naming its line number."""
        from vraaghulp.invalid import short_reason
        from vraaghulp.models import parse_record

        try:
            return parse_record(data)
        except Exception as exc:  # noqa: BLE001 - pydantic or migration errors
            number = read.line_number_of(self.path, raw.rstrip(b"\r"))
            raise StoreError(_t(key, pad=self.path, regel=number, reden=short_reason(exc))) from exc

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
        """(record, the stored dict with its version stamps) for `find`; of a record with more
        than one version (lines with one id), the newest."""
        return self._stored_version(self._matches(prefix)[-1])

    def _stored_version(self, match):
        """(record, stored dict) of one (raw line, dict) match; a damaged line names its number."""
        raw, data = match
        return self._parsed(raw, data, "beschadigd"), data

    def versions(self, prefix: str) -> list:
        """Every version of the record `find` finds (lines with one id after a journal was
        copied between devices), oldest first; damaged versions are reported and left out."""
        from vraaghulp.invalid import short_reason
        from vraaghulp.models import parse_record

        found = []
        for raw, data in self._matches(prefix):
            try:
                found.append(parse_record(data))
            except Exception as exc:  # noqa: BLE001 - pydantic or migration errors
                number = read.line_number_of(self.path, raw.rstrip(b"\r"))
                read.report_line(self.path, number, _t("klopt_niet", reden=short_reason(exc)))
        return found or [self.find(prefix)]  # `find` says why the only version cannot be used

    def _matches(self, prefix: str) -> list[tuple[bytes, dict]]:
        """(raw line, dict) of the live lines of the one id that `prefix` names, in file order."""
        from vraaghulp.store import scan

        prefix = checked_prefix(prefix)
        matches: list[tuple[bytes, dict]] = []
        source = read.open_journal(self.path)
        if source is not None:
            with source:
                for raw in scan.matching_lines(source, folded_needle(prefix), ENCRYPTED):
                    try:
                        data = read.decode_line(raw)
                    except ValueError:
                        continue
                    if read.DELETED in data:
                        continue
                    if str(data.get("id", "")).lower().startswith(prefix):
                        matches.append((raw, data))
        exact = [m for m in matches if str(m[1]["id"]).lower() == prefix]
        if exact:
            matches = exact
        if not matches:
            raise VraaghulpError(_t("geen_record_met", id=prefix))
        ids = list(dict.fromkeys(str(m[1]["id"]) for m in matches))
        if len(ids) > 1:
            raise VraaghulpError(_t("meer_dan_een", id=prefix, ids=", ".join(ids[:5])))
        return matches


class NotPlain(Exception):
    """Raised by an `update_plain` caller: this record needs the model; nothing is written."""


class _Ambiguous(Exception):
    """More than one id starts with the prefix: the rewrite stops, nothing is written."""


class _Versions(Exception):
    """The id stands on more than one line (versions): the streaming rewrite stops, nothing is
    written, and `update` changes the newest version in memory instead (a rare case)."""


class _NothingFound(Exception):
    """No line matched: the rewrite stops, nothing is written."""


def _truncate_back(fd: int, size: int | None) -> None:
    """After a failed append, cut off what was partly written (keeps old bytes)."""
    if size is None:
        return
    try:
        os.ftruncate(fd, size)
    except OSError:
        pass
