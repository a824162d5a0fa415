"""The card of the day. Standard library only: it may run at every shell start.

`vraaghulp kaart` (and the start screen) show `today_text`; the words around the card
come from the catalogue (`kaart`), the cards themselves from content/nl/kaarten.toml.
"""

from __future__ import annotations

from datetime import date

from vraaghulp.messages import lookup, t


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
        return fallback()
    labels = lookup("kaart.soorten") or {}
    label = labels.get(card.get("soort", ""), t("kaart.van_vandaag"))
    return t("kaart.kaart", soort=label, tekst=card["tekst"].strip())


def fallback() -> str:
    """What the card says when the cards cannot be read: a shell start must never fail."""
    return t("kaart.kaart_zonder", tekst=t("kaart.reserve"))


def today_text(day: date | None = None, *, shuffle: bool = False) -> str:
    try:
        cards = load_cards()
    except Exception:  # noqa: BLE001 - a card must never break a shell start
        cards = []
    if shuffle and cards:
        import random

        return render_card(random.choice(cards))
    return render_card(card_for(day or date.today(), cards))
