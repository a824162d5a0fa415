"""`vraaghulp data backup`: the journal copied byte for byte to a dated file (0600)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from vraaghulp.store.places import BACKUP_PREFIX, backup_dir


def _dated_name(folder: Path, day: datetime) -> Path:
    base = f"{BACKUP_PREFIX}{day:%Y-%m-%d}"
    candidate = folder / f"{base}.jsonl"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}.jsonl"
        number += 1
    return candidate


def make_backup(target: Path | None = None, *, overwrite: bool = False, now: datetime | None = None) -> Path | None:
    """Copy the journal to a dated file (in `backups/`, in a folder, or at `target`). None when empty."""
    from vraaghulp.errors import StoreError, VraaghulpError, os_error_message
    from vraaghulp.messages import t
    from vraaghulp.paths import ensure_private_dir
    from vraaghulp.store.files import check_output, note_saved, remove_leftovers, write_private_file
    from vraaghulp.store.journal import Journal
    from vraaghulp.store.places import check_own_folder

    journal = Journal()
    journal.check_target()  # a directory or a symlink in place of the journal: say so, copy nothing
    if not journal.exists():
        return None
    now = now or datetime.now().astimezone()
    if target is None:
        check_own_folder(backup_dir())  # never write (or chmod) through a link to another folder
        destination = _dated_name(ensure_private_dir(backup_dir()), now)
    elif Path(target).expanduser().is_dir():
        destination = _dated_name(Path(target).expanduser(), now)
    else:
        destination = check_output(target, overwrite=overwrite, example="")
    if destination.resolve() == journal.path.resolve():
        raise VraaghulpError(t("data.backup.logboek_zelf"))
    with journal.lock():
        if target is None:
            remove_leftovers(destination.parent, f"{BACKUP_PREFIX}*")  # what a killed backup left
        try:
            payload = journal.path.read_bytes()
        except OSError as exc:
            raise StoreError(os_error_message(exc, journal.path)) from exc
        write_private_file(destination, payload)
        _copy_key(journal.path.parent, destination)
    note_saved(str(destination))
    return destination


def key_copy(destination: Path) -> Path:
    """Where the key file of an encrypted backup goes: beside it, same name + .sleutel.json."""
    return destination.with_name(destination.name + ".sleutel.json")


def _copy_key(folder: Path, destination: Path) -> None:
    """An encrypted journal is copied as stored (still encrypted): its key file goes beside it."""
    from vraaghulp.store.files import write_private_file

    try:
        key = (folder / "sleutel.json").read_bytes()
    except OSError:
        return
    write_private_file(key_copy(destination), key)
