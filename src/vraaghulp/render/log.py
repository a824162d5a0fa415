"""Rich views for `vraaghulp log`: the table, one entry in full, and the overview with charts.

User text only ever goes in through `render.user()` / `one_line()` inside a `Text`; our own
labels are plain strings. Nothing here reads files except the ladder names (content).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from vraaghulp.render import dutch_date, dutch_long_date, one_line, user

OUTCOME_LABELS = {"ja": "ja", "deels": "deels", "nee": "nee", "geen-reactie": "geen reactie"}
COMPARISON_LABELS = {"beter": "beter dan gedacht", "zoals-verwacht": "zoals verwacht", "slechter": "zwaarder dan gedacht"}
STATUS_LABELS = {"open": "open", "gedaan": "gedaan", "afgezien": "niet gevraagd"}
BAR = "█"


def num(value: float | int | None, suffix: str = "") -> str:
    """A number the Dutch way (6,5), or a dash when unknown."""
    if value is None:
        return "—"
    if isinstance(value, float):
        text = f"{value:.1f}".replace(".", ",")
        if text.endswith(",0"):
            text = text[:-2]
    else:
        text = str(value)
    return text + suffix


def _text(value: str = "", style: str = ""):
    from rich.text import Text

    return Text(value, style=style)


def level_names() -> dict[int, str]:
    """Ladder level names from content; empty when the content cannot be read."""
    try:
        from vraaghulp.content import load_toml

        data = load_toml("ladder")
        return {int(level["nummer"]): str(level["naam"]) for level in data.get("niveau", [])}
    except Exception:  # noqa: BLE001 - names are a nicety, never a reason to fail
        return {}


# ----------------------------------------------------------------------------------------
# The table
# ----------------------------------------------------------------------------------------
SHORT_COMPARISON = {"beter": "beter", "zoals-verwacht": "zoals gedacht", "slechter": "zwaarder"}


def table_date(value, today: date | None = None) -> str:
    """'za 21 nov' this year, '21 nov 2023' for other years."""
    from vraaghulp.render import DAYS, MONTHS

    day = value.date() if hasattr(value, "date") else value
    today = today or date.today()
    if day.year == today.year:
        return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _fear_cell(record) -> str:
    if record.fear_after is not None:
        return f"{record.fear_before}→{record.fear_after}"
    if record.status == "open":
        return f"{record.fear_before}→?"
    return f"{record.fear_before}"


def _outcome_cell(record):
    if record.status == "open":
        return _text("open", "yellow")
    if record.status == "afgezien":
        return _text("niet gevraagd", "dim")
    if record.outcome is None:
        return _text("gedaan")
    text = _text(OUTCOME_LABELS.get(record.outcome, record.outcome), "green" if record.outcome in ("ja", "deels") else "")
    if record.comparison:
        text.append(f" · {SHORT_COMPARISON.get(record.comparison, record.comparison)}", style="dim")
    return text


def row_cells(record, today: date | None = None) -> list[Any]:
    """The cells (id, date, kind, who, what, fear, outcome/status) for one record."""
    kind = record.kind
    when = table_date(record.created, today)
    if kind == "vraag":
        return [
            record.id, when, "vraag",
            user(one_line(record.person, 40)),
            user(one_line(record.text, 200)),
            _fear_cell(record),
            _outcome_cell(record),
        ]
    if kind == "script":
        history = [v for v in (record.belief, record.belief_after) if v is not None] + [r.value for r in record.ratings]
        if len(history) > 1:
            status = f"geloof {history[0]}→{history[-1]}"
        else:
            status = f"geloof {history[0]}" if history else ""
        who = user(one_line(record.voice, 40)) if record.voice else _text("")
        return [record.id, when, "script", who, user("“" + one_line(record.sentence, 200) + "”"), "", status]
    if kind == "gesprek":
        names = " en ".join(one_line(n, 20) for n in record.names)
        what = "zevenstappengesprek" + (f" ({one_line(record.relation, 40)})" if record.relation else "")
        status = "voltooid" if record.finished else f"stap {record.last_step} van 7"
        return [record.id, when, "gesprek", user(names), user(what), "", status]
    result = one_line(getattr(record, "result", ""), 200) or "zelfcheck"
    return [record.id, when, kind, "", user(result), "", f"score {getattr(record, 'score', '')}"]


def _cell_len(cell: Any) -> int:
    return len(cell.plain) if hasattr(cell, "plain") else len(str(cell))


def log_table(records: list[Any], width: int = 100, today: date | None = None):
    """The records (already newest first) as a table that fits `width` columns."""
    from rich import box
    from rich.table import Table

    rows = [row_cells(record, today) for record in records]
    headers = ["Id", "Datum", "Soort", "Wie", "Wat", "Angst", "Uitkomst"]
    natural = [max([len(headers[i])] + [_cell_len(row[i]) for row in rows]) for i in range(len(headers))]
    narrow = width < 90
    caps = {3: 10 if narrow else 14, 6: 13 if narrow else 18}
    widths = {i: min(natural[i], caps.get(i, natural[i])) for i in range(len(headers))}
    columns = list(range(len(headers)))
    # On a narrow screen the kind and then the fear columns make room for the ask itself.
    for optional in (2, 5):
        others = sum(widths[i] for i in columns if i != 4) + 2 * (len(columns) - 1)
        if others + 16 <= width:
            break
        columns.remove(optional)
    others = sum(widths[i] for i in columns if i != 4) + 2 * (len(columns) - 1)
    widths[4] = min(natural[4], max(12, width - others))

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False, header_style="bold",
                  padding=(0, 1, 0, 0))
    for index in columns:
        table.add_column(
            headers[index],
            width=widths[index],
            no_wrap=True,
            overflow="ellipsis",
            style="dim" if index == 0 else None,
        )
    for row in rows:
        table.add_row(*(row[index] for index in columns))
    return table


# ----------------------------------------------------------------------------------------
# One record in full
# ----------------------------------------------------------------------------------------
def _fields_grid(rows: list[tuple[str, Any]]):
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in rows:
        if value is None or value == "":
            continue
        grid.add_row(label, value if not isinstance(value, str) else _text(value))
    return grid


def ask_detail(ask, script=None):
    from rich.console import Group
    from rich.panel import Panel

    names = level_names()
    level = None
    if ask.level is not None:
        level = f"{ask.level}" + (f" · {names[ask.level]}" if ask.level in names else "")
    rows: list[tuple[str, Any]] = [
        ("Aan wie", user(ask.person)),
        ("De vraag", user(ask.text)),
        ("Wanneer", user(ask.moment) if ask.moment else None),
        ("Niveau", level),
        ("Hoe vol je zat", f"{ask.fullness}/10" if ask.fullness is not None else None),
        ("Verwachting", user(ask.expectation) if ask.expectation else None),
        ("Angst vooraf", f"{ask.fear_before}/10"),
        ("Kans op ja", f"{ask.chance}%"),
    ]
    if ask.script_id:
        label = _text(ask.script_id, "dim")
        if script is not None:
            label = user(f"“{one_line(script.sentence, 80)}” ")
            label.append(f"({script.id})", style="dim")
        rows.append(("Test overtuiging", label))
    rows.append(("Status", STATUS_LABELS.get(ask.status, ask.status)))
    if ask.outcome:
        rows.append(("Uitkomst", OUTCOME_LABELS.get(ask.outcome, ask.outcome)))
    if ask.comparison:
        rows.append(("Vergeleken", COMPARISON_LABELS.get(ask.comparison, ask.comparison)))
    if ask.fear_after is not None:
        rows.append(("Angst achteraf", f"{ask.fear_after}/10"))
    if ask.learned:
        rows.append(("Geleerd" if ask.status == "gedaan" else "Wat je tegenhield", user(ask.learned)))
    if ask.closed:
        rows.append(("Afgerond", dutch_long_date(ask.closed)))
    parts: list[Any] = [_fields_grid(rows)]
    if ask.status == "gedaan" and ask.outcome:
        parts.append(_text(""))
        parts.append(_prediction_line(ask))
    title = f"Vraag {ask.id} · {dutch_long_date(ask.created)}"
    return Panel(Group(*parts), title=title, title_align="left", border_style="cyan", padding=(0, 1))


def _prediction_line(ask):
    line = _text("Voorspeld: ", "bold")
    line.append(f"{ask.chance}% kans op ja, angst {ask.fear_before}. ")
    line.append("Echt: ", style="bold")
    line.append(OUTCOME_LABELS.get(ask.outcome, ask.outcome))
    if ask.fear_after is not None:
        line.append(f", angst {ask.fear_after}")
    line.append(".")
    if ask.fear_after is not None and ask.fear_after < ask.fear_before:
        line.append(" Het was minder eng dan het van tevoren leek.", style="green")
    return line


def script_fallback(script, asks=()):
    """A script in full, used when the script view of its own module is not available."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table

    rows: list[tuple[str, Any]] = [
        ("De zin", user(script.sentence)),
        ("Van wie de stem is", user(script.voice) if script.voice else None),
        ("Toelichting", user(script.voice_note) if script.voice_note else None),
        ("Bang voor", user(script.fear) if script.fear else None),
        ("Rolwissel", user(script.role_reversal) if script.role_reversal else None),
        ("Nieuwe regel", user(script.new_rule) if script.new_rule else None),
    ]
    parts: list[Any] = [_fields_grid(rows), _text("")]
    history: list[tuple[Any, int, str]] = []
    if script.belief is not None:
        history.append((script.created, script.belief, "bij het opschrijven"))
    if script.belief_after is not None:
        history.append((script.created, script.belief_after, "na het opschrijven"))
    for rating in script.ratings:
        history.append((rating.date, rating.value, f"na vraag {rating.ask_id}" if rating.ask_id else "opnieuw gescoord"))
    if history:
        table = Table(box=None, show_edge=False, padding=(0, 2, 0, 0))
        table.add_column("Datum", style="dim")
        table.add_column("Hoe waar", justify="right")
        table.add_column("")
        table.add_column("Wanneer", style="dim")
        for when, value, label in history:
            table.add_row(dutch_date(when), str(value), BAR * round(value / 5), label)
        parts.append(_text("Hoe waar de zin voelde (0-100):", "dim"))
        parts.append(table)
    asks = list(asks)
    parts.append(_text(""))
    if asks:
        parts.append(_text("Vragen die deze zin op de proef stelden:", "bold"))
        for ask in asks:
            line = _text(f"  {dutch_date(ask.created)}  ", "dim")
            line.append_text(user(f"Aan {one_line(ask.person, 20)}: “{one_line(ask.text, 50)}”"))
            line.append(f"  {OUTCOME_LABELS.get(ask.outcome or '', STATUS_LABELS.get(ask.status, ''))}  ({ask.id})", style="dim")
            parts.append(line)
    else:
        parts.append(_text("Nog geen vragen die deze zin testen.", "dim"))
    title = f"Overtuiging {script.id} · {dutch_long_date(script.created)}"
    return Panel(Group(*parts), title=title, title_align="left", border_style="cyan", padding=(0, 1))


