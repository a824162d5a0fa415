"""The export files: a report for a counsellor (markdown), a spreadsheet (csv), or JSON.

Each record kind writes its own section (`views.<kind>.markdown`); this module writes the
period, the summary and the table per person around them.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from vraaghulp.light.text import clean, dutch_long_date, markdown_line, number
from vraaghulp.messages import counted, t, tn


def render(fmt: str, records: list[Any], overview, filters, *, today: date | None = None) -> str:
    if fmt == "csv":
        return csv_text(records)
    if fmt == "json":
        from vraaghulp.models import record_dict
        from vraaghulp.result import envelope

        return envelope(record_dict(r) for r in records) + "\n"
    return markdown_report(records, overview, filters, today=today)


# ----------------------------------------------------------------------------------------
# csv
# ----------------------------------------------------------------------------------------
def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return t("export.ja") if value else t("export.nee")
    if isinstance(value, (list, dict)):
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            text = "; ".join(value)
        else:
            text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    text = clean(text)
    # A spreadsheet must never run a cell as a formula.
    if text[:1] in ("=", "+", "-", "@") and not _is_number(text):
        text = "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def csv_text(records: list[Any]) -> str:
    """One row per record, the same columns for every kind (empty where a kind has no such field)."""
    import csv
    import io

    from vraaghulp.models import record_dict
    from vraaghulp.views import csv_columns

    columns = csv_columns()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        data = record_dict(record)
        writer.writerow([csv_cell(data.get(column)) for column in columns])
    return buffer.getvalue()


# ----------------------------------------------------------------------------------------
# The markdown report
# ----------------------------------------------------------------------------------------
def _heading(overview, filters, today: date) -> list[str]:
    from vraaghulp.light.overview import period_title

    lines = [t("export.verslag.titel"), "",
             t("export.verslag.periode", periode=period_title(filters.start, filters.end, overview.first_day),
               datum=dutch_long_date(today))]
    if filters.person:
        lines.append(t("export.verslag.alleen_met", naam=markdown_line(filters.person)))
    return [*lines, "", t("export.verslag.uitleg"), ""]


def _asks_summary(total) -> list[str]:
    if total.asks == 0:
        return [t("export.verslag.geen_vragen")]
    counts = {"gedaan": total.done, "open": total.open, "afgezien": total.set_aside}
    lines = [t("export.verslag.vragen", aantal=total.asks, delen=counted("log.overzicht.delen", counts))]
    o = total.outcomes
    if total.answered:
        lines.append(t("export.verslag.uitkomsten", ja=o["ja"], deels=o["deels"], nee=o["nee"], stil=o["geen-reactie"]))
        lines.append(t("export.verslag.kans", geschat=number(total.predicted_chance), echt=number(total.yes_share),
                       deels=number(total.yes_or_partly_share)))
    c = total.comparisons
    if sum(c.values()):
        lines.append(t("export.verslag.vergeleken", beter=c["beter"], zoals=c["zoals-verwacht"], slechter=c["slechter"]))
    if total.paired_n:
        lines.append(t("export.verslag.angst", voor=number(total.paired_fear_before), na=number(total.paired_fear_after),
                       aantal=total.paired_n))
    return lines


def _summary(overview) -> list[str]:
    lines = [t("export.verslag.samenvatting"), "", *_asks_summary(overview.total)]
    if overview.scripts:
        line = t("export.verslag.overtuigingen", aantal=overview.scripts)
        if overview.scripts_moved:
            line += t("export.verslag.verloop", van=number(overview.belief_first), naar=number(overview.belief_last))
        lines.append(line)
    if overview.conversations:
        lines.append(t("export.verslag.gesprekken", aantal=overview.conversations, afgerond=overview.conversations_finished))
    if overview.checks:
        lines.append(t("export.verslag.zelfchecks", aantal=overview.checks))
    return [*lines, ""]


def _people(overview) -> list[str]:
    people = overview.people_sorted()
    if not people:
        return []
    lines = [t("export.verslag.per_persoon"), "", t("export.verslag.tabel_kop"), "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for name, tally in people:
        o = tally.outcomes
        fear = f"{number(tally.paired_fear_before)} → {number(tally.paired_fear_after)}" if tally.paired_n else "—"
        chance = f"{number(tally.predicted_chance)}%" if tally.predicted_chance is not None else "—"
        yes = f"{number(tally.yes_share)}%" if tally.yes_share is not None else "—"
        lines.append(f"| {markdown_line(name)} | {tally.asks} | {o['ja']} | {o['deels']} | {o['nee']} | "
                     f"{o['geen-reactie']} | {chance} | {yes} | {fear} |")
    return [*lines, ""]


def markdown_report(records: list[Any], overview, filters, *, today: date | None = None) -> str:
    from vraaghulp.schema import KINDS
    from vraaghulp.views import of

    lines = _heading(overview, filters, today or date.today()) + _summary(overview) + _people(overview)
    for kind in KINDS:
        lines += of(kind).markdown([r for r in records if r.kind == kind])
    if not records:
        lines += [t("export.verslag.leeg"), ""]
    return "\n".join(lines)


def saved_note(target, count: int, fmt: str) -> str:
    return t("export.opgeslagen", pad=target, items=tn("export.items", count), formaat=fmt)
