"""How a belief script looks: its log row, the summary after writing, the list, one in full,
its summary line, its report section and its `--json` item.

Rows work on the stored dict (standard library only); the rest uses Rich, imported inside.
User text only ever goes in through `render.user()` / `one_line()`.
"""

from __future__ import annotations

from vraaghulp.light.text import as_text, dutch_date, markdown_line, one_line
from vraaghulp.messages import t, tn

TYPE_CHECKING = False  # annotations only: `typing` costs memory on every `vraaghulp log`
if TYPE_CHECKING:
    from typing import Any

CSV_FIELDS = ("zin", "stem", "stem_toelichting", "geloof", "bang_voor", "rolwissel", "nieuwe_regel", "geloof_na",
              "beoordelingen")


def _content(content):
    if content is not None:
        return content
    from vraaghulp.guides.scripts import load_content

    return load_content()


# ----------------------------------------------------------------------------------------
# The log table (stored dicts, no pydantic)
# ----------------------------------------------------------------------------------------
def row(data: dict[str, Any], when: str) -> list:
    """The cells (id, date, kind, voice, sentence, -, belief) of the log table."""
    history = [v for v in (data.get("geloof"), data.get("geloof_na")) if isinstance(v, int)]
    history += [r.get("waarde") for r in data.get("beoordelingen") or []
                if isinstance(r, dict) and isinstance(r.get("waarde"), int)]
    if len(history) > 1:
        status = t("script.rij.verloop", van=history[0], naar=history[-1])
    else:
        status = t("script.rij.geloof", geloof=history[0]) if history else ""
    return [one_line(as_text(data.get("id")), 40), when, as_text(data.get("soort")),
            one_line(as_text(data.get("stem")), 40), "“" + one_line(as_text(data.get("zin")), 200) + "”", "", status]


def row_problem(data: dict[str, Any]) -> str | None:
    return None if isinstance(data.get("zin"), str) and data["zin"] else "zin"


# ----------------------------------------------------------------------------------------
# What was written, and how true it felt over time
# ----------------------------------------------------------------------------------------
def summary(script) -> str:
    """One plain line naming the script (for confirmations)."""
    return t("script.samenvatting", datum=dutch_date(script.created), zin=one_line(script.sentence, 60))


def stored_summary(data: dict[str, Any]) -> str:
    """`summary` of a script as stored (a dict the model accepts), for the light paths."""
    from datetime import datetime

    return t("script.samenvatting", datum=dutch_date(datetime.fromisoformat(data["gemaakt"])),
             zin=one_line(data["zin"], 60))


def written(script, content) -> list[tuple[str, str]]:
    """(label, user text) pairs of what was written, for the summary and detail views."""
    lines: list[tuple[str, str]] = [(t("script.label.zin"), script.sentence)]
    if script.voice or script.voice_note:
        voice = content.voice_name(script.voice) or ""
        if script.voice_note:
            voice = f"{voice} — {script.voice_note}" if voice else script.voice_note
        lines.append((t("script.label.stem"), voice))
    if script.fear:
        lines.append((t("script.label.bang"), script.fear))
    if script.role_reversal:
        lines.append((t("script.label.rolwissel"), script.role_reversal))
    if script.new_rule:
        lines.append((t("script.label.regel"), script.new_rule))
    return lines


def belief_history(script) -> list[tuple[Any, int, str]]:
    """Every rating of a script, oldest first: (date, value 0-100, what it came after)."""
    history = []
    if script.belief is not None:
        history.append((script.created, script.belief, t("script.geschiedenis.bij_schrijven")))
    if script.belief_after is not None:
        history.append((script.created, script.belief_after, t("script.geschiedenis.na_schrijven")))
    for rating in script.ratings:
        label = t("script.geschiedenis.na_vraag", id=rating.ask_id) if rating.ask_id else t("script.geschiedenis.opnieuw")
        history.append((rating.date, rating.value, label))
    return history


def history_line(script):
    """'Hoe waar: 80 → 60 → 40' as a Text (or None when never rated)."""
    from vraaghulp.render import text

    history = belief_history(script)
    if not history:
        return None
    line = text(t("script.geschiedenis.hoe_waar"), "dim")
    line.append(" → ".join(str(value) for _when, value, _label in history), style="bold")
    if len(history) > 1:
        first, last = history[0][1], history[-1][1]
        if last < first:
            line.append(t("script.geschiedenis.lager", verschil=first - last), style="green")
        elif last > first:
            line.append(t("script.geschiedenis.hoger", verschil=last - first), style="dim")
    return line


def _labelled(label: str, value: str):
    from vraaghulp.render import text, user

    line = text(f"{label}: ", "bold")
    line.append_text(user(value))
    return line


