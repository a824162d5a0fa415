"""Shows crisis resources when free text contains crisis language. Never blocks.

The panel's words and phone numbers come from ``content/nl/crisis.toml`` ([paneel] and the
[[hulplijn]] list, one block per country in [landen] order, then 112); the panel never
contains any text the user typed. The same file holds the gentle line for the zorg tier
(`concern_line`) and the ready sentence to tell someone close (`tell_someone`). Rich is
imported only when a panel is actually drawn, so checking text stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "check_text", "show_panel", "panel_plain", "panel_content", "PanelContent",
    "Helpline", "helplines", "countries", "concern_line", "tell_someone",
]


@dataclass(frozen=True)
class PanelContent:
    title: str
    intro: str
    blocks: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, lines)
    closing: str


PLAIN_WIDTH = 78


def _clean(value: object) -> str:
    """Line breaks inside a paragraph become spaces; a blank line starts a new paragraph."""
    paragraphs, current = [], []
    for line in str(value).strip().splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


_NBSP = "\u00a0"


def _wrap(text: str, indent: str = "", first: str = "") -> list[str]:
    import re
    import textwrap

    # Keep phone numbers such as "088 0767 000" on one line.
    text = re.sub(r"(?<=\d) (?=\d)", _NBSP, text)
    out: list[str] = []
    for i, paragraph in enumerate(text.split("\n\n")):
        if i:
            out.append("")
        out += textwrap.wrap(
            paragraph, PLAIN_WIDTH, initial_indent=first or indent, subsequent_indent=indent, break_on_hyphens=False
        ) or [""]
    return [line.replace(_NBSP, " ") for line in out]


@dataclass(frozen=True)
class Helpline:
    """One line from [[hulplijn]] in crisis.toml."""

    country: str  # "NL", "BE" or "NL+BE"
    name: str
    kind: str  # crisis, luisteren, jongeren, medisch, nood
    phones: tuple[str, ...]
    chat: str
    day_and_night: bool
    line: str  # the sentence shown in the panel


def _broken(what: str):
    from vraaghulp.errors import VraaghulpError

    return VraaghulpError(
        f"Het tekstbestand crisis.toml klopt niet: {what}. Herstel het bestand of zet het origineel terug."
    )


@lru_cache(maxsize=1)
def helplines() -> tuple[Helpline, ...]:
    """Every helpline from crisis.toml, in file order (the panel's order within a country)."""
    from vraaghulp.content import load_toml

    out = []
    for i, raw in enumerate(load_toml("crisis").get("hulplijn", []), start=1):
        try:
            out.append(Helpline(
                str(raw["land"]), str(raw["naam"]), str(raw["soort"]), tuple(str(p) for p in raw.get("bellen", [])),
                str(raw.get("chat", "")), bool(raw.get("dag_en_nacht", False)), _clean(raw["regel"]),
            ))
        except (KeyError, TypeError):
            raise _broken(f"[[hulplijn]] nummer {i} mist 'land', 'naam', 'soort' of 'regel'") from None
    if not out:
        raise _broken("er staat geen enkele [[hulplijn]] in")
    return tuple(out)


@lru_cache(maxsize=1)
def countries() -> tuple[tuple[str, str], ...]:
    """(code, name) of every country in [landen], in file order: ("NL", "Nederland"), ..."""
    from vraaghulp.content import load_toml

    data = load_toml("crisis").get("landen")
    if not isinstance(data, dict) or not data:
        raise _broken("[landen] ontbreekt")
    return tuple((str(code), str(name)) for code, name in data.items())


def concern_line() -> str:
    """The one gentle line for the zorg tier ([zorg] regel)."""
    from vraaghulp.content import load_toml

    line = load_toml("crisis").get("zorg", {}).get("regel")
    if not isinstance(line, str) or not line.strip():
        raise _broken("zorg.regel ontbreekt of is leeg")
    return _clean(line)


def tell_someone() -> tuple[str, str, str]:
    """(intro, ready sentence, line naming the practice partner with {naam}) from [vertellen]."""
    from vraaghulp.content import load_toml

    data = load_toml("crisis").get("vertellen", {})
    parts = tuple(data.get(key) for key in ("inleiding", "zin", "maatje"))
    if not all(isinstance(x, str) and x.strip() for x in parts):
        raise _broken("[vertellen] heeft een 'inleiding', een 'zin' en een regel 'maatje' nodig")
    return parts  # type: ignore[return-value]


def _blocks(emergency_heading: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """One block per country, then the block for immediate danger."""
    lines = helplines()
    blocks = [(name, tuple(h.line for h in lines if h.country == code)) for code, name in countries()]
    blocks.append((emergency_heading, tuple(h.line for h in lines if h.kind == "nood")))
    return tuple((heading, rows) for heading, rows in blocks if rows)


@lru_cache(maxsize=2)
def panel_content(on_demand: bool = False) -> PanelContent:
    """The panel texts from crisis.toml, checked once.

    `on_demand`: the user opened the panel themselves (`vraaghulp hulplijn`), so the intro
    must not say "what you just wrote"; `inleiding_op_verzoek` is used instead.
    """
    from vraaghulp.content import load_toml

    data = load_toml("crisis").get("paneel")
    if not isinstance(data, dict):
        raise _broken("[paneel] ontbreekt")
    for key in ("titel", "inleiding", "slot", "kop_nood"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise _broken(f"paneel.{key} ontbreekt of is leeg")
    intro = data["inleiding"]
    if on_demand and isinstance(data.get("inleiding_op_verzoek"), str) and data["inleiding_op_verzoek"].strip():
        intro = data["inleiding_op_verzoek"]
    blocks = _blocks(data["kop_nood"].strip())
    return PanelContent(_clean(data["titel"]), _clean(intro), blocks, _clean(data["slot"]))


def check_text(text: str | None, console) -> bool:
    """Check user text; show the help panel on `console` when needed. Returns True if shown."""
    if not text or not text.strip():
        return False
    from vraaghulp.coach.crisis import is_crisis

    if not is_crisis(text):
        return False
    show_panel(console)
    return True


def _panel_renderable(on_demand: bool = False):
    from rich.box import ROUNDED
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    content = panel_content(on_demand)
    parts: list = [Text(content.intro)]
    for heading, lines in content.blocks:
        parts += [Text(""), Text(heading, style="bold")]
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for line in lines:
            grid.add_row(" •", Text(line))
        parts.append(grid)
    parts += [Text(""), Text(content.closing, style="italic")]
    return Panel(
        Group(*parts),
        title=Text(content.title, style="bold"),
        title_align="left",
        border_style="cyan",
        box=ROUNDED,
        padding=(1, 2),
        expand=False,
    )


def show_panel(console, *, on_demand: bool = False) -> None:
    """The calm panel with crisis resources (NL and BE) on the given Rich console."""
    console.print()
    console.print(_panel_renderable(on_demand))
    console.print()


def panel_plain(*, on_demand: bool = False) -> str:
    """The same panel as plain text lines (no Rich, no colours, no markup)."""
    content = panel_content(on_demand)
    out = [content.title, "=" * len(content.title), "", *_wrap(content.intro)]
    for heading, lines in content.blocks:
        out += ["", heading]
        for line in lines:
            out += _wrap(line, indent="    ", first="  - ")
    out += ["", *_wrap(content.closing)]
    return "\n".join(out) + "\n"
