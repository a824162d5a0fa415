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


_PLAIN_TYPES = {"v": (int,), "eerste_keer_gezien": (bool,), "maatje": (str, type(None)), "maatje_sinds": (str, type(None))}


def _plainly_valid(data: dict) -> bool:
    """Whether the stored settings are clearly what `Profile` accepts (checked without pydantic)."""
    if not set(data) <= set(_PLAIN_TYPES):
        return False
    for key, value in data.items():
        if type(value) not in _PLAIN_TYPES[key] or (key == "v" and not 0 < value <= 1):
            return False
    since = data.get("maatje_sinds")
    if since is not None:
        from datetime import datetime

        try:
            datetime.fromisoformat(since)
        except ValueError:
            return False
    return True


def stored_partner() -> str | None:
    """The practice partner's name: from the file as stored when it is plainly valid (the start
    screen stays light), else through `load_profile` (which reports a damaged file)."""
    data = peek_profile()
    if _plainly_valid(data) and (data or not profile_path().exists()):
        return data.get("maatje")
    return load_profile().partner


def first_run_note() -> str | None:
    """The welcome note, the first time only (then it is marked as seen); None afterwards."""
    from vraaghulp.messages import t

    if peek_profile().get("eerste_keer_gezien") is True:
        return None
    profile = load_profile()
    if profile.first_run_seen:
        return None
    profile.first_run_seen = True
    try:
        save_profile(profile)
    except Exception:  # noqa: BLE001 - the note must never stop the coach
        pass
    return t("start.welkom")
