"""`vraaghulp kaart`: one short card for today (also routed fast by vraaghulp.entry)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command(
        "kaart",
        help="Eén korte kaart voor vandaag: anders kijken, een nieuwe regel of een kleine uitdaging. "
        "Snel genoeg voor je shell-opstartbestand (zet 'vraaghulp kaart' in ~/.bashrc).",
    )
    def command(
        willekeurig: bool = typer.Option(False, "--willekeurig", "-w", help="Een andere, willekeurige kaart."),
    ) -> None:
        from vraaghulp.card import today_text

        typer.echo(today_text(shuffle=willekeurig))
