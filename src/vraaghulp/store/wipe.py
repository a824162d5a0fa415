"""`vraaghulp data wis`: remove vraaghulp's own files, and nothing else.

Only files vraaghulp knows (journal, profile, lock, temporary files, its own backups, the
"shown today" dates of the shell greeting), never
a whole folder tree, so a VRAAGHULP_HOME that points at a shared folder is safe.
"""

from __future__ import annotations

import os
from pathlib import Path

from vraaghulp.store.places import backup_dir, own_backups


def wipe_plan() -> list[Path]:
    """Every existing file that `data wis` would remove (only files vraaghulp knows)."""
    from vraaghulp.paths import JOURNAL_NAME, PROFILE_NAME, data_dir, journal_path, profile_path

    folder = data_dir()
    found: list[Path] = []
    for path in (journal_path(), profile_path()):
        if path.is_file() or path.is_symlink():
            found.append(path)
    try:
        for pattern in (f".{JOURNAL_NAME}.*.tmp", f".{PROFILE_NAME}.*.tmp", f"{JOURNAL_NAME}.lock"):
            found.extend(sorted(p for p in folder.glob(pattern) if p.is_file()))
    except OSError:
        pass
    found.extend(own_backups(backup_dir()))
    found.extend(_shell_states(folder))
    return found


def _shell_states(folder: Path) -> list[Path]:
    """The per-device dates of the shell greeting (`light.daily`), and their temporary files."""
    from vraaghulp.paths import SHELL_STATE_DIR

    try:
        return sorted(p for pattern in ("*.txt", ".*.tmp") for p in (folder / SHELL_STATE_DIR).glob(pattern)
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

    for folder in (backup_dir(), data_dir() / SHELL_STATE_DIR, data_dir()):
        if folder == data_dir() and os.environ.get(ENV_HOME):
            continue  # a folder the user chose stays, even when empty
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
