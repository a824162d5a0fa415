"""Dutch for the few fixed English words in Typer's help screens.

Our own help texts come from the catalogue; what Typer adds itself ("Usage:", "Options:",
"Show this message and exit.", the completion options) is translated here by giving
every command in the tree a subclass whose `get_help`/`get_usage` translate the result.
The Dutch words are in the catalogue under `algemeen.typer`.
"""

from __future__ import annotations

import re

# (English pattern, catalogue key of the Dutch replacement)
_WORDS = [
    (r"^Usage: ", "gebruik"),
    (r"^Options:$", "opties"),
    (r"^Commands:$", "opdrachten"),
    (r"^Arguments:$", "argumenten"),
    (r"\[OPTIONS\]", "opties_kort"),
    (r"COMMAND \[ARGS\]\.\.\.", "opdracht_kort"),
    (r"Show\s+this\s+message\s+and\s+exit\.", "hulp"),
    (r"Install\s+completion\s+for\s+the\s+current\s+shell\.", "aanvulling_installeren"),
    (r"Show\s+completion\s+for\s+the\s+current\s+shell,\s+to\s+copy\s+it\s+or\s+customize\s+the\s+installation\.",
     "aanvulling_tonen"),
    (r"\[default:\s+", "standaard"),
    (r"\[required\]", "verplicht"),
    (r"<str>", "tekst"),
    (r"<int>", "getal"),
    (r"<path>", "pad"),
]
_compiled: list[tuple[re.Pattern[str], str]] = []


def translate(text: str) -> str:
    if not _compiled:
        from vraaghulp.messages import t

        _compiled.extend((re.compile(pattern, re.MULTILINE), t(f"algemeen.typer.{key}")) for pattern, key in _WORDS)
    for pattern, replacement in _compiled:
        text = pattern.sub(lambda _match, r=replacement: r, text)
    return text


_CLASSES: dict[type, type] = {}


def help_width() -> int:
    """The help's line width: the terminal's (COLUMNS first), at most 80, with no lower
    limit of 50 as click has, so a narrow terminal never wraps a help line mid-word."""
    import shutil

    return max(20, min(shutil.get_terminal_size((80, 24)).columns, 80) - 2)


def _dutch_class(base: type) -> type:
    if base not in _CLASSES:

        def get_help(self, ctx):
            if ctx.terminal_width is None:
                ctx.terminal_width = help_width()
            return translate(base.get_help(self, ctx))

        def get_usage(self, ctx):
            return translate(base.get_usage(self, ctx))

        def format_usage(self, ctx, formatter):
            from vraaghulp.messages import t

            formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)),
                                  prefix=t("algemeen.typer.gebruik"))

        def get_help_option(self, ctx):
            from vraaghulp.messages import t

            option = base.get_help_option(self, ctx)
            if option is not None:
                option.help = t("algemeen.typer.hulp")  # before wrapping, so the line fits
            return option

        _CLASSES[base] = type(f"Dutch{base.__name__}", (base,),
                              {"get_help": get_help, "get_usage": get_usage, "format_usage": format_usage,
                               "get_help_option": get_help_option})
    return _CLASSES[base]


_PARAM_CLASSES: dict[type, type] = {}


def _argument_name(param) -> str | None:
    """An argument as the help shows it: `ID`, `[TEKST]` when it may be left out; None for options."""
    if getattr(param, "param_type_name", "") != "argument" or not param.metavar:
        return None
    name = param.metavar
    if not param.required and not name.startswith("["):
        name = f"[{name}]"
    return name + ("..." if param.nargs != 1 else "")


def _dutch_param_class(base: type) -> type:
    """A parameter whose help line is Dutch before it is wrapped: `[standaard: samen]`, and an
    argument named once (`TEKST`, not `TEKST TEKST`)."""
    if base not in _PARAM_CLASSES:

        def get_help_record(self, ctx):
            record = base.get_help_record(self, ctx)
            if record is None:
                return None
            name, text = record
            return (_argument_name(self) or name), translate(text)

        def get_usage_pieces(self, ctx):
            name = _argument_name(self)
            return [name] if name else base.get_usage_pieces(self, ctx)

        _PARAM_CLASSES[base] = type(f"Dutch{base.__name__}", (base,),
                                    {"get_help_record": get_help_record, "get_usage_pieces": get_usage_pieces})
    return _PARAM_CLASSES[base]


def dutch_help(command) -> None:
    """Make every command in the tree print Dutch help."""
    from vraaghulp.messages import t

    if getattr(command, "options_metavar", None) == "[OPTIONS]":
        command.options_metavar = t("algemeen.typer.opties_kort")
    if getattr(command, "subcommand_metavar", None) == "COMMAND [ARGS]...":
        command.subcommand_metavar = t("algemeen.typer.opdracht_kort")
    try:
        command.__class__ = _dutch_class(type(command))
        for param in getattr(command, "params", None) or ():
            param.__class__ = _dutch_param_class(type(param))
    except TypeError:  # a class that does not allow it: leave the English words
        return
    for sub in (getattr(command, "commands", None) or {}).values():
        dutch_help(sub)
