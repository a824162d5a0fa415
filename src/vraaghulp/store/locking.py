"""The journal's exclusive lock: one lock file next to the journal, held while writing.

On POSIX this is `fcntl.flock` on the lock file, opened the way `filelock.UnixFileLock` opens
it, so it excludes every other vraaghulp process (also one that locks through filelock), and
it costs nothing to import (filelock loads logging, asyncio and more: a tenth of the time of
adding one record). Elsewhere it is filelock's `FileLock`. Waiting longer than `timeout`
seconds gives the Dutch "busy" message.
"""

from __future__ import annotations

import os
import time

from vraaghulp.errors import StoreError, os_error_message

POLL = 0.05


def _busy() -> StoreError:
    from vraaghulp.messages import t

    return StoreError(t("opslag.bezet"))


class _Flock:
    """flock(LOCK_EX) on the lock file, polled until `timeout`."""

    def __init__(self, path, timeout: float) -> None:
        self._path, self._timeout, self._fd = path, timeout, None

    def __enter__(self):
        import fcntl

        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        except OSError as exc:
            raise StoreError(os_error_message(exc, self._path)) from exc
        deadline = time.monotonic() + self._timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise _busy() from None
                time.sleep(POLL)
            except OSError as exc:
                os.close(fd)
                raise StoreError(os_error_message(exc, self._path)) from exc
        self._fd = fd
        return self

    def __exit__(self, *exc_info) -> bool:
        import fcntl

        fd, self._fd = self._fd, None
        if fd is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        return False


class _FileLock:
    """filelock's FileLock (platforms without flock)."""

    def __init__(self, path, timeout: float) -> None:
        from filelock import FileLock

        self._lock, self._path = FileLock(str(path), timeout=timeout, mode=0o600), path

    def __enter__(self):
        from filelock import Timeout

        try:
            self._lock.acquire()
        except Timeout:
            raise _busy() from None
        except OSError as exc:
            raise StoreError(os_error_message(exc, self._path)) from exc
        return self

    def __exit__(self, *exc_info) -> bool:
        self._lock.release()
        return False


def exclusive(path, timeout: float):
    """A context manager that holds the lock file `path` exclusively."""
    if os.name == "posix":
        return _Flock(path, timeout)
    return _FileLock(path, timeout)
