"""Pydantic records stored in the journal.

Attribute names are English; the JSON keys (aliases) are Dutch, because they are what a
user sees in `--json` output and exports. Every record carries a schema version `v`.
Changing a field means: bump SCHEMA_VERSION, add a step to MIGRATIONS, and keep the
frozen fixture in tests/fixtures readable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Callable, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from vraaghulp.messages import t
from vraaghulp.schema import COMPARISONS, MAX_LEVEL, SCHEMA_VERSION, STATUSES

Status = Literal[STATUSES]
Outcome = Literal["ja", "nee", "deels", "geen-reactie"]  # this order in messages; OUTCOMES orders charts
Comparison = Literal[COMPARISONS]
Scale10 = Annotated[int, Field(ge=0, le=10)]
Scale100 = Annotated[int, Field(ge=0, le=100)]


class _Model(BaseModel):
    model_config = ConfigDict(
        defer_build=True,  # schemas are built on first use: importing this module stays cheap
        extra="forbid",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        validate_assignment=True,
    )


class _Record(_Model):
    id: str = Field(min_length=1, max_length=40)
    kind: str = Field(alias="soort")
    version: int = Field(default=SCHEMA_VERSION, alias="v")
    created: datetime = Field(alias="gemaakt")


class Ask(_Record):
    """One ask, logged as an experiment: a prediction before, an outcome after."""

    kind: Literal["vraag"] = Field(default="vraag", alias="soort")
    person: str = Field(min_length=1, alias="wie")
    text: str = Field(min_length=1, alias="vraag")
    moment: str | None = Field(default=None, alias="wanneer")
    level: int | None = Field(default=None, ge=1, le=MAX_LEVEL, alias="niveau")
    expectation: str | None = Field(default=None, alias="verwachting")
    fear_before: Scale10 = Field(alias="angst_voor")
    chance: Scale100 = Field(alias="kans")
    fullness: Scale10 | None = Field(default=None, alias="volheid")
    script_id: str | None = Field(default=None, alias="script")
    status: Status = "open"
    outcome: Outcome | None = Field(default=None, alias="uitkomst")
    comparison: Comparison | None = Field(default=None, alias="vergelijking")
    fear_after: Scale10 | None = Field(default=None, alias="angst_na")
    learned: str | None = Field(default=None, alias="geleerd")
    closed: datetime | None = Field(default=None, alias="afgerond")


class Rating(_Model):
    """One belief rating of a script, with its date and the ask that prompted it."""

    date: datetime = Field(alias="datum")
    value: Scale100 = Field(alias="waarde")
    ask_id: str | None = Field(default=None, alias="vraag")


class Script(_Record):
    """A belief script: the inner sentence that stops someone from asking."""

    kind: Literal["script"] = Field(default="script", alias="soort")
    sentence: str = Field(min_length=1, alias="zin")
    voice: str | None = Field(default=None, alias="stem")
    voice_note: str | None = Field(default=None, alias="stem_toelichting")
    belief: Scale100 | None = Field(default=None, alias="geloof")
    fear: str | None = Field(default=None, alias="bang_voor")
    role_reversal: str | None = Field(default=None, alias="rolwissel")
    new_rule: str | None = Field(default=None, alias="nieuwe_regel")
    belief_after: Scale100 | None = Field(default=None, alias="geloof_na")
    ratings: list[Rating] = Field(default_factory=list, alias="beoordelingen")


class Conversation(_Record):
    """The seven-step conversation between a client and someone close."""

    kind: Literal["gesprek"] = Field(default="gesprek", alias="soort")
    mode: Literal["samen", "hulpverlener"] = Field(default="samen", alias="modus")
    names: list[str] = Field(default_factory=list, alias="namen")
    relation: str | None = Field(default=None, alias="relatie")
    notes: dict[str, str] = Field(default_factory=dict, alias="notities")
    deflected: bool | None = Field(default=None, alias="afgeleid")
    finished: bool = Field(default=False, alias="voltooid")
    first_step: int = Field(default=1, ge=1, le=7, alias="eerste_stap")
    last_step: int = Field(default=0, ge=0, le=7, alias="laatste_stap")


class SelfCheck(_Record):
    """A saved self-check: which signals the user recognised."""

    kind: Literal["check"] = Field(default="check", alias="soort")
    answers: dict[str, int] = Field(default_factory=dict, alias="antwoorden")
    score: int = 0
    result: str = Field(default="", alias="uitslag")


Record = Annotated[Union[Ask, Script, Conversation, SelfCheck], Field(discriminator="kind")]

_adapter: list[TypeAdapter[Any]] = []


def _record_adapter() -> TypeAdapter[Any]:
    if not _adapter:
        _adapter.append(TypeAdapter(Record))
    return _adapter[0]

# Upgrades of stored dicts, one step at a time: MIGRATIONS[n] turns version n into n + 1.
# Version 2 only adds what older programs must not misread (version stamps, tombstones).
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: lambda data: data}
STAMPS = "_sync"  # version stamps for many devices (`sync.versions`): not part of the record


class NewerVersionError(ValueError):
    """The record was written by a newer vraaghulp than this one."""


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a stored dict up to SCHEMA_VERSION (or refuse a newer one)."""
    version = data.get("v", 1)
    if not isinstance(version, int) or version < 1:
        raise ValueError(t("ongeldig.onbekende_schemaversie"))
    if version > SCHEMA_VERSION:
        raise NewerVersionError(version)
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](dict(data))
        version += 1
        data["v"] = version
    return data


def parse_record(data: Any) -> Ask | Script | Conversation | SelfCheck:
    """Validate a decoded JSON value as a record, upgrading old versions first."""
    if not isinstance(data, dict):
        raise ValueError(t("ongeldig.geen_object"))
    if STAMPS in data:
        data = {k: v for k, v in data.items() if k != STAMPS}
    return _record_adapter().validate_python(upgrade(data))


def dump_record(record: BaseModel) -> str:
    """One JSON line (without newline) for a record."""
    return record.model_dump_json()


def record_dict(record: BaseModel) -> dict[str, Any]:
    """The record as plain JSON-ready data with Dutch keys."""
    return record.model_dump(mode="json")


class Profile(_Model):
    """Small settings that are not journal entries."""

    version: int = Field(default=SCHEMA_VERSION, alias="v")
    first_run_seen: bool = Field(default=False, alias="eerste_keer_gezien")
    shell_offered: bool = Field(default=False, alias="shell_aangeboden")  # `vraaghulp init` was offered once
    partner: str | None = Field(default=None, alias="maatje")
    partner_since: datetime | None = Field(default=None, alias="maatje_sinds")
    country: str | None = Field(default=None, alias="land")  # whose helplines come first ("NL", "BE")
