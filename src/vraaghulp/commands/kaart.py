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
    result = Result().line(text)
    if _locked():
        from vraaghulp.messages import t

        result.line(t("kluis.status.vergrendeld_kaart"))
    return result


def _locked() -> bool:
    """The data folder is encrypted (a file test, no passphrase, no cryptography)."""
    try:
        from vraaghulp.paths import data_dir
        from vraaghulp.vault.detect import is_locked

        return is_locked(data_dir())
    except Exception:  # noqa: BLE001 - a card must never break a shell start
        return False


SPEC = Command("kaart", light=True, run=run, params=(
    option("willekeurig", "--willekeurig", "-w", kind="flag"),
))
