"""`vraaghulp hulplijn`: who you can call or chat with right now (NL and BE), on demand."""

from __future__ import annotations

import typer

HELP = (
    "Heb je het nu zwaar? Hier zie je meteen wie je kunt bellen of chatten, dag en nacht: "
    "113 Zelfmoordpreventie (Nederland), de Zelfmoordlijn 1813 (België), en 112 bij direct gevaar."
)


def register(app: typer.Typer) -> None:
    @app.command("hulplijn", help=HELP, short_help="Heb je het nu zwaar? Wie je meteen kunt bellen.")
    def command(
        kaal: bool = typer.Option(False, "--kaal", help="Gewone tekst zonder kader of kleur (om te kopiëren of te printen)."),
    ) -> None:
        show(plain=kaal)


def show(*, plain: bool) -> None:
    if plain:
        from vraaghulp.render.care import crisis_plain

        print(crisis_plain())
        return
    from vraaghulp import safety
    from vraaghulp.render import make_console

    safety.show_panel(make_console(), on_demand=True)
