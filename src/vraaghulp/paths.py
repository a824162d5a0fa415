"""Where vraaghulp keeps its data. Light: only the standard library at import time."""

from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "VRAAGHULP_HOME"
JOURNAL_NAME = "logboek.jsonl"
PROFILE_NAME = "profiel.json"
SHELL_STATE_DIR = "shell"  # per device: the day the shell greeting was last shown (`light.daily`)


def data_dir() -> Path:
    """The data directory: $VRAAGHULP_HOME, else the platform's user data dir."""
    override = os.environ.get(ENV_HOME)
    if override:
        return _home_from(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("vraaghulp", appauthor=False))


def _home_from(value: str) -> Path:
    """$VRAAGHULP_HOME as an absolute path: '~' expanded, a relative path taken from the
    working folder (so it names one folder, not one per place vraaghulp is started from)."""
    path = Path(value)
    try:
        path = path.expanduser()
    except RuntimeError:  # '~name' for a user this computer does not know
        from vraaghulp.errors import UsageError
        from vraaghulp.messages import t

        raise UsageError(t("opslag.home_onbekende_gebruiker", waarde=value, begin=value.split("/")[0])) from None
    return Path(os.path.abspath(path))


def _make_dirs(path: Path) -> None:
    """Like mkdir(parents=True), but every folder made is private (0700) whatever the umask."""
    missing = []
    while not path.exists() and path != path.parent:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made meanwhile (another vraaghulp)
        if os.name == "posix" and folder.stat().st_mode & 0o777 != 0o700:
            os.chmod(folder, 0o700)


def ensure_private_dir(path: Path) -> Path:
    """Create the directory (0700) if needed and tighten its mode where possible."""
    from vraaghulp.errors import StoreError, os_error_message

    try:
        if path.exists() and not path.is_dir():
            from vraaghulp.messages import t

            raise StoreError(t("opslag.bestand_ipv_map", pad=path))
        _make_dirs(path)
        if os.name == "posix":
            mode = path.stat().st_mode & 0o777
            if mode != 0o700:
                try:
                    os.chmod(path, 0o700)
                except PermissionError:
                    pass
    except OSError as exc:
        raise StoreError(os_error_message(exc, path)) from exc
    return path


def journal_path() -> Path:
    return data_dir() / JOURNAL_NAME


def profile_path() -> Path:
    return data_dir() / PROFILE_NAME
