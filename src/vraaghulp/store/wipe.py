"""`vraaghulp data wis`: remove vraaghulp's own files, and nothing else.

Only files vraaghulp knows (journal, profile, lock, temporary files, editor copies, its own
backups, the "shown today" dates of the shell greeting), never a whole folder tree, so a
VRAAGHULP_HOME that points at a shared folder is safe. Also here: the editor copies of
`log bewerk` (`new_edit_copy`), which live in a private subfolder of the data folder and are
removed by the next run when a killed run left them.
"""

from __future__ import annotations

import os
from pathlib import Path

from vraaghulp.store.places import EDIT_PREFIX, backup_dir, edit_dir, own_backups, private_dir


def _pid_of(copy: Path) -> int | None:
    """The process that made an editor copy (its name: vraaghulp-PID-ID-TOKEN.json)."""
    parts = copy.name.split("-")
    return int(parts[1]) if len(parts) >= 3 and parts[1].isdigit() else None


def _alive(pid: int | None) -> bool:
    if pid is None or os.name != "posix":
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: leave its file alone
    return True


def edit_copies(*, stale_only: bool) -> list[Path]:
    """Editor copies in the private subfolder (only those of runs that are gone, when `stale_only`)."""
    folder = edit_dir()
    if os.path.islink(folder):
        return []
    try:
        found = sorted(p for p in folder.glob(f"{EDIT_PREFIX}*.json") if p.is_file() and not p.is_symlink())
    except OSError:
        return []
    return [p for p in found if not (stale_only and _alive(_pid_of(p)))]


def remove_stale_edit_copies() -> None:
    """Remove editor copies whose `log bewerk` is gone (killed, or the machine stopped)."""
    for stale in edit_copies(stale_only=True):
        try:
            stale.unlink()
        except OSError:
            pass


def new_edit_copy(record_id: str) -> tuple[int, Path]:
    """(fd, path) of a new private file (0600, in a 0700 subfolder of the data folder) for the
    editor; copies a killed run left behind are removed first."""
    import secrets

    from vraaghulp.errors import StoreError, os_error_message
    from vraaghulp.paths import ensure_private_dir
    from vraaghulp.store.places import check_own_folder

    folder = edit_dir()
    check_own_folder(folder)
    ensure_private_dir(folder)
    remove_stale_edit_copies()
    safe_id = "".join(c for c in record_id if c.isascii() and c.isalnum())[:16] or "item"
    path = folder / f"{EDIT_PREFIX}{os.getpid()}-{safe_id}-{secrets.token_hex(4)}.json"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:
        raise StoreError(os_error_message(exc, path)) from exc
    return fd, path


def wipe_plan() -> list[Path]:
    """Every existing file that `data wis` would remove (only files vraaghulp knows)."""
    from vraaghulp.paths import JOURNAL_NAME, PROFILE_NAME, data_dir, journal_path, profile_path
    from vraaghulp.store.files import temp_pattern
    from vraaghulp.store.places import BACKUP_PREFIX

    folder = data_dir()
    found: list[Path] = []
    for path in (journal_path(), profile_path()):
        if path.is_file() or path.is_symlink():
            found.append(path)
    stem, suffix = os.path.splitext(PROFILE_NAME)
    patterns = [(folder, temp_pattern(JOURNAL_NAME)), (folder, temp_pattern(PROFILE_NAME)),
                (folder, f"{stem}.beschadigd-*{suffix}"), (folder, f"{JOURNAL_NAME}.lock")]
    if not os.path.islink(backup_dir()):
        patterns.append((backup_dir(), temp_pattern(f"{BACKUP_PREFIX}*")))
    patterns += [(private_dir(folder), pattern) for _where, pattern in patterns[:2] + patterns[3:]]
    for where, pattern in patterns:
        try:
            found.extend(sorted(p for p in where.glob(pattern) if p.is_file() and not p.is_symlink()))
        except OSError:
            pass
    found.extend(own_backups(backup_dir()))
    found.extend(edit_copies(stale_only=False))
    found.extend(_shell_states(folder))
    found.extend(_sync_files(folder))
    return found


def _sync_files(folder: Path) -> list[Path]:
    """The files of many devices and encryption: the key file, the device names, merged
    copies and what a merge set aside in `backups/`."""
    from vraaghulp.sync.device import REGISTRY_DIR

    places = ((folder, ("sleutel.json",)), (folder / REGISTRY_DIR, ("????????.json",)),
              (backup_dir(), ("samengevoegd-*", "*-gewist-maar-gewijzigd*.jsonl", "sleutel-*.json",
                              "vraaghulp-backup-*.sleutel.json")))
    found = []
    for place, patterns in places:
        try:
            for pattern in patterns:
                found.extend(sorted(p for p in place.glob(pattern) if p.is_file() and not p.is_symlink()))
        except OSError:
            pass
    return found


def _shell_states(folder: Path) -> list[Path]:
    """The per-device dates of the shell greeting (`light.daily`), the start screen's remembered
    counts (`store.counts`), and their temporary files."""
    from vraaghulp.paths import SHELL_STATE_DIR
    from vraaghulp.store.counts import MEMO_SUFFIX

    try:
        return sorted(p for pattern in ("*.txt", "*" + MEMO_SUFFIX, ".*.tmp") for p in (folder / SHELL_STATE_DIR).glob(pattern)
                      if p.is_file() and not p.is_symlink())
    except OSError:
        return []


def wipe() -> list[Path]:
    """Remove vraaghulp's own files; returns what was removed. Other files stay."""
    from vraaghulp.errors import StoreError, os_error_message
    from vraaghulp.messages import t
    from vraaghulp.paths import ENV_HOME, data_dir
    from vraaghulp.store.journal import Journal

    journal = Journal()
    removed: list[Path] = []
    plan = wipe_plan()
    if not plan:
        return removed
    planned = set(plan)

    def remove(path: Path) -> None:
        try:
            path.unlink()
            if path in planned:
                removed.append(path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise StoreError(os_error_message(exc, path) + t("data.wis.al_gewist", n=len(removed))) from exc

    if data_dir().is_dir():
        with journal.lock():  # no other window may write while the journal goes
            for path in plan:
                if path.name != journal.lock_path.name:
                    remove(path)
    remove(journal.lock_path)  # the lock file itself, once the lock is released
    from vraaghulp.paths import SHELL_STATE_DIR
    from vraaghulp.sync.device import REGISTRY_DIR

    for folder in (backup_dir(), edit_dir(), private_dir(), data_dir() / SHELL_STATE_DIR, data_dir() / REGISTRY_DIR,
                   data_dir()):
        if folder == data_dir() and os.environ.get(ENV_HOME):
            continue  # a folder the user chose stays, even when empty
        if os.path.islink(folder):
            continue
        try:
            folder.rmdir()  # only succeeds when empty
        except OSError:
            pass
    return removed


def leftover(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []
