"""The small settings file (first-run note seen, practice partner)."""

from __future__ import annotations

import json

from vraaghulp.errors import StoreError
from vraaghulp.paths import ensure_private_dir, profile_path


def peek_profile() -> dict:
    """The settings as stored, without checking them (no pydantic): {} when missing or unreadable.

    For a quick look before the first question; `load_profile` checks and reports.
    """
    try:
        with open(profile_path(), encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load_profile():
    from vraaghulp.models import Profile

    path = profile_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Profile()
    except OSError:
        return Profile()
    try:
        return Profile.model_validate(json.loads(text))
    except Exception:  # noqa: BLE001 - a broken settings file must not stop the coach
        from vraaghulp.messages import t
        from vraaghulp.store.read import report_line

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
