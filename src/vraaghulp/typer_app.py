"""The Typer command tree, built from the single option declaration (`vraaghulp.spec`).

Typer only parses: each generated callback records which command was chosen and with
which values, and `parse` hands that back to `cli`, which runs the handler. Typer also
prints the help screens (in Dutch, `typer_help`), completes in shells, and reports wrong
command lines; those reports become Dutch `UsageError`s here.
"""

from __future__ import annotations

import inspect
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from vraaghulp import commands
from vraaghulp.errors import EXIT_INTERRUPTED, UsageError
from vraaghulp.messages import lookup, t
from vraaghulp.spec import Command, Param, values_for
from vraaghulp.typer_usage import usage_message

_ANNOTATIONS = {
    "str": Optional[str],
    "int": Optional[int],
    "path": Optional[Path],
    "flag": bool,
    "bool": Optional[bool],
    "list": Optional[list[str]],
}


class Chosen:
    """What the command line asked for: a command and its values as Typer read them."""

    def __init__(self) -> None:
        self.command: Command | None = None
        self.values: dict | None = None

    def record(self, command: Command, values: dict) -> None:
        self.command, self.values = command, values

    def clear(self) -> None:
        self.command = self.values = None


def _help(key: str, part: str) -> str | None:
    value = lookup(f"{key}.{part}")
    return value if isinstance(value, str) else None


def _typer_param(command: Command, param: Param):
    help_text = _help(command.key, f"opties.{param.name}")
    if param.is_argument:
        default = param.default if not param.required else ...
        return typer.Argument(default, metavar=param.metavar, help=help_text, show_default=param.show_default)
    flags = param.flags
    if param.kind == "bool":
        flags = (f"{flags[0]}/{param.secondary}", *flags[1:])
    return typer.Option(param.default, *flags, metavar=param.metavar, help=help_text, show_default=param.show_default)


def _annotation(param: Param):
    if param.is_argument and param.required:
        return {"path": Path, "int": int}.get(param.kind, str)
    if param.kind in ("str", "int") and param.default is not None:
        return {"str": str, "int": int}[param.kind]
    return _ANNOTATIONS[param.kind]


def _callback(command: Command, chosen: Chosen, *, group: bool):
    """A function with the command's parameters as its signature, for Typer to read."""

    def callback(ctx: typer.Context, **found):
        eager = any(found.get(p.name) for p in command.params if p.eager)
        if group and ctx.invoked_subcommand is not None and not eager:
            return
        if command.run is None:  # a group without a view of its own shows its help
            typer.echo(ctx.get_help())
            return
        chosen.record(command, found)
        if eager:
            raise typer.Exit(0)

    parameters = [inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context)]
    annotations = {"ctx": typer.Context}
    for param in command.params:
        parameters.append(inspect.Parameter(param.name, inspect.Parameter.KEYWORD_ONLY,
                                            default=_typer_param(command, param), annotation=_annotation(param)))
        annotations[param.name] = _annotation(param)
    callback.__signature__ = inspect.Signature(parameters)
    callback.__annotations__ = annotations
    return callback


def _group(command: Command, chosen: Chosen) -> typer.Typer:
    group = typer.Typer(name=command.name, help=_help(command.key, "hulp"), short_help=_help(command.key, "kort"),
                        invoke_without_command=True, no_args_is_help=False, rich_markup_mode=None,
                        context_settings={"help_option_names": ["-h", "--help"]}, add_completion=False)
    group.callback(invoke_without_command=True)(_callback(command, chosen, group=True))
    for sub in command.subcommands:
        _add(group, sub, chosen)
    return group


def _add(app: typer.Typer, command: Command, chosen: Chosen) -> None:
    if command.subcommands:
        app.add_typer(_group(command, chosen), name=command.name)
        return
    app.command(command.name, help=_help(command.key, "hulp"), short_help=_help(command.key, "kort"))(
        _callback(command, chosen, group=False)
    )


_tree: list = []


def tree():
    """(the whole tree as a click command with Dutch help screens, what it chose), built once."""
    if not _tree:
        chosen = Chosen()
        _tree.append((build(chosen), chosen))
    command, chosen = _tree[0]
    chosen.clear()
    return command, chosen


def build(chosen: Chosen):
    """The whole tree as a click command (with Dutch help screens)."""
    from vraaghulp.typer_help import dutch_help

    root = commands.root()
    app = typer.Typer(name="vraaghulp", help=_help(root.key, "hulp"), no_args_is_help=False,
                      invoke_without_command=True, add_completion=True, context_settings={"help_option_names": ["-h", "--help"]},
                      rich_markup_mode=None, pretty_exceptions_enable=False)
    app.callback(invoke_without_command=True)(_callback(root, chosen, group=True))
    for name in commands.NAMES:
        module = commands.module(name)
        if hasattr(module, "SPEC"):
            _add(app, module.SPEC, chosen)
        else:  # not yet moved to the declaration
            module.register(app)
    click_command = typer.main.get_command(app)
    dutch_help(click_command)
    return click_command


def parse(argv: list[str], stdout=None, stderr=None):
    """(command, values) for a command line, or an exit code when Typer answered it itself
    (help, completion: written to `stdout`). Wrong command lines raise UsageError with a Dutch message."""
    from contextlib import redirect_stderr, redirect_stdout

    usage_error = _ancestor(typer.BadParameter, "UsageError")
    click_exception = _ancestor(typer.BadParameter, "ClickException")
    command, chosen = tree()
    try:
        with redirect_stdout(stdout or sys.stdout), redirect_stderr(stderr or sys.stderr):
            result = command.main(args=argv, prog_name="vraaghulp", standalone_mode=False)
    except typer.Exit as exc:
        if chosen.command is None:
            return exc.exit_code
        result = None
    except typer.Abort:
        raise KeyboardInterrupt from None
    except SystemExit as exc:  # only Rich leaves this way (standalone_mode is off): the reader went away
        if exc.code == 1:
            import errno

            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE)) from None
        raise
    except usage_error as exc:
        raise UsageError(usage_message(exc, argv)) from None
    except click_exception as exc:
        raise UsageError(exc.format_message(), exit_code=exc.exit_code) from None
    if chosen.command is None:
        if result == EXIT_INTERRUPTED:  # Typer turns Ctrl-C outside our handlers into exit 130
            raise KeyboardInterrupt
        return result if isinstance(result, int) else 0
    return chosen.command, values_for(chosen.command, chosen.values)


def _ancestor(cls: type, name: str) -> type:
    """Typer carries its own copy of click: find its exception classes through the public API."""
    for base in cls.__mro__:
        if base.__name__ == name:
            return base
    return cls
