"""Before a command: merge the conflict copies a sync tool left beside the journal and profile.

`settle()` looks at the data folder's names first (one listing, no file read): only when a
name could be a copy of `logboek.jsonl`, `profiel.json` or `sleutel.json` does it load the
sync modules, take the journal lock and merge (`sync.merge`). It returns the Dutch lines to
show (one summary line, and a line per record a delete overrode); unreadable lines and
copies become problems like damaged lines. `waiting()` lists the copies without merging
(for `vraaghulp data pad`).
"""

from __future__ import annotations

import os
from pathlib import Path

from vraaghulp.paths import JOURNAL_NAME, PROFILE_NAME

KEY_NAME = "sleutel.json"  # = vault.keyfile.KEY_FILE_NAME
_STEMS = tuple((name.rsplit(".", 1)[0], "." + name.rsplit(".", 1)[1]) for name in (JOURNAL_NAME, PROFILE_NAME, KEY_NAME))


def _t(key: str, **params) -> str:
    from vraaghulp.messages import t

    return t(f"kluis.samenvoegen.{key}", **params)


def _maybe_copies(folder: Path) -> bool:
    """True when some name in the folder could be a conflict copy (cheap: names only)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    exact = {JOURNAL_NAME, PROFILE_NAME, KEY_NAME}
    return any(name not in exact and name.startswith(stem) and name.endswith(ext)
               for name in names for stem, ext in _STEMS)


def known_devices(folder: Path) -> list[str]:
    from vraaghulp.store import codec
    from vraaghulp.sync.device import device_names

    return [*device_names(folder).values(), codec.device().name]


def waiting(folder: Path) -> dict[str, list[Path]]:
    """{file name: its conflict copies} for the files vraaghulp merges (nothing read or moved)."""
    if not _maybe_copies(folder):
        return {}
    from vraaghulp.sync.conflicts import conflict_copies

    names = known_devices(folder)
    found = {name: [path for path, _tool in conflict_copies(folder, name, names)]
             for name in (JOURNAL_NAME, PROFILE_NAME, KEY_NAME)}
    return {name: paths for name, paths in found.items() if paths}


def devices_and_keys(folder: Path) -> dict:
    """For `data pad`: this device, the key file, the private working folder, copies waiting."""
    from vraaghulp.store import codec
    from vraaghulp.store.places import private_dir
    from vraaghulp.sync.device import REGISTRY_DIR, device_names

    device = codec.device() if folder.is_dir() else None
    key = folder / KEY_NAME
    return {
        "apparaat": {"id": device.id, "naam": device.name} if device else None,
        "apparaten": {"pad": str(folder / REGISTRY_DIR), "namen": sorted(device_names(folder).values())},
        "sleutel": {"pad": str(key), "versleuteld": key.is_file()},
        "lokaal": str(private_dir(folder)),
        "kopieen": {name: [str(p) for p in paths] for name, paths in waiting(folder).items()},
    }


def settle(*, locked_quietly: bool = False) -> list[str]:
    """Merge waiting conflict copies; the Dutch lines to show. `locked_quietly`: an encrypted
    folder is left alone (the start screen never asks for a passphrase)."""
    from vraaghulp.paths import data_dir

    folder = data_dir()
    if not _maybe_copies(folder):
        return []
    from vraaghulp.store import codec

    if locked_quietly and codec.encrypted():
        return []
    copies = waiting(folder)
    if not copies:
        return []
    from vraaghulp.store.journal import Journal

    with Journal().lock():
        return _merge_all(folder, copies)


def _merge_all(folder: Path, copies: dict[str, list[Path]]) -> list[str]:
    from vraaghulp.store import codec
    from vraaghulp.store.places import BACKUP_DIR
    from vraaghulp.store.read import decode_line
    from vraaghulp.sync.merge import merge_copies, merge_document_copies
    from vraaghulp.vault.detect import is_encrypted_line

    lines: list[str] = []
    stamp = _stamp()
    backups = folder / BACKUP_DIR
    if KEY_NAME in copies:
        lines.extend(_key_copies(folder, copies[KEY_NAME], backups, stamp))
    if JOURNAL_NAME in copies:
        encrypted = codec.encrypted()
        outcome = merge_copies(folder / JOURNAL_NAME, copies[JOURNAL_NAME], decode=decode_line, encode=codec.encode,
                               backups=backups, stamp=stamp,
                               reusable=is_encrypted_line if encrypted else (lambda raw: not is_encrypted_line(raw)))
        lines.extend(_journal_summary(outcome))
    if PROFILE_NAME in copies:
        from vraaghulp.profile import profile_document, read_profile_data

        outcome = merge_document_copies(folder / PROFILE_NAME, copies[PROFILE_NAME], decode=read_profile_data,
                                        encode=lambda data: profile_document(data).rstrip(b"\n"),
                                        backups=backups, stamp=stamp)
        _report(outcome)
        if outcome.merged_copies:
            lines.append(_t("profiel"))
    return lines


def _journal_summary(outcome) -> list[str]:
    from vraaghulp.messages import tn

    _report(outcome)
    lines = []
    if outcome.merged_copies:
        ids = sorted({rid for rid, _field in outcome.clashes})
        line = tn("kluis.samenvoegen.samengevoegd", len(outcome.merged_copies), nieuw=outcome.added,
                  bijgewerkt=outcome.updated)
        if ids:
            line += " " + tn("kluis.samenvoegen.botsingen", len(ids), ids=", ".join(ids[:5]), eerste=ids[0])
        lines.append(line)
    for record in outcome.overridden:
        target = next((p for p in outcome.backups if p.name.endswith("gewist-maar-gewijzigd.jsonl")), "backups")
        lines.append(_t("verwijderd_maar_gewijzigd", id=record.get("id", "?"), pad=target))
    return lines


def _report(outcome) -> None:
    from vraaghulp.store.read import report_line

    for path, number, reason in outcome.problems:
        report_line(path, number, reason)


def _key_copies(folder: Path, copies: list[Path], backups: Path, stamp: str) -> list[str]:
    """A conflict copy of the key file: the same key (a passphrase changed on one device) is
    set aside once the main file opens; another key is never merged: say what to do."""
    from vraaghulp.sync.merge import move_to_backups
    from vraaghulp.vault import keyfile as kf

    try:
        main = kf.parse((folder / KEY_NAME).read_bytes(), folder / KEY_NAME)
    except (OSError, kf.KeyFileError):
        return []
    lines = []
    for copy in copies:
        try:
            other = kf.parse(copy.read_bytes(), copy)
        except (OSError, kf.KeyFileError):
            continue
        if other.get("sleutel_id") == main.get("sleutel_id"):
            move_to_backups(copy, backups, stamp)
        else:
            lines.append(_t("andere_sleutel_kopie", pad=copy))
    return lines


def _stamp() -> str:
    from datetime import datetime

    return datetime.now().strftime("%Y%m%d-%H%M%S")
