"""`vraaghulp init SHELL`: a snippet for the shell's start-up file, and what it runs.

`vraaghulp init bash|zsh|fish|powershell` prints the lines to add (`light.shells`); those
lines run `vraaghulp init --dagelijks`, which at most once a day on this device shows the card
and the open asks (`light.daily`). Light: no Typer, Rich or pydantic, and silent on errors.
"""

from __future__ import annotations

from vraaghulp.spec import Command, argument, option

def shells() -> tuple[str, ...]:
    from vraaghulp.light.shells import SHELLS

    return SHELLS


def run(env, values):
    from vraaghulp.result import Result

    if values.dagelijks:
        from vraaghulp.light.daily import daily

        text = daily(env.today())
        return Result().line(text) if text else Result()
    from vraaghulp.messages import t

    if values.shell is None:
        from vraaghulp.errors import UsageError

        raise UsageError(t("init.welke_shell"))
    from vraaghulp.light.daily import state_path
    from vraaghulp.light.shells import STARTUP_FILES, snippet

    comments = [t("init.fragment_wat"), t("init.fragment_waar", shell=values.shell, bestand=STARTUP_FILES[values.shell])]
    return Result().line(snippet(values.shell, state_path(), comments).rstrip("\n"))


SPEC = Command("init", light=True, run=run, params=(
    argument("shell", metavar="SHELL", choices=shells),
    option("dagelijks", "--dagelijks", kind="flag"),
))
