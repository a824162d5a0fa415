"""Rich views and markdown for the seven-step conversation.

Names and notes are user text: they go through `clean()` and into `rich.text.Text`, never
into markup. Texts from content/ are also shown as plain Text (a counsellor may type
square brackets without breaking anything).

`conversation_detail(record)` and `conversation_markdown(record)` are meant for reuse by
`log` and `export`.
"""

from __future__ import annotations

from typing import Any

from vraaghulp.render import clean, dutch_long_date, one_line

MODE_NAMES = {"samen": "samen, zonder hulpverlener", "hulpverlener": "met een hulpverlener"}


def _guide_or_none():
    """The conversation texts, or None when they cannot be loaded (views still work)."""
    try:
        from vraaghulp.flows.gesprek import load_guide

        return load_guide()
    except Exception:  # noqa: BLE001 - a broken content file must not hide stored notes
        return None


def _fill(template: str | None, names: list[str]) -> str:
    from vraaghulp.flows.gesprek import fill

    asker, other = (names + ["", ""])[:2]
    return fill(template, asker or "de vrager", other or "de naaste")


def intro_view(guide, mode: str):
    from rich.console import Group
    from rich.text import Text

    g = guide.general
    parts = [
        Text(g.title, style="bold"),
        Text(g.intro_counsellor if mode == "hulpverlener" else g.intro_together),
        Text(g.not_therapy, style="italic"),
    ]
    if mode != "hulpverlener":
        parts.append(Text(g.counsellor_hint, style="dim"))
    return Group(*(item for part in parts for item in (part, Text(""))))


