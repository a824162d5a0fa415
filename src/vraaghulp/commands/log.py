"""`vraaghulp log`: look back at asks, scripts and conversations.

Views: the table (`log`), one entry (`log toon ID`), the evidence (`log overzicht`), and
changing or removing one entry (`log bewerk ID`, `log wis ID`).

The command functions are thin; the work is done by the plain functions below
(`build_filters`, `select`, `overview_of`, `show_record`, `edit_*`, `delete_record`) that
tests call directly. Only the standard library, typer and `vraaghulp.logview` (standard
library only) are imported at the top.

The table and the overview on screen are drawn by `vraaghulp.logview` in plain text (no
Rich, no pydantic), so `vraaghulp.entry` can take those two views without Typer and the
output is the same either way. Without filters the table reads only the end of the
journal (`Journal.tail_raw`); with filters, and for the overview, the journal is streamed
as plain dicts. `--json` validates what it prints with pydantic (`select`); `toon`,
`bewerk`, `wis` and the SVG/HTML exports use Rich.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Any, Optional

import typer

# Filters, the overview scan and the screens live in `vraaghulp.logview` (standard library
# only), shared with the fast path that `vraaghulp.entry` takes before Typer loads.
from vraaghulp.logview import DEFAULT_COUNT, build_filters, overview_of

HELP = (
    "Kijk terug: je vragen, overtuigingen en gesprekken, met wat je voorspelde en wat er echt "
    "gebeurde. Zonder opdracht zie je de nieuwste 20 als tabel; filter met --van, --tot, "
    "--persoon, --soort, --status en --zoek. Verder: toon ID, overzicht, bewerk ID, wis ID."
)

VAN_HELP = "Vanaf deze dag: vandaag, gisteren, eergisteren, deze week, vorige week, vorige maand, '3 dagen geleden', 2024-11-21, 21-11-2024."
TOT_HELP = "Tot en met deze dag (zelfde woorden als --van; 'vorige week' betekent dan: tot en met die zondag)."


def _filter_options():
    """The shared filter options, as typer.Option defaults (one definition for all views)."""
    return dict(
        van=typer.Option(None, "--van", help=VAN_HELP, metavar="DATUM"),
        tot=typer.Option(None, "--tot", help=TOT_HELP, metavar="DATUM"),
        persoon=typer.Option(None, "--persoon", "-p", metavar="NAAM", help="Alleen vragen en gesprekken met deze persoon (hele woorden, hoofdletters en accenten tellen niet)."),
    )


def register(app: typer.Typer) -> None:
    log_app = typer.Typer(
        name="log",
        help=HELP,
        short_help="Terugkijken: je vragen, overtuigingen en gesprekken.",
        invoke_without_command=True,
        no_args_is_help=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    opts = _filter_options()

    @log_app.callback(invoke_without_command=True)
    def root(
        ctx: typer.Context,
        van: Optional[str] = opts["van"],
        tot: Optional[str] = opts["tot"],
        persoon: Optional[str] = opts["persoon"],
        soort: Optional[str] = typer.Option(None, "--soort", "-s", metavar="SOORT", help="vraag, script, gesprek of check."),
        status: Optional[str] = typer.Option(None, "--status", metavar="STATUS", help="Alleen vragen met deze status: open, gedaan of afgezien."),
        zoek: Optional[str] = typer.Option(None, "--zoek", "-z", metavar="TEKST", help="Zoek in je eigen teksten (hoofdletters en accenten tellen niet)."),
        aantal: Optional[int] = typer.Option(None, "--aantal", "-n", metavar="AANTAL", help="Hoeveel items, de nieuwste eerst (standaard 20; met --json standaard alles)."),
        json_out: bool = typer.Option(False, "--json", help='Als JSON voor scripts en jq: {"versie": 1, "items": [...]}, oudste eerst.'),
    ) -> None:
        if ctx.invoked_subcommand is not None:
            return
        filters = build_filters(van=van, tot=tot, persoon=persoon, soort=soort, status=status, zoek=zoek)
        if zoek:
            from vraaghulp.commands._common import check_texts, console

            check_texts(console(stderr=json_out), zoek)
        if aantal is not None and aantal < 1:
            from vraaghulp.errors import UsageError

            raise UsageError(f"--aantal moet 1 of meer zijn (je gaf {aantal}).")
        if json_out:
            print_json(filters, aantal)
        else:
            from vraaghulp.logview import show_list

            show_list(filters, aantal or DEFAULT_COUNT)

    @log_app.command("toon", short_help="Eén item helemaal bekijken.", help="Eén item helemaal: alles wat je invulde, bij een overtuiging ook hoe waar hij voelde door de tijd en welke vragen hem testten.")
    def toon(
        record_id: str = typer.Argument(..., metavar="ID", help="Het id (de eerste 4 tekens zijn genoeg)."),
        json_out: bool = typer.Option(False, "--json", help='Als JSON: {"versie": 1, "items": [...]}.'),
    ) -> None:
        show_record(record_id, as_json=json_out)

    opts2 = _filter_options()

    @log_app.command("overzicht", short_help="Het bewijs: voorspeld tegen echt, met grafieken.", help="Het bewijs uit je eigen logboek: hoe vaak mensen ja zeiden, je voorspelling tegen wat er echt gebeurde, angst vooraf en achteraf, per persoon en per niveau, met grafieken.")
    def overzicht(
        van: Optional[str] = opts2["van"],
        tot: Optional[str] = opts2["tot"],
        persoon: Optional[str] = opts2["persoon"],
        per: Optional[str] = typer.Option(None, "--per", metavar="WEEK|MAAND", help="Grafieken per week of per maand (standaard: wat het best past)."),
        svg: Optional[Path] = typer.Option(None, "--svg", metavar="PAD", help="Bewaar het overzicht ook als SVG-afbeelding."),
        html: Optional[Path] = typer.Option(None, "--html", metavar="PAD", help="Bewaar het overzicht ook als HTML-pagina."),
        overschrijf: bool = typer.Option(False, "--overschrijf", help="Overschrijf een bestaand SVG- of HTML-bestand."),
        json_out: bool = typer.Option(False, "--json", help='Als JSON: {"versie": 1, "items": [overzicht]}.'),
    ) -> None:
        from vraaghulp.commands._common import choice_option

        unit = choice_option(per, "--per", ("week", "maand"))
        filters = build_filters(van=van, tot=tot, persoon=persoon)
        print_overview(filters, unit=unit, svg=svg, html=html, overwrite=overschrijf, as_json=json_out)

    @log_app.command("bewerk", short_help="Eén item aanpassen (editor, vraag voor vraag of --veld).", help="Pas één item aan: in je editor ($VISUAL of $EDITOR), vraag voor vraag in de terminal, of met --veld naam=waarde. Het resultaat wordt gecontroleerd voor het wordt opgeslagen.")
    def bewerk(
        record_id: str = typer.Argument(..., metavar="ID", help="Het id (de eerste 4 tekens zijn genoeg)."),
        veld: Optional[list[str]] = typer.Option(None, "--veld", metavar="NAAM=WAARDE", help="Zet één veld, bv. --veld angst_na=3 of --veld uitkomst=ja (meerdere keren mag; '-' maakt een veld leeg)."),
    ) -> None:
        edit_command(record_id, veld or [])

    @log_app.command("wis", short_help="Eén item verwijderen.", help="Verwijder één item uit je logboek. Je bevestigt eerst; --ja slaat dat over.")
    def wis(
        record_id: str = typer.Argument(..., metavar="ID", help="Het id (de eerste 4 tekens zijn genoeg)."),
        ja: bool = typer.Option(False, "--ja", help="Niet om bevestiging vragen (voor scripts)."),
    ) -> None:
        delete_command(record_id, confirmed=ja)

    app.add_typer(log_app, name="log")


# ----------------------------------------------------------------------------------------
# Filters
# ----------------------------------------------------------------------------------------
# ----------------------------------------------------------------------------------------
# Selecting what to show
# ----------------------------------------------------------------------------------------
def _validate(journal, number: int | None, data: dict[str, Any]):
    """A validated record, or None after reporting the problem (with its line number)."""
    from vraaghulp.store import Problem, report

    try:
        return _parse(data)
    except ValueError as exc:
        report(Problem(journal.path, number, str(exc)))
        return None


def _parse(data: dict[str, Any]):
    """A validated record, or ValueError with the Dutch reason."""
    from vraaghulp.models import parse_record
    from vraaghulp.store import _first_error

    try:
        return parse_record(data)
    except Exception as exc:  # noqa: BLE001 - pydantic or migration errors
        raise ValueError(f"dit record klopt niet ({_first_error(exc)}).") from None


def select(journal, filters, count: int | None) -> tuple[list[Any], int | None]:
    """The records to show (file order, oldest first) and how many matched in total.

    Without filters the total is unknown (None) unless the whole file was read.
    """
    from vraaghulp.coach.stats import last_matching, make_matcher

    if not filters.active() and count is not None:
        from vraaghulp.logview import tail_kept
        from vraaghulp.store import decode_line

        return tail_kept(journal.path, count, decode_line, _parse)
    matcher = make_matcher(filters)
    kept, total = last_matching(journal.iter_dicts(), matcher, count)
    records = [r for r in (_validate(journal, number, data) for number, data in kept) if r is not None]
    return records, total


# ----------------------------------------------------------------------------------------
# log --json
# ----------------------------------------------------------------------------------------
def print_json(filters, count: int | None, *, stream=None, journal=None) -> None:
    """The envelope {"versie": 1, "items": [...]}, oldest first, written as it streams."""
    import json

    from vraaghulp.coach.stats import make_matcher
    from vraaghulp.models import record_dict
    from vraaghulp.store import Journal

    stream = stream or sys.stdout
    journal = journal or Journal()
    journal.check_target()  # a directory or symlink fails before the envelope starts
    if count is not None:
        records, _total = select(journal, filters, count)
        items = (record_dict(r) for r in records)
    else:
        matcher = make_matcher(filters)

        def generate():
            for number, data in journal.iter_dicts():
                if matcher(data):
                    record = _validate(journal, number, data)
                    if record is not None:
                        yield record_dict(record)

        items = generate()
    write_envelope(stream, items, json)


def write_envelope(stream, items, json_module=None) -> None:
    """Write {"versie": 1, "items": [...]} item by item: one compact item per line.

    Streaming keeps memory flat for 100,000 records, and the C encoder (no indent) keeps
    it fast; the result is ordinary JSON for jq and friends.
    """
    import json

    from vraaghulp.render import json_safe  # risky characters as \uXXXX: same JSON, nothing for a terminal

    dumps = (json_module or json).dumps
    first = True
    stream.write('{\n  "versie": 1,\n  "items": [')
    for item in items:
        stream.write(("\n    " if first else ",\n    ") + json_safe(dumps(item, ensure_ascii=False)))
        first = False
    stream.write("]\n}\n" if first else "\n  ]\n}\n")
    stream.flush()


# ----------------------------------------------------------------------------------------
# log toon
# ----------------------------------------------------------------------------------------
def linked_asks(journal, script_id: str) -> list[Any]:
    """Asks that tested this script, oldest first (streamed; validated only when linked)."""
    asks = []
    for number, data in journal.iter_dicts():
        if data.get("soort") == "vraag" and data.get("script") == script_id:
            record = _validate(journal, number, data)
            if record is not None:
                asks.append(record)
    return asks


def record_view(journal, record):
    from vraaghulp.render.log import record_detail

    if record.kind == "script":
        return record_detail(record, asks=linked_asks(journal, record.id))
    if record.kind == "vraag" and record.script_id:
        try:
            script = journal.find(record.script_id)
        except Exception:  # noqa: BLE001 - a removed script only loses its sentence here
            script = None
        return record_detail(record, script=script if getattr(script, "kind", None) == "script" else None)
    return record_detail(record)


def show_record(record_id: str, *, as_json: bool = False, out=None, journal=None) -> None:
    from vraaghulp.commands._common import console, json_envelope
    from vraaghulp.models import record_dict
    from vraaghulp.store import Journal

    journal = journal or Journal()
    record = journal.find(record_id)
    if as_json:
        print(json_envelope([record_dict(record)]))
        return
    out = out or console()
    out.print(record_view(journal, record))
    out.print(f"Aanpassen: vraaghulp log bewerk {record.id} · verwijderen: vraaghulp log wis {record.id}", style="dim")


# ----------------------------------------------------------------------------------------
# log overzicht
# ----------------------------------------------------------------------------------------
def print_overview(filters, *, unit=None, svg=None, html=None, overwrite=False, as_json=False,
                   stream=None, journal=None, today: date | None = None) -> None:
    """The overview on screen (the same plain text as the fast path), as JSON, or saved as SVG/HTML."""
    from vraaghulp.store import Journal

    journal = journal or Journal()
    today = today or date.today()
    if as_json:
        from vraaghulp.commands._common import json_envelope

        result = overview_of(journal, filters)
        until = filters.end if filters.end else today
        payload = result.to_dict(unit=unit, until=until)
        payload["van"] = filters.start.isoformat() if filters.start else None
        payload["tot"] = filters.end.isoformat() if filters.end else None
        payload["persoon"] = filters.person
        print(json_envelope([payload]))
        return
    from vraaghulp.logview import overview_text, show_overview
    from vraaghulp.render.plain import color_wanted

    stream = stream or sys.stdout
    result = show_overview(filters, unit=unit, stream=stream, journal=journal, today=today)
    for path, kind in ((svg, "svg"), (html, "html")):
        if path is not None:
            text = overview_text(result, filters, unit=unit, width=SAVE_WIDTH, color=True, today=today)
            target = save_view(text, Path(path), kind, overwrite=overwrite)
            line = f"Opgeslagen als {kind.upper()}: {target}"
            stream.write((f"\x1b[2m{line}\x1b[0m" if color_wanted(stream) else line) + "\n")


SAVE_WIDTH = 100


def save_view(text: str, path: Path, kind: str, *, overwrite: bool = False, width: int = SAVE_WIDTH) -> Path:
    """Render screen text (with ANSI styles) to SVG or HTML via Rich and write it privately (0600)."""
    import io

    from rich.console import Console
    from rich.text import Text

    from vraaghulp.errors import VraaghulpError
    from vraaghulp.store import write_private_file

    path = path.expanduser()
    if path.is_dir():
        raise VraaghulpError(f"{path} is een map. Geef een bestandsnaam, bijvoorbeeld {path / ('overzicht.' + kind)}.")
    if not path.parent.exists():
        raise VraaghulpError(f"De map {path.parent} bestaat niet. Maak hem eerst aan, of kies een andere plek.")
    if path.exists() and not overwrite:
        raise VraaghulpError(f"{path} bestaat al. Kies een andere naam, of gebruik --overschrijf.")
    recorder = Console(record=True, width=width, file=io.StringIO(), force_terminal=True,
                       color_system="truecolor", highlight=False, emoji=False, markup=False)
    # Our own text with our own ANSI styles; user text in it was cleaned of escapes before.
    recorder.print(Text.from_ansi(text.rstrip("\n")), soft_wrap=True)
    if kind == "svg":
        exported = recorder.export_svg(title="vraaghulp · overzicht")
    else:
        exported = recorder.export_html(inline_styles=True)
    write_private_file(path, exported.encode("utf-8"), overwrite=True)
    return path


# ----------------------------------------------------------------------------------------
# log bewerk
# ----------------------------------------------------------------------------------------
LOCKED_FIELDS = ("id", "soort", "v")


def field_types(record) -> dict[str, Any]:
    """Dutch key -> annotation, for every field of this record's model."""
    return {(info.alias or name): info.annotation for name, info in type(record).model_fields.items()}


