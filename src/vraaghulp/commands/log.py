"""`vraaghulp log`: look back at asks, scripts and conversations (first version)."""

from __future__ import annotations

from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("log", help="Kijk terug op je vragen: wat je voorspelde en wat er echt gebeurde.")
    def command(
        aantal: int = typer.Option(20, "--aantal", "-n", help="Hoeveel items (standaard 20)."),
        json_out: bool = typer.Option(False, "--json", help="Alles als JSON: {\"versie\": 1, \"items\": [...]}."),
    ) -> None:
        from vraaghulp.commands._common import json_envelope, journal
        from vraaghulp.models import record_dict

        records = journal().records()
        if json_out:
            print(json_envelope([record_dict(r) for r in records]))
            return
        from vraaghulp.render import make_console, one_line, dutch_date

        out = make_console()
        for r in records[-aantal:][::-1]:
            out.print(f"{r.id}  {dutch_date(r.created)}  {r.kind}  {one_line(getattr(r, 'text', '') or getattr(r, 'sentence', ''), 60)}", markup=False)
