"""The seven-step conversation (`vraaghulp gesprek`), written against a Prompter.

Two people take part: the one who finds asking hard (the "asker", `{vrager}` in the texts)
and someone close (the "other", `{naaste}`). Two modes: "samen" (the two of them at one
screen) and "hulpverlener" (a counsellor leads). All texts live in content/nl/gesprek.toml.

Order: set-up (names, relation), then steps `start`..7: guidance, a silence in the steps
that have one, an optional note. After step 6 comes the deflection check; step 7 shows
the mirroring texts when there was a deflection, a short acknowledgement when not.
In "samen" mode the conversation first says it is for someone you feel safe with (and may
end there); in "hulpverlener" mode the opening move comes after the names, before step 1.
The record is saved at the end; on Ctrl-C the command offers to save what is there, and
`resume` goes on with such a record later (the same record is then updated, not added).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from vraaghulp.errors import UsageError
from vraaghulp.guides.gesprek import MAX_NAME, STEP_COUNT, GesprekContent, fill
from vraaghulp.messages import t
from vraaghulp.models import Conversation

DEFLECTION_AFTER = 6


def check_export_target(path: Path, overwrite: bool) -> Path:
    """Before the conversation starts: make sure the export can be written afterwards."""
    from vraaghulp.store.files import check_output

    return check_output(path, overwrite=overwrite, example="gesprek.md", key="gesprek.export_doel", error=UsageError)


def export_markdown(record: Conversation, path: Path, overwrite: bool) -> None:
    from vraaghulp.store.files import write_private_file
    from vraaghulp.views.gesprek import document

    write_private_file(path, document(record).encode("utf-8"), overwrite=overwrite)


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
    resumed_at: int | None = None  # the last step done before this run went on with a saved record
    deflection_asked: bool = False

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
            raise UsageError(t("gesprek.namen_nodig"))
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
        question = t("gesprek.voornaam", maximum=MAX_NAME, vraag=question)


def _say(ctx: GesprekContext, renderable: Any = "", **kwargs: Any) -> None:
    if not ctx.quiet:
        ctx.console.print(renderable, **kwargs)


def show_intro(ctx: GesprekContext) -> None:
    from vraaghulp.render.gesprek import intro_view

    _say(ctx, intro_view(ctx.guide, ctx.mode))


def feels_safe(ctx: GesprekContext) -> bool:
    """In "samen" mode, first: this is for someone you feel safe with. False: the user stops here."""
    from vraaghulp.render.gesprek import safety_view

    if ctx.mode == "hulpverlener":
        return True
    _say(ctx, safety_view(ctx.guide))
    if not ctx.interactive:
        return True
    g = ctx.guide.general
    answer = ctx.prompter.choice(t("gesprek.veilig_vraag"), [("verder", g.safe_go_on), ("stoppen", g.safe_stop)],
                                 default="verder")
    if answer == "stoppen":
        _say(ctx)
        _say(ctx, g.safe_stopped, markup=False)
        return False
    return True


def show_opening(ctx: GesprekContext) -> None:
    """Counsellor mode, after the names and before step 1: the opening move."""
    from vraaghulp.render.gesprek import opening_view

    _say(ctx)
    _say(ctx, opening_view(ctx.guide, *ctx.record.names))


def resume(ctx: GesprekContext, record: Conversation) -> int:
    """Go on with a saved, unfinished record: its mode and names. Returns the next step."""
    from vraaghulp.views.gesprek import summary

    ctx.record, ctx.started, ctx.resumed_at = record, ctx.now(), record.last_step
    _say(ctx, t("gesprek.verder.met", gesprek=summary(record), id=record.id, stap=record.last_step + 1),
         markup=False, style="bold")
    return record.last_step + 1


def ask_deflection(ctx: GesprekContext) -> bool | None:
    ctx.deflection_asked = True
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


def run_step(ctx: GesprekContext, number: int) -> None:
    """One step: guidance, the silence if it has one, a note. Updates ctx.record."""
    from vraaghulp.render.gesprek import silence_note, step_view

    record = ctx.record
    asker, other = record.names
    step = ctx.guide.step(number)
    if number == STEP_COUNT and record.deflected is None and not ctx.deflection_asked:
        # Started (or went on) at step 7, so the check was never asked: ask it now, the texts depend on it.
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
    resumed: Conversation | None = None,
) -> Conversation | None:
    """The whole conversation from step `start` (or on from a saved record). Returns the
    finished (unsaved) record, or None when the user chose not to have it now."""
    if not 1 <= start <= STEP_COUNT:
        raise UsageError(t("algemeen.schaal", naam="--stap", laag=1, hoog=STEP_COUNT, waarde=start))
    show_intro(ctx)
    if not feels_safe(ctx):
        return None
    if resumed is not None:
        start = resume(ctx, resumed)
    else:
        asker, other, relation = set_up(ctx, names, relation)
        new_conversation(ctx, asker, other, relation, start)
        if ctx.mode == "hulpverlener" and start == 1:
            show_opening(ctx)
    for number in range(start, STEP_COUNT + 1):
        run_step(ctx, number)
    ctx.record.finished = True
    return ctx.record


def show_summary(ctx: GesprekContext, record: Conversation) -> None:
    from vraaghulp.render.gesprek import closing_view, summary_view

    _say(ctx)
    _say(ctx, summary_view(record, ctx.guide))
    _say(ctx, closing_view(ctx.guide, record))


def save(journal, record: Conversation, ctx: GesprekContext | None = None) -> Conversation:
    """A new record is appended. A resumed one adds what this session did (its steps' notes,
    how far it got) to the stored record as it is now, inside the lock: a change made
    meanwhile (`log bewerk`, another device) is kept, never overwritten."""
    if ctx is not None and ctx.resumed_at is not None:
        return journal.update(record.id, lambda stored: resumed_onto(stored, record, ctx.resumed_at))
    journal.append(record)
    return record


def resumed_onto(stored: Conversation, session: Conversation, resumed_at: int) -> Conversation:
    """The stored conversation with the steps after `resumed_at` that `session` did."""
    notes = dict(stored.notes)
    notes.update({key: text for key, text in session.notes.items() if not key.isdecimal() or int(key) > resumed_at})
    deflected = session.deflected if session.deflected is not None else stored.deflected
    return stored.model_copy(update={"notes": notes, "last_step": max(stored.last_step, session.last_step),
                                     "finished": stored.finished or session.finished, "deflected": deflected})


def offer_save_after_interrupt(ctx: GesprekContext, journal) -> Conversation | None:
    """After Ctrl-C: offer to keep what is there. A 'no' or a second Ctrl-C keeps nothing.

    Only asked when at least one step was finished and there is a terminal to ask on.
    """
    record = ctx.record
    if record is not None and ctx.resumed_at is not None and record.last_step == ctx.resumed_at:
        return record  # went on, but no new step was done: the stored record is as it was
    if record is None or not ctx.interactive or record.last_step < record.first_step:
        return None
    ctx.console.print()
    try:
        keep = ctx.prompter.confirm(
            t("gesprek.bewaren_na_stop", stap=record.last_step), default=True
        )
    except KeyboardInterrupt:
        return None
    if not keep:
        return None
    record.finished = False
    return save(journal, record, ctx)


def interrupted_message(saved: Conversation | None, exported: Path | None = None) -> str:
    if saved is None:
        return t("algemeen.afgebroken")
    rest = t("gesprek.rest_niet_gedaan", volgende=saved.last_step + 1, aantal=STEP_COUNT, id=saved.id) if saved.last_step < STEP_COUNT else ""
    extra = t("gesprek.ook_in", pad=exported) if exported else ""
    return t("gesprek.afgebroken_opgeslagen", stap=saved.last_step, id=saved.id, extra=extra, rest=rest)
