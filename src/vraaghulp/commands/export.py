"""`vraaghulp export`: your log as a file to take to a counsellor (md), a spreadsheet (csv) or JSON.

The command is thin; `collect`, `markdown_report`, `csv_text` and `json_text` are plain
functions that tests call directly. Files are written with mode 0600 and never over an
existing file unless --overschrijf is given. Without -o the export goes to standard output.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any, Optional

import typer

FORMATS = ("md", "csv", "json")

HELP = (
    "Exporteer je logboek: md is een leesbaar verslag om mee te nemen naar je hulpverlener "
    "(eerst een samenvatting, dan de items), csv is één regel per item voor een spreadsheet, "
    "json is hetzelfde als 'vraaghulp log --json'. Zonder -o komt de export in de terminal."
)

CSV_COLUMNS = (
    "id", "soort", "gemaakt", "wie", "vraag", "wanneer", "niveau", "verwachting", "angst_voor", "kans",
    "volheid", "script", "status", "uitkomst", "vergelijking", "angst_na", "geleerd", "afgerond",
    "zin", "stem", "stem_toelichting", "geloof", "bang_voor", "rolwissel", "nieuwe_regel", "geloof_na",
    "beoordelingen", "modus", "namen", "relatie", "notities", "afgeleid", "voltooid", "laatste_stap",
    "antwoorden", "score", "uitslag", "v",
)


def register(app: typer.Typer) -> None:
    @app.command("export", help=HELP, short_help="Je logboek als verslag (md), csv of json.")
    def command(
        formaat: Optional[str] = typer.Option(None, "--formaat", "-f", metavar="md|csv|json", help="md, csv of json (standaard: volgens de naam bij -o, anders md)."),
        van: Optional[str] = typer.Option(None, "--van", metavar="DATUM", help="Vanaf deze dag (vandaag, vorige week, vorige maand, 2024-11-21, ...)."),
        tot: Optional[str] = typer.Option(None, "--tot", metavar="DATUM", help="Tot en met deze dag."),
        persoon: Optional[str] = typer.Option(None, "--persoon", "-p", metavar="NAAM", help="Alleen vragen en gesprekken met deze persoon."),
        soort: Optional[str] = typer.Option(None, "--soort", "-s", metavar="SOORT", help="Alleen deze soort: vraag, script, gesprek of check."),
        uitvoer: Optional[Path] = typer.Option(None, "--uitvoer", "-o", metavar="PAD", help="Schrijf naar dit bestand (alleen leesbaar voor jou)."),
        overschrijf: bool = typer.Option(False, "--overschrijf", help="Overschrijf PAD als het al bestaat."),
    ) -> None:
        run_export(formaat, van=van, tot=tot, persoon=persoon, soort=soort, target=uitvoer, overwrite=overschrijf)


def choose_format(formaat: str | None, target: Path | None) -> str:
    from vraaghulp.commands._common import choice_option

    if formaat is not None:
        return choice_option(formaat, "--formaat", FORMATS) or "md"
    if target is not None:
        suffix = target.suffix.lower().lstrip(".")
        if suffix in FORMATS:
            return suffix
        if suffix == "markdown":
            return "md"
    return "md"


def collect(journal, filters) -> tuple[list[Any], Any]:
    """Validated records (oldest first) and the overview of the same selection, in one pass."""
    from vraaghulp.coach.stats import Overview, make_matcher
    from vraaghulp.commands.log import _validate

    matcher = make_matcher(filters)
    overview = Overview()
    records = []
    for number, data in journal.iter_dicts():
        if not matcher(data):
            continue
        record = _validate(journal, number, data)
        if record is not None:
            records.append(record)
            overview.add(data)
    return records, overview


def run_export(formaat, *, van=None, tot=None, persoon=None, soort=None, target=None, overwrite=False, journal=None) -> None:
    from vraaghulp.commands.log import build_filters
    from vraaghulp.errors import VraaghulpError
    from vraaghulp.store import Journal, write_private_file

    fmt = choose_format(formaat, target)
    filters = build_filters(van=van, tot=tot, persoon=persoon, soort=soort)
    if target is not None:
        target = target.expanduser()
        if target.is_dir():
            raise VraaghulpError(f"{target} is een map. Geef een bestandsnaam, bijvoorbeeld {target / ('vraaghulp.' + fmt)}.")
        if not target.parent.exists():
            raise VraaghulpError(f"De map {target.parent} bestaat niet. Maak hem eerst aan, of kies een andere plek.")
        if target.exists() and not overwrite:
            raise VraaghulpError(f"{target} bestaat al. Kies een andere naam, of gebruik --overschrijf.")
    journal = journal or Journal()
    records, overview = collect(journal, filters)
    text = render(fmt, records, overview, filters)
    if target is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_private_file(target, text.encode("utf-8"), overwrite=overwrite)
    count = len(records)
    print(
        f"Export opgeslagen: {target} ({count} {'item' if count == 1 else 'items'}, {fmt}). "
        "Er staan persoonlijke dingen in: deel het alleen met iemand die je vertrouwt.",
        file=sys.stderr,
    )


def render(fmt: str, records: list[Any], overview, filters, *, today: date | None = None) -> str:
    if fmt == "csv":
        return csv_text(records)
    if fmt == "json":
        return json_text(records)
    return markdown_report(records, overview, filters, today=today)


# ----------------------------------------------------------------------------------------
# json and csv
# ----------------------------------------------------------------------------------------
def json_text(records: list[Any]) -> str:
    from vraaghulp.commands._common import json_envelope
    from vraaghulp.models import record_dict

    return json_envelope([record_dict(r) for r in records]) + "\n"


def _csv_value(value: Any) -> str:
    import json

    from vraaghulp.render import clean

    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
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

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        data = record_dict(record)
        writer.writerow([_csv_value(data.get(column)) for column in CSV_COLUMNS])
    return buffer.getvalue()


# ----------------------------------------------------------------------------------------
# The markdown report
# ----------------------------------------------------------------------------------------
def _md(text: str | None) -> str:
    """User text on one line, safe inside a markdown line or table cell."""
    from vraaghulp.render import clean

    flat = " ".join(clean(text).split())
    return flat.replace("|", "\\|")


def _num(value) -> str:
    from vraaghulp.render.log import num

    return num(value)


def _when(value: datetime) -> str:
    from vraaghulp.render import dutch_date

    return dutch_date(value, with_year=True)


def markdown_report(records: list[Any], overview, filters, *, today: date | None = None) -> str:
    from vraaghulp.render import dutch_long_date
    from vraaghulp.render.log import COMPARISON_LABELS, OUTCOME_LABELS, STATUS_LABELS, level_names

    today = today or date.today()
    lines: list[str] = []
    add = lines.append
    add("# Terugblik uit vraaghulp")
    add("")
    if filters.start and filters.end:
        period = f"van {dutch_long_date(filters.start)} tot en met {dutch_long_date(filters.end)}"
    elif filters.start:
        period = f"vanaf {dutch_long_date(filters.start)}"
    elif filters.end:
        period = f"tot en met {dutch_long_date(filters.end)}"
    elif overview.first_day:
        period = f"alles sinds {dutch_long_date(overview.first_day)}"
    else:
        period = "alles"
    add(f"Periode: {period}. Gemaakt op {dutch_long_date(today)}.")
    if filters.person:
        add(f"Alleen met: {_md(filters.person)}.")
    add("")
    add(
        "Dit zijn eigen aantekeningen uit vraaghulp, een programma om te oefenen met hulp vragen. "
        "Het is geen meting en geen diagnose; het laat zien wat er vooraf verwacht werd en wat er daarna "
        "echt gebeurde."
    )
    add("")

    total = overview.total
    add("## Samenvatting")
    add("")
    if total.asks == 0:
        add("- In deze periode staan er geen vragen in het logboek.")
    else:
        add(f"- Vragen: {total.asks} ({total.done} gevraagd, {total.open} nog open, {total.set_aside} bewust niet gevraagd)")
        o = total.outcomes
        if total.answered:
            add(f"- Uitkomsten: ja {o['ja']}, deels {o['deels']}, nee {o['nee']}, geen reactie {o['geen-reactie']}")
            add(
                f"- Kans op ja: vooraf gemiddeld geschat op {_num(total.predicted_chance)}%, "
                f"echt ja bij {_num(total.yes_share)}% (ja of deels: {_num(total.yes_or_partly_share)}%)"
            )
        c = total.comparisons
        if sum(c.values()):
            add(f"- Vergeleken met de verwachting: {c['beter']}× beter, {c['zoals-verwacht']}× zoals verwacht, {c['slechter']}× zwaarder")
        if total.paired_n:
            add(
                f"- Angst (0-10): vooraf gemiddeld {_num(total.paired_fear_before)}, achteraf "
                f"{_num(total.paired_fear_after)} (bij {total.paired_n} vragen met allebei)"
            )
    if overview.scripts:
        line = f"- Overtuigingen opgeschreven: {overview.scripts}"
        if overview.scripts_moved:
            line += (f"; hoe waar ze voelden (0-100) ging gemiddeld van {_num(overview.belief_first)} "
                     f"naar {_num(overview.belief_last)}")
        add(line)
    if overview.conversations:
        add(f"- Gesprekken in zeven stappen: {overview.conversations} ({overview.conversations_finished} afgerond)")
    if overview.checks:
        add(f"- Zelfchecks: {overview.checks}")
    add("")

    people = overview.people_sorted()
    if people:
        add("### Per persoon")
        add("")
        add("| Wie | Vragen | Ja | Deels | Nee | Geen reactie | Kans geschat | Echt ja | Angst voor → na |")
        add("|---|---:|---:|---:|---:|---:|---:|---:|---|")
        for name, tally in people:
            o = tally.outcomes
            fear = f"{_num(tally.paired_fear_before)} → {_num(tally.paired_fear_after)}" if tally.paired_n else "—"
            chance = f"{_num(tally.predicted_chance)}%" if tally.predicted_chance is not None else "—"
            yes = f"{_num(tally.yes_share)}%" if tally.yes_share is not None else "—"
            add(f"| {_md(name)} | {tally.asks} | {o['ja']} | {o['deels']} | {o['nee']} | {o['geen-reactie']} | {chance} | {yes} | {fear} |")
        add("")

    asks = [r for r in records if r.kind == "vraag"]
    scripts = [r for r in records if r.kind == "script"]
    conversations = [r for r in records if r.kind == "gesprek"]
    checks = [r for r in records if r.kind == "check"]
    names = level_names()

    if asks:
        add("## Vragen")
        add("")
        for ask in asks:
            add(f"### {_when(ask.created)} · aan {_md(ask.person)}")
            add("")
            add(f"> {_md(ask.text)}")
            add("")
            if ask.level is not None:
                add(f"- Niveau: {ask.level}" + (f" ({names[ask.level]})" if ask.level in names else ""))
            if ask.expectation:
                add(f"- Verwachting vooraf: {_md(ask.expectation)}")
            add(f"- Vooraf: angst {ask.fear_before}/10, kans op ja {ask.chance}%")
            status = STATUS_LABELS.get(ask.status, ask.status)
            if ask.outcome:
                line = f"- Uitkomst: {OUTCOME_LABELS.get(ask.outcome, ask.outcome)}"
                if ask.comparison:
                    line += f" ({COMPARISON_LABELS.get(ask.comparison, ask.comparison)})"
                if ask.fear_after is not None:
                    line += f"; angst achteraf {ask.fear_after}/10"
                add(line)
            else:
                add(f"- Status: {status}")
            if ask.learned:
                label = "Geleerd" if ask.status == "gedaan" else "Wat tegenhield"
                add(f"- {label}: {_md(ask.learned)}")
            add("")

    if scripts:
        add("## Overtuigingen")
        add("")
        for script in scripts:
            add(f"### {_when(script.created)} · “{_md(script.sentence)}”")
            add("")
            for label, value in (
                ("Van wie de stem is", script.voice),
                ("Toelichting", script.voice_note),
                ("Bang voor", script.fear),
                ("Toen iemand anders om hulp vroeg", script.role_reversal),
                ("Nieuwe regel", script.new_rule),
            ):
                if value:
                    add(f"- {label}: {_md(value)}")
            values = [v for v in (script.belief, script.belief_after) if v is not None] + [r.value for r in script.ratings]
            if values:
                add(f"- Hoe waar (0-100): {' → '.join(str(v) for v in values)}")
            add("")

    if conversations:
        add("## Gesprekken in zeven stappen")
        add("")
        for conv in conversations:
            who = f" met {_md(' en '.join(conv.names))}" if conv.names else ""
            add(f"### {_when(conv.created)}{who}")
            add("")
            add(f"- Voortgang: {'alle zeven stappen' if conv.finished else f'tot en met stap {conv.last_step}'}")
            if conv.relation:
                add(f"- Relatie: {_md(conv.relation)}")
            for key in sorted(conv.notes, key=lambda k: (not k.isdigit(), int(k) if k.isdigit() else 0, k)):
                label = f"Stap {key}" if key.isdigit() else _md(key)
                add(f"- {label}: {_md(conv.notes[key])}")
            add("")

    if checks:
        add("## Zelfchecks")
        add("")
        for check in checks:
            add(f"- {_when(check.created)}: score {check.score}" + (f" · {_md(check.result)}" if check.result else ""))
        add("")

    if not records:
        add("Er staan in deze periode nog geen aantekeningen in het logboek.")
        add("")
    return "\n".join(lines)