def _coerce(annotation: Any, text: str) -> Any:
    """A typed value from a text, for --veld and field-by-field editing. Pydantic checks the rest."""
    import json

    stripped = text.strip()
    kind = str(annotation)
    if stripped in ("", "-", "leeg", "null"):
        return [] if kind.startswith("list") else ({} if kind.startswith("dict") else None)
    if kind.startswith(("list", "dict")):
        try:
            return json.loads(stripped)
        except ValueError:
            if kind.startswith("list[str]"):
                return [part.strip() for part in stripped.split(",") if part.strip()]
            return stripped
    if "bool" in kind:
        lowered = stripped.lower()
        if lowered in ("ja", "j", "true", "1", "waar"):
            return True
        if lowered in ("nee", "n", "false", "0", "onwaar"):
            return False
    return stripped


def validation_message(exc: Exception) -> str:
    """A Dutch sentence naming the first problem pydantic found."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        if exc.__class__.__name__ == "NewerVersionError":
            return "het versienummer (v) is nieuwer dan deze vraaghulp kent"
        return str(exc) or "de inhoud klopt niet"
    try:
        first = errors()[0]
    except Exception:  # noqa: BLE001
        return "de inhoud klopt niet"
    loc = [str(part) for part in first.get("loc", ())]
    if loc and loc[0] in ("vraag", "script", "gesprek", "check") and len(loc) > 1:
        loc = loc[1:]
    where = ".".join(loc)
    kind = first.get("type", "")
    ctx = first.get("ctx") or {}
    reasons = {
        "missing": "ontbreekt",
        "extra_forbidden": "is geen veld dat vraaghulp kent",
        "string_too_short": "mag niet leeg zijn",
        "string_too_long": "is te lang",
        "int_parsing": "moet een heel getal zijn",
        "int_type": "moet een heel getal zijn",
        "int_from_float": "moet een heel getal zijn",
        "bool_parsing": "moet ja of nee zijn",
        "bool_type": "moet ja of nee zijn",
        "string_type": "moet tekst zijn",
        "datetime_parsing": "moet een datum met tijd zijn, zoals 2024-11-21T10:00:00+01:00",
        "datetime_from_date_parsing": "moet een datum met tijd zijn, zoals 2024-11-21T10:00:00+01:00",
        "datetime_type": "moet een datum met tijd zijn, zoals 2024-11-21T10:00:00+01:00",
        "union_tag_invalid": "is geen bekende soort (vraag, script, gesprek of check)",
        "dict_type": "moet een lijst van naam: waarde zijn",
        "list_type": "moet een lijst zijn",
    }
    if kind == "less_than_equal":
        reason = f"mag hoogstens {ctx.get('le')} zijn"
    elif kind == "greater_than_equal":
        reason = f"moet minstens {ctx.get('ge')} zijn"
    elif kind == "literal_error":
        reason = f"kan zijn: {ctx.get('expected', '').replace(chr(39), '')}".replace(" or ", " of ")
    else:
        reason = reasons.get(kind, "heeft een ongeldige waarde")
    return f"het veld '{where}' {reason}" if where else f"het record {reason}"


def apply_fields(record, assignments: list[str]):
    """A new, validated record with `naam=waarde` assignments applied (UsageError/VraaghulpError on problems)."""
    from vraaghulp.errors import UsageError, VraaghulpError
    from vraaghulp.models import parse_record, record_dict

    types = field_types(record)
    data = record_dict(record)
    for assignment in assignments:
        name, sep, value = assignment.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(f"--veld verwacht naam=waarde, bijvoorbeeld --veld angst_na=3 (je gaf '{assignment}').")
        if name in LOCKED_FIELDS:
            raise UsageError(f"Het veld '{name}' kun je niet aanpassen. Maak zo nodig een nieuw item.")
        if name not in types:
            names = ", ".join(k for k in types if k not in LOCKED_FIELDS)
            raise UsageError(f"Een {record.kind} heeft geen veld '{name}'. Wel: {names}.")
        data[name] = _coerce(types[name], value)
    try:
        return parse_record(data)
    except Exception as exc:  # noqa: BLE001
        raise VraaghulpError(
            f"Niet opgeslagen: {validation_message(exc)}. Het item is ongewijzigd; probeer het opnieuw met een andere waarde."
        ) from None


def changed_texts(old, new) -> list[str]:
    """Free-text values that are new or changed (for the crisis check)."""
    from vraaghulp.models import record_dict

    before, after = record_dict(old), record_dict(new)
    texts: list[str] = []

    def collect(value, previous):
        if isinstance(value, str):
            if value != previous:
                texts.append(value)
        elif isinstance(value, dict):
            for key, inner in value.items():
                collect(inner, previous.get(key) if isinstance(previous, dict) else None)
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                collect(inner, previous[index] if isinstance(previous, list) and index < len(previous) else None)

    for key, value in after.items():
        if key not in ("id", "soort", "gemaakt", "afgerond"):
            collect(value, before.get(key))
    return texts


def editor_command() -> str | None:
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            return value
    return None


class EditRefused(Exception):
    """The edited text is not a valid record; `reason` is Dutch, `text` is what was typed."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.text = text