def script_view(script, asks=()):
    try:
        from vraaghulp.render.script import script_detail
    except ImportError:
        return script_fallback(script, asks)
    return script_detail(script, asks)


def conversation_detail(conv):
    from rich.console import Group
    from rich.panel import Panel

    rows: list[tuple[str, Any]] = [
        ("Met", user(" en ".join(conv.names)) if conv.names else None),
        ("Relatie", user(conv.relation) if conv.relation else None),
        ("Vorm", "met een hulpverlener" if conv.mode == "hulpverlener" else "samen"),
        ("Voortgang", "alle zeven stappen gedaan" if conv.finished else f"tot en met stap {conv.last_step} van 7"),
    ]
    if conv.deflected is not None:
        rows.append(("Afgeleid", "ja, er werd even weggelachen of van onderwerp gewisseld" if conv.deflected else "nee"))
    parts: list[Any] = [_fields_grid(rows)]
    if conv.notes:
        parts.append(_text(""))
        parts.append(_text("Notities per stap:", "bold"))

        def order(key: str) -> tuple[int, str]:
            digits = "".join(ch for ch in key if ch.isdigit())
            return (int(digits) if digits else 99, key)

        for key in sorted(conv.notes, key=order):
            label = f"Stap {key}" if key.isdigit() else key
            line = _text(f"  {label}: ", "bold")
            line.append_text(user(conv.notes[key]))
            parts.append(line)
    title = f"Gesprek {conv.id} · {dutch_long_date(conv.created)}"
    return Panel(Group(*parts), title=title, title_align="left", border_style="cyan", padding=(0, 1))


