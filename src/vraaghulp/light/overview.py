"""The overview of `vraaghulp log overzicht`, as plain lines (standard library only).

What was predicted against what happened, with bar charts; drawn with `light.plain`, so
the screen costs no Rich over a large journal. SVG and HTML are made from the same text
(`render.snapshot`). The words are in the catalogue under `log.overzicht`.
"""

from __future__ import annotations

from datetime import date

from vraaghulp.light import plain, tables
from vraaghulp.light.text import dutch_long_date, number, one_line
from vraaghulp.messages import counted, lookup, t, tn

OUTCOME_STYLES = {"ja": "green", "deels": "cyan", "nee": "magenta", "geen-reactie": "dim"}


def _w(key: str, **params) -> str:
    return t(f"log.overzicht.{key}", **params)


def _bar_room(width: int, columns: list[list[str]], most: int) -> int:
    """How wide a bar may be after the label columns of a chart (at most `most`, at least 5)."""
    used = sum(max((plain.text_width(cell) for cell in column), default=0) + 1 for column in columns)
    return max(5, min(most, width - used))


def _outcome_chart(tally, width: int) -> list:
    biggest = max(tally.outcomes.values()) if tally.outcomes else 0
    words = lookup("vraag.uitkomst") or {}
    labels = [f"  {words.get(key, key)}" for key in tally.outcomes]
    room = _bar_room(width, [labels, [str(c) for c in tally.outcomes.values()]], 30)
    rows = [[label, str(count), [(tables.bar(count, biggest, room), OUTCOME_STYLES[key])]]
            for label, (key, count) in zip(labels, tally.outcomes.items())]
    return tables.grid(rows, align=["left", "right", "left"])


def count_chart(points, unit: str, current: bool = True, width: int = 100) -> list:
    """Bars: asks per week or month; an empty current period gets a kind line."""
    biggest = max((p.asks for p in points), default=0)
    room = _bar_room(width, [[p.label for p in points], [str(p.asks) for p in points]], 30)
    rows = []
    for index, point in enumerate(points):
        if point.asks:
            bar = [(tables.bar(point.asks, biggest, room), "cyan")]
        elif index == len(points) - 1 and current:
            bar = [(_w("geen_vragen_week" if unit == "week" else "geen_vragen_maand"), "dim")]
        else:
            bar = [("·", "dim")]
        rows.append([point.label, str(point.asks), bar])
    return tables.grid(rows, align=["left", "right", "left"])


def fear_chart(points, width: int = 100) -> list | None:
    """Paired bars per period: fear before (top) and after (bottom), on a 0-10 scale."""
    shown = [p for p in points if p.fear_before is not None]
    if not shown:
        return None
    before, after = _w("voor"), _w("na")
    numbers = [number(p.fear_before) for p in shown] + [number(p.fear_after) for p in shown]
    room = _bar_room(width, [[p.label for p in shown], [before, after], numbers], 20)
    rows = []
    for point in shown:
        rows.append([point.label, before, number(point.fear_before), [(tables.bar(point.fear_before, 10, room), "yellow")]])
        rows.append(["", after, number(point.fear_after), [(tables.bar(point.fear_after or 0, 10, room), "green")]])
    return tables.grid(rows, align=["left", "left", "right", "left"])




def _stacked_groups(headers: list[str], cells: list[list[str]], width: int) -> list:
    """A narrow screen: per person (or level) its name, then every figure with its label,
    wrapped between figures, never inside one."""
    lines: list = []
    for row in cells:
        lines.append(plain.truncate([(row[0], "bold")], width))
        line: plain.Line = []
        for index, (label, value) in enumerate(zip(headers[1:], row[1:])):
            if index:
                line.append((" · ", "dim"))
            line += [(label.replace(" ", "\u00a0") + "\u00a0", "dim"), (value.replace(" ", "\u00a0"), "")]
        for part in plain.wrap(line, width - 2):
            if part:
                lines.append([("  ", "")] + [(text.replace("\u00a0", " "), style) for text, style in part])
    return lines


