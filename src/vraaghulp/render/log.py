"""Views for `vraaghulp log`: the table and the overview (plain text), one entry in full (Rich).

The table (`list_screen`) and the overview (`overview_screen`) are plain lines built with
`render.plain` from the stored dicts: standard library only, so the fast path in
`vraaghulp.logview` and the Typer command print exactly the same. SVG/HTML exports turn
that same text into Rich output. One entry in full (`record_detail`) is drawn with Rich.

Importing this module loads no Rich (it is imported inside the functions that need it).
User text only ever goes in through `one_line()` / `clean()` (plain) or `render.user()`
inside a Rich `Text`; it is never interpreted. Nothing here reads files except the ladder
names (content).
"""

from __future__ import annotations

from datetime import date

TYPE_CHECKING = False  # annotations only: `typing` costs memory on every `vraaghulp log`
if TYPE_CHECKING:
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
# The table (plain text: `render.plain`, no Rich; the same for the fast path and Typer)
# ----------------------------------------------------------------------------------------
SHORT_COMPARISON = {"beter": "beter", "zoals-verwacht": "zoals gedacht", "slechter": "zwaarder"}
HEADERS = ["Id", "Datum", "Soort", "Wie", "Wat", "Angst", "Uitkomst"]


def table_date(value, today: date | None = None) -> str:
    """'za 21 nov' this year, '21 nov 2023' for other years."""
    from vraaghulp.render import DAYS, MONTHS

    day = value.date() if hasattr(value, "date") else value
    today = today or date.today()
    if day.year == today.year:
        return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def created_of(data: dict[str, Any]):
    """The 'gemaakt' datetime of a stored dict, or None when it is missing or not a date."""
    from vraaghulp.coach.stats import _parse_datetime

    return _parse_datetime(data.get("gemaakt"))


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _fear_cell(data: dict[str, Any]) -> str:
    before, after = data.get("angst_voor"), data.get("angst_na")
    if after is not None:
        return f"{before}→{after}"
    if data.get("status", "open") == "open":
        return f"{before}→?"
    return f"{before}"


def _outcome_cell(data: dict[str, Any]):
    status = data.get("status", "open")
    if status == "open":
        return [("open", "yellow")]
    if status == "afgezien":
        return [("niet gevraagd", "dim")]
    outcome = data.get("uitkomst")
    if outcome is None:
        return [("gedaan", "")]
    cell = [(OUTCOME_LABELS.get(outcome, _str(outcome)), "green" if outcome in ("ja", "deels") else "")]
    comparison = data.get("vergelijking")
    if comparison:
        cell.append((f" · {SHORT_COMPARISON.get(comparison, _str(comparison))}", "dim"))
    return cell


def row_cells(data: dict[str, Any], today: date | None = None) -> list[Any]:
    """The cells (id, date, kind, who, what, fear, outcome/status) for one stored dict.

    Works on the plain dicts as stored (no pydantic); user text goes through `one_line`.
    """
    kind = data.get("soort")
    created = created_of(data)
    when = table_date(created, today) if created is not None else "—"
    record_id = one_line(_str(data.get("id")), 40)
    if kind == "vraag":
        return [record_id, when, "vraag", one_line(_str(data.get("wie")), 40), one_line(_str(data.get("vraag")), 200),
                _fear_cell(data), _outcome_cell(data)]
    if kind == "script":
        history = [v for v in (data.get("geloof"), data.get("geloof_na")) if isinstance(v, int)]
        history += [r.get("waarde") for r in data.get("beoordelingen") or [] if isinstance(r, dict) and isinstance(r.get("waarde"), int)]
        if len(history) > 1:
            status = f"geloof {history[0]}→{history[-1]}"
        else:
            status = f"geloof {history[0]}" if history else ""
        voice = one_line(_str(data.get("stem")), 40)
        return [record_id, when, "script", voice, "“" + one_line(_str(data.get("zin")), 200) + "”", "", status]
    if kind == "gesprek":
        names = " en ".join(one_line(n, 20) for n in data.get("namen") or [] if isinstance(n, str))
        relation = data.get("relatie")
        what = "zevenstappengesprek" + (f" ({one_line(_str(relation), 40)})" if relation else "")
        status = "voltooid" if data.get("voltooid") else f"stap {data.get('laatste_stap', 0)} van 7"
        return [record_id, when, "gesprek", names, what, "", status]
    result = one_line(_str(data.get("uitslag")), 200) or "zelfcheck"
    return [record_id, when, _str(kind), "", result, "", f"score {data.get('score', 0)}"]


