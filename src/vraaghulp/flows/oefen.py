"""The daily practice conversation (`vraaghulp oefen`), written against a Prompter.

Order: open asks first, today's too (record what happened, or leave them open), a check-in,
today's ask from the ladder, composing it into one sentence (offered for the clipboard), a
prediction, and saving it as an open experiment. Each step that saves does so at once, so
Ctrl-C loses only the current step.

Up to the first question only plain dicts are read (no pydantic), so the question shows
quickly; the records and the ladder are validated while the person answers it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from vraaghulp.coach.dates import parse_datetime
from vraaghulp.coach.ladder import Suggestion, choose_level, todays_example
from vraaghulp.errors import VraaghulpError
from vraaghulp.light.text import dutch_date, one_line
from vraaghulp.messages import lookup, t, tn
from vraaghulp.render import user
from vraaghulp.store import Journal

TYPE_CHECKING = False
if TYPE_CHECKING:
    from vraaghulp.guides.ladder import Example, Ladder

NEW_PERSON = "__nieuw__"


@dataclass
class OefenContext:
    prompter: Any
    console: Any
    journal: Journal
    ladder: Ladder | None = None  # loaded after the first question when not given
    now: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())
    partner: str | None = None
    saved: list[str] = field(default_factory=list)
    waiting_today: list[str] = field(default_factory=list)  # today's asks the person has not asked yet
    explained: set[str] = field(default_factory=set)  # krimp remarks explained in full this run


def _say(ctx: OefenContext, key: str, style: str = "", **params) -> None:
    ctx.console.print(t(f"oefen.{key}", **params), style=style or None, markup=False)


def compose_sentence(person: str, what: str, moment: str | None, opening: str | None = None) -> str:
    """One sentence ready to copy, made by the shrink engine; an opening goes in front."""
    return composed_sentence(person, what, moment, opening)[0]


def composed_sentence(person: str, what: str, moment: str | None, opening: str | None = None) -> tuple[str, bool, list]:
    """(the sentence, whether the engine is sure of it, its findings): the same engine and
    checks as krimp."""
    from vraaghulp.coach.krimp import composed

    result = composed(person, what, moment)
    sentence = result.sentence
    if opening:
        prefix = f"{person}, "
        body = sentence[len(prefix):] if sentence.startswith(prefix) else sentence
        sentence = f"{prefix}{opening.rstrip('.:, ')}: {body[:1].lower()}{body[1:]}"
    return sentence, result.sure or result.crisis, list(result.findings)


# ----------------------------------------------------------------------------------------
# Step 1: open asks, today's too
# ----------------------------------------------------------------------------------------
def options(key: str) -> list[tuple[str, str]]:
    """The choices of a question (`uitkomsten`, `vergelijkingen`, `gevraagd`, `voorstel`) as (value, label)."""
    return list((lookup(f"oefen.keuzes.{key}") or {}).items())


class OpenAsk:
    """What the review shows of an open ask, straight from the stored dict."""

    __slots__ = ("id", "person", "text", "created", "fear_before", "chance", "expectation")

    def __init__(self, data: dict) -> None:
        self.id, self.person, self.text = data["id"], data.get("wie", ""), data.get("vraag", "")
        self.created = parse_datetime(data.get("gemaakt"))
        self.fear_before, self.chance = data.get("angst_voor"), data.get("kans")
        self.expectation = data.get("verwachting")


def open_asks(dicts: list[dict], today) -> list[OpenAsk]:
    """Every open ask made up to today (today's too), from the stored dicts (the records are
    checked when changed)."""
    from vraaghulp.light.listing import row_problem

    found = []
    for data in dicts:
        created = parse_datetime(data.get("gemaakt"))
        if (data.get("soort") == "vraag" and data.get("status", "open") == "open" and created
                and created.date() <= today and row_problem(data) is None):
            found.append(OpenAsk(data))
    return found


def _set_aside(ctx: OefenContext, ask):
    from vraaghulp.flows.experiment import set_aside_ask

    why = ctx.prompter.text(t("oefen.vraag.tegenhield"), optional=True)
    updated = ctx.journal.update(ask.id, lambda current: set_aside_ask(current, learned=why, when=ctx.now()))
    ctx.saved.append(t("oefen.opgeslagen_afgezien", id=ask.id))
    _say(ctx, "afgezien_genoteerd", "green")
    return updated


def _record_outcome(ctx: OefenContext, ask):
    from vraaghulp.flows.experiment import close_ask
    from vraaghulp.views.ask import feedback

    p = ctx.prompter
    outcome = p.choice(t("oefen.vraag.wat_gebeurde"), options("uitkomsten"), default="ja")
    show_prediction(ctx, ask)
    comparison = p.choice(t("oefen.vraag.vergeleken"), options("vergelijkingen"), default="beter")
    fear_after = p.scale(t("oefen.vraag.angst_nu"), 0, 10)
    learned = p.text(t("oefen.vraag.geleerd"), optional=True)
    updated = ctx.journal.update(ask.id, lambda current: close_ask(
        current, outcome=outcome, fear_after=fear_after, comparison=comparison, learned=learned, when=ctx.now()))
    ctx.saved.append(t("oefen.opgeslagen_uitkomst", id=ask.id))
    ctx.console.print(feedback(updated), style="green", markup=False)
    return updated


def show_prediction(ctx: OefenContext, ask) -> None:
    """What the person predicted before asking, right above the comparison question."""
    ctx.console.print("\n" + t("oefen.je_voorspelde"), style="bold", markup=False)
    if ask.expectation and ask.expectation.strip():
        ctx.console.print(user(t("oefen.voorspeld_woorden", tekst=one_line(ask.expectation, 200))))
    _say(ctx, "voorspeld_cijfers", angst=ask.fear_before, kans=ask.chance)


def _made_today(ask, today) -> bool:
    return ask.created is not None and ask.created.date() == today


def review_open_asks(ctx: OefenContext, asks: list) -> int:
    """Ask about each open experiment (records or `OpenAsk`s); returns how many were closed."""
    out = ctx.console
    if not asks:
        return 0

    today = ctx.now().date()
    out.print("\n" + tn("oefen.terugkijken", len(asks)), style="bold", markup=False)
    closed = 0
    for ask in asks:
        fresh = _made_today(ask, today)
        out.print()
        out.print(user(t("oefen.open_vraag", wie=ask.person, vraag=one_line(ask.text, 200))))
        if fresh:
            _say(ctx, "bedacht_vandaag", "dim")
        else:
            _say(ctx, "bedacht", "dim", datum=dutch_date(ask.created))
        question = t("oefen.vraag.al_gevraagd" if fresh else "oefen.vraag.gevraagd")
        done = ctx.prompter.choice(question, options("gevraagd"), default="nog-niet" if fresh else "gedaan")
        if done == "nog-niet":
            if fresh:
                ctx.waiting_today.append(ask.id)
            _say(ctx, "blijft_open_vandaag" if fresh else "blijft_open", "dim")
            continue
        try:
            updated = _set_aside(ctx, ask) if done == "afgezien" else _record_outcome(ctx, ask)
        except VraaghulpError as exc:  # closed meanwhile in another window: that outcome stays
            ctx.console.print(exc.message, style="yellow", markup=False)
            continue
        closed += 1
        if updated is not None and updated.script_id:
            from vraaghulp.flows.script import offer_rerating

            offer_rerating(ctx, updated)
    return closed


# ----------------------------------------------------------------------------------------
# Step 2: check-in
# ----------------------------------------------------------------------------------------
def check_in(ctx: OefenContext) -> int | None:
    fullness = ctx.prompter.scale(t("oefen.vraag.vol"), 0, 10, optional=True)
    if fullness is not None and fullness >= 7:
        _say(ctx, "veel", "yellow")
    return fullness


# ----------------------------------------------------------------------------------------
# Step 3-5: today's ask
# ----------------------------------------------------------------------------------------
def known_people(records: list[Any], partner: str | None) -> list[str]:
    seen: dict[str, str] = {}
    if partner:
        seen[partner.casefold()] = partner
    for record in reversed(records):
        if record.kind == "vraag" and record.person.strip():
            seen.setdefault(record.person.strip().casefold(), record.person.strip())
    return list(seen.values())[:12]


def choose_todays_ask(ctx: OefenContext, suggestion: Suggestion, asks: list[Any] = ()) -> tuple[Example, int]:
    """Show today's suggestion; the user takes it, asks another, or writes their own.

    An example taken in the last three weeks (one of `asks`) waits while others are left.
    """
    from vraaghulp.flows.maatje import partner_hint

    level = ctx.ladder.level(suggestion.level)
    ctx.console.print("\n" + t("oefen.niveau", nummer=level.number, naam=level.name), style="bold", markup=False)
    _say(ctx, "waarom", "dim", reden=suggestion.reason)
    if ctx.partner:  # the practice partner knows you are practising: a safe first person to ask
        ctx.console.print(user(partner_hint(ctx.partner)), style="dim")
    today = ctx.now().date()
    offset = 0
    seen: set[int] = set()
    while True:
        index = todays_example(level.examples, asks, today, offset, level.number)
        example = level.examples[index]
        seen.add(index)
        ctx.console.print()
        opening = f"{example.opening}: " if example.opening else ""
        moment = f" ({example.moment})" if example.moment else ""
        _say(ctx, "oefenvraag", vraag=f"{opening}{example.what}{moment}")
        action = ctx.prompter.choice(t("oefen.vraag.wat_doen"), options("voorstel"), default="neem")
        if action == "neem":
            return example, level.number
        if action == "eigen":
            from vraaghulp.guides.ladder import Example

            return Example(wat="-"), level.number
        offset += 1
        if len(seen) >= len(level.examples):
            _say(ctx, "allemaal_gezien", "dim")
            seen.clear()


def _person(p, people: list[str]) -> str:
    if people:
        person = p.choice(t("oefen.vraag.aan_wie"), [(name, name) for name in people] +
                          [(NEW_PERSON, t("oefen.iemand_anders"))], default=people[0])
        if person != NEW_PERSON:
            return person
    return p.text(t("oefen.vraag.aan_wie_naam"))


def _acute(text: str) -> bool:
    from vraaghulp.coach.krimp.care import acute  # cached: shrinking the same draft weighs it once

    return bool(text and text.strip()) and acute(text)


def _says_when(text: str) -> bool:
    """The ask names a moment itself ('woensdag', 'om acht uur'): the same patterns krimp reads moments with."""
    from vraaghulp.coach.krimp.assemble import has_moment
    from vraaghulp.coach.krimp.lexicon import lexicon

    return bool(text) and has_moment(lexicon(), text)


def compose(ctx: OefenContext, example: Example, people: list[str]) -> tuple[str, str, str | None]:
    p, out = ctx.prompter, ctx.console
    own = example.what == "-"
    person = _person(p, people)
    what = p.text(t("oefen.vraag.wat_eigen" if own else "oefen.vraag.wat_aanpassen"), default="" if own else example.what)
    # Right after the crisis panel no question about a moment (contract point 7): 'nu' goes in. An own ask that
    # already says when ('woensdag', 'om acht uur') is not asked again.
    asked_when = not _acute(what) and not (own and _says_when(what))
    moment = p.text(t("oefen.vraag.wanneer"), default=example.moment or "", optional=True) if asked_when else None
    sentence, sure, findings = composed_sentence(person, what, moment, None if own else example.opening)
    if own:
        _explain_changes(out, findings, ctx.explained)
    if not sure or not sentence:
        # Not sure: the person's own words, said plainly, to edit ("Wat vraag je precies?").
        out.print("\n" + t("krimp.niet_zeker") + " " + t("krimp.niet_zeker_aanpassen"), style="bold", markup=False)
        sentence = p.text(t("krimp.vraag.precies"), default=sentence)
    else:
        out.print("\n" + t("oefen.klaar_om_te_kopieren"), style="bold", markup=False)
        out.print(user(sentence), style="bold cyan")
        if not p.confirm(t("oefen.vraag.zo_laten"), default=True):
            sentence = p.text(t("oefen.vraag.zelf_schrijven"), default=sentence)
    if sentence:
        # Right where the sentence is settled: the question sits next to what it copies, and
        # the clipboard keeps it through the prediction, for when the person goes to send it.
        from vraaghulp.flows.krimp import offer_copy

        offer_copy(p, out, sentence)
    return person, sentence, moment


def _explain_changes(out, findings: list, explained: set[str] | None = None) -> None:
    """When the user wrote their own ask, say what the shrink engine left out and why.

    `findings` come from the same run that made the sentence (person and moment typed apart),
    so a quote never runs into the separately typed moment.
    """
    from vraaghulp.render.krimp import findings_view

    # Only what was taken out, each with the words it is about: no remarks on length or on
    # what is missing (the flow asks for the moment itself).
    findings = [f for f in findings if f.text and f.kind not in ("goed", "te-lang")]
    if findings:
        out.print("\n" + t("oefen.korter_gemaakt"), style="dim", markup=False)
        out.print(findings_view(findings, min(out.width, 100), explained))


def predict(ctx: OefenContext) -> tuple[str | None, int, int]:
    p = ctx.prompter
    ctx.console.print("\n" + t("oefen.voorspel"), style="bold", markup=False)
    expectation = p.text(t("oefen.vraag.verwachting"), optional=True)
    fear = p.scale(t("oefen.vraag.angst"), 0, 10)
    chance = p.scale(t("oefen.vraag.kans"), 0, 100)
    return expectation, fear, chance


def _choose_script(ctx: OefenContext, records: list[Any]) -> str | None:
    """Optionally link today's ask to a belief script it tests."""
    scripts = [r for r in records if r.kind == "script"]
    if not scripts:
        return None
    choices = [("", t("oefen.geen_overtuiging"))] + [(s.id, one_line(s.sentence, 60)) for s in reversed(scripts[-8:])]
    return ctx.prompter.choice(t("oefen.vraag.overtuiging"), choices, default="") or None


