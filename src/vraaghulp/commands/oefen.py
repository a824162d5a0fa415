"""`vraaghulp oefen`: the daily practice, interactive or fully by options."""

from __future__ import annotations

from typing import Optional

import typer

from vraaghulp.commands._common import (
    choice_option,
    console,
    prompter,
    require_terminal,
    scale_option,
    text_option,
)

HELP = (
    "De dagelijkse oefening: eerst kijk je terug op open vragen, dan check je kort in, "
    "krijg je een oefenvraag voor vandaag, maak je er één duidelijke zin van en voorspel je "
    "wat er gebeurt. Alles kan ook met opties, zonder vragen."
)


def register(app: typer.Typer) -> None:
    @app.command("oefen", help=HELP)
    def command(
        wie: Optional[str] = typer.Option(None, "--wie", help="Aan wie je het vraagt."),
        vraag: Optional[str] = typer.Option(None, "--vraag", help="Wat je vraagt (de zin)."),
        angst: Optional[int] = typer.Option(None, "--angst", help="Hoe spannend het nu is, 0-10."),
        kans: Optional[int] = typer.Option(None, "--kans", help="De kans op een ja, 0-100 (procent)."),
        verwachting: Optional[str] = typer.Option(None, "--verwachting", help="Wat je denkt dat er gebeurt."),
        wanneer: Optional[str] = typer.Option(None, "--wanneer", help="Wanneer je het vraagt."),
        niveau: Optional[int] = typer.Option(None, "--niveau", help="Het niveau op de ladder, 1-5."),
        volheid: Optional[int] = typer.Option(None, "--volheid", help="Check-in: hoe vol je zit, 0-10."),
        script_id: Optional[str] = typer.Option(None, "--script", help="Id van de overtuiging die deze vraag test."),
        afronden: Optional[str] = typer.Option(None, "--afronden", metavar="ID", help="Noteer de uitkomst van deze open vraag."),
        uitkomst: Optional[str] = typer.Option(None, "--uitkomst", help="ja, nee, deels of geen-reactie."),
        angst_na: Optional[int] = typer.Option(None, "--angst-na", help="Hoe spannend het nu nog voelt, 0-10."),
        vergelijking: Optional[str] = typer.Option(None, "--vergelijking", help="beter, zoals-verwacht of slechter dan voorspeld."),
        geleerd: Optional[str] = typer.Option(None, "--geleerd", help="Wat je ervan leerde."),
        afgezien: bool = typer.Option(False, "--afgezien", help="Met --afronden: je hebt besloten het niet te vragen."),
        geloof_na: Optional[int] = typer.Option(
            None, "--geloof-na", help="Met --afronden: hoe waar de overtuiging die deze vraag testte nu voelt, 0-100."
        ),
        json_out: bool = typer.Option(False, "--json", help="Schrijf het resultaat als JSON."),
    ) -> None:
        from vraaghulp.commands import oefen_run

        if afronden is not None:
            oefen_run.finish(
                afronden,
                outcome=choice_option(uitkomst, "--uitkomst", ("ja", "nee", "deels", "geen-reactie")),
                fear_after=scale_option(angst_na, "--angst-na", 0, 10),
                comparison=choice_option(vergelijking, "--vergelijking", ("beter", "zoals-verwacht", "slechter")),
                learned=text_option(geleerd, "--geleerd"),
                set_aside=afgezien,
                as_json=json_out,
                belief_after=scale_option(geloof_na, "--geloof-na", 0, 100),
            )
            return
        given = {
            "--wie": text_option(wie, "--wie"),
            "--vraag": text_option(vraag, "--vraag"),
            "--angst": scale_option(angst, "--angst", 0, 10),
            "--kans": scale_option(kans, "--kans", 0, 100),
        }
        extra = dict(
            expectation=text_option(verwachting, "--verwachting"),
            moment=text_option(wanneer, "--wanneer"),
            level=scale_option(niveau, "--niveau", 1, 9),
            fullness=scale_option(volheid, "--volheid", 0, 10),
            script_id=script_id,
        )
        for name, value in (("--uitkomst", uitkomst), ("--angst-na", angst_na), ("--vergelijking", vergelijking), ("--geleerd", geleerd), ("--geloof-na", geloof_na)):
            if value is not None:
                from vraaghulp.errors import UsageError

                raise UsageError(f"{name} hoort bij --afronden ID. Zie 'vraaghulp oefen --help'.")
        if any(v is not None for v in given.values()) or any(v is not None for v in extra.values()):
            require_terminal("oefen", [name for name, value in given.items() if value is None])
            oefen_run.create(given, extra, as_json=json_out)
            return
        require_terminal("oefen", ["--wie", "--vraag", "--angst", "--kans"])
        if json_out:
            from vraaghulp.errors import UsageError

            raise UsageError("--json werkt alleen samen met opties (bijvoorbeeld --wie, --vraag, --angst en --kans).")
        oefen_run.interactive(console(), prompter)