def step_view(guide, step, texts, mode: str, asker: str, other: str, relation: str | None):
    """One step as a panel: who speaks to whom, what happens, how to start, what to watch."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    g = guide.general
    names = [asker, other]
    body: list[Any] = [Text(_fill(texts.who, names), style="bold"), Text(""), Text(_fill(texts.what, names))]
    if texts.say:
        label = g.say_label_counsellor if mode == "hulpverlener" else g.say_label_together
        body += [Text(""), Text(label, style="bold")]
        bullets = Table.grid(padding=(0, 1))
        bullets.add_column(no_wrap=True)
        bullets.add_column()
        for line in texts.say:
            bullets.add_row("•", Text(_fill(line, names)))
        body.append(bullets)
    if texts.watch:
        line = Text(g.watch_label + " ", style="bold")
        line.append(_fill(texts.watch, names), style="")
        body += [Text(""), line]
    tips = [texts.tip] if texts.tip else []
    key = guide.relation_key(relation) if relation else None
    if key and key in texts.tips_by_relation:
        tips.append(texts.tips_by_relation[key])
    for tip in tips:
        line = Text(g.tip_label + " ", style="bold")
        line.append(_fill(tip, names))
        body += [Text(""), line]
    title = Text(f"Stap {step.number} van 7 · {step.title}", style="bold")
    return Panel(Group(*body), title=title, title_align="left", border_style="cyan", padding=(1, 2))


def silence_view(label: str, key_hint: str, remaining: float, total: int):
    from rich.progress_bar import ProgressBar
    from rich.table import Table
    from rich.text import Text

    from vraaghulp.coach.silence import clock_text

    grid = Table.grid(padding=(0, 2))
    grid.add_column()
    grid.add_column(width=30)
    grid.add_column()
    elapsed = max(0.0, total - remaining)
    grid.add_row(
        Text(f"{label} · nog {clock_text(remaining)}", style="bold"),
        ProgressBar(total=float(total), completed=elapsed, width=30),
        Text(key_hint, style="dim"),
    )
    return grid


def silence_note(guide, ended_early: bool) -> str:
    return guide.silence.early if ended_early else guide.silence.done


def closing_view(guide, record):
    from rich.text import Text

    g = guide.general
    text = g.closing_counsellor if record.mode == "hulpverlener" else g.closing_together
    return Text("\n" + _fill(text, record.names))


def _step_title(guide, number: int) -> str:
    if guide is None:
        return f"Stap {number}"
    return f"Stap {number} · {guide.step(number).title}"


def _status_line(record) -> str:
    if record.finished:
        return "helemaal doorlopen"
    if record.last_step < record.first_step:
        return "gestopt voor de eerste stap af was"
    return f"gestopt na stap {record.last_step}"


def _deflection_line(record) -> str:
    if record.deflected is None:
        return "niet gevraagd"
    return "ja, er werd uitgeweken" if record.deflected else "nee, ze bleven erbij"


def _steps_range(record) -> str:
    return f"stap {record.first_step} tot en met {max(record.last_step, record.first_step)}"


def summary_view(record, guide=None):
    """The notes at the end of a conversation (also used by conversation_detail)."""
    from rich.console import Group
    from rich.text import Text

    guide = guide if guide is not None else _guide_or_none()
    title = guide.general.summary_title if guide else "Notities"
    parts: list[Any] = [Text(title, style="bold underline")]
    notes = {int(k): v for k, v in record.notes.items() if str(k).isdigit()}
    if not notes:
        empty = guide.general.no_notes if guide else "Geen notities."
        parts.append(Text(empty, style="dim"))
    for number in sorted(notes):
        parts.append(Text(""))
        parts.append(Text(_step_title(guide, number), style="bold"))
        parts.append(Text(clean(notes[number])))
    return Group(*parts)


def conversation_detail(record):
    """One stored conversation in full, as a Rich renderable (for `log toon`)."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    guide = _guide_or_none()
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    asker, other = (list(record.names) + ["", ""])[:2]
    relation = record.relation
    if guide is not None and relation:
        relation = guide.relation_name(relation)
    head.add_row("Gesprek", Text(record.id))
    head.add_row("Datum", Text(dutch_long_date(record.created)))
    head.add_row("Vorm", Text(MODE_NAMES.get(record.mode, record.mode)))
    head.add_row("Vrager", Text(one_line(asker, 60)))
    head.add_row("Naaste", Text(one_line(other, 60) + (f" ({one_line(relation, 40)})" if relation else "")))
    head.add_row("Stappen", Text(f"{_steps_range(record)}, {_status_line(record)}"))
    head.add_row("Uitgeweken na stap 6", Text(_deflection_line(record)))
    return Group(head, Text(""), summary_view(record, guide))


def _quote(text: str) -> str:
    lines = clean(text).splitlines() or [""]
    return "\n".join(f"> {line}".rstrip() for line in lines)


def conversation_markdown(record) -> str:
    """One conversation as a markdown document (for --export and `vraaghulp export`)."""
    guide = _guide_or_none()
    asker, other = (list(record.names) + ["", ""])[:2]
    relation = record.relation
    if guide is not None and relation:
        relation = guide.relation_name(relation)
    title = guide.general.title if guide else "Het gesprek in zeven stappen"
    lines = [
        f"# {title}",
        "",
        f"- Datum: {dutch_long_date(record.created)}",
        f"- Vorm: {MODE_NAMES.get(record.mode, record.mode)}",
        f"- Vrager: {one_line(asker, 60)}",
        f"- Naaste: {one_line(other, 60)}" + (f" ({one_line(relation, 40)})" if relation else ""),
        f"- Stappen: {_steps_range(record)}, {_status_line(record)}",
        f"- Uitgeweken na stap 6: {_deflection_line(record)}",
        f"- Id: {record.id}",
        "",
    ]
    notes = {int(k): v for k, v in record.notes.items() if str(k).isdigit()}
    if not notes:
        lines += [guide.general.no_notes if guide else "Geen notities.", ""]
    for number in sorted(notes):
        lines += [f"## {_step_title(guide, number)}", "", _quote(notes[number]), ""]
    return "\n".join(lines).rstrip() + "\n"
