"""The small settings file (first-run note seen, practice partner).

Stored as one JSON document with version stamps (`sync.versions`), so the versions two
devices wrote merge field by field; encrypted as one line when the data folder is.
"""

from __future__ import annotations

import json

from vraaghulp.errors import StoreError
from vraaghulp.paths import ensure_private_dir, profile_path
from vraaghulp.schema import SCHEMA_VERSION

ROLE = "profiel"  # the associated data of an encrypted profile: never mistaken for a journal line
_ENCRYPTED = b'{"enc":'
PROFILE_LIMIT = 1 << 20  # a settings file is a few hundred bytes; more is not ours


def read_profile_data(raw: bytes) -> dict:
    """The stored document (with its stamps) from the file's bytes; ValueError when unusable."""
    raw = raw.strip()
    if raw.startswith(_ENCRYPTED):
        from vraaghulp.store.codec import open_line

        raw = open_line(raw, ROLE)
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a document")
    return data


def _stored() -> dict | None:
    """The stored document, or None when missing, unreadable or not a regular file (never waits on a FIFO)."""
    from vraaghulp.store.read import read_regular

    try:
        return read_profile_data(read_regular(profile_path(), PROFILE_LIMIT))
    except (OSError, ValueError, RecursionError):
        return None


def peek_profile() -> dict:
    """The settings as stored, without checking them (no pydantic): {} when missing or unreadable.

    For a quick look before the first question; `load_profile` checks and reports.
    """
    data = _stored()
    return {k: v for k, v in data.items() if k != "_sync"} if data else {}


def load_profile():
    from vraaghulp.messages import t
    from vraaghulp.models import Profile
    from vraaghulp.store.read import NotRegularFile, read_regular, report_line

    path = profile_path()
    try:
        raw = read_regular(path, PROFILE_LIMIT)
    except FileNotFoundError:
        return Profile()
    except NotRegularFile:  # a FIFO or a device: never wait on it
        report_line(path, None, t("opslag.profiel_geen_bestand"))
        return Profile()
    except OSError:
        return Profile()
    try:
        data = read_profile_data(raw)
        return Profile.model_validate({k: v for k, v in data.items() if k != "_sync"})
    except Exception:  # noqa: BLE001 - a broken settings file (bad JSON or UTF-8, deep nesting) must not stop the coach
        report_line(path, None, t("opslag.profiel_beschadigd"))
        return Profile()


def save_profile(profile) -> None:
    from vraaghulp.store import codec
    from vraaghulp.store.files import write_private_file
    from vraaghulp.sync.versions import stamp_change, stamp_new

    path = profile_path()
    ensure_private_dir(path.parent)
    try:
        new = profile.model_dump(mode="json")
    except Exception as exc:  # noqa: BLE001
        from vraaghulp.messages import t

        raise StoreError(t("opslag.profiel_niet_opgeslagen")) from exc
    old = _stored()
    device = codec.device().id
    try:
        document = stamp_change(old, new, device) if old else stamp_new(new, device)
    except ValueError:  # stamps edited by hand: start them again
        document = stamp_new(new, device)
    write_private_file(path, profile_document(document))


def profile_document(document: dict, *, encrypted: bool | None = None) -> bytes:
    """The profile file's bytes: pretty JSON, or one encrypted line when the folder is
    encrypted (or `encrypted` says so)."""
    from vraaghulp.store import codec

    if codec.encrypted() if encrypted is None else encrypted:
        return codec.encode(document, ROLE) + b"\n"
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


# Every field of `models.Profile` with the JSON types it takes (tests/test_light_synced.py compares)
PLAIN_TYPES = {"v": (int,), "eerste_keer_gezien": (bool,), "shell_aangeboden": (bool,), "maatje": (str, type(None)),
               "maatje_sinds": (str, type(None)), "land": (str, type(None))}


def _plainly_valid(data: dict) -> bool:
    """Whether the stored settings are clearly what `Profile` accepts (checked without pydantic)."""
    if not set(data) <= set(PLAIN_TYPES):
        return False
    for key, value in data.items():
        if type(value) not in PLAIN_TYPES[key] or (key == "v" and not 0 < value <= SCHEMA_VERSION):
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