def table_widths(rows: list[list[Any]], width: int) -> tuple[list[int], dict[int, int]]:
    """Which columns to show and how wide: the ask itself gets what is left.

    On a narrow screen the kind and then the fear columns make room; ids are never cut.
    """
    from vraaghulp.render.plain import as_line, line_width

    natural = [max([len(HEADERS[i])] + [line_width(as_line(row[i])) for row in rows]) for i in range(len(HEADERS))]
    narrow = width < 90
    caps = {3: 10 if narrow else 14, 6: 13 if narrow else 18}
    widths = {i: min(natural[i], caps.get(i, natural[i])) for i in range(len(HEADERS))}
    columns = list(range(len(HEADERS)))

    def others() -> int:
        return sum(widths[i] for i in columns if i != 4) + 2 * (len(columns) - 1)

    for optional in (2, 5):
        if others() + 16 <= width:
            break
        columns.remove(optional)
    widths[4] = min(natural[4], max(12, width - others()))
    # Still too wide (a very narrow screen): the ask, the name and the outcome give up more.
    over = sum(widths[i] for i in columns) + 2 * (len(columns) - 1) - width
    for index, least in ((4, 8), (3, 6), (6, 8)):
        if over <= 0:
            break
        if index in columns:
            give = max(0, min(over, widths[index] - least))
            widths[index] -= give
            over -= give
    return columns, widths


def log_table(rows_data: list[dict[str, Any]], width: int = 100, today: date | None = None):
    """The stored dicts (already newest first) as table lines that fit `width` columns."""
    from vraaghulp.render import plain

    rows = [row_cells(data, today) for data in rows_data]
    columns, widths = table_widths(rows, width)
    return plain.table(
        [HEADERS[i] for i in columns],
        [[row[i] for i in columns] for row in rows],
        [widths[i] for i in columns],
        styles=["dim" if i == 0 else "" for i in columns],
    )


def list_screen(rows_data: list[dict[str, Any]], *, total: int | None, count: int, filtered: bool,
                width: int = 100, today: date | None = None) -> list:
    """Everything `vraaghulp log` prints: the table and the hints, or a kind word when empty."""
    from vraaghulp.render import plain

    def say(text: str, style: str = "") -> list:
        return plain.wrap([(text, style)], width)

    if not rows_data:
        if filtered:
            return say("Niets gevonden met deze filters. Probeer een ruimere periode, of laat een filter weg.") + \
                say("Alles zien: vraaghulp log", "dim")
        return say("Je logboek is nog leeg. Dat is een prima begin.") + \
            say("Met 'vraaghulp oefen' kies je een kleine vraag voor vandaag; die komt daarna hier te staan.", "dim")
    lines = log_table(rows_data, width=width, today=today)
    shown = len(rows_data)
    if total is not None and total > shown:
        lines += say(f"De nieuwste {shown} van {total}. Meer zien: vraaghulp log -n {min(total, shown * 5)}", "dim")
    elif total is None and shown >= count:
        lines += say(f"De nieuwste {shown}. Meer zien: vraaghulp log -n {shown * 5}", "dim")
    lines += say("Verder: vraaghulp log toon ID (één item helemaal) · vraaghulp log overzicht", "dim")
    return lines


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
# The overview (plain text: `render.plain`, no Rich; SVG/HTML are made from the same text)
# ----------------------------------------------------------------------------------------
OUTCOME_STYLES = {"ja": "green", "deels": "cyan", "nee": "magenta", "geen-reactie": "dim"}


def _outcome_chart(tally, width: int) -> list:
    from vraaghulp.render import plain

    biggest = max(tally.outcomes.values()) if tally.outcomes else 0
    labels = [f"  {OUTCOME_LABELS[key]}" for key in tally.outcomes]
    room = _bar_room(width, [labels, [str(c) for c in tally.outcomes.values()]], 30)
    rows = [[label, str(count), [(plain.bar(count, biggest, room), OUTCOME_STYLES[key])]]
            for label, (key, count) in zip(labels, tally.outcomes.items())]
    return plain.grid(rows, align=["left", "right", "left"])


def _bar_room(width: int, columns: list[list[str]], most: int) -> int:
    """How wide a bar may be after the label columns of a chart (at most `most`, at least 5)."""
    from vraaghulp.render.plain import text_width

    used = sum(max((text_width(cell) for cell in column), default=0) + 1 for column in columns)
    return max(5, min(most, width - used))


def count_chart(points, unit: str, current: bool = True, width: int = 100) -> list:
    """Bars: asks per week or month; an empty current period gets a kind line."""
    from vraaghulp.render import plain

    biggest = max((p.asks for p in points), default=0)
    room = _bar_room(width, [[p.label for p in points], [str(p.asks) for p in points]], 30)
    rows = []
    for index, point in enumerate(points):
        if point.asks:
            bar = [(plain.bar(point.asks, biggest, room), "cyan")]
        elif index == len(points) - 1 and current:
            bar = [(f"geen vragen deze {'week' if unit == 'week' else 'maand'} — dat mag", "dim")]
        else:
            bar = [("·", "dim")]
        rows.append([point.label, str(point.asks), bar])
    return plain.grid(rows, align=["left", "right", "left"])


