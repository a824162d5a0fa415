"""Asks as stored dicts, without pydantic: adding one record and `log --json` stay quick.

`vraaghulp oefen --wie ... --vraag ...` gets its values checked by the option declaration
(texts stripped and not empty, scales in range), so the record is valid by construction;
`new_ask_record` lays it out exactly as `models.Ask` stores it (same keys, same order, the
same JSON for dates), and `tests/test_oefen_cli.py` proves both give the same line.
`canonical_ask` tells whether a stored ask is already exactly what the model gives back.
"""

from __future__ import annotations

import json

from vraaghulp.schema import COMPARISONS, OUTCOMES, SCHEMA_VERSION, STATUSES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime


def json_datetime(when: datetime) -> str:
    """A datetime as pydantic writes it in JSON: ISO 8601, "Z" for UTC."""
    text = when.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def new_ask_record(*, record_id: str, person: str, text: str, fear: int, chance: int, when: datetime,
                   moment: str | None = None, expectation: str | None = None, level: int | None = None,
                   fullness: int | None = None, script_id: str | None = None) -> dict:
    """An open ask, keys in the stored order."""
    return {
        "id": record_id, "soort": "vraag", "v": SCHEMA_VERSION, "gemaakt": json_datetime(when),
        "wie": person, "vraag": text, "wanneer": moment, "niveau": level, "verwachting": expectation,
        "angst_voor": fear, "kans": chance, "volheid": fullness, "script": script_id, "status": "open",
        "uitkomst": None, "vergelijking": None, "angst_na": None, "geleerd": None, "afgerond": None,
    }


def record_line(record: dict) -> bytes:
    """One stored line (without newline), as compact as pydantic's `model_dump_json`."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# ----------------------------------------------------------------------------------------
# Is a stored ask already exactly what the model would give back?
# ----------------------------------------------------------------------------------------
ASK_KEYS = ("id", "soort", "v", "gemaakt", "wie", "vraag", "wanneer", "niveau", "verwachting", "angst_voor",
            "kans", "volheid", "script", "status", "uitkomst", "vergelijking", "angst_na", "geleerd", "afgerond")
_OPTIONAL_TEXT = ("wanneer", "verwachting", "script", "geleerd")
_SCALES = (("angst_voor", 0, 10, False), ("kans", 0, 100, False), ("niveau", 1, 9, True), ("volheid", 0, 10, True),
           ("angst_na", 0, 10, True))


def canonical_ask(data: dict) -> bool:
    """True when `data` is an ask exactly as `models.Ask` validates and writes it back (same keys in
    the same order, plain types, values in range, dates as written). Then the stored dict can be
    shown as is; anything else (an older layout, a hand edit) goes through the model. A test
    checks that whatever this accepts, the model accepts and gives back unchanged."""
    if tuple(data) != ASK_KEYS or data["soort"] != "vraag" or data["v"] != SCHEMA_VERSION or type(data["v"]) is not int:
        return False
    record_id, person, text = data["id"], data["wie"], data["vraag"]
    if type(record_id) is not str or not 0 < len(record_id) <= 40 or type(person) is not str or not person:
        return False
    if type(text) is not str or not text or any(type(data[key]) not in (str, type(None)) for key in _OPTIONAL_TEXT):
        return False
    for key, low, high, optional in _SCALES:
        value = data[key]
        if type(value) is not int or not low <= value <= high:
            if not (optional and value is None):
                return False
    if data["status"] not in STATUSES or data["uitkomst"] not in _OUTCOMES or data["vergelijking"] not in _COMPARISONS:
        return False
    return _canonical_time(data["gemaakt"]) and (data["afgerond"] is None or _canonical_time(data["afgerond"]))


_OUTCOMES = (*OUTCOMES, None)
_COMPARISONS = (*COMPARISONS, None)


def _canonical_time(value) -> bool:
    from datetime import datetime

    if type(value) is not str:
        return False
    try:
        return json_datetime(datetime.fromisoformat(value)) == value
    except ValueError:
        return False
