"""Writing whole files safely, and checking where an output file may go.

`write_private_file` is the one atomic writer (journal rewrites, profile, backups,
exports): a temporary file in the same folder, fsync, replace, fsync of the folder; mode
0600. `check_output` is the one check of an output path the user gave (a folder, a
missing parent folder, a file that exists): every command that writes a file asks it first.
"""

from __future__ import annotations

import os
from pathlib import Path

from vraaghulp.errors import StoreError, VraaghulpError, os_error_message


def check_output(path: Path, *, overwrite: bool, example: str, key: str = "opslag.doel",
                 error: type[VraaghulpError] = VraaghulpError) -> Path:
    """The expanded path, or `error` with a Dutch sentence (texts under `key`: map, geen_map, bestaat)."""
    from vraaghulp.messages import t

    path = Path(path).expanduser()
    if path.is_dir():
        raise error(t(f"{key}.map", pad=path, voorbeeld=path / example))
    if not path.parent.is_dir():
        raise error(t(f"{key}.geen_map", map=path.parent))
    if path.exists() and not overwrite:
        raise error(t(f"{key}.bestaat", pad=path))
    return path


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


def _temp_path(path: Path) -> Path:
    """Where the new version is written before it replaces `path`: the data folder's private
    working folder for a file in the data folder (the sync tool ignores it), else beside it."""
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


def write_private_file(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write a whole file atomically with mode 0600.

    The old file stays whole until the new one is complete, whatever fails on the way.
    """
    if path.exists() and not overwrite:
        from vraaghulp.messages import t

        raise VraaghulpError(t("opslag.bestaat_al", pad=path))
    tmp = _temp_path(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            tighten(fd)
            write_all(fd, data)
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