def check_detail(check):
    from rich.console import Group
    from rich.panel import Panel

    rows: list[tuple[str, Any]] = [
        ("Uitslag", user(check.result) if check.result else None),
        ("Score", str(check.score)),
        ("Beantwoord", f"{len(check.answers)} vragen" if check.answers else None),
    ]
    title = f"Zelfcheck {check.id} · {dutch_long_date(check.created)}"
    return Panel(Group(_fields_grid(rows)), title=title, title_align="left", border_style="cyan", padding=(0, 1))


def record_detail(record, *, script=None, asks=()):
    """One record in full, whatever its kind."""
    if record.kind == "vraag":
        return ask_detail(record, script)
    if record.kind == "script":
        return script_view(record, asks)
    if record.kind == "gesprek":
        return conversation_detail(record)
    return check_detail(record)


def record_summary(record) -> str:
    """One plain line naming a record (for confirmations)."""
    when = dutch_date(record.created)
    if record.kind == "vraag":
        return f"vraag van {when} aan {one_line(record.person, 30)}: “{one_line(record.text, 60)}”"
    if record.kind == "script":
        return f"overtuiging van {when}: “{one_line(record.sentence, 60)}”"
    if record.kind == "gesprek":
        return f"gesprek van {when}" + (f" met {one_line(' en '.join(record.names), 40)}" if record.names else "")
    return f"zelfcheck van {when}"


