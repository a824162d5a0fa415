"""Which device this is: a stable random id and a readable name, kept outside synced data.

The id lives in `apparaat.json` in the platform's user state folder (or $VRAAGHULP_APPARAAT),
never in the data folder that a sync tool copies, so two devices never share one. As a
second guard the file remembers the host name it was made on: when the host name differs
(a copied home folder, a restored backup on a new machine), a new id is made. A new id is
always safe; a shared one is not.

Each device also writes its own small file `apparaten/<id>.json` in the data folder, so
every device can show "changed on werklaptop" instead of an id. Only that device writes
that file, so the sync tool never has to choose between two versions of it.
"""

from __future__ import annotations

import json
import os
import re
from collections import namedtuple
from pathlib import Path

from vraaghulp.errors import UsageError

ENV_DEVICE_DIR = "VRAAGHULP_APPARAAT"
DEVICE_FILE = "apparaat.json"
REGISTRY_DIR = "apparaten"
NAME_MAX = 40
FORMAT_VERSION = 1
ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # as record ids (store.journal)
_ID = re.compile(f"^[{ID_ALPHABET}]{{8}}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


# This device: its id and its readable name (a tuple: dataclasses would load inspect for every stamp).
Device = namedtuple("Device", ("id", "name"))


def device_dir() -> Path:
    """Where this device keeps its id: $VRAAGHULP_APPARAAT, else the user state folder."""
    override = os.environ.get(ENV_DEVICE_DIR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_state_dir

    return Path(user_state_dir("vraaghulp", appauthor=False))


def host_name() -> str:
    """The host name without a domain ('Jans-MacBook-Pro.local' -> 'Jans-MacBook-Pro')."""
    name = _node().split(".")[0].strip()
    return clean_name(name) or "apparaat"


def _node() -> str:
    """The computer's name without touching the network stack (no socket module)."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return uname().nodename
    return os.environ.get("COMPUTERNAME", "")  # Windows


def clean_name(name: str) -> str:
    return _CONTROL.sub("", name).strip()[:NAME_MAX]


def this_device(directory: Path | None = None, *, host: str | None = None) -> Device:
    """This device, made and saved on first use (and again when the host name changed)."""
    directory = Path(directory) if directory is not None else device_dir()
    host = host if host is not None else host_name()
    path = directory / DEVICE_FILE
    stored = _read(path)
    if stored is not None and stored.get("host") == host:
        return Device(stored["id"], stored["naam"])
    device = Device(_new_id(), host)
    _save(path, device, host)
    return device


def rename_device(name: str, directory: Path | None = None, *, host: str | None = None) -> Device:
    """Give this device a readable name of the user's choice."""
    from vraaghulp.vault.texts import say

    cleaned = clean_name(name)
    if not cleaned or len(name.strip()) > NAME_MAX:
        raise UsageError(say("apparaat.naam_ongeldig", max=NAME_MAX))
    directory = Path(directory) if directory is not None else device_dir()
    current = this_device(directory, host=host)
    renamed = Device(current.id, cleaned)
    _save(directory / DEVICE_FILE, renamed, host if host is not None else host_name())
    return renamed


def register(data_dir: Path, device: Device) -> None:
    """Write `apparaten/<id>.json` in the data folder when it is missing or out of date."""
    from vraaghulp.paths import ensure_private_dir
    from vraaghulp.store.files import write_private_file

    folder = ensure_private_dir(Path(data_dir) / REGISTRY_DIR)
    path = folder / f"{device.id}.json"
    data = json.dumps({"id": device.id, "naam": device.name}, ensure_ascii=False).encode("utf-8")
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    write_private_file(path, data)


def device_names(data_dir: Path) -> dict[str, str]:
    """{device id: name} of every device that wrote to this data folder."""
    names: dict[str, str] = {}
    try:
        entries = sorted(os.scandir(Path(data_dir) / REGISTRY_DIR), key=lambda e: e.name)
    except OSError:
        return names
    for entry in entries:
        if not entry.name.endswith(".json") or not _ID.match(entry.name[:-5]):
            continue
        try:
            data = json.loads(Path(entry.path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("id") == entry.name[:-5] and isinstance(data.get("naam"), str):
            names[data["id"]] = clean_name(data["naam"]) or data["id"]
    return names


def _new_id() -> str:
    """8 random letters from os.urandom, as `store.journal.new_id` makes record ids: `secrets`
    loads hashlib/OpenSSL, which the first record added on a new device does not need."""
    usable = 256 - 256 % len(ID_ALPHABET)  # bytes above this would make some letters likelier
    letters = ""
    while len(letters) < 8:
        letters += "".join(ID_ALPHABET[b % len(ID_ALPHABET)] for b in os.urandom(16) if b < usable)
    return letters[:8]


def _read(path: Path) -> dict | None:
    """The stored device, or None when missing; a damaged file is set aside, never reused."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        if (
            isinstance(data, dict)
            and _ID.match(str(data.get("id", "")))
            and isinstance(data.get("naam"), str)
            and isinstance(data.get("host"), str)
        ):
            return data
    except (UnicodeDecodeError, ValueError):
        pass
    try:
        os.replace(path, path.with_name(path.name + ".beschadigd"))
    except OSError:
        pass
    return None


def _save(path: Path, device: Device, host: str) -> None:
    from vraaghulp.paths import ensure_private_dir
    from vraaghulp.store.files import write_private_file

    ensure_private_dir(path.parent)
    payload = {"versie": FORMAT_VERSION, "id": device.id, "naam": device.name, "host": host}
    write_private_file(path, json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8"))
