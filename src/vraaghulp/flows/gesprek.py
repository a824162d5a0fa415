"""The seven-step conversation (`vraaghulp gesprek`), written against a Prompter.

Two people take part: the one who finds asking hard (the "asker", `{vrager}` in the texts)
and someone close (the "other", `{naaste}`). Two modes: "samen" (the two of them at one
screen) and "hulpverlener" (a counsellor leads). All texts live in content/nl/gesprek.toml.

Order: set-up (names, relation), then steps `start`..7: guidance, a silence in the steps
that have one, an optional note. After step 6 comes the deflection check; step 7 shows
the mirroring texts when there was a deflection, a short acknowledgement when not.
The record is saved at the end; on Ctrl-C the command offers to save what is there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, model_validator

from vraaghulp.errors import UsageError, VraaghulpError
from vraaghulp.models import Conversation

STEP_COUNT = 7
DEFLECTION_AFTER = 6
MODES = ("samen", "hulpverlener")
MAX_NAME = 40


# ----------------------------------------------------------------------------------------
# Content
# ----------------------------------------------------------------------------------------
class Guide(BaseModel):
    """The texts of one step in one mode."""

    who: str = Field(alias="wie", min_length=1)
    what: str = Field(alias="wat", min_length=1)
    say: list[str] = Field(default_factory=list, alias="zeg")
    watch: str | None = Field(default=None, alias="let_op")
    tip: str | None = None
    tips_by_relation: dict[str, str] = Field(default_factory=dict, alias="tip_per_relatie")
    note: str = Field(default="Wil je iets opschrijven bij deze stap?", alias="notitie")


class Step(BaseModel):
    number: int = Field(alias="nummer", ge=1, le=STEP_COUNT)
    title: str = Field(alias="titel", min_length=1)
    silence: bool = Field(default=False, alias="stilte")
    together: Guide = Field(alias="samen")
    counsellor: Guide = Field(alias="hulpverlener")
    together_deflected: Guide | None = Field(default=None, alias="samen_afgeleid")
    counsellor_deflected: Guide | None = Field(default=None, alias="hulpverlener_afgeleid")

    def guide(self, mode: str, deflected: bool | None = None) -> Guide:
        if mode == "hulpverlener":
            return (self.counsellor_deflected if deflected and self.counsellor_deflected else self.counsellor)
        return self.together_deflected if deflected and self.together_deflected else self.together


class General(BaseModel):
    title: str = Field(alias="titel")
    intro_together: str = Field(alias="intro_samen")
    intro_counsellor: str = Field(alias="intro_hulpverlener")
    not_therapy: str = Field(alias="stoppen")
    counsellor_hint: str = Field(alias="tip_hulpverlener")
    ask_asker_together: str = Field(alias="vraag_vrager_samen")
    ask_other_together: str = Field(alias="vraag_naaste_samen")
    ask_asker_counsellor: str = Field(alias="vraag_vrager_hulpverlener")
    ask_other_counsellor: str = Field(alias="vraag_naaste_hulpverlener")
    ask_relation: str = Field(alias="vraag_relatie")
    ask_relation_other: str = Field(alias="vraag_relatie_anders")
    say_label_together: str = Field(alias="zeg_label_samen")
    say_label_counsellor: str = Field(alias="zeg_label_hulpverlener")
    watch_label: str = Field(alias="let_op_label")
    tip_label: str = Field(alias="tip_label")
    summary_title: str = Field(alias="samenvatting_titel")
    no_notes: str = Field(alias="geen_notities")
    closing_together: str = Field(alias="afsluiting_samen")
    closing_counsellor: str = Field(alias="afsluiting_hulpverlener")


class SilenceTexts(BaseModel):
    start: str
    running: str = Field(alias="bezig")
    key: str = Field(alias="toets")
    done: str = Field(alias="klaar")
    early: str = Field(alias="vroeg")


class DeflectionTexts(BaseModel):
    ask_together: str = Field(alias="vraag_samen")
    ask_counsellor: str = Field(alias="vraag_hulpverlener")
    yes_together: str = Field(alias="ja_samen")
    no_together: str = Field(alias="nee_samen")
    yes_counsellor: str = Field(alias="ja_hulpverlener")
    no_counsellor: str = Field(alias="nee_hulpverlener")


class Relation(BaseModel):
    key: str = Field(alias="sleutel", min_length=1)
    name: str = Field(alias="naam", min_length=1)


class GesprekContent(BaseModel):
    general: General = Field(alias="algemeen")
    silence: SilenceTexts = Field(alias="stilte")
    deflection: DeflectionTexts = Field(alias="afleiding")
    relations: list[Relation] = Field(alias="relatie", min_length=1)
    steps: list[Step] = Field(alias="stap")

    @model_validator(mode="after")
    def _seven_steps(self) -> GesprekContent:
        numbers = [step.number for step in self.steps]
        if numbers != list(range(1, STEP_COUNT + 1)):
            raise ValueError(f"er moeten precies {STEP_COUNT} stappen zijn, genummerd 1 tot en met {STEP_COUNT}, in volgorde")
        return self

    def step(self, number: int) -> Step:
        return self.steps[number - 1]

    def relation_key(self, relation: str | None) -> str | None:
        """The content key for a stored relation (free text maps to None)."""
        if relation is None:
            return None
        wanted = relation.strip().casefold()
        for item in self.relations:
            if wanted in (item.key.casefold(), item.name.casefold()):
                return item.key
        return None

    def relation_name(self, relation: str | None) -> str | None:
        key = self.relation_key(relation)
        for item in self.relations:
            if item.key == key:
                return item.name.lower() if key != "anders" else relation
        return relation


def load_guide() -> GesprekContent:
    from vraaghulp.content import load

    return load("gesprek", GesprekContent)


def fill(template: str | None, asker: str, other: str) -> str:
    """Put the names into a text. Only the two known placeholders are replaced."""
    from vraaghulp.render import one_line

    if not template:
        return ""
    return template.replace("{vrager}", one_line(asker, MAX_NAME)).replace("{naaste}", one_line(other, MAX_NAME))


# ----------------------------------------------------------------------------------------
# Options given on the command line
# ----------------------------------------------------------------------------------------
def parse_names(value: str) -> tuple[str, str]:
    """'Anna,Bram' -> ('Anna', 'Bram'): the asker first, then the other."""
    parts = [part.strip() for part in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise UsageError(
            "--namen verwacht twee namen met een komma ertussen: eerst wie het moeilijk vindt om "
            "te vragen, dan de ander. Bijvoorbeeld: --namen \"Anna,Bram\"."
        )
    for part in parts:
        if len(part) > MAX_NAME:
            raise UsageError(f"Een naam bij --namen mag hooguit {MAX_NAME} tekens zijn. Een voornaam is genoeg.")
    return parts[0], parts[1]


_NOTE_LINE = re.compile(r"^\s*([0-9]+)\s*[:.)]\s?(.*)$")


def parse_notes(text: str, source: str = "het notitiebestand") -> dict[int, str]:
    """Notes in the simple format of --notities-bestand.

    One note per step, the step number first: `3: we waren lang stil`. A line without a
    number continues the note above it. Empty lines and lines starting with # are skipped.
    """
    notes: dict[int, list[str]] = {}
    current: int | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _NOTE_LINE.match(line)
        if match:
            step = int(match.group(1))
            if not 1 <= step <= STEP_COUNT:
                raise UsageError(
                    f"{source}, regel {number}: stap {step} bestaat niet; de stappen lopen van 1 tot en met "
                    f"{STEP_COUNT}. Zie 'vraaghulp gesprek --help' voor de opmaak."
                )
            if step in notes:
                raise UsageError(f"{source}, regel {number}: stap {step} staat er twee keer in. Zet alles bij één stap.")
            current = step
            notes[step] = [match.group(2).strip()] if match.group(2).strip() else []
            continue
        if current is None:
            raise UsageError(
                f"{source}, regel {number}: een notitie begint met het nummer van de stap, "
                "bijvoorbeeld '2: het raakte me'. Zie 'vraaghulp gesprek --help'."
            )
        notes[current].append(line.strip())
    return {step: "\n".join(lines) for step, lines in notes.items() if lines}


def read_notes(path: str, stdin=None) -> dict[int, str]:
    """Read --notities-bestand (`-` for standard input)."""
    import sys

    from vraaghulp.errors import os_error_message

    if path == "-":
        stream = stdin if stdin is not None else sys.stdin
        return parse_notes(stream.read(), "de notities van standaardinvoer")
    file = Path(path).expanduser()
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise VraaghulpError(f"{file} is geen UTF-8-tekst. Sla het bestand op als UTF-8 en probeer het opnieuw.") from None
    except OSError as exc:
        raise VraaghulpError(os_error_message(exc, file)) from None
    return parse_notes(text, str(file))


def check_export_target(path: Path, overwrite: bool) -> None:
    """Before the conversation starts: make sure the export can be written afterwards."""
    if path.is_dir():
        raise UsageError(f"{path} is een map. Geef bij --export een bestandsnaam, bijvoorbeeld {path / 'gesprek.md'}.")
    if path.exists() and not overwrite:
        raise UsageError(f"{path} bestaat al. Kies een ander pad, of voeg --overschrijf toe.")
    if not path.parent.is_dir():
        raise UsageError(f"De map {path.parent} bestaat niet. Maak hem eerst aan, of kies een ander pad bij --export.")


def export_markdown(record: Conversation, path: Path, overwrite: bool) -> None:
    from vraaghulp.render.gesprek import conversation_markdown
    from vraaghulp.store import write_private_file

    write_private_file(path, conversation_markdown(record).encode("utf-8"), overwrite=overwrite)


# ----------------------------------------------------------------------------------------
# The conversation
# ----------------------------------------------------------------------------------------
@dataclass
class GesprekContext:
    """Everything the flow needs. `silence(seconds)` runs one silence; tests pass a fake."""

    console: Any
    guide: GesprekContent
    mode: str = "samen"
    prompter: Any = None  # None: not interactive (notes come from `given_notes`)
    silence: Callable[[int], Any] | None = None
    silence_seconds: int = 60
    now: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())
    given_notes: dict[int, str] = field(default_factory=dict)
    given_deflected: bool | None = None
    quiet: bool = False  # --json: no guidance on screen
    record: Conversation | None = None
    started: datetime | None = None

    @property
    def interactive(self) -> bool:
        return self.prompter is not None


def new_conversation(ctx: GesprekContext, asker: str, other: str, relation: str | None, first_step: int) -> Conversation:
    from vraaghulp.store import new_id

    ctx.started = ctx.now()
    ctx.record = Conversation(
        id=new_id(),
        created=ctx.started,
        mode=ctx.mode,
        names=[asker, other],
        relation=relation,
        first_step=first_step,
        last_step=max(0, first_step - 1),
    )
    return ctx.record


def set_up(ctx: GesprekContext, names: tuple[str, str] | None, relation: str | None) -> tuple[str, str, str | None]:
    """Ask whatever of the names and relation was not given as an option."""
    g = ctx.guide.general
    p = ctx.prompter
    if names is None:
        if p is None:
            raise UsageError("Geef de namen mee met --namen \"A,B\".")
        counsellor = ctx.mode == "hulpverlener"
        asker = _ask_name(p, g.ask_asker_counsellor if counsellor else g.ask_asker_together)
        other = _ask_name(p, g.ask_other_counsellor if counsellor else g.ask_other_together)
        names = (asker, other)
    if relation is None and p is not None:
        options = [(item.key, item.name) for item in ctx.guide.relations]
        relation = p.choice(fill(g.ask_relation, *names), options, default=options[0][0])
        if relation == "anders":
            own = p.text(g.ask_relation_other, optional=True)
            relation = own.strip()[:60] if own else "anders"
    return names[0], names[1], relation


def _ask_name(p, question: str) -> str:
    while True:
        name = (p.text(question) or "").strip()
        if name and "," not in name and len(name) <= MAX_NAME:
            return name
        question = f"Een voornaam is genoeg (hooguit {MAX_NAME} tekens, zonder komma). {question}"


def _say(ctx: GesprekContext, renderable: Any = "", **kwargs: Any) -> None:
    if not ctx.quiet:
        ctx.console.print(renderable, **kwargs)


def show_intro(ctx: GesprekContext) -> None:
    from vraaghulp.render.gesprek import intro_view

    _say(ctx, intro_view(ctx.guide, ctx.mode))


def ask_deflection(ctx: GesprekContext) -> bool | None:
    record = ctx.record
    asker, other = record.names
    if not ctx.interactive:
        return ctx.given_deflected
    texts = ctx.guide.deflection
    if ctx.mode == "hulpverlener":
        question, yes, no = texts.ask_counsellor, texts.yes_counsellor, texts.no_counsellor
    else:
        question, yes, no = texts.ask_together, texts.yes_together, texts.no_together
    return bool(ctx.prompter.choice(fill(question, asker, other), [(True, yes), (False, no)], default=False))


def start_after_check(record: Conversation) -> bool:
    """True when the conversation began after the deflection check (so it was never asked)."""
    return record.first_step > DEFLECTION_AFTER


def run_step(ctx: GesprekContext, number: int) -> None:
    """One step: guidance, the silence if it has one, a note. Updates ctx.record."""
    from vraaghulp.render.gesprek import silence_note, step_view

    record = ctx.record
    asker, other = record.names
    step = ctx.guide.step(number)
    if number == STEP_COUNT and start_after_check(record) and record.deflected is None:
        # Started at step 7 (or the check was skipped): ask it now, the texts depend on it.
        record.deflected = ask_deflection(ctx)
    guide = step.guide(ctx.mode, record.deflected)
    _say(ctx)
    _say(ctx, step_view(ctx.guide, step, guide, ctx.mode, asker, other, record.relation))
    if step.silence and ctx.silence_seconds > 0 and ctx.silence is not None:
        ended_early = ctx.silence(ctx.silence_seconds)
        _say(ctx, silence_note(ctx.guide, bool(ended_early)), style="dim")
    if ctx.interactive:
        note = ctx.prompter.text(fill(guide.note, asker, other), optional=True)
    else:
        note = ctx.given_notes.get(number)
    notes = dict(record.notes)
    if note and note.strip():
        notes[str(number)] = note.strip()
    record.notes = notes
    record.last_step = number
    if number == DEFLECTION_AFTER:
        record.deflected = ask_deflection(ctx)


def run_conversation(
    ctx: GesprekContext,
    *,
    names: tuple[str, str] | None = None,
    relation: str | None = None,
    start: int = 1,
) -> Conversation:
    """The whole conversation from step `start`. Returns the finished (unsaved) record."""
    if not 1 <= start <= STEP_COUNT:
        raise UsageError(f"--stap moet een getal van 1 tot en met {STEP_COUNT} zijn (je gaf {start}).")
    show_intro(ctx)
    asker, other, relation = set_up(ctx, names, relation)
    new_conversation(ctx, asker, other, relation, start)
    for number in range(start, STEP_COUNT + 1):
        run_step(ctx, number)
    ctx.record.finished = True
    return ctx.record


def show_summary(ctx: GesprekContext, record: Conversation) -> None:
    from vraaghulp.render.gesprek import closing_view, summary_view

    _say(ctx)
    _say(ctx, summary_view(record, ctx.guide))
    _say(ctx, closing_view(ctx.guide, record))


def save(journal, record: Conversation) -> Conversation:
    journal.append(record)
    return record


def offer_save_after_interrupt(ctx: GesprekContext, journal) -> Conversation | None:
    """After Ctrl-C: offer to keep what is there. A 'no' or a second Ctrl-C keeps nothing.

    Only asked when at least one step was finished and there is a terminal to ask on.
    """
    record = ctx.record
    if record is None or not ctx.interactive or record.last_step < record.first_step:
        return None
    ctx.console.print()
    try:
        keep = ctx.prompter.confirm(
            f"Jullie stopten na stap {record.last_step}. Wil je bewaren wat er tot nu toe is?", default=True
        )
    except KeyboardInterrupt:
        return None
    if not keep:
        return None
    record.finished = False
    return save(journal, record)


def interrupted_message(saved: Conversation | None, exported: Path | None = None) -> str:
    if saved is None:
        return "\nAfgebroken — niets opgeslagen."
    rest = (
        f" Stap {saved.last_step + 1} tot en met {STEP_COUNT} zijn niet gedaan; verder gaan kan met "
        f"'vraaghulp gesprek --stap {saved.last_step + 1}'."
        if saved.last_step < STEP_COUNT
        else ""
    )
    extra = f" De notities staan ook in {exported}." if exported else ""
    return (
        f"\nAfgebroken. Opgeslagen: het gesprek tot en met stap {saved.last_step} ({saved.id}).{extra}{rest}"
    )
