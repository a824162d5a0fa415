"""A command line parsed without Typer, from the same declaration (`vraaghulp.spec`).

Only for commands marked `light`, and only for plain command lines: `--optie waarde`,
`--optie=waarde`, `-n20`, switches, and arguments in order, the last of a repeated option
winning (as in click). Anything else (`--help`, `--`, an unknown option, a value that looks
like an option, a wrong type, a value the declared checks refuse) gives None, and the
Typer app takes over with its help screens and its Dutch error messages: so both paths
always end in the same values or the same message (`tests/test_options.py` checks it).
"""

from __future__ import annotations

import re

from vraaghulp.spec import Command, Param, values_for

_INT = re.compile(r"-?[0-9]+")


def _find(argv: list[str]) -> tuple[Command, list[str]] | None:
    """The (sub)command the words name, and the words after it."""
    from vraaghulp import commands

    located = commands.locate(argv)
    if located is None:
        return None
    command, argv = located
    while argv and command.subcommands and not argv[0].startswith("-"):
        sub = command.sub(argv[0])
        if sub is None:
            return None
        command, argv = sub, argv[1:]
    return (command, argv) if command.light and command.run is not None else None


def _command_of(argv: list[str]) -> tuple[Command, int] | None:
    """The (sub)command the words name and where its own words begin (any command)."""
    from vraaghulp import commands

    located = commands.locate(argv)
    if located is None:
        return None
    command, rest = located
    while rest and command.subcommands and command.sub(rest[0]) is not None:
        command, rest = command.sub(rest[0]), rest[1:]
    return command, len(argv) - len(rest)


def with_bare_values(argv: list[str]) -> list[str]:
    """The line with the declared value written after an option whose value was left out
    (`gesprek --verder` -> `gesprek --verder ''`), so both parsers read the same thing."""
    found = _command_of(argv)
    if found is None:
        return argv
    command, start = found
    bare = {flag: p.bare for p in command.params if p.bare is not None for flag in p.flags}
    if not bare:
        return argv
    words = list(argv[:start])
    rest = argv[start:]
    for index, word in enumerate(rest):
        if word == "--":
            return words + rest[index:]
        words.append(word)
        following = rest[index + 1] if index + 1 < len(rest) else None
        if word in bare and (following is None or (following.startswith("-") and following != "-")):
            words.append(bare[word])
    return words


def _convert(param: Param, raw: str):
    if param.kind == "int":
        return int(raw) if _INT.fullmatch(raw) else None
    if param.kind == "path":
        from pathlib import Path

        return Path(raw)
    return raw


def _take(param: Param, raw: str, found: dict) -> bool:
    value = _convert(param, raw)
    if value is None:
        return False
    if param.kind == "list":
        found.setdefault(param.name, []).append(value)
    else:
        found[param.name] = value
    return True


def _flags(command: Command) -> dict[str, tuple[Param, object]]:
    """Every option word: (param, the value a switch gives, or None when it takes a value)."""
    table: dict[str, tuple[Param, object]] = {}
    for param in command.params:
        switch = True if param.kind in ("flag", "bool") else None
        for flag in param.flags:
            table[flag] = (param, switch)
        if param.secondary:
            table[param.secondary] = (param, False)
    return table


def parse_words(command: Command, argv: list[str]) -> dict | None:
    """{name: value} for what the words give, or None when they are not plain."""
    flags = _flags(command)
    arguments = [p for p in command.params if p.is_argument]
    found: dict = {}
    index = 0
    while index < len(argv):
        word = argv[index]
        index += 1
        if word.startswith("--") and "=" in word:
            name, _eq, raw = word.partition("=")
            entry = flags.get(name)
            if entry is None or entry[1] is not None or not _take(entry[0], raw, found):
                return None
        elif word in flags:
            param, switch = flags[word]
            if switch is not None:
                found[param.name] = switch
                continue
            if index >= len(argv) or argv[index].startswith("-"):
                return None  # no value, or one that click might read differently
            if not _take(param, argv[index], found):
                return None
            index += 1
        elif len(word) > 2 and word[0] == "-" and word[1] != "-" and word[:2] in flags:
            param, switch = flags[word[:2]]
            if switch is not None or not _take(param, word[2:], found):
                return None
        elif word.startswith("-") and word != "-":
            return None  # --help, --, an unknown option
        else:
            if not arguments:
                return None
            if not _take(arguments.pop(0), word, found):
                return None
    if any(p.required for p in arguments):
        return None
    return found


def parse(argv: list[str]):
    """(command, values) when the line is plain and every check passes, else None."""
    from vraaghulp.errors import UsageError

    located = _find(argv)
    if located is None:
        return None
    command, words = located
    found = parse_words(command, words)
    if found is None:
        return None
    try:
        return command, values_for(command, found)
    except UsageError:
        return None  # the Typer path says what is wrong, in the same words