def fear_chart(points, width: int = 100) -> list | None:
    """Paired bars per period: fear before (top) and after (bottom), on a 0-10 scale."""
    from vraaghulp.render import plain

    shown = [p for p in points if p.fear_before is not None]
    if not shown:
        return None
    numbers = [num(p.fear_before) for p in shown] + [num(p.fear_after) for p in shown]
    room = _bar_room(width, [[p.label for p in shown], ["voor", "na"], numbers], 20)
    rows = []
    for point in shown:
        rows.append([point.label, "voor", num(point.fear_before), [(plain.bar(point.fear_before, 10, room), "yellow")]])
        rows.append(["", "na", num(point.fear_after), [(plain.bar(point.fear_after or 0, 10, room), "green")]])
    return plain.grid(rows, align=["left", "left", "right", "left"])


GROUP_HEADERS = ["Vragen", "ja/deels/nee/stil", "Kans gedacht", "Echt ja", "Angst voor → na"]


def _group_table(title: str, rows: list[tuple[str, Any]], width: int = 100) -> list:
    """Per person or per level: count, outcomes, predicted vs real, fear. Narrow screens drop columns."""
    from vraaghulp.render import plain

    headers = [title] + GROUP_HEADERS
    cells = []
    for label, tally in rows:
        o = tally.outcomes
        fear = f"{num(tally.paired_fear_before)} → {num(tally.paired_fear_after)}" if tally.paired_n else "—"
        cells.append([label, str(tally.asks), f"{o['ja']}/{o['deels']}/{o['nee']}/{o['geen-reactie']}",
                      num(tally.predicted_chance, "%"), num(tally.yes_share, "%"), fear])
    natural = [max([plain.text_width(headers[i])] + [plain.text_width(row[i]) for row in cells]) for i in range(len(headers))]
    natural[0] = min(natural[0], 24)
    columns = list(range(len(headers)))
    gap = 3

    def total() -> int:
        return sum(natural[i] for i in columns) + gap * (len(columns) - 1)

    # Too wide: narrower gaps, then without the predicted chance and the real yes, a shorter
    # label, and only then without the count; the outcomes and the fear always stay.
    for step in ("gap", 3, 4, "label", 1, "label"):
        if total() <= width:
            break
        if step == "gap":
            gap = 2
        elif step == "label":
            natural[0] = max(12 if 1 in columns else 8, natural[0] - (total() - width))
        else:
            columns.remove(step)
    return plain.table(
        [headers[i] for i in columns],
        [[row[i] for i in columns] for row in cells],
        [natural[i] for i in columns],
        align=["left" if i == 0 else "right" for i in columns],
        gap=gap,
    )


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


