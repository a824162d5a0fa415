"""Shows crisis resources when free text contains crisis language. Never blocks.

The panel's words and phone numbers come from ``content/nl/crisis.toml`` ([paneel] and the
[[hulplijn]] list, one block per country in [landen] order with the own country (`first`)
moved to the top, then 112, then the ready sentence to tell someone close); the panel never
contains any text the user typed. The same file holds the gentle line for the zorg tier
(`concern_line`) and the ready sentence to tell someone close (`tell_someone`). Rich is
imported only when a panel is actually drawn, so checking text stays cheap.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "check_text", "show_panel", "panel", "panel_plain", "panel_content", "PanelContent",
    "Helpline", "helplines", "countries", "ordered_countries", "concern_line", "tell_someone",
]


# NamedTuples, not dataclasses: `log --zoek` checks its search text and must stay light.
class PanelContent(NamedTuple):
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


class Helpline(NamedTuple):
    """One line from [[hulplijn]] in crisis.toml."""

    country: str  # "NL", "BE" or "NL+BE"
    name: str
    kind: str  # crisis, luisteren, jongeren, medisch, nood
    phones: tuple[str, ...]
    chat: str
    day_and_night: bool
    line: str  # the sentence shown in the panel


def _broken(key: str, **params):
    from vraaghulp.errors import VraaghulpError
    from vraaghulp.messages import t

    return VraaghulpError(t("hulplijn.inhoud_klopt_niet", wat=t(f"hulplijn.inhoud.{key}", **params)))


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
            raise _broken("hulplijn_mist", nummer=i) from None
    if not out:
        raise _broken("geen_hulplijn")
    return tuple(out)


@lru_cache(maxsize=1)
def countries() -> tuple[tuple[str, str], ...]:
    """(code, name) of every country in [landen], in file order: ("NL", "Nederland"), ..."""
    from vraaghulp.content import load_toml

    data = load_toml("crisis").get("landen")
    if not isinstance(data, dict) or not data:
        raise _broken("landen_ontbreekt")
    return tuple((str(code), str(name)) for code, name in data.items())


def concern_line(first: str | None = None, *, other: bool = False) -> str:
    """The one gentle line for the zorg tier ([zorg] regel), the own country's number first; with `other`
    (only someone else's words gave the tier) [zorg] regel_ander when the catalogue has it (round 46, c46z)."""
    from vraaghulp.content import load_toml

    data = load_toml("crisis").get("zorg", {})
    line = data.get("regel_ander") if other else None
    line = line if isinstance(line, str) and line.strip() else data.get("regel")
    if not isinstance(line, str) or not line.strip():
        raise _broken("zorg_leeg")
    numbers = [f"{h.phones[0]} ({code})" for code, _name in ordered_countries(first)
               for h in helplines() if h.country == code and h.kind == "crisis" and h.phones]
    return _clean(line.replace("{nummers}", str(data.get("of", " / ")).join(numbers)))


def tell_someone() -> tuple[str, str, str]:
    """(intro, ready sentence, line naming the practice partner with {naam}) from [vertellen]."""
    from vraaghulp.content import load_toml

    data = load_toml("crisis").get("vertellen", {})
    parts = tuple(data.get(key) for key in ("inleiding", "zin", "maatje"))
    if not all(isinstance(x, str) and x.strip() for x in parts):
        raise _broken("vertellen_mist")
    return parts  # type: ignore[return-value]


def ordered_countries(first: str | None = None) -> tuple[tuple[str, str], ...]:
    """[landen] with `first` (a code such as "BE") moved to the front; nothing is ever left out."""
    listed = countries()
    return tuple(sorted(listed, key=lambda item: item[0] != first))


def _tell_block(partner: str | None) -> tuple[str, tuple[str, ...]]:
    intro, sentence, partner_line = tell_someone()
    rows = [f"\u201c{sentence.strip()}\u201d"]
    if partner and partner.strip():
        from vraaghulp.light.text import one_line

        rows.append(partner_line.strip().replace("{naam}", one_line(partner.strip())))
    return intro.strip(), tuple(rows)


def _blocks(emergency_heading: str, first: str | None, partner: str | None):
    """One block per country (the own country first), the block for immediate danger, then
    the ready sentence to tell someone close."""
    lines = helplines()
    blocks = [(name, tuple(h.line for h in lines if h.country == code)) for code, name in ordered_countries(first)]
    blocks.append((emergency_heading, tuple(h.line for h in lines if h.kind == "nood")))
    blocks.append(_tell_block(partner))
    return tuple((heading, rows) for heading, rows in blocks if rows)


@lru_cache(maxsize=8)
def panel_content(on_demand: bool = False, first: str | None = None, partner: str | None = None) -> PanelContent:
    """The panel texts from crisis.toml, checked once.

    `on_demand`: the user opened the panel themselves (`vraaghulp hulplijn`), so the intro
    must not say "what you just wrote"; `inleiding_op_verzoek` is used instead. `first`: the
    country code whose lines come first; `partner`: the practice partner's name, if any.
    """
    from vraaghulp.content import load_toml

    data = load_toml("crisis").get("paneel")
    if not isinstance(data, dict):
        raise _broken("paneel_ontbreekt")
    for key in ("titel", "inleiding", "slot", "kop_nood"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise _broken("veld_leeg", veld=key)
    intro = data["inleiding"]
    if on_demand and isinstance(data.get("inleiding_op_verzoek"), str) and data["inleiding_op_verzoek"].strip():
        intro = data["inleiding_op_verzoek"]
    blocks = _blocks(data["kop_nood"].strip(), first, partner)
    return PanelContent(_clean(data["titel"]), _clean(intro), blocks, _clean(data["slot"]))


def check_text(text: str | None, console, *, first: str | None = None, partner: str | None = None) -> bool:
    """Check user text; show the help panel on `console` when it is acuut. Returns True if shown.

    (The zorg tier and where the panel goes for a command: `vraaghulp.care`.)
    """
    if not text or not text.strip():
        return False
    from vraaghulp.coach.crisis import is_crisis

    if not is_crisis(text):
        return False
    show_panel(console, first=first, partner=partner)
    return True


def panel(on_demand: bool = False, *, first: str | None = None, partner: str | None = None):
    """The panel as a Rich renderable."""
    from rich.box import ROUNDED
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    content = panel_content(on_demand, first, partner)
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


def show_panel(console, *, on_demand: bool = False, first: str | None = None, partner: str | None = None) -> None:
    """The calm panel with crisis resources (NL and BE, `first` on top) on the given Rich console."""
    console.print()
    console.print(panel(on_demand, first=first, partner=partner))
    console.print()


def panel_plain(*, on_demand: bool = False, first: str | None = None, partner: str | None = None) -> str:
    """The same panel as plain text lines (no Rich, no colours, no markup)."""
    content = panel_content(on_demand, first, partner)
    out = [content.title, "=" * len(content.title), "", *_wrap(content.intro)]
    for heading, lines in content.blocks:
        out += ["", heading]
        for line in lines:
            out += _wrap(line, indent="    ", first="  - ")
    out += ["", *_wrap(content.closing)]
    return "\n".join(out) + "\n"
