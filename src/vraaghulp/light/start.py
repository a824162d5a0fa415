"""The start screen (`vraaghulp` without a command), as plain text: no Rich, no pydantic.

It runs at every bare `vraaghulp`, so it reads only what it shows: the counts of the
journal (`store.counts`, flat in memory), the card of the day, the partner's name from the
settings file as stored.
"""

from __future__ import annotations

from vraaghulp.light.text import clean, one_line
from vraaghulp.messages import t, tn


def partner_text(partner: str | None, total_asks: int) -> str:
    """One line about the practice partner (the name is user text, cleaned)."""
    if partner:
        return clean(t("start.maatje", naam=one_line(partner, 40)))
    return t("start.maatje_kiezen" if total_asks else "start.maatje_tip")


def counts_sentence(total: int, still_open: int) -> str:
    """How many asks there are, and (only when there are any) how many still wait."""
    sentence = tn("start.vragen", total)
    if still_open == total:
        return f"{sentence} {tn('start.open_alles', total)}"
    if still_open:
        return f"{sentence} {tn('start.open_deel', still_open)}"
    return sentence


def start_pieces(progress, card: str, partner: str | None, note: str | None) -> list[tuple[str, str]]:
    """Everything the start screen says: (text, style) per paragraph, "" for an empty line."""
    pieces = []
    if note is not None:
        pieces += [(note, "italic"), ("", "")]
    pieces += [(card, ""), ("", "")]
    if progress.asks:
        pieces.append((counts_sentence(progress.asks, progress.open), ""))
    else:
        pieces.append((t("start.leeg"), ""))
    pieces.append((t("start.volgende_stap", stap=t(progress.next_step)), "bold"))
    pieces.append((partner_text(partner, progress.asks), "dim"))
    pieces.append((t("start.zwaar"), "dim"))
    pieces.append((t("start.alle_opdrachten"), "dim"))
    return pieces
