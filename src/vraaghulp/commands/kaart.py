"""`vraaghulp kaart`: one short card for today (light: no Typer, Rich or Pydantic)."""

from __future__ import annotations

from vraaghulp.spec import Command, option


def run(env, values):
    from vraaghulp.light.card import fallback, today_text
    from vraaghulp.result import Result

    try:
        text = today_text(env.today(), shuffle=values.willekeurig)
    except Exception:  # noqa: BLE001 - a card must never break a shell start
        text = fallback()
    return Result().line(text)


SPEC = Command("kaart", light=True, run=run, params=(
    option("willekeurig", "--willekeurig", "-w", kind="flag"),
))
