"""`vraaghulp hulplijn`: who you can call or chat with right now (NL and BE), on demand."""

from __future__ import annotations

from vraaghulp.spec import Command, option


def run(env, values):
    from vraaghulp import safety
    from vraaghulp.result import Result

    if values.kaal:
        return Result().line(safety.panel_plain(on_demand=True).rstrip("\n"))
    return Result().blank().show(safety.panel(on_demand=True)).blank()


SPEC = Command("hulplijn", run=run, params=(option("kaal", "--kaal", kind="flag"),))
