"""The Typer app: builds the command tree and is the single exit point.

Thin by design: each command lives in `vraaghulp.commands.<name>` and registers itself;
heavy libraries (rich, questionary, pydantic models) are imported inside the commands.
"""



import os
import sys

from vraaghulp.errors import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_USAGE, VraaghulpError

# One line per command module, in the order of the help screen.
COMMAND_MODULES = (
    "oefen",
    "krimp",
    "script",
    "log",
    "export",
    "gesprek",
    "kaart",
    "check",
    "vragen",
    "maatje",
    "hulplijn",
    "data",
)

HELP = (
    "Oefen elke dag een beetje met hulp vragen: klein beginnen, duidelijk vragen, "
    "en terugkijken wat er echt gebeurde.\n\n"
    "Zonder opdracht zie je het startscherm. Heb je het nu zwaar? 'vraaghulp hulplijn' "
    "toont wie je direct kunt bellen."
)


def build_app():
    import importlib

    import typer

    app = typer.Typer(
        name="vraaghulp",
        help=HELP,
        no_args_is_help=False,
        invoke_without_command=True,
        add_completion=True,
        context_settings={"help_option_names": ["-h", "--help"]},
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
    )

    @app.callback(invoke_without_command=True)
    def root(
        ctx: typer.Context,
        version: bool = typer.Option(False, "--version", "-V", help="Toon het versienummer en stop."),
    ) -> None:
        if version:
            from vraaghulp import __version__

            typer.echo(f"vraaghulp {__version__}")
            raise typer.Exit(0)
        if ctx.invoked_subcommand is None:
            from vraaghulp.commands.start import show_start

            show_start()

    for name in COMMAND_MODULES:
        module = importlib.import_module(f"vraaghulp.commands.{name}")
        module.register(app)
    return app


def _json_mode(argv: list[str]) -> bool:
    return "--json" in argv


def _print_error(message: str, code: int, argv: list[str]) -> None:
    if _json_mode(argv):
        import json

        from vraaghulp.render import json_safe

        print(json_safe(json.dumps({"versie": 1, "fout": {"bericht": message, "code": code}}, ensure_ascii=False)))
    else:
        from vraaghulp.render import clean

        # A message can quote what the user typed (an id, a file name): never let it act on the terminal.
        print(clean(message), file=sys.stderr)


def _usage_message(exc) -> str:
    """A Dutch sentence for click's usage errors."""
    ctx = getattr(exc, "ctx", None)
    where = ctx.command_path if ctx is not None else "vraaghulp"
    hint = f"Zie '{where} --help'."
    kind = type(exc).__name__
    if kind == "NoSuchOption":
        extra = ""
        if exc.possibilities:
            extra = f" Bedoel je {' of '.join(sorted(exc.possibilities))}?"
        return f"Onbekende optie: {exc.option_name}.{extra} {hint}"
    if kind == "MissingParameter":
        param = exc.param
        name = "/".join(param.opts) if param is not None and getattr(param, "opts", None) else "een waarde"
        return f"Er ontbreekt {name}. {hint}"
    if kind == "BadOptionUsage":
        return f"De optie {exc.option_name} heeft een waarde nodig. {hint}"
    if kind == "BadParameter":
        param = exc.param
        name = "/".join(param.opts) if param is not None and getattr(param, "opts", None) else "een waarde"
        if "integer" in str(exc.message):
            return f"Ongeldige waarde voor {name}: dat moet een heel getal zijn. {hint}"
        return f"Ongeldige waarde voor {name}. {hint}"
    text = exc.format_message()
    if text.startswith("No such command"):
        command = text.split("'")[1] if "'" in text else ""
        return f"Onbekende opdracht: {command}. Zie 'vraaghulp --help' voor wat er kan."
    if text.startswith("Got unexpected extra argument"):
        return f"Er staat een woord te veel in de opdracht ({text.split('(')[-1].rstrip(')')}). Zet tekst met spaties tussen aanhalingstekens. {hint}"
    return f"Deze opdracht klopt niet helemaal ({text}). {hint}"


