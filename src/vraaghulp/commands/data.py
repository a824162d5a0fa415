"""`vraaghulp data`: where your data is, a backup, deleting everything, and importing.

The command functions are thin; the work is done by plain functions below
(`locations`, `make_backup`, `wipe_plan`, `wipe`, `read_import`, `import_records`) that tests
call directly. Only the standard library and typer are imported at the top.

Backups are exact byte copies of the journal (`logboek.jsonl`), dated, mode 0600. Without a
path they go to the folder `backups` inside the data folder. `data wis` removes only files
vraaghulp knows (journal, profile, lock, temporary files, its own backups) and never a whole
folder tree, so a VRAAGHULP_HOME that points at a shared folder is safe.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Optional

import typer

BACKUP_DIR = "backups"
BACKUP_PREFIX = "vraaghulp-backup-"
CONFIRM_WORD = "wissen"

HELP = (
    "Je gegevens: waar ze staan (pad), een reservekopie maken (backup), alles wissen (wis) en "
    "een reservekopie of export terugzetten (import). Alles blijft op deze computer."
)


def register(app: typer.Typer) -> None:
    data_app = typer.Typer(
        name="data",
        help=HELP,
        short_help="Waar je gegevens staan; back-up, wissen, importeren.",
        invoke_without_command=True,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    @data_app.callback(invoke_without_command=True)
    def root(ctx: typer.Context) -> None:
        if ctx.invoked_subcommand is None:
            typer.echo(ctx.get_help())

    @data_app.command(
        "pad",
        short_help="Waar je gegevens staan.",
        help="Laat zien waar vraaghulp je gegevens bewaart (map, logboek, profiel, back-ups), "
        "en of de omgevingsvariabele VRAAGHULP_HOME wordt gebruikt.",
    )
    def pad(json_out: bool = typer.Option(False, "--json", help="Schrijf de paden als JSON.")) -> None:
        info = locations()
        if json_out:
            import json

            from vraaghulp.render import json_safe

            print(json_safe(json.dumps({"versie": 1, **info}, ensure_ascii=False, indent=2)))
            return
        from vraaghulp.commands._common import console
        from vraaghulp.render.care import locations as show

        show(console(), info)

    @data_app.command(
        "backup",
        short_help="Maak een gedateerde reservekopie van je logboek.",
        help="Maak een reservekopie van je logboek, met de datum in de naam (alleen leesbaar voor jou). "
        "Zonder PAD komt hij in de map 'backups' in je gegevensmap; is PAD een map, dan komt hij daarin.",
    )
    def backup(
        pad: Optional[Path] = typer.Argument(None, metavar="[PAD]", help="Een map of bestandsnaam voor de kopie."),
        overschrijf: bool = typer.Option(False, "--overschrijf", help="Overschrijf PAD als dat bestand al bestaat."),
    ) -> None:
        target = make_backup(pad, overwrite=overschrijf)
        if target is None:
            typer.echo("Je logboek is nog leeg, dus er is nog niets om te bewaren.")
            return
        typer.echo(f"Reservekopie gemaakt: {target}")
        typer.echo("Terugzetten kan met: vraaghulp data import PAD")

    @data_app.command(
        "wis",
        short_help="Wis al je vraaghulp-gegevens (na bevestiging).",
        help=f"Wis al je vraaghulp-gegevens: logboek, profiel en eigen back-ups. Je typt eerst '{CONFIRM_WORD}' "
        "ter bevestiging. Andere bestanden in de map blijven staan.",
    )
    def wis(ja: bool = typer.Option(False, "--ja", help="Niet om bevestiging vragen (voor scripts).")) -> None:
        run_wipe(confirmed=ja)

    @data_app.command(
        "import",
        short_help="Zet een reservekopie of JSON-export terug.",
        help="Zet een reservekopie (van 'vraaghulp data backup') of een JSON-export terug. Elk record wordt "
        "gecontroleerd; wat er al is (zelfde id) wordt overgeslagen, dus dubbel importeren kan geen kwaad.",
    )
    def import_cmd(
        pad: Path = typer.Argument(..., metavar="PAD", help="Het bestand om terug te zetten."),
        proef: bool = typer.Option(False, "--proef", help="Alleen laten zien wat er zou gebeuren; niets opslaan."),
    ) -> None:
        result = import_records(pad, dry_run=proef)
        for line in result.summary(dry_run=proef):
            typer.echo(line)

    app.add_typer(data_app, name="data")


# ----------------------------------------------------------------------------------------
# data pad
# ----------------------------------------------------------------------------------------
def backup_dir() -> Path:
    from vraaghulp.paths import data_dir

    return data_dir() / BACKUP_DIR


def _own_backups(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.glob(f"{BACKUP_PREFIX}*.jsonl") if p.is_file() and not p.is_symlink())
    except OSError:
        return []


def locations() -> dict[str, Any]:
    from vraaghulp.paths import ENV_HOME, data_dir, journal_path, profile_path
    from vraaghulp.store import Journal

    journal = journal_path()
    profile = profile_path()
    backups = backup_dir()
    journal_exists = journal.is_file()
    return {
        "map": str(data_dir()),
        "vraaghulp_home": bool(os.environ.get(ENV_HOME)),
        "logboek": {
            "pad": str(journal),
            "bestaat": journal_exists,
            "regels": Journal(journal).count_lines() if journal_exists else 0,
            "bytes": journal.stat().st_size if journal_exists else 0,
        },
        "profiel": {"pad": str(profile), "bestaat": profile.is_file()},
        "backups": {"pad": str(backups), "aantal": len(_own_backups(backups))},
    }


# ----------------------------------------------------------------------------------------
# data backup
# ----------------------------------------------------------------------------------------
def _dated_name(folder: Path, day: datetime) -> Path:
    base = f"{BACKUP_PREFIX}{day:%Y-%m-%d}"
    candidate = folder / f"{base}.jsonl"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}.jsonl"
        number += 1
    return candidate


def make_backup(target: Path | None = None, *, overwrite: bool = False, now: datetime | None = None) -> Path | None:
    """Copy the journal byte for byte to a dated 0600 file. None when there is nothing to copy."""
    from vraaghulp.errors import StoreError, VraaghulpError, os_error_message
    from vraaghulp.paths import ensure_private_dir
    from vraaghulp.store import Journal, write_private_file

    journal = Journal()
    journal.check_target()  # a directory or a symlink in place of the journal: say so, copy nothing
    if not journal.exists():
        return None
    now = now or datetime.now().astimezone()
    if target is None:
        folder = ensure_private_dir(backup_dir())
        destination = _dated_name(folder, now)
    else:
        target = target.expanduser()
        if target.is_dir():
            destination = _dated_name(target, now)
        else:
            if not target.parent.is_dir():
                raise VraaghulpError(
                    f"De map {target.parent} bestaat niet. Maak hem eerst aan, of kies een andere plek."
                )
            if target.exists() and not overwrite:
                raise VraaghulpError(f"{target} bestaat al. Kies een andere naam, of gebruik --overschrijf.")
            destination = target
    if destination.resolve() == journal.path.resolve():
        raise VraaghulpError("Dat is je logboek zelf. Kies een andere plek voor de reservekopie.")
    with journal.lock():
        try:
            payload = journal.path.read_bytes()
        except OSError as exc:
            raise StoreError(os_error_message(exc, journal.path)) from exc
        write_private_file(destination, payload)
    return destination


# ----------------------------------------------------------------------------------------
# data wis
# ----------------------------------------------------------------------------------------
def wipe_plan() -> list[Path]:
    """Every existing file that `data wis` would remove (only files vraaghulp knows)."""
    from vraaghulp.paths import JOURNAL_NAME, PROFILE_NAME, data_dir, journal_path, profile_path

    folder = data_dir()
    found: list[Path] = []
    for path in (journal_path(), profile_path()):
        if path.is_file() or path.is_symlink():
            found.append(path)
    try:
        for pattern in (f".{JOURNAL_NAME}.*.tmp", f".{PROFILE_NAME}.*.tmp", f"{JOURNAL_NAME}.lock"):
            found.extend(sorted(p for p in folder.glob(pattern) if p.is_file()))
    except OSError:
        pass
    found.extend(_own_backups(backup_dir()))
    return found


def wipe() -> list[Path]:
    """Remove vraaghulp's own files; returns what was removed. Other files stay."""
    from vraaghulp.errors import StoreError, os_error_message
    from vraaghulp.paths import ENV_HOME, data_dir
    from vraaghulp.store import Journal

    journal = Journal()
    removed: list[Path] = []
    plan = wipe_plan()
    if not plan:
        return removed

    planned = set(plan)

    def remove(path: Path) -> None:
        try:
            path.unlink()
            if path in planned:
                removed.append(path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise StoreError(
                os_error_message(exc, path) + f" Al gewist: {len(removed)} bestand(en); de rest staat er nog."
            ) from exc

    lock_name = journal.lock_path.name
    if data_dir().is_dir():
        with journal.lock():  # no other window may write while the journal goes
            for path in plan:
                if path.name != lock_name:
                    remove(path)
    remove(journal.lock_path)  # the lock file itself, once the lock is released
    for folder in (backup_dir(), data_dir()):
        if folder == data_dir() and os.environ.get(ENV_HOME):
            continue  # a folder the user chose stays, even when empty
        try:
            folder.rmdir()  # only succeeds when empty
        except OSError:
            pass
    return removed


def run_wipe(*, confirmed: bool) -> None:
    from vraaghulp.commands._common import console, prompter, require_terminal
    from vraaghulp.errors import Interrupted
    from vraaghulp.paths import data_dir
    from vraaghulp.render import user

    out = console()
    plan = wipe_plan()
    if not plan:
        out.print("Er zijn geen vraaghulp-gegevens om te wissen.")
        return
    if not confirmed:
        require_terminal("data wis", ["--ja"])
        out.print("Dit wordt gewist, en kan niet ongedaan worden gemaakt:", style="bold")
        for path in plan:
            out.print(user(f"  {path}"))
        out.print("Wil je eerst een kopie? Stop dan en gebruik 'vraaghulp data backup ~/ergens'.", style="dim")
        try:
            word = prompter(out).text(f"Typ '{CONFIRM_WORD}' om alles te wissen (iets anders: niets wissen)")
        except KeyboardInterrupt:
            raise Interrupted("\nAfgebroken — er is niets gewist.") from None
        if (word or "").strip().strip("'\"").lower() != CONFIRM_WORD:
            out.print("Niets gewist. Je gegevens staan er nog.")
            return
    removed = wipe()
    out.print(f"Gewist: {len(removed)} {'bestand' if len(removed) == 1 else 'bestanden'}.")
    leftover = _leftover(data_dir())
    if leftover:
        out.print(
            f"In {data_dir()} staan nog {len(leftover)} andere bestand(en) die niet van vraaghulp zijn; "
            "die zijn niet aangeraakt.",
            markup=False,
        )


def _leftover(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir()]
    except OSError:
        return []


# ----------------------------------------------------------------------------------------
# data import
# ----------------------------------------------------------------------------------------
@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self, *, dry_run: bool = False) -> list[str]:
        count = len(self.added)
        lines = [f"{_records(count)} {'zou' if count == 1 else 'zouden'} worden toegevoegd." if dry_run else f"{_records(count)} toegevoegd."]
        if self.duplicates:
            one = self.duplicates == 1
            if dry_run:
                rest = "zou worden overgeslagen" if one else "zouden worden overgeslagen"
            else:
                rest = "is overgeslagen" if one else "zijn overgeslagen"
            lines.append(f"{_records(self.duplicates)} {'stond' if one else 'stonden'} er al (zelfde id) en {rest}.")
        if self.problems:
            one = len(self.problems) == 1
            lines.append(
                f"{_records(len(self.problems))} overgeslagen omdat {'het niet klopte' if one else 'ze niet klopten'}:"
            )
            lines.extend(f"  {problem}" for problem in self.problems[:10])
            if len(self.problems) > 10:
                lines.append(f"  ... en nog {len(self.problems) - 10}.")
        if dry_run:
            lines.append("Dit was een proef: er is niets opgeslagen.")
        return lines