def parse_edited(original, text: str):
    """Turn the edited JSON text into a record, or raise EditRefused. None when unchanged."""
    import json

    from vraaghulp.models import parse_record, record_dict

    try:
        data = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        col = getattr(exc, "colno", None)
        where = f" (regel {line}, kolom {col})" if line else ""
        raise EditRefused(f"de tekst is geen geldige JSON meer{where}; let op komma's en aanhalingstekens", text) from None
    if not isinstance(data, dict):
        raise EditRefused("de tekst moet één JSON-object zijn, tussen { en }", text)
    if data.get("id") != original.id:
        raise EditRefused(f"het id is veranderd (moet {original.id} blijven)", text)
    if data.get("soort") != original.kind:
        raise EditRefused(f"de soort is veranderd (moet {original.kind} blijven)", text)
    try:
        record = parse_record(data)
    except Exception as exc:  # noqa: BLE001
        raise EditRefused(validation_message(exc), text) from None
    if record_dict(record) == record_dict(original):
        return None
    return record


def edit_in_editor(record, editor: str, *, retry=None, run=None):
    """Open the record as pretty JSON in the editor (temp file 0600); the validated result, or None.

    `retry(reason)` is asked after an invalid edit: True reopens the editor with the text as
    typed; without it (no terminal) the edit is refused with VraaghulpError.
    """
    import json
    import shlex
    import subprocess
    import tempfile

    from vraaghulp.errors import VraaghulpError
    from vraaghulp.models import record_dict

    run = run or subprocess.run
    text = json.dumps(record_dict(record), ensure_ascii=False, indent=2) + "\n"
    fd, name = tempfile.mkstemp(prefix=f"vraaghulp-{record.id}-", suffix=".json")
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        try:
            command = shlex.split(editor, posix=os.name != "nt")
        except ValueError:
            command = [editor]
        while True:
            try:
                result = run([*command, str(path)])
            except FileNotFoundError:
                raise VraaghulpError(
                    f"De editor '{editor}' is niet gevonden. Zet VISUAL of EDITOR op een editor die er is, "
                    "of gebruik --veld naam=waarde. Er is niets veranderd."
                ) from None
            if getattr(result, "returncode", 0) != 0:
                raise VraaghulpError(
                    f"De editor stopte met een fout (code {result.returncode}). Er is niets veranderd."
                )
            edited = path.read_text(encoding="utf-8")
            try:
                return parse_edited(record, edited)
            except EditRefused as refused:
                if retry is not None and retry(refused.reason):
                    continue
                raise VraaghulpError(
                    f"Je aanpassing is niet opgeslagen: {refused.reason}. Het item is ongewijzigd gebleven. "
                    f"Probeer het opnieuw met 'vraaghulp log bewerk {record.id}'."
                ) from None
    finally:
        try:
            path.unlink()
        except OSError:
            pass


