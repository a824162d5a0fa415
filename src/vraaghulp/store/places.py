"""What is where in the data folder, for `vraaghulp data pad`."""

from __future__ import annotations

import os
from pathlib import Path

BACKUP_DIR = "backups"
BACKUP_PREFIX = "vraaghulp-backup-"
# This device's own working files (locks, temporary files, editor copies): one subfolder
# of the data folder that a sync tool is told to ignore (README) and the merge never reads.
PRIVATE_DIR = ".lokaal"


def private_dir(folder: Path | None = None) -> Path:
    """The private working folder inside the data folder (not created here)."""
    if folder is None:
        from vraaghulp.paths import data_dir

        folder = data_dir()
    return folder / PRIVATE_DIR


EDIT_DIR = "bewerken"  # copies open in the user's editor: in the private folder, never merged or synced
EDIT_PREFIX = "vraaghulp-"


def edit_dir() -> Path:
    return private_dir() / EDIT_DIR


def backup_dir() -> Path:
    from vraaghulp.paths import data_dir

    return data_dir() / BACKUP_DIR


def check_own_folder(folder: Path) -> None:
    """A symbolic link where one of vraaghulp's own folders belongs: a Dutch StoreError."""
    if os.path.islink(folder):
        from vraaghulp.errors import StoreError
        from vraaghulp.messages import t

        raise StoreError(t("opslag.koppeling_map", pad=folder))


def own_backups(folder: Path) -> list[Path]:
    if os.path.islink(folder):
        return []  # never look (or delete) through a link to somewhere else
    try:
        return sorted(p for p in folder.glob(f"{BACKUP_PREFIX}*.jsonl") if p.is_file() and not p.is_symlink())
    except OSError:
        return []


def locations() -> dict:
    from vraaghulp.paths import ENV_HOME, SHELL_STATE_DIR, data_dir, journal_path, profile_path
    from vraaghulp.store.read import count_lines

    journal = journal_path()
    profile = profile_path()
    backups = backup_dir()
    journal_exists = journal.is_file()
    return {
        "map": str(data_dir()),
        "vraaghulp_home": bool(os.environ.get(ENV_HOME)),
        "logboek": {
            "pad": str(journal),
            "bestaat": journal_exists,
            "regels": count_lines(journal) if journal_exists else 0,
            "bytes": journal.stat().st_size if journal_exists else 0,
        },
        "profiel": {"pad": str(profile), "bestaat": profile.is_file()},
        "backups": {"pad": str(backups), "aantal": len(own_backups(backups))},
        # `vraaghulp init`: per device, the day the shell greeting was last shown
        "shell": {"pad": str(data_dir() / SHELL_STATE_DIR), "bestaat": (data_dir() / SHELL_STATE_DIR).is_dir()},
    }

