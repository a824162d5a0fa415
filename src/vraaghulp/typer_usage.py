"""Dutch sentences for the command lines click refuses, with a suggestion where one fits.

An unknown (sub)command gets "Bedoel je …?" from the declared names (difflib), `help`
points to `--help`, and a top-level command typed under a group (`log export`) points to
the top level. The command path of a message comes from the words of the line, so an
option without its value points to the help of its own command.
"""

from __future__ import annotations

import difflib

from vraaghulp import commands
from vraaghulp.messages import t

HELP_WORDS = ("help", "hulp")


def command_path(argv: list[str]) -> tuple[str, object]:
    """('vraaghulp log toon', its declaration) for the command words at the start of `argv`."""
    words = ["vraaghulp"]
    located = commands.locate(argv) if argv and not argv[0].startswith("-") else None
    if located is None:
        return " ".join(words), commands.root()
    command, rest = located
    words.append(command.name)
    while rest and command.subcommands and command.sub(rest[0]) is not None:
        command, rest = command.sub(rest[0]), rest[1:]
        words.append(command.name)
    return " ".join(words), command


def _top_names() -> list[str]:
    return list(commands.NAMES)


def suggestion(word: str, path: str, names: list[str]) -> str | None:
    """The command line the user probably meant, or None."""
    if word.lower() in HELP_WORDS:
        return f"{path} --help"
    close = difflib.get_close_matches(word.lower(), names, n=1, cutoff=0.6)
    if close:
        return f"{path} {close[0]}"
    if path != "vraaghulp":
        if word.lower() in _top_names():
            return f"vraaghulp {word.lower()}"
        close = difflib.get_close_matches(word.lower(), _top_names(), n=1, cutoff=0.6)
        if close:
            return f"vraaghulp {close[0]}"
    return None


def unknown_command(word: str, argv: list[str]) -> str:
    path, command = command_path(argv)
    names = [sub.name for sub in command.subcommands] if command.subcommands else _top_names()
    if path == "vraaghulp":
        names = _top_names()
    meant = suggestion(word, path, names)
    if meant is not None:
        return t("algemeen.onbekende_opdracht_bedoel", opdracht=word, voorstel=meant, waar=path)
    return t("algemeen.onbekende_opdracht", opdracht=word, waar=path)


def _param_name(exc) -> str:
    param = exc.param
    if param is not None and getattr(param, "param_type_name", "") == "argument":
        return param.metavar or param.name.upper()  # as the help shows it: ID, PAD
    return "/".join(param.opts) if param is not None and getattr(param, "opts", None) else t("algemeen.een_waarde")


def usage_message(exc, argv: list[str] | None = None) -> str:
    """A Dutch sentence for click's usage errors."""
    argv = list(argv or [])
    hint = t("algemeen.zie_hulp", waar=command_path(argv)[0])
    kind = type(exc).__name__
    if kind == "NoSuchOption":
        extra = t("algemeen.bedoel_je", opties=t("algemeen.of").join(sorted(exc.possibilities))) if exc.possibilities else ""
        return t("algemeen.onbekende_optie", optie=exc.option_name, extra=extra, hint=hint)
    if kind == "MissingParameter":
        return t("algemeen.ontbreekt", naam=_param_name(exc), hint=hint)
    if kind == "BadOptionUsage":
        return t("algemeen.waarde_nodig", optie=exc.option_name, hint=hint)
    if kind == "BadParameter":
        if "integer" in str(exc.message):
            return t("algemeen.geen_getal", naam=_param_name(exc), hint=hint)
        return t("algemeen.ongeldig", naam=_param_name(exc), hint=hint)
    text = exc.format_message()
    if text.startswith("No such command"):
        return unknown_command(text.split("'")[1] if "'" in text else "", argv)
    if text.startswith("Got unexpected extra argument"):
        return t("algemeen.woord_te_veel", woorden=text.split("(")[-1].rstrip(")"), hint=hint)
    return t("algemeen.klopt_niet", tekst=text, hint=hint)
