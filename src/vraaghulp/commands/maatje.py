"""`vraaghulp maatje` (not built yet)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("maatje", help="(Nog in aanbouw.)", hidden=True)
    def command() -> None:
        from vraaghulp.errors import VraaghulpError

        raise VraaghulpError("Deze opdracht is nog in aanbouw. Zie 'vraaghulp --help' voor wat er al kan.")