FIELD_LABELS = {
    "gemaakt": "datum", "wie": "aan wie", "vraag": "de vraag", "wanneer": "wanneer", "niveau": "niveau",
    "verwachting": "verwachting", "angst_voor": "angst vooraf (0-10)", "kans": "kans op ja (0-100)",
    "volheid": "hoe vol (0-10)", "script": "overtuiging (id)", "status": "status (open/gedaan/afgezien)",
    "uitkomst": "uitkomst (ja/deels/nee/geen-reactie)", "vergelijking": "vergeleken (beter/zoals-verwacht/slechter)",
    "angst_na": "angst achteraf (0-10)", "geleerd": "geleerd", "afgerond": "afgerond op",
    "zin": "de zin", "stem": "van wie de stem is", "stem_toelichting": "toelichting bij de stem",
    "geloof": "hoe waar eerst (0-100)", "bang_voor": "bang voor", "rolwissel": "rolwissel",
    "nieuwe_regel": "nieuwe regel", "geloof_na": "hoe waar daarna (0-100)",
    "modus": "vorm (samen/hulpverlener)", "namen": "namen (met komma's)", "relatie": "relatie",
    "afgeleid": "afgeleid (ja/nee)", "voltooid": "voltooid (ja/nee)", "laatste_stap": "laatste stap (0-7)",
    "score": "score", "uitslag": "uitslag",
}
COMPLEX_FIELDS = ("beoordelingen", "notities", "antwoorden")


