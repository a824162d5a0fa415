"""Tables, grids, bars and rules of plain lines (`plain.Line`): the log table and the overview's charts.

Round 47 (s47): split from `plain`. On an install without .pyc files every module `log --zoek` loads is compiled from
source, which briefly takes some 60 times its size in memory; `plain` whole set part of that command's peak.
Standard library only.
"""

from __future__ import annotations

from collections.abc import Sequence

from vraaghulp.light.plain import EIGHTHS, FULL, RULE, Line, as_line, fit, line_width, text_width, truncate

def rule(title: str, width: int, style: str = "dim") -> Line:
    """'Title ─────────' across the width."""
    title = truncate([(title, "")], max(1, width - 2))[0][0] if text_width(title) > width - 2 else title
    return [(title + " ", ""), (RULE * max(0, width - text_width(title) - 1), style)]


def bar(value: float, maximum: float, width: int) -> str:
    """A horizontal bar of `value / maximum * width` columns, in eighths; never empty when value > 0."""
    if maximum <= 0 or value <= 0 or width <= 0:
        return ""
    eighths = round(8 * width * min(value, maximum) / maximum)
    eighths = max(1, eighths)
    return FULL * (eighths // 8) + EIGHTHS[eighths % 8]


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str | Line]],
    widths: Sequence[int],
    *,
    align: Sequence[str] | None = None,
    gap: int = 2,
    header_style: str = "bold",
    rule_style: str = "dim",
    styles: Sequence[str] | None = None,
) -> list[Line]:
    """Header, a rule, then one line per row; every cell cut or padded to its column width."""
    align = align or ["left"] * len(headers)
    styles = styles or [""] * len(headers)
    spacer = (" " * gap, "")
    total = sum(widths) + gap * (len(widths) - 1)
    lines: list[Line] = []
    head: Line = []
    for index, (title, width) in enumerate(zip(headers, widths)):
        if index:
            head.append(spacer)
        head.extend(fit([(title, header_style)], width, align[index]))
    lines.append(head)
    lines.append([(RULE * total, rule_style)])
    for row in rows:
        out: Line = []
        for index, (cell, width) in enumerate(zip(row, widths)):
            if index:
                out.append(spacer)
            out.extend(fit(as_line(cell, styles[index]), width, align[index]))
        lines.append(out)
    return lines


def grid(rows: Sequence[Sequence[str | Line]], *, align: Sequence[str], gap: int = 1) -> list[Line]:
    """Columns as wide as their widest cell (no header, no rule), like a chart's labels."""
    if not rows:
        return []
    count = len(align)
    widths = [max(line_width(as_line(row[i])) for row in rows) for i in range(count)]
    out: list[Line] = []
    for row in rows:
        line: Line = []
        for index in range(count):
            if index:
                line.append((" " * gap, ""))
            cell = as_line(row[index])
            if index == count - 1 and align[index] == "left":
                line.extend(cell)  # the last column (a bar) is not padded
            else:
                line.extend(fit(cell, widths[index], align[index]))
        out.append(line)
    return out