def _report_problems() -> None:
    from vraaghulp.store import take_reported

    for problem in take_reported():
        print(problem.message(), file=sys.stderr)


def run(argv: list[str]) -> int:
    """Run the app; every expected error becomes a Dutch message and an exit code."""
    debug = os.environ.get("VRAAGHULP_DEBUG") == "1"
    code = 0
    try:
        import typer

        # Typer carries its own copy of click; find its exception classes through the public API.
        usage_error = _ancestor(typer.BadParameter, "UsageError")
        click_exception = _ancestor(typer.BadParameter, "ClickException")
        app = build_app()
        command = _typer_command(app)
        try:
            result = command.main(args=argv, prog_name="vraaghulp", standalone_mode=False)
            code = result if isinstance(result, int) else 0
            if code == EXIT_INTERRUPTED:  # Typer turns Ctrl-C outside our flows into Exit(130)
                print("\nAfgebroken — niets opgeslagen.", file=sys.stderr)
        except typer.Exit as exc:
            code = exc.exit_code
        except typer.Abort:
            print("\nAfgebroken — niets opgeslagen.", file=sys.stderr)
            code = EXIT_INTERRUPTED
        except usage_error as exc:
            _print_error(_usage_message(exc), EXIT_USAGE, argv)
            code = EXIT_USAGE
        except click_exception as exc:
            _print_error(f"{exc.format_message()}", exc.exit_code, argv)
            code = exc.exit_code
    except KeyboardInterrupt:
        print("\nAfgebroken — niets opgeslagen.", file=sys.stderr)
        code = EXIT_INTERRUPTED
    except VraaghulpError as exc:
        _print_error(exc.message, exc.exit_code, argv)
        code = exc.exit_code
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): not an error for the user.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        except OSError:
            pass
        code = 0
    except OSError as exc:
        from vraaghulp.errors import os_error_message

        _print_error(os_error_message(exc, getattr(exc, "filename", None)), EXIT_ERROR, argv)
        code = EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the single last resort
        if _is_undecodable_text(exc):
            # Bytes in an option that are not UTF-8 (a terminal with another encoding):
            # the user can fix this, so it is a sentence, not "a bug".
            _print_error(
                "Een tekst in je opdracht bevat tekens die geen geldige UTF-8 zijn, dus vraaghulp "
                "kan die niet bewaren. Er is niets opgeslagen. Zet je terminal op UTF-8 (bijvoorbeeld "
                "LANG=nl_NL.UTF-8) en probeer het opnieuw.",
                EXIT_USAGE,
                argv,
            )
            code = EXIT_USAGE
        else:
            if debug:
                import traceback

                traceback.print_exc()
            _print_error(
                "Er ging iets mis in vraaghulp zelf; dat is een fout in het programma, niet iets wat jij "
                "verkeerd deed. Je opgeslagen gegevens zijn niet aangeraakt. Start opnieuw met "
                "VRAAGHULP_DEBUG=1 om de details te zien.",
                EXIT_ERROR,
                argv,
            )
            code = EXIT_ERROR
    finally:
        try:
            _report_problems()
        except Exception:  # noqa: BLE001
            pass
    return code


def _is_undecodable_text(exc: BaseException) -> bool:
    """A pydantic error about text that is not valid Unicode (lone surrogates from argv)."""
    if type(exc).__name__ != "ValidationError":
        return False
    try:
        return any(error.get("type") == "string_unicode" for error in exc.errors())
    except Exception:  # noqa: BLE001
        return False


def _ancestor(cls: type, name: str) -> type:
    for base in cls.__mro__:
        if base.__name__ == name:
            return base
    return cls


def _typer_command(app):
    import typer.main

    from vraaghulp.helptext import dutch_help

    command = typer.main.get_command(app)
    dutch_help(command)
    return command
