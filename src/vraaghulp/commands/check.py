"""`vraaghulp check`: a short self-check of signals that asking is harder for you than for most."""

from __future__ import annotations

from typing import Optional

import typer

HELP = (
    "Een korte zelfcheck: herken je signalen dat hulp vragen jou meer moeite kost dan de meeste "
    "mensen? Tien vragen, een uitslag in gewone woorden en een volgende stap. Geen test en geen "
    "diagnose. Wordt alleen bewaard als jij dat wilt."
)


def register(app: typer.Typer) -> None:
    @app.command("check", help=HELP, short_help="Korte zelfcheck: hoe moeilijk is vragen voor jou?")
    def command(
        antwoorden: Optional[str] = typer.Option(
            None,
            "--antwoorden",
            metavar="LIJST",
            help="Je antwoorden zonder vragen, per signaal 0 (nee), 1 (soms) of 2 (vaak), met komma's: 1,0,2,...",
        ),
        bewaar: Optional[bool] = typer.Option(
            None,
            "--bewaar/--niet-bewaren",
            help="Bewaar de uitslag in je logboek, of juist niet. Zonder deze optie vraagt vraaghulp het "
            "(of, zonder terminal, wordt er niets bewaard).",
        ),
        json_out: bool = typer.Option(False, "--json", help="Schrijf de uitslag als JSON."),
    ) -> None:
        run(antwoorden, bewaar, json_out)


def run(answers_raw: str | None, keep: bool | None, as_json: bool) -> None:
    from datetime import datetime

    from vraaghulp.commands._common import console, prompter, require_terminal, stdin_is_terminal
    from vraaghulp.errors import Interrupted, UsageError
    from vraaghulp.flows.check import ask_answers, band_for, load_check, make_record, parse_answers, score
    from vraaghulp.render.care import check_result

    content = load_check()
    out = console(stderr=as_json)
    if answers_raw is None:
        require_terminal("check", ["--antwoorden"])
        if as_json:
            raise UsageError("--json werkt alleen samen met --antwoorden. Zie 'vraaghulp check --help'.")
    interactive = answers_raw is None
    try:
        if interactive:
            answers = ask_answers(prompter(out), out, content)
        else:
            answers = parse_answers(answers_raw, len(content.signals))
        total = score(answers)
        band = band_for(content, total)
        record = make_record(content, answers, datetime.now().astimezone())
        if as_json:
            import json

            from vraaghulp.models import record_dict

            item = record_dict(record)
            item["uitslag_titel"] = band.title
            item["volgende_stap"] = band.step
            item["max_score"] = content.max_score
            if keep:
                _save(record)
            item["bewaard"] = bool(keep)
            from vraaghulp.render import json_safe

            print(json_safe(json.dumps({"versie": 1, "items": [item]}, ensure_ascii=False, indent=2)))
            return
        check_result(out, band, total, content.max_score)
        if keep is None and interactive and stdin_is_terminal():
            out.print()
            keep = prompter(out).confirm(
                "Wil je deze uitslag bewaren in je logboek, om later te vergelijken?", default=False
            )
    except KeyboardInterrupt:
        raise Interrupted("\nAfgebroken — de zelfcheck is niet bewaard.") from None
    if keep:
        _save(record)
        out.print(f"Bewaard in je logboek ({record.id}).", style="dim")
    elif keep is None:
        out.print("Niet bewaard. Wil je hem bewaren? Voeg dan --bewaar toe.", style="dim")
    else:
        out.print("Niet bewaard. Alleen jij hebt dit gezien.", style="dim")


def _save(record) -> None:
    from vraaghulp.store import Journal

    Journal().append(record)