def _shown_value(value: Any) -> str:
    from vraaghulp.render import one_line

    if value is None:
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return one_line(str(value), 40)


def edit_by_fields(record, prompter, out):
    """Field by field in the terminal. Returns the new record, or None when nothing changed."""
    from vraaghulp.models import parse_record, record_dict

    data = record_dict(record)
    types = field_types(record)
    editable = [k for k in types if k not in LOCKED_FIELDS and k not in COMPLEX_FIELDS]
    changed = False
    while True:
        options = [(k, f"{FIELD_LABELS.get(k, k)}: {_shown_value(data.get(k))}") for k in editable]
        options += [("__klaar__", "Klaar: opslaan"), ("__stop__", "Stoppen zonder opslaan")]
        choice = prompter.choice("Welk veld wil je aanpassen?", options, default="__klaar__" if changed else None)
        if choice == "__stop__":
            return None
        if choice == "__klaar__":
            if not changed:
                return None
            try:
                new = parse_record(data)
            except Exception as exc:  # noqa: BLE001
                out.print(f"Zo kan het nog niet: {validation_message(exc)}. Pas dat veld aan, of stop zonder opslaan.", style="yellow")
                continue
            return new if record_dict(new) != record_dict(record) else None
        current = data.get(choice)
        default = "" if current is None else (", ".join(current) if isinstance(current, list) else (
            ("ja" if current else "nee") if isinstance(current, bool) else str(current)))
        answer = prompter.text(f"Nieuwe waarde voor {FIELD_LABELS.get(choice, choice)} (een - maakt het leeg)",
                               default=default, optional=not default)
        candidate = dict(data)
        candidate[choice] = _coerce(types[choice], answer or "")
        try:
            parse_record(candidate)
        except Exception as exc:  # noqa: BLE001
            message = validation_message(exc)
            if f"'{choice}'" in message:
                out.print(f"Die waarde past niet: {message}. Het veld is niet veranderd.", style="yellow")
                continue
        data = candidate
        changed = True


