"""Dutch for the few fixed English words in Typer's help screens.

Our own help texts are Dutch already; what Typer adds itself ("Usage:", "Options:",
"Show this message and exit.", the completion options) is translated here by giving
every command in the tree a subclass whose `get_help`/`get_usage` translate the result.
"""

import re

_WORDS = [
    (r"^Usage: ", "Gebruik: "),
    (r"^Options:$", "Opties:"),
    (r"^Commands:$", "Opdrachten:"),
    (r"^Arguments:$", "Argumenten:"),
    (r"\[OPTIONS\]", "[OPTIES]"),
    (r"COMMAND \[ARGS\]\.\.\.", "OPDRACHT [ARGUMENTEN]..."),
    (r"Show\s+this\s+message\s+and\s+exit\.", "Toon deze hulp en stop."),
    (r"Install\s+completion\s+for\s+the\s+current\s+shell\.", "Installeer tab-aanvulling voor je shell."),
    (
        r"Show\s+completion\s+for\s+the\s+current\s+shell,\s+to\s+copy\s+it\s+or\s+customize\s+the\s+installation\.",
        "Toon de tab-aanvulling voor je shell, om zelf in te stellen.",
    ),
    (r"\[default: ", "[standaard: "),
    (r"\[required\]", "[verplicht]"),
    (r"<str>", "TEKST"),
    (r"<int>", "GETAL"),
    (r"<path>", "PAD  "),
]
_COMPILED = [(re.compile(pattern, re.MULTILINE), replacement) for pattern, replacement in _WORDS]


def translate(text: str) -> str:
    for pattern, replacement in _COMPILED:
        text = pattern.sub(replacement, text)
    return text


_CLASSES: dict[type, type] = {}


def _dutch_class(base: type) -> type:
    if base not in _CLASSES:

        def get_help(self, ctx):
            return translate(base.get_help(self, ctx))

        def get_usage(self, ctx):
            return translate(base.get_usage(self, ctx))

        _CLASSES[base] = type(f"Dutch{base.__name__}", (base,), {"get_help": get_help, "get_usage": get_usage})
    return _CLASSES[base]


def dutch_help(command) -> None:
    """Make every command in the tree print Dutch help."""
    try:
        command.__class__ = _dutch_class(type(command))
    except TypeError:  # a class that does not allow it: leave the English words
        return
    for sub in (getattr(command, "commands", None) or {}).values():
        dutch_help(sub)
