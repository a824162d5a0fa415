"""Shows crisis resources when free text contains crisis language. Never blocks."""

from __future__ import annotations


def check_text(text: str | None, console) -> bool:
    """Check user text; show the help panel on `console` when needed. Returns True if shown."""
    if not text:
        return False
    from vraaghulp.coach.crisis import is_crisis

    if not is_crisis(text):
        return False
    show_panel(console)
    return True


def show_panel(console) -> None:
    """The calm panel with crisis resources (NL and BE)."""
    from rich.panel import Panel
    from rich.text import Text

    body = Text(
        "Wat je schrijft klinkt zwaar. Je hoeft dit niet alleen te dragen.\n"
        "Nederland: 113 Zelfmoordpreventie, bel 113 of gratis 0800-0113 (dag en nacht), chat op 113.nl\n"
        "België: Zelfmoordlijn 1813, bel 1813, zelfmoord1813.be\n"
        "Bij direct gevaar: bel 112.\n"
        "Je kunt daarna gewoon verder in vraaghulp."
    )
    console.print(Panel(body, title="Hulp nu", border_style="yellow"))