def _wants_another(ctx: OefenContext) -> bool:
    """With today's ask still waiting to be asked, a new one is offered, not pushed."""
    if not ctx.waiting_today:
        return True
    if ctx.prompter.confirm(t("oefen.vraag.nog_een"), default=False):
        return True
    _say(ctx, "tot_straks", "bold")
    return False


def run_oefen(ctx: OefenContext):
    """The whole daily practice. Returns the new open ask (None when the person stops after
    looking back because today's ask still waits)."""
    dicts = [data for _number, data in ctx.journal.iter_dicts()]
    review_open_asks(ctx, open_asks(dicts, ctx.now().date()))
    if not _wants_another(ctx):
        return None
    ctx.console.print("\n" + t("oefen.inchecken"), style="bold", markup=False)
    fullness = check_in(ctx)
    from vraaghulp.flows.experiment import new_ask  # pydantic: once the first question is answered
    from vraaghulp.guides.ladder import load_ladder

    records = ctx.journal.records()
    ctx.ladder = ctx.ladder or load_ladder()
    suggestion = choose_level([r for r in records if r.kind == "vraag"], ctx.ladder.max_level, fullness)
    example, level = choose_todays_ask(ctx, suggestion, [r for r in records if r.kind == "vraag"])
    person, sentence, moment = compose(ctx, example, known_people(records, ctx.partner))
    script_id = _choose_script(ctx, records)
    expectation, fear, chance = predict(ctx)
    ask = new_ask(person=person, text=sentence, fear=fear, chance=chance, when=ctx.now(), moment=moment,
                  expectation=expectation, level=level, fullness=fullness, script_id=script_id)
    ctx.journal.append(ask)
    ctx.saved.append(t("oefen.opgeslagen_nieuw", id=ask.id))
    ctx.console.print("\n" + t("oefen.opgeslagen_experiment", id=ask.id), style="bold green", markup=False)
    _say(ctx, "succes", "dim", id=ask.id)
    return ask
