"""One module per command: its declaration (`SPEC`) and a short handler returning a Result.

`NAMES` is the order of the help screen. A module is imported only when its command is
used (or when the whole Typer tree is built for help), so a command's top-level imports
are the standard library and `vraaghulp.spec`; the rest is imported inside the handler.
"""

from __future__ import annotations

import importlib

NAMES = ("oefen", "krimp", "script", "log", "export", "gesprek", "kaart", "check", "vragen", "maatje", "hulplijn", "data", "init")


def module(name: str):
    return importlib.import_module(f"vraaghulp.commands.{name}")


def root():
    """The command without a name: the start screen, and `--version`."""
    return module("start").SPEC


def locate(argv: list[str]):
    """(the command the first word names, the words after it), or None for an unknown word."""
    if not argv or argv[0].startswith("-"):
        return root(), argv
    if argv[0] in NAMES:
        spec = getattr(module(argv[0]), "SPEC", None)
        return (spec, argv[1:]) if spec is not None else None
    return None
