"""The daily greeting a shell start-up file asks for (`vraaghulp init --dagelijks`).

At most once a day on each device: the card of the day and, when asks are open, one line
that says how many and where to go. Standard library only, and silent on every error: it
runs inside someone's shell start-up, which must never fail or wait because of us.

"Shown today" is one line (the date, YYYY-MM-DD) in a small file per device in the data
folder (`shell/<device>.txt`): a data folder kept in a synchronised folder does not silence
the other devices. The snippets of `light.shells` read the same file, so on the other shell
starts of the day no Python process starts at all.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_BLOCK = 1 << 20
_OPEN = b'"open"'


def device_name() -> str:
    """This computer's name as a file name (letters, digits, `.`, `_`, `-`)."""
    try:
        name = os.uname().nodename
    except AttributeError:  # Windows
        name = os.environ.get("COMPUTERNAME", "")
    name = _UNSAFE.sub("-", name).strip(".-")[:64]
    return name or "dit-apparaat"


def state_path(folder: Path | None = None, device: str | None = None) -> Path:
    """Where "shown today" is kept for this device."""
    if folder is None:
        from vraaghulp.paths import data_dir

        folder = data_dir()
    from vraaghulp.paths import SHELL_STATE_DIR

    return folder / SHELL_STATE_DIR / f"{device or device_name()}.txt"


def shown_on(path: Path) -> str | None:
    """The date (YYYY-MM-DD) the greeting was last shown on this device, or None."""
    try:
        with open(path, encoding="ascii") as handle:
            return handle.readline().strip() or None
    except (OSError, ValueError):
        return None


def mark_shown(path: Path, day: date) -> bool:
    """Remember that the greeting was shown on `day`; False when that could not be written."""
    return write_small(path, day.isoformat() + "\n")


def write_small(path: str | os.PathLike[str], text: str) -> bool:
    """A small ASCII file of this device written whole (temporary file, then replace), only
    readable by the user; False when that could not be written."""
    folder, name = os.path.split(os.fspath(path))
    temporary = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(text)
        os.replace(temporary, path)
        return True
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        return False


def count_open_asks(journal: Path) -> int:
    """How many asks in the journal are still open (damaged lines are passed over quietly).

    Only lines that hold the word "open" at all are decoded, found block by block: a shell
    start over a journal of years stays quick.
    """
    from vraaghulp.store.read import check_target

    check_target(journal)  # a link or a folder: an error, which `daily` keeps to itself
    try:
        handle = open(journal, "rb")
    except FileNotFoundError:
        return 0
    count, pending = 0, []  # the blocks of a line not ended yet
    with handle:
        while block := handle.read(_BLOCK):
            end = block.rfind(b"\n") + 1  # whole lines now, the rest with the next block
            if not end:  # inside one long line: keep the block, join once (linear, not quadratic)
                pending.append(block)
                continue
            count += _open_in(b"".join([*pending, block[:end]]))
            pending = [block[end:]]
    return count + _open_in(b"".join(pending))


def _open_in(chunk: bytes) -> int:
    from vraaghulp.store.read import decode_line

    count = 0
    found = chunk.find(_OPEN)
    while found != -1:
        start = chunk.rfind(b"\n", 0, found) + 1
        stop = chunk.find(b"\n", found)
        stop = len(chunk) if stop == -1 else stop
        try:
            data = decode_line(chunk[start:stop].rstrip(b"\r"))
        except ValueError:
            data = {}  # nothing about damaged lines at a shell start: `vraaghulp log` says it
        if data.get("soort") == "vraag" and data.get("status") == "open":  # as the start screen counts
            count += 1
        found = chunk.find(_OPEN, stop)
    return count


def greeting(day: date, open_asks: int, width: int | None = None, *, locked: bool = False) -> str:
    """The card of `day`, and a line about open asks (none when there are none), wrapped
    between words for the terminal (`width`, else its own width, at most 100 columns).
    A locked (encrypted) journal is not read: the line says it is locked instead."""
    import shutil

    from vraaghulp.light.card import today_text
    from vraaghulp.light.plain import fill
    from vraaghulp.messages import tn

    lines = today_text(day).splitlines()
    if locked:
        from vraaghulp.messages import t

        lines.append(t("kluis.status.vergrendeld_kaart"))
    elif open_asks > 0:
        lines.append(tn("init.open", open_asks))
    width = width or min(shutil.get_terminal_size((80, 24)).columns, 100)
    return "\n".join(fill(line, max(width, 20)) or line for line in lines)


def daily(day: date, folder: Path | None = None, device: str | None = None) -> str | None:
    """The greeting when it was not shown on this device today, else None. Never raises."""
    try:
        if folder is None:
            from vraaghulp.paths import data_dir

            folder = data_dir()
        path = state_path(folder, device)
        if shown_on(path) == day.isoformat():
            return None
        from vraaghulp.paths import JOURNAL_NAME
        from vraaghulp.vault.detect import is_locked

        locked = is_locked(folder)  # no passphrase asked and no crypto loaded at a shell start
        text = greeting(day, 0 if locked else count_open_asks(folder / JOURNAL_NAME), locked=locked)
        # Shown only once it is remembered: a folder we cannot write must not mean every shell start.
        return text if mark_shown(path, day) else None
    except Exception:  # noqa: BLE001 - a shell start must never fail because of us
        return None