def edit_command(record_id: str, assignments: list[str]) -> None:
    from vraaghulp.commands._common import check_texts, console, prompter, stdin_is_terminal
    from vraaghulp.errors import Interrupted, MissingOptions
    from vraaghulp.render import user
    from vraaghulp.render.log import record_summary
    from vraaghulp.store import Journal

    out = console()
    journal = Journal()
    record = journal.find(record_id)
    if assignments:
        new = apply_fields(record, assignments)
    else:
        editor = editor_command()
        interactive = stdin_is_terminal()
        if editor is None and not interactive:
            raise MissingOptions("log bewerk", ["--veld naam=waarde (of zet EDITOR)"])
        try:
            if editor is not None:
                retry = None
                if interactive:
                    ask = prompter(out)

                    def retry(reason: str) -> bool:
                        out.print(f"Dat kan zo niet worden opgeslagen: {reason}.", style="yellow")
                        return bool(ask.confirm("Wil je het opnieuw openen om het te herstellen?", default=True))

                out.print(user(f"De editor opent met {record_summary(record)}. Sla op en sluit hem om verder te gaan."), style="dim")
                new = edit_in_editor(record, editor, retry=retry)
            else:
                out.print(user(record_summary(record)), style="bold")
                new = edit_by_fields(record, prompter(out), out)
        except KeyboardInterrupt:
            raise Interrupted("\nAfgebroken — er is niets veranderd aan dit item.") from None
    if new is None:
        out.print("Niets veranderd.")
        return
    check_texts(out, *changed_texts(record, new))
    journal.update(record.id, lambda _current: new)
    out.print(user(f"Opgeslagen: {record_summary(new)}"), style="green")
    out.print(f"Bekijken: vraaghulp log toon {new.id}", style="dim")


