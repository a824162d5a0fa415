"""Changing a record's fields from text: `--veld naam=waarde`, the editor's JSON, one prompt.

Values are turned into the field's type (`coerce`) and the whole record is validated again
by pydantic; what does not fit is refused with the reason in Dutch (`invalid.field_reason`).
"""

from __future__ import annotations

import json
from typing import Any

from vraaghulp.messages import t

LOCKED_FIELDS = ("id", "soort", "v")
COMPLEX_FIELDS = ("beoordelingen", "notities", "antwoorden")
EMPTY_WORDS = ("", "-", "leeg", "null")
TRUE_WORDS = ("ja", "j", "true", "1", "waar")
FALSE_WORDS = ("nee", "n", "false", "0", "onwaar")


def field_types(record) -> dict[str, Any]:
    """Dutch key -> annotation, for every field of this record's model."""
    return {(info.alias or name): info.annotation for name, info in type(record).model_fields.items()}


def coerce(annotation: Any, text: str) -> Any:
    """A typed value from a text, for --veld and field-by-field editing. Pydantic checks the rest."""
    stripped = text.strip()
    kind = str(annotation)
    if stripped in EMPTY_WORDS:
        return [] if kind.startswith("list") else ({} if kind.startswith("dict") else None)
    if kind.startswith(("list", "dict")):
        try:
            return json.loads(stripped)
        except (ValueError, RecursionError):
            if kind.startswith("list[str]"):
                return [part.strip() for part in stripped.split(",") if part.strip()]
            return stripped
    if "bool" in kind:
        lowered = stripped.lower()
        if lowered in TRUE_WORDS:
            return True
        if lowered in FALSE_WORDS:
            return False
    return stripped


def apply_fields(record, assignments: list[str]):
    """A new, validated record with `naam=waarde` assignments applied (UsageError/VraaghulpError on problems)."""
    from vraaghulp.errors import UsageError, VraaghulpError
    from vraaghulp.invalid import field_reason
    from vraaghulp.models import parse_record, record_dict

    types = field_types(record)
    data = record_dict(record)
    for assignment in assignments:
        name, sep, value = assignment.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(t("log.bewerk.naam_waarde", gaf=assignment))
        if name in LOCKED_FIELDS:
            raise UsageError(t("log.bewerk.vast_veld", veld=name))
        if name not in types:
            names = ", ".join(k for k in types if k not in LOCKED_FIELDS)
            raise UsageError(t("log.bewerk.geen_veld", soort=record.kind, veld=name, velden=names))
        data[name] = coerce(types[name], value)
    try:
        return parse_record(data)
    except Exception as exc:  # noqa: BLE001
        raise VraaghulpError(t("log.bewerk.niet_opgeslagen", reden=field_reason(exc))) from None


def changed_texts(old, new) -> list[str]:
    """Free-text values that are new or changed (for the crisis check)."""
    from vraaghulp.models import record_dict

    before, after = record_dict(old), record_dict(new)
    texts: list[str] = []

    def collect(value, previous):
        if isinstance(value, str):
            if value != previous:
                texts.append(value)
        elif isinstance(value, dict):
            for key, inner in value.items():
                collect(inner, previous.get(key) if isinstance(previous, dict) else None)
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                collect(inner, previous[index] if isinstance(previous, list) and index < len(previous) else None)

    for key, value in after.items():
        if key not in ("id", "soort", "gemaakt", "afgerond"):
            collect(value, before.get(key))
    return texts


class EditRefused(Exception):
    """The edited text is not a valid record; `reason` is Dutch, `text` is what was typed."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.text = text


def parse_edited(original, text: str):
    """Turn the edited JSON text into a record, or raise EditRefused. None when unchanged."""
    from vraaghulp.invalid import field_reason
    from vraaghulp.models import parse_record, record_dict

    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        where = t("log.bewerk.waar", regel=line, kolom=getattr(exc, "colno", None)) if line else ""
        raise EditRefused(t("log.bewerk.geen_json", waar=where), text) from None
    if not isinstance(data, dict):
        raise EditRefused(t("log.bewerk.geen_object"), text)
    if data.get("id") != original.id:
        raise EditRefused(t("log.bewerk.id_veranderd", id=original.id), text)
    if data.get("soort") != original.kind:
        raise EditRefused(t("log.bewerk.soort_veranderd", soort=original.kind), text)
    try:
        record = parse_record(data)
    except Exception as exc:  # noqa: BLE001
        raise EditRefused(field_reason(exc), text) from None
    if record_dict(record) == record_dict(original):
        return None
    return record


def shown_value(value: Any) -> str:
    from vraaghulp.light.text import one_line

    if value is None:
        return "—"
    if isinstance(value, bool):
        return t("log.bewerk.ja") if value else t("log.bewerk.nee")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return one_line(str(value), 40)


def field_label(name: str) -> str:
    from vraaghulp.messages import lookup

    return (lookup("log.bewerk.velden") or {}).get(name, name)
