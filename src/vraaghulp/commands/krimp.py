"""`vraaghulp krimp`: shrink a draft ask to one clear sentence.

Thin on purpose: the engine is `coach/krimp.py`, the conversation `flows/krimp.py`, the
views `render/krimp.py`. Only typer and the standard library are imported at the top.
"""

from __future__ import annotations

import sys
from typing import Optional

import typer

HELP = (
    "Maak van een lang, voorzichtig bericht één heldere vraag. Je ziet wat weg kan "
    "(excuses, uitwegen, 'misschien'), waarom, en wat er nog ontbreekt, zoals een moment. "
    "Er wordt niets bewaard.\n\n"
    "Zonder tekst en in een terminal plak je je bericht en vul je aan wat ontbreekt. "
    "Je kunt de tekst ook doorgeven met een pipe, of als argument tussen aanhalingstekens "
    "(dan komt hij wel in je shellgeschiedenis).\n\n"
    "Voorbeelden: vraaghulp krimp \"Sorry, zou je misschien ooit naar mijn cv kunnen kijken?\" · "
    "vraaghulp krimp --kaal < concept.txt"
)

# More than enough for any message; the rest of a huge input is not read.
MAX_STDIN_BYTES = 1_000_000


def register(app: typer.Typer) -> None:
    @app.command("krimp", help=HELP)
    def command(
        tekst: Optional[str] = typer.Argument(
            None, metavar="TEKST", help="Je bericht. Laat weg om te plakken of om standaardinvoer te lezen; - leest standaardinvoer.",
            show_default=False,
        ),
        wat: Optional[str] = typer.Option(None, "--wat", help="Wat je precies vraagt, als dat nog niet in je bericht staat."),
        wanneer: Optional[str] = typer.Option(None, "--wanneer", help="Wanneer, bijvoorbeeld 'zaterdagochtend'."),
        hoe_lang: Optional[str] = typer.Option(None, "--hoe-lang", help="Hoe lang het duurt, bijvoorbeeld 'een kwartier'."),
        json_out: bool = typer.Option(False, "--json", help="Schrijf de zin en de opmerkingen als JSON."),
        kaal: bool = typer.Option(False, "--kaal", help="Schrijf alleen de zin, om door te geven aan een ander programma."),
    ) -> None:
        run(tekst=tekst, wat=wat, wanneer=wanneer, hoe_lang=hoe_lang, json_out=json_out, kaal=kaal)


def read_stdin(limit: int = MAX_STDIN_BYTES) -> tuple[str, bool]:
    """Standard input as UTF-8 (invalid bytes replaced); (text, cut off?)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # replaced by a text stream (tests, embedding)
        text = sys.stdin.read(limit + 1) if sys.stdin is not None else ""
        return text[:limit], len(text) > limit
    data = stream.read(limit + 1)
    cut = len(data) > limit
    text = data[:limit].decode("utf-8", errors="replace")
    return text.lstrip("\ufeff"), cut


def run(
    *,
    tekst: str | None,
    wat: str | None,
    wanneer: str | None,
    hoe_lang: str | None,
    json_out: bool,
    kaal: bool,
) -> None:
    from vraaghulp.commands._common import check_texts, console, prompter, stdin_is_terminal, text_option
    from vraaghulp.errors import Interrupted, UsageError

    if json_out and kaal:
        raise UsageError("Kies --json of --kaal, niet allebei. Zie 'vraaghulp krimp --help'.")
    from vraaghulp.flows import krimp as flow

    given = flow.Answers(
        wat=text_option(wat, "--wat"),
        wanneer=text_option(wanneer, "--wanneer"),
        hoe_lang=text_option(hoe_lang, "--hoe-lang"),
    )

    if tekst is None and stdin_is_terminal():
        if json_out or kaal:
            flag = "--json" if json_out else "--kaal"
            raise UsageError(
                f"{flag} heeft een tekst nodig: als argument of via een pipe, "
                f"bijvoorbeeld: vraaghulp krimp {flag} < concept.txt"
            )
        out = console()
        check_texts(out, *given.texts())
        try:
            flow.interactive(prompter(out), out, given)
        except KeyboardInterrupt:
            raise Interrupted("Afgebroken. Er is niets bewaard: krimp bewaart nooit iets.") from None
        return

    from_argument = tekst is not None and tekst != "-"
    cut = False
    if from_argument:
        # Invalid bytes in the argument arrive as lone surrogates: make them visible, harmless.
        text = tekst.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    else:
        text, cut = read_stdin()
    if not text.strip():
        if from_argument:
            raise UsageError(
                "Er staat geen tekst tussen de aanhalingstekens. Geef je bericht mee, of start "
                "'vraaghulp krimp' zonder tekst in een terminal om het te plakken."
            )
        raise UsageError(
            "Er kwam geen tekst binnen om in te korten. Geef je bericht mee via een pipe of tussen "
            "aanhalingstekens, of start 'vraaghulp krimp' in een terminal om het te plakken."
        )

    from vraaghulp.render import krimp as view

    quiet = json_out or kaal
    out = console()
    notes = console(stderr=True) if quiet else out
    check_texts(notes, text, *given.texts())
    _first, result = flow.shrink_text(text, given)

    if json_out:
        import json

        from vraaghulp.render import json_safe

        print(json_safe(json.dumps(view.json_payload(result), ensure_ascii=False, indent=2)))
    elif kaal:
        from vraaghulp.render import clean

        print(clean(result.sentence))
    else:
        # with_answers keeps the draft's own dropped spans
        view.show_analysis(out, text, result, heavy=flow.is_heavy(text))
        view.show_sentence(out, result.sentence)
        open_options = [f"--{item[1].replace('_', '-')}" for item in flow.still_open(result, given)]
        if open_options:
            listed = ", ".join(open_options[:-1]) + " of " + open_options[-1] if len(open_options) > 1 else open_options[0]
            out.print(f"Aanvullen kan met {listed}.", style="dim")
    if cut:
        notes.print(
            f"Let op: je tekst was erg lang; alleen de eerste {MAX_STDIN_BYTES // 1_000_000} MB is gelezen.",
            style="dim",
        )
    if from_argument:
        view.show_history_note(notes)