# ----------------------------------------------------------------------------------------
# The overview
# ----------------------------------------------------------------------------------------
def _bar(value: float, maximum: float, width: int, style: str):
    size = 0 if maximum <= 0 else round(width * value / maximum)
    if value > 0 and size == 0:
        size = 1
    return _text(BAR * size, style)


def _outcome_chart(tally):
    from rich.table import Table

    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True)
    biggest = max(tally.outcomes.values()) if tally.outcomes else 0
    styles = {"ja": "green", "deels": "cyan", "nee": "magenta", "geen-reactie": "dim"}
    for key, count in tally.outcomes.items():
        table.add_row(f"  {OUTCOME_LABELS[key]}", str(count), _bar(count, biggest, 30, styles[key]))
    return table


def count_chart(points, unit: str, current: bool = True):
    """Bars: asks per week or month; an empty current period gets a kind line."""
    from rich.table import Table

    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True)
    biggest = max((p.asks for p in points), default=0)
    for index, point in enumerate(points):
        if point.asks:
            bar = _bar(point.asks, biggest, 30, "cyan")
        elif index == len(points) - 1 and current:
            bar = _text(f"geen vragen deze {'week' if unit == 'week' else 'maand'} — dat mag", "dim")
        else:
            bar = _text("·", "dim")
        table.add_row(point.label, str(point.asks), bar)
    return table


def fear_chart(points):
    """Paired bars per period: fear before (top) and after (bottom), on a 0-10 scale."""
    from rich.table import Table

    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True)
    shown = 0
    for point in points:
        if point.fear_before is None:
            continue
        shown += 1
        table.add_row(point.label, "voor", num(point.fear_before), _bar(point.fear_before, 10, 20, "yellow"))
        table.add_row("", "na", num(point.fear_after), _bar(point.fear_after or 0, 10, 20, "green"))
    return table if shown else None


