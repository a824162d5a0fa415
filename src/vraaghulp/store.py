"""The journal on disk: one JSON Lines file, appended under a lock, rewritten atomically.

Guarantees:
- An append is one write of one full line, fsynced before it reports success. If the file
  does not end in a newline (a torn line from a crash), the append starts on a new line,
  so the torn line stays as it is: reported, never glued to new data and never deleted.
- A rewrite (update or delete of one record) works on raw lines: every other line,
  including lines that do not parse, is written back byte for byte. It goes through a
  temporary file in the same directory, fsync, then an atomic replace.
- Appends and rewrites hold an exclusive cross-platform file lock.
- A damaged line never stops the rest from loading; it becomes a Problem naming the
  file and line.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vraaghulp.errors import StoreError, VraaghulpError, os_error_message
from vraaghulp.paths import ensure_private_dir, journal_path

ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
ID_LENGTH = 8
MIN_PREFIX = 4
LOCK_TIMEOUT = 15.0
_BLOCK = 64 * 1024


def new_id() -> str:
    import secrets  # lazily: it loads hashlib/OpenSSL, which the light log views avoid

    return "".join(secrets.choice(ID_ALPHABET) for _ in range(ID_LENGTH))


@dataclass(frozen=True)
class Problem:
    """A line that could not be used. The line itself stays in the file."""

    path: Path
    line: int | None
    reason: str

    def message(self) -> str:
        where = f"{self.path}, regel {self.line}" if self.line else str(self.path)
        return (
            f"Let op: {where}: {self.reason} Die regel blijft onaangeroerd in het bestand "
            "staan en wordt overgeslagen; de rest is gewoon geladen."
        )


# Problems met during this process, reported once at exit by the CLI runner.
_reported: dict[tuple[str, int | None, str], Problem] = {}


def report(problem: Problem) -> None:
    _reported.setdefault((str(problem.path), problem.line, problem.reason), problem)


def take_reported() -> list[Problem]:
    problems = list(_reported.values())
    _reported.clear()
    return problems


from vraaghulp.schema import KINDS as KNOWN_KINDS  # noqa: E402


def decode_line(raw: bytes) -> dict[str, Any]:
    """Decode one stored line into a dict, or raise ValueError with a Dutch reason.

    This is the cheap path: JSON only, plus the checks that every reader needs (an object,
    a known kind, a version this program can read). Full validation is `models.parse_record`.
    """
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, ValueError):
        raise ValueError("deze regel is geen geldige JSON (misschien half geschreven of met de hand aangepast).") from None
    if not isinstance(data, dict):
        raise ValueError("deze regel is geen record (verwacht een JSON-object).")
    kind = data.get("soort")
    if kind not in KNOWN_KINDS:
        raise ValueError(f"onbekende soort record ({_short(kind)}).")
    from vraaghulp.schema import SCHEMA_VERSION

    version = data.get("v", 1)
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise ValueError(
            f"dit record komt uit een nieuwere versie van vraaghulp (schema {version}); "
            "werk vraaghulp bij om het te kunnen lezen."
        )
    if not isinstance(data.get("id"), str) or not data["id"]:
        raise ValueError("dit record heeft geen id.")
    return data


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class Journal:
    """The append-only journal file with locked, atomic updates."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else journal_path()
        self.lock_path = self.path.with_name(self.path.name + ".lock")

    # ----- safety checks -------------------------------------------------------------
    def check_target(self) -> None:
        if self.path.is_symlink():
            raise StoreError(
                f"{self.path} is een symbolische koppeling naar een andere plek. vraaghulp volgt "
                "die niet, om je gegevens niet per ongeluk ergens anders te schrijven. Vervang de "
                "koppeling door het echte bestand, of wijs de map aan met VRAAGHULP_HOME."
            )
        if self.path.is_dir():
            raise StoreError(
                f"Op {self.path} staat een map, maar daar hoort je logboekbestand. Hernoem of "
                "verplaats die map; er is niets gewist."
            )

    def exists(self) -> bool:
        return self.path.is_file()

    # ----- locking -------------------------------------------------------------------
    def lock(self):
        """An exclusive lock on the journal (cross-platform, via filelock)."""
        from filelock import FileLock, Timeout

        ensure_private_dir(self.path.parent)
        lock = FileLock(str(self.lock_path), timeout=LOCK_TIMEOUT, mode=0o600)

        class _Guard:
            def __enter__(self_inner):
                try:
                    lock.acquire()
                except Timeout:
                    raise StoreError(
                        "Het logboek is al even bezet door een ander vraaghulp-venster. Rond dat "
                        "eerst af en probeer het dan opnieuw; er is niets opgeslagen."
                    ) from None
                except OSError as exc:
                    raise StoreError(os_error_message(exc, self.lock_path)) from exc
                return self_inner

            def __exit__(self_inner, *exc_info):
                lock.release()
                return False

        return _Guard()

    # ----- writing -------------------------------------------------------------------
    def append(self, record) -> None:
        """Append one record (a pydantic model) as one line; durable on return."""
        from vraaghulp.models import dump_record

        line = dump_record(record).encode("utf-8")
        self.append_lines([line])

    def append_lines(self, lines: list[bytes]) -> None:
        """Append raw, already validated JSON lines in one write."""
        payload = b"".join(line + b"\n" for line in lines)
        with self.lock():
            self.check_target()
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o600)
            except OSError as exc:
                raise StoreError(os_error_message(exc, self.path)) from exc
            try:
                _tighten(fd, self.path)
                size = os.fstat(fd).st_size
                if size > 0:
                    os.lseek(fd, size - 1, os.SEEK_SET)
                    if os.read(fd, 1) != b"\n":
                        payload = b"\n" + payload
                _write_all(fd, payload)
                os.fsync(fd)
            except OSError as exc:
                _truncate_back(fd, size if "size" in locals() else None)
                raise StoreError(os_error_message(exc, self.path)) from exc
            finally:
                os.close(fd)

    def rewrite(self, transform: Callable[[list[bytes]], list[bytes]]) -> None:
        """Replace the file's lines with transform(lines), atomically, under the lock."""
        with self.lock():
            self.check_target()
            lines = self._raw_lines()
            new_lines = transform(lines)
            self._replace_with(new_lines)

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

    def _replace_with(self, lines: list[bytes]) -> None:
        ensure_private_dir(self.path.parent)
        write_private_file(self.path, b"".join(line + b"\n" for line in lines))

    def update(self, record_id: str, change: Callable[[Any], Any]) -> Any:
        """Apply change(record) to the record with this id and store the result.

        `change` returns the new record, or None to delete it. Returns what it returned.
        The record is looked up again inside the lock, so a concurrent writer is respected.
        """
        from vraaghulp.models import dump_record, parse_record

        result: dict[str, Any] = {}

        def transform(lines: list[bytes]) -> list[bytes]:
            needle = record_id.encode("utf-8")
            quick = not _escaped_in_json(record_id)  # else the stored id holds \u escapes
            for index, raw in enumerate(lines):
                if quick and needle not in raw:
                    continue
                try:
                    data = decode_line(raw)
                except ValueError:
                    continue
                if data.get("id") != record_id:
                    continue
                try:
                    current = parse_record(data)
                except Exception as exc:  # noqa: BLE001 - pydantic or migration errors
                    raise StoreError(
                        f"{self.path}, regel {index + 1}: dit record is beschadigd en kan niet "
                        f"worden aangepast ({_first_error(exc)}). Er is niets veranderd."
                    ) from exc
                new = change(current)
                result["value"] = new
                if new is None:
                    return lines[:index] + lines[index + 1 :]
                return lines[:index] + [dump_record(new).encode("utf-8")] + lines[index + 1 :]
            raise StoreError(f"Er is geen record met id {record_id}. Zie 'vraaghulp log' voor de ids.")

        self.rewrite(transform)
        return result.get("value")

    # ----- reading -------------------------------------------------------------------
    def iter_raw(self) -> Iterator[tuple[int, bytes]]:
        """Yield (line number, raw line) for every non-empty line, streaming."""
        self.check_target()
        try:
            handle = open(self.path, "rb")
        except FileNotFoundError:
            return
        except OSError as exc:
            raise StoreError(os_error_message(exc, self.path)) from exc
        with handle:
            for number, raw in enumerate(handle, start=1):
                raw = raw.rstrip(b"\r\n")
                if raw.strip():
                    yield number, raw

    def iter_dicts(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """Yield (line number, decoded dict) for usable lines; report the others."""
        for number, raw in self.iter_raw():
            try:
                yield number, decode_line(raw)
            except ValueError as exc:
                report(Problem(self.path, number, str(exc)))

    def iter_records(self) -> Iterator[Any]:
        """Yield validated records; invalid ones are reported and skipped."""
        from vraaghulp.models import parse_record

        for number, data in self.iter_dicts():
            try:
                yield parse_record(data)
            except Exception as exc:  # noqa: BLE001
                report(Problem(self.path, number, f"dit record klopt niet ({_first_error(exc)})."))

    def records(self) -> list[Any]:
        return list(self.iter_records())

    def tail_raw(self, count: int) -> list[tuple[int | None, bytes]]:
        """The last `count` non-empty lines, oldest first, read from the end of the file.

        Line numbers are not worked out here (they are None): only a problem report needs
        one, and finding it means reading the file from the start.
        """
        self.check_target()
        try:
            handle = open(self.path, "rb")
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise StoreError(os_error_message(exc, self.path)) from exc
        with handle:
            handle.seek(0, os.SEEK_END)
            position = handle.tell()
            buffer = b""
            found: list[bytes] = []
            while position > 0 and len(found) < count:
                step = min(_BLOCK, position)
                position -= step
                handle.seek(position)
                buffer = handle.read(step) + buffer
                parts = buffer.split(b"\n")
                buffer = parts[0]  # may be incomplete: keep for the next block
                found = [p.rstrip(b"\r") for p in parts[1:] if p.strip()] + found
                # parts[1:] are complete lines; re-split on the next pass is avoided by
                # keeping only the head in the buffer.
            if position == 0 and buffer.strip():
                found = [buffer.rstrip(b"\r")] + found
            return [(None, raw) for raw in found[-count:]] if count > 0 else []

    def count_lines(self) -> int:
        try:
            with open(self.path, "rb") as handle:
                return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
        except OSError:
            return 0

    def find(self, prefix: str) -> Any:
        """The record whose id is `prefix` or starts with it (at least 4 characters)."""
        from vraaghulp.models import parse_record

        prefix = prefix.strip().lower()
        if len(prefix) < MIN_PREFIX:
            raise VraaghulpError(
                f"Een id heeft minstens {MIN_PREFIX} tekens nodig om het juiste record te vinden. "
                "Zie 'vraaghulp log' voor de ids."
            )
        matches: list[tuple[int, dict[str, Any]]] = []
        needle = prefix.encode("utf-8")
        quick = prefix.isascii() and not _escaped_in_json(prefix)  # bytes.lower() is ASCII-only
        for number, raw in self.iter_raw():
            if quick and needle not in raw.lower():
                continue
            try:
                data = decode_line(raw)
            except ValueError:
                continue
            if str(data.get("id", "")).lower().startswith(prefix):
                matches.append((number, data))
        exact = [m for m in matches if str(m[1]["id"]).lower() == prefix]
        if exact:
            matches = exact
        if not matches:
            raise VraaghulpError(
                f"Er is geen record met id '{prefix}'. Zie 'vraaghulp log' voor de ids.",
            )
        if len(matches) > 1:
            ids = ", ".join(str(m[1]["id"]) for m in matches[:5])
            raise VraaghulpError(f"Meer dan één record begint met '{prefix}' ({ids}). Typ meer tekens van het id.")
        number, data = matches[0]
        try:
            return parse_record(data)
        except Exception as exc:  # noqa: BLE001
            raise StoreError(
                f"{self.path}, regel {number}: dit record is beschadigd ({_first_error(exc)}). "
                "Het blijft staan; herstel het met 'vraaghulp log bewerk' of met de hand."
            ) from exc


def _escaped_in_json(text: str) -> bool:
    """True when JSON writes this text with escapes (quotes, backslashes, control characters),
    so a plain byte search for it in a stored line would miss."""
    return json.dumps(text, ensure_ascii=False)[1:-1] != text


def _first_error(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        try:
            first = errors()[0]
            where = ".".join(str(part) for part in first.get("loc", ()))
            return f"veld '{where}' is ongeldig" if where else "ongeldige waarde"
        except Exception:  # noqa: BLE001
            pass
    if exc.__class__.__name__ == "NewerVersionError":
        return "het komt uit een nieuwere versie van vraaghulp"
    return "ongeldige inhoud"


def _token() -> str:
    import secrets

    return secrets.token_hex(4)


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _truncate_back(fd: int, size: int | None) -> None:
    """After a failed append, cut off what was partly written (keeps old bytes)."""
    if size is None:
        return
    try:
        os.ftruncate(fd, size)
    except OSError:
        pass


def _tighten(fd: int, path: Path) -> None:
    if os.name != "posix":
        return
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    except OSError:
        pass


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_private_file(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write a whole file atomically with mode 0600 (journal rewrites, profile, backups, exports).

    A temporary file in the same folder, fsync, atomic replace, then fsync of the folder: the old
    file stays whole until the new one is complete, whatever fails on the way.
    """
    if path.exists() and not overwrite:
        raise VraaghulpError(f"{path} bestaat al. Kies een ander pad, of gebruik --overschrijf.")
    tmp = path.with_name(f".{path.name}.{_token()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            _tighten(fd, tmp)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise StoreError(os_error_message(exc, path)) from exc
