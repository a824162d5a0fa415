"""Writing whole files safely, and checking where an output file may go.

`atomic_file` is the one atomic writer (journal rewrites, profile, backups, exports): a
temporary file in the same folder, written as a stream, fsync, replace, fsync of the folder;
mode 0600. The temporary file is removed on every way out that Python sees (an error,
Ctrl-C, SIGTERM/SIGHUP through `vraaghulp.light.entry`); one left by SIGKILL has a name the next
run of the same kind (and `data wis`) recognises: `.NAME.<hex>.tmp` next to NAME, or in the
private working folder (`.lokaal/`) for a file of the data folder.

`check_output` is the one check of an output path the user gave: only a regular file (or a
new one) outside the data folder; never a folder, a FIFO, a device or a symlink.
"""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path

from vraaghulp.errors import StoreError, VraaghulpError, os_error_message


def check_output(path: Path, *, overwrite: bool, example: str, key: str = "opslag.doel",
                 error: type[VraaghulpError] = VraaghulpError) -> Path:
    """The expanded path, or `error` with a Dutch sentence (texts under `key`: map, geen_map, bestaat;
    under `opslag.doel`: niet_gewoon, in_gegevensmap)."""
    from vraaghulp.messages import t

    path = Path(path).expanduser()
    try:
        info = os.lstat(path)
    except OSError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise error(t(f"{key}.map", pad=path, voorbeeld=path / example))
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise error(t("opslag.doel.niet_gewoon", pad=path))
    if not path.parent.is_dir():
        raise error(t(f"{key}.geen_map", map=path.parent))
    if inside_data_folder(path):
        raise error(t("opslag.doel.in_gegevensmap", pad=path))
    if info is not None and not overwrite:
        raise error(t(f"{key}.bestaat", pad=path))
    return path


def inside_data_folder(path: Path) -> bool:
    """True when `path` (symlinks and `..` resolved) is in vraaghulp's data folder."""
    from vraaghulp.paths import data_dir

    try:
        target = Path(os.path.realpath(path))
        folder = Path(os.path.realpath(data_dir()))
    except (OSError, ValueError):
        return False
    return target == folder or folder in target.parents


# What this run has stored (ids, a file name, a partner's name): when showing the result fails
# afterwards (a full disk on stdout, a closed pipe), the CLI still tells the truth.
_saved: list[str] = []


def note_saved(what: str) -> None:
    _saved.append(what)


def take_saved() -> list[str]:
    """What was stored since the last call (and forget it)."""
    found = list(_saved)
    _saved.clear()
    return found


def _token() -> str:
    return os.urandom(4).hex()  # as secrets.token_hex, without loading hashlib/OpenSSL


def same_file(fd: int, path: Path) -> bool:
    """True when `path` still names the open file `fd` (a sync tool may have put a new
    version in its place while we wrote). Works on Linux, macOS and Windows."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def temp_name(path: Path) -> Path:
    """Where the atomic writer puts the new content of `path` until it is complete: the data
    folder's private working folder for a file in the data folder (the sync tool ignores it),
    else beside it."""
    from vraaghulp.paths import data_dir, ensure_private_dir
    from vraaghulp.store.places import private_dir

    folder = path.parent
    name = f".{path.name}.{_token()}.tmp"
    try:
        if folder.resolve() == data_dir().resolve():
            return ensure_private_dir(private_dir(folder)) / name
    except (OSError, StoreError):
        pass
    return folder / name


def temp_pattern(name: str) -> str:
    """The glob that finds temporary files left for a file called `name`."""
    return f".{name}.*.tmp"


def remove_leftovers(folder: Path, name: str) -> None:
    """Remove temporary files a killed write of `folder/name` left. Call it where no other
    writer of that file can be busy (under the journal lock)."""
    from vraaghulp.store.places import private_dir

    found = []
    for where in (folder, private_dir(folder)):
        try:
            found += [p for p in where.glob(temp_pattern(name)) if p.is_file() and not p.is_symlink()]
        except OSError:
            pass
    for leftover in found:
        try:
            leftover.unlink()
        except OSError:
            pass


def write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def tighten(fd: int) -> None:
    """Mode 0600 on an open file (POSIX)."""
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


class _Writer:
    """A write buffer over a file descriptor (writes go through `os.write`, a block at a time)."""

    def __init__(self, fd: int) -> None:
        self.fd, self.parts, self.size = fd, [], 0

    def fileno(self) -> int:
        return self.fd

    def write(self, data) -> None:
        if len(data) >= 1 << 16:  # a large piece (a block of the journal) goes out as it is, uncopied
            self.flush()
            write_all(self.fd, data)
            return
        self.parts.append(bytes(data))
        self.size += len(data)
        if self.size >= 1 << 20:
            self.flush()

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if self.parts:
            write_all(self.fd, b"".join(self.parts))
            self.parts, self.size = [], 0


def _refuse_existing(path: Path) -> None:
    from vraaghulp.messages import t

    raise VraaghulpError(t("opslag.bestaat_al", pad=path))


@contextmanager
def atomic_file(path: Path, *, overwrite: bool = True):
    """Yield a binary writer (`write`, `writelines`) whose content replaces `path` atomically (mode 0600) when the
    block ends without an error. The old file stays whole whatever fails on the way; the
    temporary file never outlives the block (except after SIGKILL)."""
    if not overwrite and os.path.lexists(path):
        _refuse_existing(path)
    tmp = temp_name(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:
        raise StoreError(os_error_message(exc, path)) from exc
    try:
        try:
            tighten(fd)
            handle = _Writer(fd)
            yield handle
            handle.flush()
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise StoreError(os_error_message(exc, path)) from exc
        raise
    _fsync_dir(path.parent)


def write_private_file(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write a whole file atomically with mode 0600 (see `atomic_file`)."""
    with atomic_file(path, overwrite=overwrite) as handle:
        handle.write(data)
