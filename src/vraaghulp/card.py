"""The card of the day. Standard library only: it may run at every shell start.

`vraaghulp kaart` is routed here by `vraaghulp.entry` before Typer, Rich or Pydantic load;
the Typer command of the same name calls `render_card` too, so both print the same.
"""

from __future__ import annotations

import sys
from datetime import date

KIND_LABELS = {"kijk": "Anders kijken", "regel": "Nieuwe regel", "durf": "Kleine uitdaging"}
FALLBACK = "Vraag vandaag één klein ding aan iemand die je vertrouwt."


def load_cards() -> list[dict]:
    from vraaghulp.content import load_toml

    data = load_toml("kaarten")
    cards = [c for c in data.get("kaart", []) if isinstance(c, dict) and isinstance(c.get("tekst"), str)]
    return cards


def card_for(day: date, cards: list[dict]) -> dict | None:
    """The same card all day, a different one tomorrow."""
    if not cards:
        return None
    return cards[day.toordinal() % len(cards)]


def render_card(card: dict | None) -> str:
    """Plain text, 1-3 lines."""
    if card is None:
        return f"vraaghulp · {FALLBACK}"
    label = KIND_LABELS.get(card.get("soort", ""), "Kaart van vandaag")
    return f"vraaghulp · {label}\n{card['tekst'].strip()}"


def today_text(day: date | None = None, *, shuffle: bool = False) -> str:
    try:
        cards = load_cards()
    except Exception:  # noqa: BLE001 - a card must never break a shell start
        cards = []
    if shuffle and cards:
        import random

        return render_card(random.choice(cards))
    return render_card(card_for(day or date.today(), cards))


def fast_main(args: list[str]) -> int | None:
    """Handle `kaart [--willekeurig]` without Typer; None means: let Typer handle it."""
    if args not in ([], ["--willekeurig"], ["-w"]):
        return None
    try:
        print(today_text(shuffle=bool(args)))
    except BrokenPipeError:
        pass
    except Exception:  # noqa: BLE001
        print(f"vraaghulp · {FALLBACK}")
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    return 0