def _records(count: int) -> str:
    return f"{count} {'record' if count == 1 else 'records'}"


def _reason(exc: Exception) -> str:
    from vraaghulp.models import KINDS

    errors = getattr(exc, "errors", None)
    if callable(errors):
        try:
            first = errors()[0]
            loc = [str(part) for part in first.get("loc", ())]
            if loc and loc[0] in KINDS:
                loc = loc[1:]
            where = ".".join(loc)
            if first.get("type") == "union_tag_invalid":
                return "onbekende soort record"
            if first.get("type") == "union_tag_not_found":
                return "het veld 'soort' ontbreekt"
            if not where:
                return "ongeldige waarde"
            if first.get("type") == "missing":
                return f"het veld '{where}' ontbreekt"
            return f"het veld '{where}' is ongeldig"
        except Exception:  # noqa: BLE001
            pass
    if exc.__class__.__name__ == "NewerVersionError":
        return "komt uit een nieuwere versie van vraaghulp"
    return str(exc) or "ongeldige inhoud"


def read_import(path: Path) -> tuple[list[tuple[str, Any]], list[str]]:
    """Read a backup (JSON Lines) or an export ({"versie": 1, "items": [...]}).

    Returns ([(where, decoded value)], [problems]). Raises VraaghulpError when the file
    cannot be used at all.
    """
    import json

    from vraaghulp.errors import VraaghulpError, os_error_message

    path = path.expanduser()
    if path.is_dir():
        raise VraaghulpError(f"{path} is een map. Geef het bestand van de reservekopie of export.")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise VraaghulpError(
            f"{path} is geen tekstbestand in UTF-8. Kies een reservekopie (.jsonl) of een JSON-export van vraaghulp."
        ) from None
    except OSError as exc:
        raise VraaghulpError(os_error_message(exc, path)) from exc
    stripped = text.strip()
    if not stripped:
        raise VraaghulpError(f"{path} is leeg; er is niets om terug te zetten.")
    whole: Any = None
    if stripped[0] in "[{":
        try:
            whole = json.loads(stripped)
        except ValueError:
            whole = None
    if isinstance(whole, dict) and "items" in whole:
        version = whole.get("versie", 1)
        if isinstance(version, int) and version > 1:
            raise VraaghulpError(
                f"{path} komt uit een nieuwere versie van vraaghulp (versie {version}). Werk vraaghulp bij en probeer het opnieuw."
            )
        items = whole["items"]
        if not isinstance(items, list):
            raise VraaghulpError(f"In {path} is 'items' geen lijst. Kies een export van 'vraaghulp export --json' of een back-up.")
        return [(f"item {index}", item) for index, item in enumerate(items, start=1)], []
    if isinstance(whole, list):
        return [(f"item {index}", item) for index, item in enumerate(whole, start=1)], []
    if isinstance(whole, dict):
        return [("regel 1", whole)], []
    values: list[tuple[str, Any]] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            values.append((f"regel {number}", json.loads(line)))
        except ValueError:
            problems.append(f"regel {number}: geen geldige JSON (misschien half geschreven).")
    if not values and problems:
        raise VraaghulpError(
            f"{path} bevat geen bruikbare records. Kies een reservekopie (.jsonl) of een JSON-export van vraaghulp."
        )
    return values, problems