def _group_table(title: str, rows: list, width: int = 100) -> list:
    """Per person or per level: count, outcomes, predicted vs real, fear. Narrow screens drop
    columns, and below `plain.NARROW` columns each row becomes a small block that keeps every figure."""
    headers = [title, *(lookup("log.overzicht.groep_kolommen") or [])]
    cells = []
    for label, tally in rows:
        o = tally.outcomes
        fear = f"{number(tally.paired_fear_before)} → {number(tally.paired_fear_after)}" if tally.paired_n else "—"
        cells.append([label, str(tally.asks), f"{o['ja']}/{o['deels']}/{o['nee']}/{o['geen-reactie']}",
                      number(tally.predicted_chance, "%"), number(tally.yes_share, "%"), fear])
    if width < plain.NARROW:
        return _stacked_groups(headers, cells, width)
    natural = [max([plain.text_width(headers[i])] + [plain.text_width(row[i]) for row in cells])
               for i in range(len(headers))]
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
    return tables.table(
        [headers[i] for i in columns],
        [[row[i] for i in columns] for row in cells],
        [natural[i] for i in columns],
        align=["left" if i == 0 else "right" for i in columns],
        gap=gap,
    )


def period_title(start: date | None, end: date | None, first: date | None) -> str:
    """'van 1 november 2024 tot en met 30 november 2024', 'alles sinds ...', or 'alles'."""
    if start and end:
        return t("log.periode.van_tot", van=dutch_long_date(start), tot=dutch_long_date(end))
    if start:
        return t("log.periode.vanaf", van=dutch_long_date(start))
    if end:
        return t("log.periode.tot", tot=dutch_long_date(end))
    if first:
        return t("log.periode.sinds", van=dutch_long_date(first))
    return t("log.periode.alles")