def _group_table(title: str, rows: list[tuple[Any, Any]]):
    """Per person or per level: count, outcomes, predicted vs real, fear."""
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    table.add_column(title, no_wrap=True, overflow="ellipsis", max_width=24)
    table.add_column("Vragen", justify="right")
    table.add_column("ja/deels/nee/stil", justify="right", no_wrap=True)
    table.add_column("Kans gedacht", justify="right")
    table.add_column("Echt ja", justify="right")
    table.add_column("Angst voor → na", justify="right", no_wrap=True)
    for label, tally in rows:
        o = tally.outcomes
        fear = f"{num(tally.paired_fear_before)} → {num(tally.paired_fear_after)}" if tally.paired_n else "—"
        table.add_row(
            label,
            str(tally.asks),
            f"{o['ja']}/{o['deels']}/{o['nee']}/{o['geen-reactie']}",
            num(tally.predicted_chance, "%"),
            num(tally.yes_share, "%"),
            fear,
        )
    return table


def _period_title(start: date | None, end: date | None, first: date | None) -> str:
    if start and end:
        return f"van {dutch_long_date(start)} tot en met {dutch_long_date(end)}"
    if start:
        return f"vanaf {dutch_long_date(start)}"
    if end:
        return f"tot en met {dutch_long_date(end)}"
    if first:
        return f"alles sinds {dutch_long_date(first)}"
    return "alles"