# ----------------------------------------------------------------------------------------
# log wis
# ----------------------------------------------------------------------------------------
def delete_record(journal, record_id: str) -> Any:
    """Remove one record (found by id prefix); returns the removed record."""
    record = journal.find(record_id)
    journal.update(record.id, lambda _current: None)
    return record


def count_links(journal, script_id: str) -> int:
    return sum(1 for _n, data in journal.iter_dicts() if data.get("soort") == "vraag" and data.get("script") == script_id)


def delete_command(record_id: str, *, confirmed: bool) -> None:
    from vraaghulp.commands._common import console, prompter, require_terminal
    from vraaghulp.errors import Interrupted
    from vraaghulp.render import user
    from vraaghulp.render.log import record_summary
    from vraaghulp.store import Journal

    out = console()
    journal = Journal()
    record = journal.find(record_id)
    links = count_links(journal, record.id) if record.kind == "script" else 0
    if not confirmed:
        require_terminal("log wis", ["--ja"])
        out.print(user(f"Je staat op het punt dit te verwijderen: {record_summary(record)}"))
        try:
            sure = prompter(out).confirm("Echt verwijderen? Dit kun je niet ongedaan maken.", default=False)
        except KeyboardInterrupt:
            raise Interrupted("\nAfgebroken — er is niets verwijderd.") from None
        if not sure:
            out.print("Niets verwijderd; het blijft gewoon staan.")
            return
    delete_record(journal, record.id)
    out.print(user(f"Verwijderd: {record_summary(record)}"))
    if links:
        out.print(
            f"{links} {'vraag verwees' if links == 1 else 'vragen verwezen'} naar deze overtuiging; "
            "die blijven gewoon staan.",
            style="dim",
        )