class _Screen:
    """Lines being built, `width` columns wide."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.lines: list = []

    def say(self, *segments: tuple[str, str]) -> None:
        self.lines.extend(plain.wrap(list(segments), self.width))

    def blank(self) -> None:
        self.lines.append([])

    def section(self, title: str) -> None:
        self.lines.append(tables.rule(title, self.width))


def _yes_tail(total) -> str:
    """'… een ja (66,7% als je 'deels' meetelt).', without the brackets when 'deels' adds nothing."""
    if not total.outcomes.get("deels"):
        return _w("een_ja_kort")
    return _w("een_ja", deels=number(total.yes_or_partly_share, "%"))


def _predicted(screen: _Screen, total) -> None:
    screen.section(_w("voorspeld_kop"))
    if total.answered:
        screen.say((_w("schatte"), ""), (number(total.predicted_chance, "%"), "bold"), (_w("echt_kreeg"), ""),
                   (number(total.yes_share, "%"), "bold"), (_yes_tail(total), ""))
        if total.yes_share is not None and total.predicted_chance is not None:
            if total.yes_share > total.predicted_chance + 5:
                screen.say((_w("vaker_ja"), "green"))
            elif total.yes_share < total.predicted_chance - 5:
                screen.say((_w("minder_ja"), "dim"))
            else:
                screen.say((_w("dichtbij"), "dim"))
    c = total.comparisons
    if sum(c.values()):
        screen.say((_w("vergeleken", delen=counted("log.overzicht.vergeleken_delen", dict(c))), ""))
    if total.paired_n:
        screen.say((_w("angst_vooraf"), ""), (number(total.paired_fear_before), "bold yellow"), (_w("achteraf"), ""),
                   (number(total.paired_fear_after), "bold green"), (tn("log.overzicht.bij_paren", total.paired_n), ""))
        if (total.paired_fear_after or 0) < (total.paired_fear_before or 0):
            screen.say((_w("spannendste"), "green"))
    elif total.fear_before is not None:
        screen.say((_w("alleen_vooraf", angst=number(total.fear_before)), "dim"))
    if not total.answered and not total.paired_n:
        screen.say((_w("geen_uitkomsten"), "dim"))
    screen.blank()


def _charts(screen: _Screen, ov, unit: str | None, until: date | None) -> None:
    chosen = ov.unit(unit)
    wanted_end = until or date.today()
    chart_end = ov.chart_end(chosen, wanted_end)
    points = ov.series(chosen, until=chart_end)
    screen.section(_w("per_eenheid", eenheid=chosen))
    if chart_end != wanted_end:
        periods = _w("weken" if chosen == "week" else "maanden")
        screen.say((_w("tot_laatste", aantal=len(points), perioden=periods,
                       datum=dutch_long_date(ov.last_ask_day or chart_end)), "dim"))
    screen.lines.extend(count_chart(points, chosen, current=chart_end == wanted_end, width=screen.width))
    chart = fear_chart(points, width=screen.width)
    if chart is not None:
        screen.blank()
        screen.section(_w("angst_per", eenheid=chosen))
        screen.lines.extend(chart)
    screen.blank()


def _groups(screen: _Screen, ov) -> None:
    from vraaghulp.views.ask_words import level_names, level_text

    people = ov.people_sorted()
    if people:
        screen.section(_w("per_persoon"))
        rows = [(one_line(name, 24), tally) for name, tally in people[:15]]
        screen.lines.extend(_group_table(_w("wie"), rows, screen.width))
        if len(people) > 15:
            screen.say((_w("en_nog", aantal=len(people) - 15), "dim"))
        screen.blank()
    levels = ov.levels_sorted()
    if any(level is not None for level, _ in levels):
        names = level_names()
        rows = [(_w("zonder_niveau") if level is None else level_text(level, names), tally) for level, tally in levels]
        screen.section(_w("per_niveau"))
        screen.lines.extend(_group_table(_w("niveau"), rows, screen.width))
        screen.blank()


def _scripts_and_more(screen: _Screen, ov) -> None:
    if ov.scripts:
        screen.section(_w("overtuigingen"))
        parts = [(tn("log.overzicht.opgeschreven", ov.scripts), "")]
        if ov.scripts_moved:
            parts += [(_w("verloop", aantal=ov.scripts_moved), ""), (number(ov.belief_first), "bold"),
                      (_w("naar"), ""), (number(ov.belief_last), "bold"),
                      (_w("richting", delen=counted("log.overzicht.richting_delen", {
                          "lager": ov.beliefs_lower, "gelijk": ov.beliefs_same, "hoger": ov.beliefs_higher})), "")]
        screen.say(*parts)
        for move in list(ov.recent_moves)[::-1]:
            row = [("  “" + one_line(move.sentence, 50) + "”", ""),
                   (f"  {move.first} → {move.last}", "green" if move.last < move.first else "dim")]
            screen.lines.append(plain.truncate(row, screen.width))
        screen.blank()
    if ov.conversations or ov.checks:
        extra = []
        if ov.conversations:
            done, count = ov.conversations_finished, ov.conversations
            words = tn("log.overzicht.gesprekken", count)
            if done == count:
                words += tn("log.overzicht.gesprekken_alle", count)
            elif done:
                words += _w("gesprekken_waarvan", afgerond=done)
            extra.append(words)
        if ov.checks:
            extra.append(tn("log.overzicht.zelfchecks", ov.checks))
        screen.say((_w("verder", wat=", ".join(extra)), "dim"))


def ask_counts(total) -> dict:
    return {"gedaan": total.done, "open": total.open, "afgezien": total.set_aside}


def asks_sentence(total) -> str:
    """'8 vragen: 6 gevraagd, 1 nog open en 1 bewust niet gevraagd.' without the parts that are zero."""
    counts = ask_counts(total)
    present = [name for name, count in counts.items() if count]
    if len(present) == 1 and counts[present[0]] == total.asks:
        return tn(f"log.overzicht.allemaal.{present[0]}", total.asks)
    return tn("log.overzicht.vragen", total.asks, delen=counted("log.overzicht.delen", counts))


def overview_screen(ov, *, unit: str | None = None, until: date | None = None, start: date | None = None,
                    end: date | None = None, person: str | None = None, width: int = 100) -> list:
    """The evidence: what was predicted against what happened, with charts (plain lines).
    Never wider than `plain.TEXT_WIDTH`: on a wide terminal the text stays readable."""
    screen = _Screen(min(width, plain.TEXT_WIDTH))
    total = ov.total
    heading = [(_w("titel", periode=period_title(start, end, ov.first_day)), "bold")]
    if person:
        heading.append((_w("met", naam=one_line(person, 60)), ""))
    screen.say(*heading)
    screen.blank()
    if total.asks == 0:
        screen.say((_w("nog_geen"), "italic"))
        screen.say((_w("klein_beginnen"), "dim"))
    else:
        screen.section(_w("je_vragen"))
        screen.say((asks_sentence(total), ""))
        if total.answered:
            screen.say((_w("wat_gebeurde", aantal=total.answered), "dim"))
            screen.lines.extend(_outcome_chart(total, screen.width))
        screen.blank()
        _predicted(screen, total)
        _charts(screen, ov, unit, until)
        _groups(screen, ov)
    _scripts_and_more(screen, ov)
    return screen.lines
