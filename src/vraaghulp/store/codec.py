"""How a record becomes a stored line and back: version stamps, plain or encrypted.

The store's one hook for many devices (`vraaghulp.sync`) and encryption at rest
(`vraaghulp.vault`). One session per command (`begin`/`end`, called by `cli.run`): the
device, whether the folder is encrypted and the unlocked key are worked out once, so an
append costs one stamp and, when encrypted, one AES-GCM seal (no key stretching).

- `open_line(raw)`: the plain JSON bytes of an encrypted line (read.decode_line calls it
  for lines that start with {"enc":); unlocks on first use.
- `new_line(data)`, `changed_line(old, new)`, `deleted_line(old)`: the bytes to store for
  a new record, a change (stamped on top of the stored version) and a delete (tombstone).
- `dumps(data)`/`encode(data)`: plain or encrypted as the folder is (reading is
  `store.read.decode_line`, which calls `open_line` for an encrypted line).

Standard library only at import time; cryptography loads only for an encrypted folder.
"""

from __future__ import annotations

import json
from pathlib import Path

from vraaghulp.store import read

META = "_sync"  # = sync.versions.META, kept here so readers need not import it
DELETED = "verwijderd"  # = sync.versions.DELETED: a tombstone, skipped by every reader

_session: dict = {}
_UNSET = object()


def begin(ask=_UNSET) -> None:
    """A new command: forget what the last one worked out; `ask(prompt)` asks a passphrase."""
    _session.clear()
    if ask is not _UNSET:
        _session["ask"] = ask


def end() -> None:
    _session.clear()


def folder() -> Path:
    from vraaghulp.paths import data_dir

    return data_dir()


def encrypted() -> bool:
    """True when the data folder is encrypted (asked once per command)."""
    if "encrypted" not in _session:
        from vraaghulp.vault.detect import is_locked

        _session["encrypted"] = is_locked(folder())
    return _session["encrypted"]


def cipher():
    """The unlocked LineCipher of this data folder: passphrase command, keyring or terminal."""
    found = _session.get("cipher")
    if found is None:
        from vraaghulp.vault.unlock import terminal_ask, unlock

        ask = _session.get("ask", _UNSET)
        found = unlock(folder(), ask=terminal_ask() if ask is _UNSET else ask)
        _session["cipher"] = found
    return found


def use_cipher(line_cipher) -> None:
    """Use this cipher for the rest of the command (just made by `data versleutel`)."""
    _session["cipher"] = line_cipher
    _session.pop("encrypted", None)


def device():
    """This device (id, name), registered in the data folder once per command."""
    found = _session.get("device")
    if found is None:
        from vraaghulp.sync.device import register, this_device

        found = this_device()
        register(folder(), found)
        _session["device"] = found
    return found


# ----- lines ------------------------------------------------------------------------------
def dumps(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def encode(data: dict, role: str = "logboek") -> bytes:
    """One stored line for a dict: plain, or encrypted when the folder is."""
    line = dumps(data)
    return cipher().encrypt(line, role) if encrypted() else line


def open_line(raw: bytes, role: str = "logboek") -> bytes:
    """The plain bytes inside an encrypted line (LineError, a ValueError, when damaged)."""
    return cipher().decrypt(raw, role)


def new_line(data: dict) -> bytes:
    """The stored line of a new record (`models.record_dict` form): stamped by this device."""
    from vraaghulp.sync.versions import stamp_new

    return encode(stamp_new({k: v for k, v in data.items() if k != META}, device().id))


def changed_line(old: dict, new: dict) -> bytes:
    """The stored line of a changed record: `old` as stored (with stamps), `new` the record
    after the change (`models.record_dict` form). A changed field settles its clash."""
    from vraaghulp.sync.versions import stamp_change, stamp_new

    try:
        return encode(stamp_change(old, new, device().id))
    except ValueError:  # stamps edited by hand: the record starts its history again
        return encode(stamp_new({k: v for k, v in new.items() if k != META}, device().id))


def deleted_line(old: dict) -> bytes:
    """The tombstone that replaces a deleted record: no content, only its identity."""
    from vraaghulp.sync.versions import tombstone

    try:
        return encode(tombstone(old, device().id))
    except ValueError:  # stamps edited by hand
        return encode(tombstone({k: v for k, v in old.items() if k != META}, device().id))


def settled(stored: dict, field: str, value) -> dict:
    """The stored record with the clash on `field` settled as `value`, by this device."""
    from vraaghulp.sync.versions import resolve_clash

    return resolve_clash(stored, field, value, device().id)


def normalised(stored: dict, record_data: dict) -> dict:
    """The stored record as the model writes it, with the stored stamps: the base for a change."""
    return {**record_data, META: stored[META]} if META in stored else dict(record_data)


read.use_opener(open_line)
