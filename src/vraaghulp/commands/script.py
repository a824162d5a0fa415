"""`vraaghulp script`: write down a belief script and look at it from the outside.

Thin on purpose: options are parsed here, the conversation lives in `flows/script.py` and
the views in `render/script.py`. Only typer and the standard library are imported at the top.
"""

from __future__ import annotations

from typing import Optional

import typer

HELP = (
    "Schrijf de zin op die je tegenhoudt om hulp te vragen (bijvoorbeeld 'ik hoor dit zelf te "
    "kunnen'), vraag je af van wie die stem eigenlijk is, en zet er een nieuwe regel naast. "
    "Met --lijst zie je je overtuigingen terug, met hoe waar ze voelden en welke vragen ze "
    "testten. Alles kan ook met opties, zonder vragen."
)

ANSWER_OPTIONS = (
    "--zin",
    "--stem",
    "--stem-toelichting",
    "--geloof",
    "--angst-voor",
    "--rolwissel",
    "--nieuwe-regel",
    "--geloof-na",
)


def register(app: typer.Typer) -> None:
    @app.command("script", help=HELP)
    def command(
        zin: Optional[str] = typer.Option(None, "--zin", help="De zin die je tegenhoudt, in je eigen woorden."),
        stem: Optional[str] = typer.Option(
            None,
            "--stem",
            help="Van wie de stem is: ouder, leerkracht, werk, partner, vrienden, cultuur, jonger, anders of weet-niet.",
        ),
        stem_toelichting: Optional[str] = typer.Option(
            None, "--stem-toelichting", help="Iets meer over die stem (wie precies, wat die zei)."
        ),
        geloof: Optional[int] = typer.Option(None, "--geloof", help="Hoe waar de zin nu voelt, 0-100."),
        angst_voor: Optional[str] = typer.Option(
            None, "--angst-voor", help="Waar je bang voor bent als je het toch vraagt."
        ),
        rolwissel: Optional[str] = typer.Option(
            None, "--rolwissel", help="Wat je dacht over iemand die jou om hulp vroeg."
        ),
        nieuwe_regel: Optional[str] = typer.Option(None, "--nieuwe-regel", help="Je nieuwe regel, in je eigen woorden."),
        geloof_na: Optional[int] = typer.Option(
            None, "--geloof-na", help="Hoe waar de oude zin voelt na het opschrijven, 0-100."
        ),
        lijst: bool = typer.Option(
            False, "--lijst", help="Toon je overtuigingen, hoe waar ze voelden en welke vragen ze testten."
        ),
        toon: Optional[str] = typer.Option(None, "--toon", metavar="ID", help="Toon één overtuiging helemaal."),
        opnieuw: Optional[str] = typer.Option(
            None, "--opnieuw", metavar="ID", help="Geef een overtuiging een nieuwe score (met --geloof of via een vraag)."
        ),
        json_out: bool = typer.Option(False, "--json", help="Schrijf het resultaat als JSON."),
    ) -> None:
        answers = {
            "--zin": zin,
            "--stem": stem,
            "--stem-toelichting": stem_toelichting,
            "--geloof": geloof,
            "--angst-voor": angst_voor,
            "--rolwissel": rolwissel,
            "--nieuwe-regel": nieuwe_regel,
            "--geloof-na": geloof_na,
        }
        given = [name for name, value in answers.items() if value is not None]
        modes = [name for name, on in (("--lijst", lijst), ("--toon", toon is not None), ("--opnieuw", opnieuw is not None)) if on]
        if len(modes) > 1:
            _usage(f"{' en '.join(modes)} gaan niet samen: kies er één.")
        if lijst or toon is not None:
            if given:
                _usage(f"{modes[0]} toont alleen; {', '.join(given)} hoort bij het opschrijven van een nieuwe zin.")
            if lijst:
                show_list(as_json=json_out)
            else:
                show_one(toon, as_json=json_out)
            return
        if opnieuw is not None:
            extra = [name for name in given if name != "--geloof"]
            if extra:
                _usage(f"Bij --opnieuw hoort alleen --geloof (0-100); {', '.join(extra)} past daar niet bij.")
            rerate_command(opnieuw, geloof, as_json=json_out)
            return
        create(answers, as_json=json_out)


def _usage(message: str) -> None:
    from vraaghulp.errors import UsageError

    raise UsageError(f"{message} Zie 'vraaghulp script --help'.")


def _out_console(as_json: bool):
    from vraaghulp.render import make_console

    # In JSON mode everything meant for people (the crisis panel too) goes to stderr.
    return make_console(stderr=as_json)


def _context(out, make_prompter=None):
    from vraaghulp.commands._common import journal
    from vraaghulp.flows.script import ScriptContext, load_content
    from vraaghulp.prompter import ScriptedPrompter

    prompter = make_prompter(out) if make_prompter is not None else ScriptedPrompter([])
    return ScriptContext(prompter=prompter, console=out, journal=journal(), content=load_content())