# ----------------------------------------------------------------------------------------
# The asks that tested it
# ----------------------------------------------------------------------------------------
def _ask_line(ask):
    from vraaghulp.render import text, user
    from vraaghulp.views.ask_words import label

    line = text("  ")
    line.append(dutch_date(ask.created), style="dim")
    line.append("  ")
    line.append_text(user(t("script.getest.vraag", wie=one_line(ask.person, 20), vraag=one_line(ask.text, 50))))
    if ask.status == "open":
        line.append(t("script.getest.open"), style="yellow")
    elif ask.status == "afgezien":
        line.append(t("script.getest.afgezien"), style="dim")
    else:
        line.append(f"  — {label('uitkomst', ask.outcome) if ask.outcome else label('status', 'gedaan')}", style="green")
    line.append(f"  ({ask.id})", style="dim")
    return line


def _asks_block(asks) -> list:
    from vraaghulp.render import text

    if not asks:
        return [text(t("script.getest.nog_niet"), "dim")]
    return [text(tn("script.getest.aantal", len(asks)), "dim"), *(_ask_line(ask) for ask in asks)]


# ----------------------------------------------------------------------------------------
# The views
# ----------------------------------------------------------------------------------------
def written_panel(script, content=None):
    """The short, warm summary shown right after writing a script."""
    from vraaghulp.guides.scripts import belief_change_text
    from vraaghulp.render import panel, text

    content = _content(content)
    parts: list[Any] = [_labelled(label, value) for label, value in written(script, content)]
    history = history_line(script)
    if history is not None:
        parts.append(history)
    change = belief_change_text(content.texts, script.belief, script.belief_after)
    if change:
        parts += [text(""), text(change, "green")]
    parts += [text(""), text(content.texts.closing, "italic")]
    return panel(parts, content.texts.summary_title, padding=(1, 2), align="center")


def detail(script, asks=(), content=None):
    """One script in full: what was written, every rating with its date, the asks that tested it."""
    from rich.table import Table

    from vraaghulp.render import panel, text

    content = _content(content)
    parts: list[Any] = [_labelled(label, value) for label, value in written(script, content)]
    history = belief_history(script)
    parts.append(text(""))
    if history:
        table = Table(title=None, show_edge=False, box=None, padding=(0, 2, 0, 0))
        table.add_column(t("script.tabel.datum"), style="dim")
        table.add_column(t("script.tabel.hoe_waar"), justify="right")
        table.add_column(t("script.tabel.wanneer"))
        for when, value, label in history:
            table.add_row(dutch_date(when), f"{value}", label)
        parts += [text(t("script.tabel.titel"), "dim"), table]
    else:
        parts.append(text(t("script.tabel.geen_score"), "dim"))
    parts.append(text(""))
    parts.extend(_asks_block(list(asks)))
    return panel(parts, t("script.titel", id=script.id, datum=dutch_date(script.created)))


def script_list(entries, content=None):
    """All scripts, newest first: the sentence, its ratings over time, the asks that tested it."""
    from rich.console import Group

    from vraaghulp.render import text, user

    content = _content(content)
    if not entries:
        return text(t("script.lijst.leeg"))
    parts: list[Any] = []
    for entry in reversed(entries):
        script = entry.script
        head = text(f"{script.id}", "bold cyan")
        head.append(f"  {dutch_date(script.created)}", style="dim")
        parts += [head, user(f"“{one_line(script.sentence, 200)}”", style="bold")]
        if script.voice or script.voice_note:
            voice = content.voice_name(script.voice) or ""
            if script.voice_note:
                voice = f"{voice} — {one_line(script.voice_note, 60)}" if voice else one_line(script.voice_note, 60)
            line = text(t("script.lijst.stem"), "dim")
            line.append_text(user(voice))
            parts.append(line)
        history = history_line(script)
        if history is not None:
            parts.append(history)
        parts.extend(_asks_block(entry.asks))
        parts.append(text(""))
    parts.append(text(t("script.lijst.een_bekijken"), "dim"))
    return Group(*parts)


def list_item(entry) -> dict[str, Any]:
    """The JSON item for `script --lijst --json`: the script's record plus the asks that tested it."""
    from vraaghulp.models import record_dict

    item = record_dict(entry.script)
    item["getest_met"] = [record_dict(ask) for ask in entry.asks]
    return item


def markdown(scripts) -> list[str]:
    """The report's section about scripts."""
    if not scripts:
        return []
    lines = [t("script.verslag.kop"), ""]
    for script in scripts:
        lines += [t("script.verslag.titel", datum=dutch_date(script.created, with_year=True),
                    zin=markdown_line(script.sentence)), ""]
        for key, value in (("stem", script.voice), ("toelichting", script.voice_note), ("bang", script.fear),
                           ("rolwissel", script.role_reversal), ("regel", script.new_rule)):
            if value:
                lines.append(t(f"script.verslag.{key}", tekst=markdown_line(value)))
        values = [v for v in (script.belief, script.belief_after) if v is not None] + [r.value for r in script.ratings]
        if values:
            lines.append(t("script.verslag.hoe_waar", waarden=" → ".join(str(v) for v in values)))
        lines.append("")
    return lines
