"""A new ask as the stored dict, without pydantic: adding one record stays quick.

`vraaghulp oefen --wie ... --vraag ...` gets its values checked by the option declaration
(texts stripped and not empty, scales in range), so the record is valid by construction;
`new_ask_record` lays it out exactly as `models.Ask` stores it (same keys, same order, the
same JSON for dates), and `tests/test_oefen_cli.py` proves both give the same line.
"""

from __future__ import annotations

import json

from vraaghulp.schema import SCHEMA_VERSION

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
