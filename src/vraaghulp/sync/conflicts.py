"""Recognising the conflict copies that file-sync tools leave next to a file.

Each tool inserts its own marker between the file's stem and its extension:

    Syncthing   logboek.sync-conflict-20261201-134400-ABCDEFG.jsonl
    Dropbox     logboek (Jan's conflicted copy 2026-12-01).jsonl  (also translated, e.g.
                "(conflicterende kopie van Jan 2026-12-01)", and with " (1)" after it)
    Nextcloud   logboek (conflicted copy 2026-12-01 134400).jsonl  (or "... copy Jan 2026-...")
                and the older ownCloud form logboek_conflict-20261201-134400.jsonl
    OneDrive    logboek-DESKTOP-1A2B3C.jsonl  (the computer name; "-2" may follow)
    iCloud      logboek 2.jsonl

A copy of a copy carries two markers; they are taken off one at a time. OneDrive's marker
is a bare "-name", so only names that look like a Windows computer name (capitals, digits,
hyphens) or that are a known device name count: `logboek-oud.jsonl` that someone made by
hand is not a conflict copy. Names are compared in Unicode NFC (macOS may list NFD).
Standard library only.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

SYNCTHING, DROPBOX, NEXTCLOUD, ONEDRIVE, ICLOUD = "syncthing", "dropbox", "nextcloud", "onedrive", "icloud"

_DATE = r"\d{4}-\d{2}-\d{2}"
# Words for "conflict" in the languages Dropbox and Nextcloud are shown in (en, nl, de, fr,
# es, it, pt, sv/da/no, pl, ...): all start with one of these stems.
_CONFLICT_WORD = r"(?:conflict|conflit|konflikt|kolizj|ristiriita)"

_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (SYNCTHING, re.compile(r"\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]{7})?$")),
    (NEXTCLOUD, re.compile(r" \(conflicted copy (?:[^()]* )?" + _DATE + r" \d{6}\)$", re.IGNORECASE)),
    (NEXTCLOUD, re.compile(r"_conflict-\d{8}-\d{6}$")),
    (DROPBOX, re.compile(r" \((?=.*" + _CONFLICT_WORD + r").+ " + _DATE + r"\)(?: \(\d+\))?$", re.IGNORECASE)),
    (ICLOUD, re.compile(r" (?:[2-9]|[1-9]\d+)$")),
)
_ONEDRIVE_NAME = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,14}$")
_ONEDRIVE_COUNT = re.compile(r"-\d+$")


def split_name(name: str) -> tuple[str, str]:
    """('logboek', '.jsonl') for 'logboek.jsonl'; a leading dot is part of the stem."""
    dot = name.rfind(".")
    if dot <= 0:
        return name, ""
    return name[:dot], name[dot:]


def classify(candidate: str, name: str, known_devices: Iterable[str] = ()) -> str | None:
    """The tool that made `candidate` as a conflict copy of `name`, or None.

    For a copy of a copy, the outermost tool is given.
    """
    candidate = unicodedata.normalize("NFC", candidate)
    stem, ext = split_name(unicodedata.normalize("NFC", name))
    if candidate == stem + ext or not candidate.endswith(ext):
        return None
    rest = candidate[: len(candidate) - len(ext)] if ext else candidate
    devices = {unicodedata.normalize("NFC", d).casefold() for d in known_devices if d}
    outer: str | None = None
    while rest != stem:
        found = _strip_one(rest, stem, devices)
        if found is None:
            return None
        tool, rest = found
        outer = outer or tool
    return outer


def _strip_one(rest: str, stem: str, devices: set[str]) -> tuple[str, str] | None:
    for tool, pattern in _MARKERS:
        match = pattern.search(rest)
        if match and match.start() >= len(stem) and rest.startswith(stem):
            return tool, rest[: match.start()]
    return _strip_onedrive(rest, stem, devices)


def _strip_onedrive(rest: str, stem: str, devices: set[str]) -> tuple[str, str] | None:
    if not rest.startswith(stem + "-"):
        return None
    tail = rest[len(stem) + 1 :]
    counted = _ONEDRIVE_COUNT.search(tail)
    options = [tail] + ([tail[: counted.start()]] if counted else [])
    for device in options:
        if device and (_ONEDRIVE_NAME.match(device) or device.casefold() in devices):
            return ONEDRIVE, stem
    return None


def conflict_copies(folder: Path, name: str, known_devices: Iterable[str] = ()) -> list[tuple[Path, str]]:
    """Every conflict copy of `name` in `folder`: (path, tool), sorted by file name.

    Only regular files count (no folders, no symbolic links). A folder that cannot be
    listed has no copies to offer.
    """
    devices = list(known_devices)
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
        except OSError:
            continue
        tool = classify(entry.name, name, devices)
        if tool is not None:
            found.append((Path(folder) / entry.name, tool))
    return sorted(found, key=lambda item: item[0].name)
