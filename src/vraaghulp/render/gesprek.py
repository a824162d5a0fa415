"""What the seven-step conversation shows while it runs: the intro, each step, the silence,
the notes at the end. (A stored conversation in full and as markdown: `views.gesprek`.)

Names and notes are user text: they go through `clean()` and into `rich.text.Text`, never
into markup. Texts from content/ are also shown as plain Text (a counsellor may type
square brackets without breaking anything).
"""

from __future__ import annotations

from typing import Any

from vraaghulp.guides.gesprek import fill
from vraaghulp.light.text import clean
from vraaghulp.messages import t


def _fill(template: str | None, names: list[str]) -> str:
    asker, other = (names + ["", ""])[:2]
    return fill(template, asker or t("gesprek.de_vrager"), other or t("gesprek.de_naaste"))


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


def safety_view(guide):
    """For "samen": this conversation is for someone you feel safe with; where to go if not."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    g = guide.general
    return Panel(Group(Text(g.safe_together), Text(""), Text(g.safe_help, style="dim")), border_style="yellow",
                 padding=(1, 2), expand=False)


def _bullets(lines: list[str], names: list[str]):
    from rich.table import Table
    from rich.text import Text

    bullets = Table.grid(padding=(0, 1))
    bullets.add_column(no_wrap=True)
    bullets.add_column()
    for line in lines:
        bullets.add_row("•", Text(_fill(line, names)))
    return bullets


def opening_view(guide, asker: str, other: str):
    """For "hulpverlener", before step 1: the counsellor invites the other to help them."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    g = guide.general
    names = [asker, other]
    body: list[Any] = [Text(g.opening_title, style="bold cyan"), Text(""), Text(_fill(g.opening, names))]
    if g.opening_say:
        body += [Text(""), Text(g.say_label_counsellor, style="bold"), _bullets(g.opening_say, names)]
    if g.opening_invitation:
        line = Text(g.tip_label + " ", style="bold")
        line.append(_fill(g.opening_invitation, names), style="")
        body += [Text(""), line]
    return Panel(Group(*body), border_style="cyan", padding=(1, 2))


def step_view(guide, step, texts, mode: str, asker: str, other: str, relation: str | None):
    """One step as a panel: who speaks to whom, what happens, how to start, what to watch."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    g = guide.general
    names = [asker, other]
    # The step's title inside the panel: a border title is cut on a narrow screen, a line wraps.
    body: list[Any] = [Text(step.title, style="bold cyan"), Text(_fill(texts.who, names), style="bold"), Text(""),
                       Text(_fill(texts.what, names))]
    if texts.say:
        label = g.say_label_counsellor if mode == "hulpverlener" else g.say_label_together
        body += [Text(""), Text(label, style="bold"), _bullets(texts.say, names)]
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
    title = Text(t("gesprek.stap_titel", stap=step.number), style="bold")
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
        Text(t("gesprek.stilte_nog", label=label, tijd=clock_text(remaining)), style="bold"),
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


def summary_view(record, guide):
    """The notes at the end of a conversation."""
    from rich.console import Group
    from rich.text import Text

    from vraaghulp.views.gesprek import step_title

    parts: list[Any] = [Text(guide.general.summary_title, style="bold underline")]
    notes = {int(k): v for k, v in record.notes.items() if str(k).isdecimal()}
    if not notes:
        parts.append(Text(guide.general.no_notes, style="dim"))
    for number in sorted(notes):
        parts.append(Text(""))
        parts.append(Text(step_title(guide, number), style="bold"))
        parts.append(Text(clean(notes[number])))
    return Group(*parts)
