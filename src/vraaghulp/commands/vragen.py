"""`vraaghulp vragen`: frequently asked questions, browsable, or printed all at once."""

from __future__ import annotations

from typing import Optional

import typer

HELP = (
    "Veelgestelde vragen over hulp vragen: is niet vragen gewoon zelfstandig zijn? Wat als mensen "
    "het vervelend vinden? Hoe oefen je als je erg gespannen bent? Kan therapie helpen? "
    "In een terminal blader je erdoor; 'vraaghulp vragen 3' toont vraag 3, --alles toont alles."
)


def register(app: typer.Typer) -> None:
    @app.command("vragen", help=HELP, short_help="Veelgestelde vragen, in gewone woorden.")
    def command(
        nummer: Optional[int] = typer.Argument(None, metavar="[NUMMER]", help="Toon alleen deze vraag."),
        alles: bool = typer.Option(False, "--alles", "-a", help="Toon alle vragen met antwoord onder elkaar."),
        json_out: bool = typer.Option(False, "--json", help="Schrijf de vragen als JSON."),
    ) -> None:
        run(nummer, alles, json_out)


def load_faq() -> list:
    from pydantic import BaseModel, Field

    from vraaghulp.content import load

    class Entry(BaseModel):
        title: str = Field(alias="titel", min_length=1)
        answer: str = Field(alias="antwoord", min_length=1)

    class Faq(BaseModel):
        entries: list[Entry] = Field(alias="vraag", min_length=1)

    return load("vragen", Faq).entries


def run(number: int | None, show_all: bool, as_json: bool) -> None:
    from vraaghulp.commands._common import console, stdin_is_terminal
    from vraaghulp.errors import UsageError
    from vraaghulp.render import stdout_is_terminal

    entries = load_faq()
    numbered = list(enumerate(entries, start=1))
    if number is not None:
        if not 1 <= number <= len(entries):
            raise UsageError(
                f"Er zijn {len(entries)} vragen; kies een nummer van 1 tot en met {len(entries)}. "
                "Zie 'vraaghulp vragen --alles' voor de lijst."
            )
        numbered = [numbered[number - 1]]
    if as_json:
        import json

        from vraaghulp.render.care import reflow

        items = [{"nummer": n, "vraag": e.title, "antwoord": reflow(e.answer)} for n, e in numbered]
        from vraaghulp.render import json_safe

        print(json_safe(json.dumps({"versie": 1, "items": items}, ensure_ascii=False, indent=2)))
        return
    out = console()
    if number is not None or show_all or not (stdin_is_terminal() and stdout_is_terminal()):
        from vraaghulp.render.care import faq_plain

        out.print(faq_plain(numbered), markup=False, highlight=False)
        return
    from vraaghulp.commands._common import prompter

    from vraaghulp.errors import Interrupted

    try:
        browse(prompter(out), out, entries)
    except KeyboardInterrupt:
        raise Interrupted("\nGestopt. Bij de vragen wordt niets opgeslagen, dus er is ook niets verloren.") from None


STOP = "__stop__"


def browse(ask, out, entries: list) -> int:
    """Let the user pick questions until they stop; returns how many answers were shown."""
    from vraaghulp.render.care import faq_entry

    shown = 0
    options = [(index, f"{index}. {entry.title}") for index, entry in enumerate(entries, start=1)]
    options.append((STOP, "Stoppen"))
    default = 1
    out.print("Veelgestelde vragen. Kies er een om het antwoord te lezen.", style="bold")
    while True:
        chosen = ask.choice("Welke vraag?", options, default=default)
        if chosen == STOP:
            return shown
        out.print()
        faq_entry(out, chosen, entries[chosen - 1])
        out.print()
        shown += 1
        default = chosen + 1 if chosen < len(entries) else STOP
