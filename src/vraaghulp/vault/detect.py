"""Telling an encrypted data folder from a plain one, cheaply and without a passphrase.

Standard library only and no pathlib: `vraaghulp kaart` asks this at every shell start.
"""

from __future__ import annotations

import os
import stat

ENC_PREFIX = b'{"enc":'
KEY_FILE_NAME = "sleutel.json"
JOURNAL_NAME = "logboek.jsonl"
_PEEK = 256


def terminal_ask():
    """getpass when there is a terminal to ask a passphrase on, else None (here, not in `unlock`:
    every interactive command sets it up, and most never open an encrypted folder)."""
    import sys

    if not (sys.stdin and sys.stdin.isatty()):
        return None
    import getpass

    return lambda prompt: getpass.getpass(prompt)


def is_encrypted_line(raw: bytes) -> bool:
    """True for a stored line that is encrypted (it starts with {"enc":)."""
    return raw.lstrip(b" \t\r\n").startswith(ENC_PREFIX)


def is_locked(data_dir: str | os.PathLike[str]) -> bool:
    """True when the data folder is encrypted: its key file exists, or the journal's
    first line is encrypted (the key file may not have synced yet)."""
    folder = os.fspath(data_dir)
    if os.path.exists(os.path.join(folder, KEY_FILE_NAME)):
        return True
    try:  # O_NONBLOCK: a FIFO in place of the journal is never waited on (the reader reports it)
        fd = os.open(os.path.join(folder, JOURNAL_NAME), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        head = os.read(fd, _PEEK)
    except OSError:
        return False
    finally:
        os.close(fd)
    return is_encrypted_line(head)