def import_records(path: Path, *, dry_run: bool = False) -> ImportResult:
    """Validate every record in `path` and append the new ones in one atomic step."""
    from vraaghulp.errors import VraaghulpError
    from vraaghulp.models import dump_record, parse_record
    from vraaghulp.store import Journal, decode_line

    values, problems = read_import(path)
    result = ImportResult(problems=list(problems))
    records = []
    for where, value in values:
        try:
            records.append(parse_record(value))
        except Exception as exc:  # noqa: BLE001 - pydantic, migration or shape errors
            result.problems.append(f"{where}: {_reason(exc)}.")
    if not records:
        raise VraaghulpError(
            f"In {path} staat geen enkel geldig record; er is niets veranderd."
            + (f" Eerste probleem: {result.problems[0]}" if result.problems else "")
        )

    def transform(lines: list[bytes]) -> list[bytes]:
        known: set[str] = set()
        for raw in lines:
            try:
                known.add(decode_line(raw)["id"])
            except ValueError:
                continue
        new_lines = []
        for record in records:
            if record.id in known:
                result.duplicates += 1
                continue
            known.add(record.id)
            result.added.append(record.id)
            new_lines.append(dump_record(record).encode("utf-8"))
        return lines + new_lines

    journal = Journal()
    if dry_run:
        transform([raw for _number, raw in journal.iter_raw()])
        return result
    journal.rewrite(transform)
    return result