def overview_view(ov, *, unit: str | None = None, until: date | None = None, start: date | None = None,
                  end: date | None = None, person: str | None = None):
    """The evidence: what was predicted against what happened, with charts."""
    from rich.console import Group
    from rich.rule import Rule

    total = ov.total
    parts: list[Any] = []
    heading = _text("Overzicht · ", "bold")
    heading.append(_period_title(start, end, ov.first_day), style="bold")
    if person:
        heading.append_text(user(f" · met {person}"))
    parts.append(heading)
    parts.append(_text(""))

    if total.asks == 0:
        parts.append(_text("Nog geen vragen in deze periode — dat mag. Elke vraag die je later oefent, "
                           "verschijnt hier vanzelf.", "italic"))
        parts.append(_text("Klein beginnen is genoeg: 'vraaghulp oefen' geeft je een vraag voor vandaag.", "dim"))
    else:
        parts.append(Rule("Je vragen", align="left", style="dim"))
        line = _text(f"{total.asks} {'vraag' if total.asks == 1 else 'vragen'}: ")
        line.append(f"{total.done} gevraagd, {total.open} nog open, {total.set_aside} bewust niet gevraagd.")
        parts.append(line)
        if total.answered:
            parts.append(_text(f"Wat er gebeurde, bij {total.answered} met een uitkomst:", "dim"))
            parts.append(_outcome_chart(total))
        parts.append(_text(""))

        parts.append(Rule("Voorspeld tegen echt", align="left", style="dim"))
        if total.answered:
            line = _text("Je schatte de kans op ja gemiddeld op ")
            line.append(num(total.predicted_chance, "%"), style="bold")
            line.append(". Echt kreeg je bij ")
            line.append(num(total.yes_share, "%"), style="bold")
            line.append(f" een ja ({num(total.yes_or_partly_share, '%')} ja of deels).")
            parts.append(line)
            if total.yes_share is not None and total.predicted_chance is not None:
                if total.yes_share > total.predicted_chance + 5:
                    parts.append(_text("Mensen zeiden vaker ja dan je vooraf dacht.", "green"))
                elif total.yes_share < total.predicted_chance - 5:
                    parts.append(_text("Minder vaak ja dan je hoopte. Een nee gaat meestal over de drukte "
                                       "of de timing van de ander, niet over wie jij bent.", "dim"))
                else:
                    parts.append(_text("Je voorspelling zat er dicht bij.", "dim"))
        c = total.comparisons
        if sum(c.values()):
            parts.append(_text(
                f"Vergeleken met wat je vreesde: {c['beter']}× beter, {c['zoals-verwacht']}× zoals verwacht, "
                f"{c['slechter']}× zwaarder."
            ))
        if total.paired_n:
            line = _text("Angst vooraf gemiddeld ")
            line.append(num(total.paired_fear_before), style="bold yellow")
            line.append(", achteraf ")
            line.append(num(total.paired_fear_after), style="bold green")
            line.append(f" (bij {total.paired_n} {'vraag' if total.paired_n == 1 else 'vragen'} met allebei).")
            parts.append(line)
            if (total.paired_fear_after or 0) < (total.paired_fear_before or 0):
                parts.append(_text("Het spannendste zit vaak vóór het vragen, niet erna.", "green"))
        elif total.fear_before is not None:
            parts.append(_text(f"Angst vooraf gemiddeld {num(total.fear_before)}. Zodra je uitkomsten noteert, "
                               "zie je hier ook hoe het achteraf voelde.", "dim"))
        if not total.answered and not total.paired_n:
            parts.append(_text("Nog geen uitkomsten genoteerd. Dat kan met 'vraaghulp oefen'.", "dim"))
        parts.append(_text(""))

        chosen = ov.unit(unit)
        wanted_end = until or date.today()
        chart_end = ov.chart_end(chosen, wanted_end)
        points = ov.series(chosen, until=chart_end)
        parts.append(Rule(f"Vragen per {chosen}", align="left", style="dim"))
        if chart_end != wanted_end:
            parts.append(_text(f"De {len(points)} {'weken' if chosen == 'week' else 'maanden'} tot en met je "
                               f"laatste vraag ({dutch_long_date(ov.last_ask_day or chart_end)}).", "dim"))
        parts.append(count_chart(points, chosen, current=chart_end == wanted_end))
        chart = fear_chart(points)
        if chart is not None:
            parts.append(_text(""))
            parts.append(Rule(f"Angst voor en na, per {chosen} (0-10)", align="left", style="dim"))
            parts.append(chart)
        parts.append(_text(""))

        people = ov.people_sorted()
        if people:
            parts.append(Rule("Per persoon", align="left", style="dim"))
            parts.append(_group_table("Wie", [(user(one_line(name, 24)), tally) for name, tally in people[:15]]))
            if len(people) > 15:
                parts.append(_text(f"…en nog {len(people) - 15} anderen (zie --json voor alles).", "dim"))
            parts.append(_text(""))
        levels = ov.levels_sorted()
        if any(level is not None for level, _ in levels):
            names = level_names()
            rows = []
            for level, tally in levels:
                label = "zonder niveau" if level is None else f"{level}" + (f" · {names[level]}" if level in names else "")
                rows.append((label, tally))
            parts.append(Rule("Per niveau", align="left", style="dim"))
            parts.append(_group_table("Niveau", rows))
            parts.append(_text(""))

    if ov.scripts:
        parts.append(Rule("Overtuigingen", align="left", style="dim"))
        line = _text(f"{ov.scripts} {'overtuiging' if ov.scripts == 1 else 'overtuigingen'} opgeschreven.")
        if ov.scripts_moved:
            line.append(f" Bij {ov.scripts_moved} zie je een verloop: gemiddeld van ")
            line.append(num(ov.belief_first), style="bold")
            line.append(" naar ")
            line.append(num(ov.belief_last), style="bold")
            line.append(f" (0-100). Minder waar bij {ov.beliefs_lower}, gelijk bij {ov.beliefs_same}, "
                        f"meer waar bij {ov.beliefs_higher}.")
        parts.append(line)
        for move in list(ov.recent_moves)[::-1]:
            row = _text("  ")
            row.append_text(user(f"“{one_line(move.sentence, 50)}”"))
            row.append(f"  {move.first} → {move.last}", style="green" if move.last < move.first else "dim")
            parts.append(row)
        parts.append(_text(""))
    if ov.conversations or ov.checks:
        extra = []
        if ov.conversations:
            extra.append(f"{ov.conversations} {'gesprek' if ov.conversations == 1 else 'gesprekken'} "
                         f"({ov.conversations_finished} helemaal afgerond)")
        if ov.checks:
            extra.append(f"{ov.checks} {'zelfcheck' if ov.checks == 1 else 'zelfchecks'}")
        parts.append(_text("Verder: " + ", ".join(extra) + ".", "dim"))
    return Group(*parts)
