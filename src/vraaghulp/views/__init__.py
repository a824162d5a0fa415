"""How a record looks, one module per kind: `ask`, `script`, `gesprek`, `check`.

Each has `row` (the log table cells, from the stored dict), `row_problem` (what a row
cannot do without), `detail` (one record in full, Rich), `summary` (one plain line),
`markdown` (its section of the report) and `CSV_FIELDS` (its csv columns). Rows and
problems are standard library only: the light log views use them. To add a record kind:
a model in `models.py`, its word in `schema.KINDS`, and a module here listed in `_MODULES`.
"""

from __future__ import annotations

import importlib

from vraaghulp.schema import KINDS

_MODULES = {"vraag": "ask", "script": "script", "gesprek": "gesprek", "check": "check"}


def of(kind: str):
    """The view module of a kind."""
    return importlib.import_module(f"vraaghulp.views.{_MODULES[kind]}")


def csv_columns() -> tuple[str, ...]:
    """The same columns for every kind: shared ones first, each kind's own, the version last."""
    columns = ["id", "soort", "gemaakt"]
    for kind in KINDS:
        columns.extend(of(kind).CSV_FIELDS)
    return (*columns, "v")


def summary(record) -> str:
    return of(record.kind).summary(record)


def stored_summary(data: dict) -> str:
    """`summary` of a record as stored, a dict the model accepts as it is (`light.records.model_form`)."""
    return of(data["soort"]).stored_summary(data)
