"""The single option declaration: the Typer tree and the light parser agree on every command.

For every command and subcommand in `vraaghulp.commands` (light or not), command lines are
made from its declaration (each option in its long, short and `=` forms, switches, repeated
options, arguments) and parsed both ways; the command and the values must be the same.
Lines the light parser does not take must give None, never a different reading.
"""

from __future__ import annotations

import pytest

from vraaghulp import commands, typer_app
from vraaghulp.light import argv as light
from vraaghulp.spec import values_for


def every_command():
    found = []

    def walk(command, words):
        if command.run is not None:
            found.append((words, command))
        for sub in command.subcommands:
            walk(sub, [*words, sub.name])

    walk(commands.root(), [])
    for name in commands.NAMES:
        walk(commands.module(name).SPEC, [name])
    return found


def sample(param) -> str:
    if param.choices is not None:
        choices = param.choices() if callable(param.choices) else param.choices
        return list(choices)[-1]
    if param.kind == "int":
        low = param.scale[0] if param.scale else 1
        return str(max(low, 1) if param.scale is None or param.scale[1] is None else param.scale[0] + 1)
    if param.kind == "path":
        return "uit.txt"
    return {"record_id": "aaaa0001", "namen": "Anna,Bram"}.get(param.name, "Sam de Vries")


def lines_for(command) -> list[list[str]]:
    """Command lines that use every parameter, one at a time and all together."""
    lines: list[list[str]] = [[]]
    together: list[str] = []
    required = [sample(p) for p in command.params if p.is_argument and p.required]
    for param in command.params:
        if param.is_argument:
            if not param.required:
                lines.append([sample(param)])
            continue
        if param.eager:
            lines.append([param.flags[0]])
            continue
        if param.kind in ("flag", "bool"):
            forms = [[flag] for flag in param.flags] + ([[param.secondary]] if param.secondary else [])
        elif param.kind == "list":
            forms = [[param.flags[0], "a=1", param.flags[0], "b=2"]]
        else:
            value = sample(param)
            forms = [[flag, value] for flag in param.flags] + [[f"{param.flags[0]}={value}"]]
            forms += [[flag + value] for flag in param.flags if not flag.startswith("--")]
        lines.extend(forms)
        together.extend(forms[0])
    lines.append(together)
    return [[*required, *line] for line in lines]


CASES = [(words, line) for words, command in every_command() for line in lines_for(command)]


@pytest.mark.parametrize("words, line", CASES, ids=[" ".join(w + l) or "(none)" for w, l in CASES])
def test_both_parsers_read_a_line_the_same(words, line, data_home):
    command = next(c for w, c in every_command() if w == words)
    found = light.parse_words(command, line)
    try:
        typer_result = typer_app.parse([*words, *line])
    except Exception as exc:  # noqa: BLE001 - a line Typer refuses: the light parser must refuse it too
        assert found is None or _refused(command, found), f"{words + line}: Typer says {exc}"
        return
    if isinstance(typer_result, int):  # Typer answered itself (help): not a line for the light parser
        assert found is None
        return
    chosen, typer_values = typer_result
    assert chosen is command
    assert found is not None, f"the light parser does not read {words + line}"
    assert vars(values_for(command, found)) == vars(typer_values)


def _refused(command, found) -> bool:
    from vraaghulp.errors import UsageError

    try:
        values_for(command, found)
    except UsageError:
        return True
    return False


@pytest.mark.parametrize("line", [
    ["log", "--help"], ["log", "--"], ["log", "-n"], ["log", "--van", "-3"], ["kaart", "-wh"],
    ["kaart", "--willekeurig=ja"], ["oefen", "--angst", "5.0"], ["log", "extra"], ["onbekend"],
])
def test_lines_the_light_parser_leaves_to_typer(line):
    assert light.parse(line) is None


def test_light_commands_are_marked_in_the_declaration():
    light_ones = sorted(" ".join(words) or "(start)" for words, command in every_command() if command.light)
    assert light_ones == ["(start)", "init", "kaart", "log", "log overzicht", "log wis", "oefen", "script"]


def test_every_declared_option_has_a_help_text():
    from vraaghulp.messages import lookup

    missing = [f"{command.key}.opties.{param.name}" for _words, command in every_command() for param in command.params
               if lookup(f"{command.key}.opties.{param.name}") is None]
    assert missing == []
