"""The small settings file (first-run note seen, practice partner)."""

from __future__ import annotations

import json

from vraaghulp.errors import StoreError
from vraaghulp.paths import ensure_private_dir, profile_path

PROFILE_LIMIT = 1 << 20  # a settings file is a few hundred bytes; more is not ours


def peek_profile() -> dict:
    """The settings as stored, without checking them (no pydantic): {} when missing or unreadable.

    For a quick look before the first question; `load_profile` checks and reports.
    """
    from vraaghulp.store.read import open_regular

    try:
        with open_regular(profile_path()) as handle:
            data = json.loads(handle.read(PROFILE_LIMIT).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def load_profile():
    from vraaghulp.messages import t
    from vraaghulp.models import Profile
    from vraaghulp.store.read import NotRegularFile, read_regular, report_line

    path = profile_path()
    try:
        text = read_regular(path, PROFILE_LIMIT).decode("utf-8")
    except FileNotFoundError:
        return Profile()
    except NotRegularFile:  # a FIFO or a device: never wait on it
        report_line(path, None, t("opslag.profiel_geen_bestand"))
        return Profile()
    except OSError:
        return Profile()
    except UnicodeDecodeError:
        text = None
    try:
        return Profile.model_validate(json.loads(text))
    except Exception:  # noqa: BLE001 - a broken settings file must not stop the coach
        report_line(path, None, t("opslag.profiel_beschadigd"))
        return Profile()


def save_profile(profile) -> None:
    from vraaghulp.store.files import write_private_file

    path = profile_path()
    ensure_private_dir(path.parent)
    try:
        data = profile.model_dump_json(indent=2).encode("utf-8")
    except Exception as exc:  # noqa: BLE001
        from vraaghulp.messages import t

        raise StoreError(t("opslag.profiel_niet_opgeslagen")) from exc
    write_private_file(path, data)