def parse_answers(options: dict, voice_keys: tuple[str, ...]):
    """Validate the answer options into `flows.script.Answers` (UsageError on a bad value)."""
    from vraaghulp.commands._common import choice_option, scale_option, text_option
    from vraaghulp.flows.script import Answers

    return Answers(
        sentence=text_option(options.get("--zin"), "--zin"),
        voice=choice_option(options.get("--stem"), "--stem", voice_keys),
        voice_note=text_option(options.get("--stem-toelichting"), "--stem-toelichting"),
        belief=scale_option(options.get("--geloof"), "--geloof", 0, 100),
        fear=text_option(options.get("--angst-voor"), "--angst-voor"),
        role_reversal=text_option(options.get("--rolwissel"), "--rolwissel"),
        new_rule=text_option(options.get("--nieuwe-regel"), "--nieuwe-regel"),
        belief_after=scale_option(options.get("--geloof-na"), "--geloof-na", 0, 100),
    )


def create(options: dict, *, as_json: bool, make_prompter=None) -> None:
    """Write a new script: straight from the options when --zin is given, else interactively."""
    from vraaghulp.commands._common import check_texts, require_terminal, stdin_is_terminal
    from vraaghulp.errors import Interrupted
    from vraaghulp.flows.script import load_content

    content = load_content()
    answers = parse_answers(options, content.voice_keys)
    if answers.sentence is None:
        if not stdin_is_terminal():
            require_terminal("script", ["--zin"])
        if as_json:
            _usage("--json werkt alleen samen met opties, en dan minstens --zin.")
    out = _out_console(as_json)
    check_texts(out, answers.sentence, answers.voice_note, answers.fear, answers.role_reversal, answers.new_rule)

    if answers.sentence is not None:
        from vraaghulp.commands._common import json_envelope
        from vraaghulp.flows.script import save_script
        from vraaghulp.models import record_dict
        from vraaghulp.render.script import summary

        ctx = _context(out)
        script = save_script(ctx, answers)
        if as_json:
            print(json_envelope([record_dict(script)]))
            return
        out.print(summary(script, ctx.content))
        out.print(f"Opgeslagen als {script.id}.", style="bold green", markup=False)
        return

    from vraaghulp.commands._common import prompter
    from vraaghulp.commands.start import first_run_note
    from vraaghulp.flows.script import run_script

    ctx = _context(out, make_prompter or prompter)
    first_run_note(out)
    try:
        run_script(ctx, answers)
    except KeyboardInterrupt:
        if ctx.saved:
            raise Interrupted("\nAfgebroken. Wel opgeslagen: " + "; ".join(ctx.saved) + ".") from None
        raise Interrupted("\nAfgebroken — je zin is niet opgeslagen; er is niets veranderd.") from None


def show_list(*, as_json: bool) -> None:
    from vraaghulp.commands._common import journal, json_envelope
    from vraaghulp.flows.script import load_content, scripts_with_asks

    entries = scripts_with_asks(journal())
    if as_json:
        from vraaghulp.render.script import list_item

        print(json_envelope([list_item(entry) for entry in entries]))
        return
    from vraaghulp.render import make_console
    from vraaghulp.render.script import script_list

    make_console().print(script_list(entries, load_content()))


def show_one(prefix: str, *, as_json: bool) -> None:
    from vraaghulp.commands._common import journal, json_envelope
    from vraaghulp.flows.script import ScriptWithAsks, asks_for_script, find_script, load_content

    store = journal()
    script = find_script(store, prefix)
    asks = asks_for_script(store, script.id)
    if as_json:
        from vraaghulp.render.script import list_item

        print(json_envelope([list_item(ScriptWithAsks(script, asks))]))
        return
    from vraaghulp.render import make_console
    from vraaghulp.render.script import script_detail

    make_console().print(script_detail(script, asks, load_content()))


def rerate_command(prefix: str, value: int | None, *, as_json: bool, make_prompter=None) -> None:
    from vraaghulp.commands._common import require_terminal, scale_option, stdin_is_terminal
    from vraaghulp.errors import Interrupted
    from vraaghulp.flows.script import find_script, rerate

    value = scale_option(value, "--geloof", 0, 100)
    if value is None:
        if not stdin_is_terminal():
            require_terminal("script", ["--geloof"])
        if as_json:
            _usage("--json werkt bij --opnieuw alleen samen met --geloof.")
    out = _out_console(as_json)
    from vraaghulp.commands._common import prompter

    ctx = _context(out, (make_prompter or prompter) if value is None else None)
    script = find_script(ctx.journal, prefix)
    try:
        updated = rerate(ctx, script, value)
    except KeyboardInterrupt:
        raise Interrupted("\nAfgebroken — er is geen nieuwe score opgeslagen.") from None
    if as_json:
        from vraaghulp.commands._common import json_envelope
        from vraaghulp.models import record_dict

        items = [record_dict(updated)] if updated is not None else []
        print(json_envelope(items))
        return
    if updated is not None:
        out.print(f"Nieuwe score opgeslagen bij {updated.id}.", markup=False)
