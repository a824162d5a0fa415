"""`vraaghulp gesprek`: the seven-step conversation, for two people or led by a counsellor."""

from __future__ import annotations

from typing import Optional

import typer

HELP = (
    "Het gesprek in zeven stappen, tussen iemand die moeilijk om hulp vraagt en iemand die "
    "dichtbij staat. Standaard voeren jullie het samen aan één scherm; met --rol hulpverlener "
    "leidt een hulpverlener het. Per stap: uitleg, bij stap 3 en 6 een stilte, en ruimte voor "
    "een notitie. Aan het eind wordt het gesprek bewaard (zie 'vraaghulp log').\n\n"
    "Zonder vragen (voor scripts): --namen \"A,B\" --relatie partner --afgeleid nee "
    "--notities-bestand PAD --stilte 0. Het notitiebestand heeft één notitie per stap, met het "
    "nummer vooraan, bijvoorbeeld '3: we waren lang stil'. Een regel zonder nummer hoort bij de "
    "notitie erboven; regels die met # beginnen worden overgeslagen. Gebruik - voor standaardinvoer."
)


def register(app: typer.Typer) -> None:
    @app.command("gesprek", help=HELP)
    def command(
        rol: str = typer.Option("samen", "--rol", metavar="samen|hulpverlener", help="samen (standaard) of hulpverlener."),
        namen: Optional[str] = typer.Option(
            None, "--namen", metavar="A,B", help="Eerst wie moeilijk om hulp vraagt, dan de ander: \"Anna,Bram\"."
        ),
        relatie: Optional[str] = typer.Option(
            None, "--relatie", metavar="RELATIE", help="Wat de ander is: partner, vriend, familie, of een eigen woord."
        ),
        stap: int = typer.Option(1, "--stap", metavar="N", help="Begin bij deze stap (1-7), om later verder te gaan."),
        stilte: int = typer.Option(60, "--stilte", metavar="SECONDEN", help="Hoe lang de stilte bij stap 3 en 6 duurt; 0 = geen."),
        notities_bestand: Optional[str] = typer.Option(
            None, "--notities-bestand", metavar="PAD", help="Notities per stap uit een bestand (of - voor standaardinvoer); stelt geen vragen."
        ),
        afgeleid: Optional[str] = typer.Option(
            None, "--afgeleid", metavar="ja|nee", help="Zonder vragen: werd er na stap 6 uitgeweken? ja of nee."
        ),
        export: Optional[str] = typer.Option(None, "--export", metavar="PAD", help="Schrijf het gesprek ook als markdown naar PAD."),
        overschrijf: bool = typer.Option(False, "--overschrijf", help="Met --export: een bestaand bestand vervangen."),
        json_out: bool = typer.Option(False, "--json", help="Zonder vragen: schrijf het bewaarde gesprek als JSON."),
    ) -> None:
        run(
            rol=rol,
            namen=namen,
            relatie=relatie,
            stap=stap,
            stilte=stilte,
            notities_bestand=notities_bestand,
            afgeleid=afgeleid,
            export=export,
            overschrijf=overschrijf,
            json_out=json_out,
        )


