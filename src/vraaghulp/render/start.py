"""The start screen (`vraaghulp` without a command)."""

from __future__ import annotations

from vraaghulp.messages import t, tn


def partner_line(partner: str | None, total_asks: int):
    """One line about the practice partner (a Rich Text: the name is user text)."""
    from vraaghulp.light.text import one_line
    from vraaghulp.render import user

    if partner:
        return user(t("start.maatje", naam=one_line(partner, 40)))
    return user(t("start.maatje_kiezen" if total_asks else "start.maatje_tip"))


def counts_sentence(total: int, still_open: int) -> str:
    """How many asks there are, and (only when there are any) how many still wait."""
    sentence = tn("start.vragen", total)
    if still_open == total:
        return f"{sentence} {tn('start.open_alles', total)}"
    if still_open:
        return f"{sentence} {tn('start.open_deel', still_open)}"
    return sentence


def start_screen(result, progress, card: str, partner: str | None, note: str | None):
    """Everything the start screen says, added to `result`."""
    if note is not None:
        result.say(note + "\n", "italic")
    result.say(card).blank()
    if progress.asks:
        result.say(counts_sentence(progress.asks, progress.open))
    else:
        result.say(t("start.leeg"))
    result.say(t("start.volgende_stap", stap=t(progress.next_step)), "bold")
    result.show(partner_line(partner, progress.asks), "dim")
    result.say(t("start.zwaar"), "dim")
    result.say(t("start.alle_opdrachten"), "dim")
    return result
