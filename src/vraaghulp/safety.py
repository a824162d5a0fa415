"""Shows crisis resources when free text contains crisis language. Never blocks.

The panel's words and phone numbers come from ``content/nl/crisis.toml`` ([paneel]); the
panel never contains any text the user typed. Rich is imported only when a panel is
actually drawn, so checking text stays cheap.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

__all__ = ["check_text", "show_panel", "panel", "panel_plain", "panel_content", "PanelContent"]


class PanelContent(NamedTuple):  # a NamedTuple, not a dataclass: `log --zoek` checks text and stays light
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


@lru_cache(maxsize=2)
def panel_content(on_demand: bool = False) -> PanelContent:
    """The panel texts from crisis.toml, checked once.

    `on_demand`: the user opened the panel themselves (`vraaghulp hulplijn`), so the intro
    must not say "what you just wrote"; `inleiding_op_verzoek` is used instead.
    """
    from vraaghulp.content import load_toml
    from vraaghulp.errors import VraaghulpError
    from vraaghulp.messages import t

    data = load_toml("crisis").get("paneel")

    def broken(key: str, **params) -> VraaghulpError:
        return VraaghulpError(t("hulplijn.inhoud_klopt_niet", wat=t(f"hulplijn.{key}", **params)))

    if not isinstance(data, dict):
        raise broken("paneel_ontbreekt")
    for key in ("titel", "inleiding", "slot"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise broken("veld_leeg", veld=key)
    blocks = []
    for i, block in enumerate(data.get("blok", []), start=1):
        heading, lines = block.get("kop"), block.get("regels")
        if not isinstance(heading, str) or not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
            raise broken("blok_fout", nummer=i)
        blocks.append((heading.strip(), tuple(_clean(x) for x in lines)))
    if not blocks:
        raise broken("geen_blok")
    intro = data["inleiding"]
    if on_demand and isinstance(data.get("inleiding_op_verzoek"), str) and data["inleiding_op_verzoek"].strip():
        intro = data["inleiding_op_verzoek"]
    return PanelContent(_clean(data["titel"]), _clean(intro), tuple(blocks), _clean(data["slot"]))


def check_text(text: str | None, console) -> bool:
    """Check user text; show the help panel on `console` when needed. Returns True if shown."""
    if not text or not text.strip():
        return False
    from vraaghulp.coach.crisis import is_crisis

    if not is_crisis(text):
        return False
    show_panel(console)
    return True


def panel(on_demand: bool = False):
    """The panel as a Rich renderable."""
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
    console.print(panel(on_demand))
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