def overview_screen(ov, *, unit: str | None = None, until: date | None = None, start: date | None = None,
                    end: date | None = None, person: str | None = None, width: int = 100) -> list:
    """The evidence: what was predicted against what happened, with charts (plain lines)."""
    from vraaghulp.render import plain

    lines: list = []

    def say(*segments: tuple[str, str]) -> None:
        lines.extend(plain.wrap(list(segments), width))

    def blank() -> None:
        lines.append([])

    def section(title: str) -> None:
        lines.append(plain.rule(title, width))

    total = ov.total
    heading = [("Overzicht · " + _period_title(start, end, ov.first_day), "bold")]
    if person:
        heading.append((f" · met {one_line(person, 60)}", ""))
    say(*heading)
    blank()

    if total.asks == 0:
        say(("Nog geen vragen in deze periode — dat mag. Elke vraag die je later oefent, verschijnt hier vanzelf.", "italic"))
        say(("Klein beginnen is genoeg: 'vraaghulp oefen' geeft je een vraag voor vandaag.", "dim"))
    else:
        section("Je vragen")
        say((f"{total.asks} {'vraag' if total.asks == 1 else 'vragen'}: {total.done} gevraagd, {total.open} nog open, "
             f"{total.set_aside} bewust niet gevraagd.", ""))
        if total.answered:
            say((f"Wat er gebeurde, bij {total.answered} met een uitkomst:", "dim"))
            lines.extend(_outcome_chart(total, width))
        blank()

        section("Voorspeld tegen echt")
        if total.answered:
            say(("Je schatte de kans op ja gemiddeld op ", ""), (num(total.predicted_chance, "%"), "bold"),
                (". Echt kreeg je bij ", ""), (num(total.yes_share, "%"), "bold"),
                (f" een ja ({num(total.yes_or_partly_share, '%')} ja of deels).", ""))
            if total.yes_share is not None and total.predicted_chance is not None:
                if total.yes_share > total.predicted_chance + 5:
                    say(("Mensen zeiden vaker ja dan je vooraf dacht.", "green"))
                elif total.yes_share < total.predicted_chance - 5:
                    say(("Minder vaak ja dan je hoopte. Een nee gaat meestal over de drukte of de timing van de "
                         "ander, niet over wie jij bent.", "dim"))
                else:
                    say(("Je voorspelling zat er dicht bij.", "dim"))
        c = total.comparisons
        if sum(c.values()):
            say((f"Vergeleken met wat je vreesde: {c['beter']}× beter, {c['zoals-verwacht']}× zoals verwacht, "
                 f"{c['slechter']}× zwaarder.", ""))
        if total.paired_n:
            say(("Angst vooraf gemiddeld ", ""), (num(total.paired_fear_before), "bold yellow"), (", achteraf ", ""),
                (num(total.paired_fear_after), "bold green"),
                (f" (bij {total.paired_n} {'vraag' if total.paired_n == 1 else 'vragen'} met allebei).", ""))
            if (total.paired_fear_after or 0) < (total.paired_fear_before or 0):
                say(("Het spannendste zit vaak vóór het vragen, niet erna.", "green"))
        elif total.fear_before is not None:
            say((f"Angst vooraf gemiddeld {num(total.fear_before)}. Zodra je uitkomsten noteert, zie je hier ook hoe "
                 "het achteraf voelde.", "dim"))
        if not total.answered and not total.paired_n:
            say(("Nog geen uitkomsten genoteerd. Dat kan met 'vraaghulp oefen'.", "dim"))
        blank()

        chosen = ov.unit(unit)
        wanted_end = until or date.today()
        chart_end = ov.chart_end(chosen, wanted_end)
        points = ov.series(chosen, until=chart_end)
        section(f"Vragen per {chosen}")
        if chart_end != wanted_end:
            say((f"De {len(points)} {'weken' if chosen == 'week' else 'maanden'} tot en met je laatste vraag "
                 f"({dutch_long_date(ov.last_ask_day or chart_end)}).", "dim"))
        lines.extend(count_chart(points, chosen, current=chart_end == wanted_end, width=width))
        chart = fear_chart(points, width=width)
        if chart is not None:
            blank()
            section(f"Angst voor en na, per {chosen} (0-10)")
            lines.extend(chart)
        blank()

        people = ov.people_sorted()
        if people:
            section("Per persoon")
            lines.extend(_group_table("Wie", [(one_line(name, 24), tally) for name, tally in people[:15]], width))
            if len(people) > 15:
                say((f"…en nog {len(people) - 15} anderen (zie --json voor alles).", "dim"))
            blank()
        levels = ov.levels_sorted()
        if any(level is not None for level, _ in levels):
            names = level_names()
            rows = []
            for level, tally in levels:
                label = "zonder niveau" if level is None else f"{level}" + (f" · {names[level]}" if level in names else "")
                rows.append((label, tally))
            section("Per niveau")
            lines.extend(_group_table("Niveau", rows, width))
            blank()

    if ov.scripts:
        section("Overtuigingen")
        parts = [(f"{ov.scripts} {'overtuiging' if ov.scripts == 1 else 'overtuigingen'} opgeschreven.", "")]
        if ov.scripts_moved:
            parts += [(f" Bij {ov.scripts_moved} zie je een verloop: gemiddeld van ", ""), (num(ov.belief_first), "bold"),
                      (" naar ", ""), (num(ov.belief_last), "bold"),
                      (f" (0-100). Minder waar bij {ov.beliefs_lower}, gelijk bij {ov.beliefs_same}, "
                       f"meer waar bij {ov.beliefs_higher}.", "")]
        say(*parts)
        for move in list(ov.recent_moves)[::-1]:
            row = [("  “" + one_line(move.sentence, 50) + "”", ""),
                   (f"  {move.first} → {move.last}", "green" if move.last < move.first else "dim")]
            lines.append(plain.truncate(row, width))
        blank()
    if ov.conversations or ov.checks:
        extra = []
        if ov.conversations:
            extra.append(f"{ov.conversations} {'gesprek' if ov.conversations == 1 else 'gesprekken'} "
                         f"({ov.conversations_finished} helemaal afgerond)")
        if ov.checks:
            extra.append(f"{ov.checks} {'zelfcheck' if ov.checks == 1 else 'zelfchecks'}")
        say(("Verder: " + ", ".join(extra) + ".", "dim"))
    return lines
