"""Rich views of belief scripts: the summary after writing, the list, and one script in full.

`script_detail(script, asks)` is the public view other commands (e.g. `log toon`) use.
User text only ever goes in through `render.user()`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from vraaghulp.render import dutch_date, one_line, user

STATUS_LABELS = {
    "ja": "ja",
    "deels": "deels",
    "nee": "nee",
    "geen-reactie": "geen reactie",
}


def _content(content: Any | None):
    if content is not None:
        return content
    from vraaghulp.flows.script import load_content

    return load_content()


def belief_history(script) -> list[tuple[datetime, int, str]]:
    """Every rating of a script, oldest first: (date, value 0-100, what it came after)."""
    history: list[tuple[datetime, int, str]] = []
    if script.belief is not None:
        history.append((script.created, script.belief, "bij het opschrijven"))
    if script.belief_after is not None:
        history.append((script.created, script.belief_after, "na het opschrijven"))
    for rating in script.ratings:
        label = f"na vraag {rating.ask_id}" if rating.ask_id else "opnieuw gescoord"
        history.append((rating.date, rating.value, label))
    return history


def history_line(script):
    """'Hoe waar: 80 → 60 → 40' as a Text (or None when never rated)."""
    from rich.text import Text

    history = belief_history(script)
    if not history:
        return None
    line = Text("Hoe waar (0-100): ", style="dim")
    line.append(" → ".join(str(value) for _when, value, _label in history), style="bold")
    if len(history) > 1:
        first, last = history[0][1], history[-1][1]
        if last < first:
            line.append(f"  ({first - last} lager dan eerst)", style="green")
        elif last > first:
            line.append(f"  ({last - first} hoger dan eerst)", style="dim")
    return line


def _ask_line(ask):
    from rich.text import Text

    line = Text("  ")
    line.append(dutch_date(ask.created), style="dim")
    line.append("  ")
    line.append_text(user(f"Aan {one_line(ask.person, 20)}: “{one_line(ask.text, 50)}”"))
    if ask.status == "open":
        line.append("  — nog open", style="yellow")
    elif ask.status == "afgezien":
        line.append("  — niet gevraagd", style="dim")
    else:
        line.append(f"  — {STATUS_LABELS.get(ask.outcome or '', ask.outcome or 'gedaan')}", style="green")
    line.append(f"  ({ask.id})", style="dim")
    return line


def _asks_block(asks) -> list[Any]:
    from rich.text import Text

    if not asks:
        return [Text("Nog niet getest met een vraag.", style="dim")]
    count = len(asks)
    parts: list[Any] = [Text(f"Getest met {count} {'vraag' if count == 1 else 'vragen'}:", style="dim")]
    parts.extend(_ask_line(ask) for ask in asks)
    return parts


def summary(script, content=None):
    """The short, warm summary shown right after writing a script."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    from vraaghulp.flows.script import belief_change_text, summary_lines

    content = _content(content)
    texts = content.texts
    parts: list[Any] = []
    for label, value in summary_lines(script, content):
        line = Text(f"{label}: ", style="bold")
        line.append_text(user(value))
        parts.append(line)
    history = history_line(script)
    if history is not None:
        parts.append(history)
    change = belief_change_text(texts, script.belief, script.belief_after)
    if change:
        parts.append(Text(""))
        parts.append(Text(change, style="green"))
    parts.append(Text(""))
    parts.append(Text(texts.closing, style="italic"))
    return Panel(Group(*parts), title=texts.summary_title, border_style="cyan", padding=(1, 2))


def script_detail(script, asks=(), content=None):
    """One script in full: what was written, every rating with its date, the asks that tested it."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from vraaghulp.flows.script import summary_lines

    content = _content(content)
    parts: list[Any] = []
    for label, value in summary_lines(script, content):
        line = Text(f"{label}: ", style="bold")
        line.append_text(user(value))
        parts.append(line)
    history = belief_history(script)
    parts.append(Text(""))
    if history:
        table = Table(title=None, show_edge=False, box=None, padding=(0, 2, 0, 0))
        table.add_column("Datum", style="dim")
        table.add_column("Hoe waar", justify="right")
        table.add_column("Wanneer")
        for when, value, label in history:
            table.add_row(dutch_date(when), f"{value}", label)
        parts.append(Text("Hoe waar de zin voelde (0-100):", style="dim"))
        parts.append(table)
    else:
        parts.append(Text("Nog geen score gegeven.", style="dim"))
    parts.append(Text(""))
    parts.extend(_asks_block(list(asks)))
    title = f"Overtuiging {script.id} · {dutch_date(script.created)}"
    return Panel(Group(*parts), title=title, title_align="left", border_style="cyan", padding=(0, 1))


def script_list(entries, content=None):
    """All scripts, newest first: the sentence, its ratings over time, the asks that tested it."""
    from rich.console import Group
    from rich.text import Text

    content = _content(content)
    if not entries:
        return Text(
            "Je hebt nog geen overtuigingen opgeschreven. Begin met 'vraaghulp script'.",
        )
    parts: list[Any] = []
    for entry in reversed(entries):
        script = entry.script
        head = Text(f"{script.id}", style="bold cyan")
        head.append(f"  {dutch_date(script.created)}", style="dim")
        parts.append(head)
        parts.append(user(f"“{one_line(script.sentence, 200)}”", style="bold"))
        if script.voice or script.voice_note:
            voice = content.voice_name(script.voice) or ""
            if script.voice_note:
                voice = f"{voice} — {one_line(script.voice_note, 60)}" if voice else one_line(script.voice_note, 60)
            line = Text("Stem: ", style="dim")
            line.append_text(user(voice))
            parts.append(line)
        history = history_line(script)
        if history is not None:
            parts.append(history)
        parts.extend(_asks_block(entry.asks))
        parts.append(Text(""))
    parts.append(Text("Eén overtuiging helemaal bekijken: vraaghulp script --toon ID", style="dim"))
    return Group(*parts)


def list_item(entry) -> dict[str, Any]:
    """The JSON item for `script --lijst --json`: the script's record plus the asks that tested it."""
    from vraaghulp.models import record_dict

    item = record_dict(entry.script)
    item["getest_met"] = [record_dict(ask) for ask in entry.asks]
    return item