def run(
    *,
    rol: str,
    namen: str | None,
    relatie: str | None,
    stap: int,
    stilte: int,
    notities_bestand: str | None,
    afgeleid: str | None,
    export: str | None,
    overschrijf: bool,
    json_out: bool,
) -> None:
    from pathlib import Path

    from vraaghulp.commands._common import (
        check_texts,
        choice_option,
        json_envelope,
        journal,
        prompter,
        require_terminal,
        stdin_is_terminal,
        text_option,
    )
    from vraaghulp.errors import Interrupted, UsageError
    from vraaghulp.flows import gesprek as flow
    from vraaghulp.render import make_console

    mode = choice_option(rol, "--rol", flow.MODES)
    if not 1 <= stap <= flow.STEP_COUNT:
        raise UsageError(f"--stap moet een getal van 1 tot en met {flow.STEP_COUNT} zijn (je gaf {stap}).")
    if not 0 <= stilte <= 3600:
        raise UsageError(f"--stilte is een aantal seconden van 0 tot en met 3600 (je gaf {stilte}).")
    names = flow.parse_names(namen) if namen is not None else None
    relation = text_option(relatie, "--relatie")
    if relation is not None and len(relation) > 60:
        raise UsageError("--relatie mag hooguit 60 tekens zijn; één of twee woorden is genoeg.")
    deflected_word = choice_option(afgeleid, "--afgeleid", ("ja", "nee"))
    deflected = None if deflected_word is None else deflected_word == "ja"
    export_path = Path(export).expanduser() if export else None
    if export_path is not None:
        flow.check_export_target(export_path, overschrijf)

    interactive = notities_bestand is None and stdin_is_terminal() and not json_out
    if not interactive:
        given = (("--namen", names), ("--relatie", relation), ("--afgeleid", deflected))
        missing = [name for name, value in given if value is None]
        if missing:
            require_terminal("gesprek", missing)
            raise UsageError(
                f"Zonder vragen (met --notities-bestand of --json) zijn ook nodig: {', '.join(missing)}. "
                "Zie 'vraaghulp gesprek --help'."
            )

    out = make_console(stderr=json_out)
    guide = flow.load_guide()
    if relation is not None:
        relation = guide.relation_key(relation) or relation

    if interactive:
        check_texts(out, *(names or ()), relation)
        ctx = flow.GesprekContext(
            console=out,
            guide=guide,
            mode=mode,
            prompter=prompter(out),
            silence=_terminal_silence(out, guide, listen=True),
            silence_seconds=stilte,
        )
        from vraaghulp.commands.start import first_run_note

        first_run_note(out)
    else:
        notes = flow.read_notes(notities_bestand) if notities_bestand is not None else {}
        skipped = sorted(n for n in notes if n < stap)
        if skipped:
            out.print(
                f"Let op: de notities bij stap {', '.join(map(str, skipped))} worden overgeslagen, "
                f"omdat je bij stap {stap} begint.",
                style="yellow",
            )
            notes = {n: v for n, v in notes.items() if n >= stap}
        check_texts(out, *(names or ()), relation, *notes.values())
        ctx = flow.GesprekContext(
            console=out,
            guide=guide,
            mode=mode,
            prompter=None,
            silence=_terminal_silence(out, guide, listen=False),
            silence_seconds=stilte,
            given_notes=notes,
            given_deflected=deflected,
            quiet=json_out,
        )

    store = journal()
    try:
        record = flow.run_conversation(ctx, names=names, relation=relation, start=stap)
    except KeyboardInterrupt:
        saved = flow.offer_save_after_interrupt(ctx, store)
        exported = None
        if saved is not None and export_path is not None:
            try:
                flow.export_markdown(saved, export_path, overschrijf)
                exported = export_path
            except Exception:  # noqa: BLE001 - the journal entry is what counts here
                exported = None
        raise Interrupted(flow.interrupted_message(saved, exported)) from None

    flow.save(store, record)
    if export_path is not None:
        flow.export_markdown(record, export_path, overschrijf)
    if json_out:
        from vraaghulp.models import record_dict

        print(json_envelope([record_dict(record)]))
        return
    flow.show_summary(ctx, record)
    out.print()
    out.print(f"Bewaard als gesprek {record.id}. Terugkijken: vraaghulp log", style="bold green")
    if export_path is not None:
        from vraaghulp.render import user

        line = user("Ook geschreven naar: ")
        line.append(str(export_path))
        out.print(line)


def _terminal_silence(out, guide, *, listen: bool):
    def silence(seconds: int) -> bool:
        from vraaghulp.coach.silence import run_silence

        result = run_silence(
            seconds, out, label=guide.silence.running,
            key_hint=guide.silence.key,
            start_hint=guide.silence.start,
            listen=listen,
        )
        return result.ended_early

    return silence
