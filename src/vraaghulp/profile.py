"""The small settings file (first-run note seen, practice partner).

Stored as one JSON document with version stamps (`sync.versions`), so the versions two
devices wrote merge field by field; encrypted as one line when the data folder is.

A profile that cannot be read (bad JSON, an unknown field, bytes that are not UTF-8) is never
overwritten: the program works with the defaults and says how to repair it. Only an explicit
change (`maatje`) moves the damaged file aside, keeps its bytes and says where. Every change
is a read-modify-write of the current file under the journal's lock (`update_profile`).
"""

from __future__ import annotations

import json

from vraaghulp.errors import StoreError
from vraaghulp.paths import PROFILE_NAME, ensure_private_dir, profile_path
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


def _read(path):
    """(profile, None, stored document) when readable or missing, (defaults, reason, None) when damaged."""
    from vraaghulp.models import Profile
    from vraaghulp.store.read import NotRegularFile, TooLarge, read_regular

    try:
        raw = read_regular(path, PROFILE_LIMIT)
    except (NotRegularFile, TooLarge) as exc:  # a FIFO or a device is never waited on; neither is replaced
        from vraaghulp.messages import t

        return Profile(), t("opslag.profiel_te_groot" if isinstance(exc, TooLarge) else "opslag.profiel_geen_bestand"), None
    except OSError:  # missing, a folder, no access: defaults, nothing to keep
        return Profile(), None, None
    try:
        data = read_profile_data(raw)
        return Profile.model_validate({k: v for k, v in data.items() if k != "_sync"}), None, data
    except Exception as exc:  # noqa: BLE001 - a broken settings file (bad JSON or UTF-8, deep nesting) must not stop the coach
        from vraaghulp.invalid import short_reason

        return Profile(), short_reason(exc), None


def _report(key: str, **params) -> None:
    from vraaghulp.messages import t
    from vraaghulp.store.read import Problem, report

    class ProfileNote(Problem):
        __slots__ = ()

        def message(self) -> str:
            return self.reason

    report(ProfileNote(params.get("pad"), None, t(f"opslag.{key}", **params)))


def load_profile():
    """The settings; the defaults (with a note how to repair it) when the file is damaged."""
    path = profile_path()
    profile, damage, _document = _read(path)
    if damage is not None:
        _report("profiel_beschadigd", pad=path, reden=damage)
    return profile


def _move_aside(path) -> None:
    import os
    from datetime import datetime

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.beschadigd-{stamp}{path.suffix}")
    try:
        os.replace(path, aside)
    except OSError as exc:
        from vraaghulp.errors import os_error_message

        raise StoreError(os_error_message(exc, path)) from exc
    _report("profiel_opzij", pad=path, opzij=aside.name)


def update_profile(change, *, explicit: bool = True):
    """Apply change(current profile) to the stored profile and save it, under the journal lock.

    A damaged profile is moved aside first when `explicit` (the user asked for this change);
    otherwise it is left as it is and nothing is saved (returns None).
    """
    from vraaghulp.store.files import remove_leftovers
    from vraaghulp.store.journal import Journal

    import os

    path = profile_path()
    with Journal().lock():
        if os.path.islink(path):  # like the journal: never replace a link to a file elsewhere
            if not explicit:
                return None
            from vraaghulp.messages import t

            raise StoreError(t("opslag.koppeling", pad=path))
        if path.exists() and not path.is_file():  # a folder, FIFO or device is never moved or replaced
            if not explicit:
                return None
            from vraaghulp.messages import t

            raise StoreError(t("opslag.geen_gewoon_bestand", pad=path))
        remove_leftovers(path.parent, PROFILE_NAME)  # what a killed profile write left
        current, damage, document = _read(path)
        if damage is not None:
            if not explicit:
                _report("profiel_beschadigd", pad=path, reden=damage)
                return None
            _move_aside(path)
        new = change(current)
        _write(path, new, document)
    return new


def _write(path, profile, old: dict | None) -> None:
    """The profile stamped against the stored document `old` (versions of devices merge per field)."""
    from vraaghulp.store import codec
    from vraaghulp.store.files import write_private_file
    from vraaghulp.sync.versions import stamp_change, stamp_new

    ensure_private_dir(path.parent)
    try:
        new = profile.model_dump(mode="json")
    except Exception as exc:  # noqa: BLE001
        from vraaghulp.messages import t

        raise StoreError(t("opslag.profiel_niet_opgeslagen")) from exc
    device = codec.device().id
    try:
        document = stamp_change(old, new, device) if old else stamp_new(new, device)
    except ValueError:  # stamps edited by hand: start them again
        document = stamp_new(new, device)
    write_private_file(path, profile_document(document))


def save_profile(profile) -> None:
    """Store these settings as they are (an explicit change: a damaged file is moved aside)."""
    update_profile(lambda _current: profile)


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


def mark_once(field: str) -> bool:
    """Set the boolean setting `field`; True the one time it was not set yet and is now saved.
    A damaged profile stays as it is and a failed save is not an error: then False."""
    due = []

    def mark(profile):
        due.append(not getattr(profile, field))
        return profile.model_copy(update={field: True})

    try:
        update_profile(mark, explicit=False)
    except Exception:  # noqa: BLE001 - a note or a tip is never worth failing over
        return False
    return bool(due and due[0])


def first_run_note() -> str | None:
    """The welcome note, the first time only (then it is marked as seen); None afterwards."""
    from vraaghulp.messages import t

    if peek_profile().get("eerste_keer_gezien") is True:
        return None
    return t("start.welkom") if mark_once("first_run_seen") else None
