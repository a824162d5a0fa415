"""The daily practice conversation (`vraaghulp oefen`), written against a Prompter.

Order: open asks from earlier days first (record what happened), a check-in, today's ask
from the ladder, composing it into one sentence, a prediction, and saving it as an open
experiment. Each step that saves does so at once, so Ctrl-C loses only the current step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from vraaghulp.coach.ladder import Suggestion, choose_level, pick_example
from vraaghulp.models import Ask
from vraaghulp.render import one_line, user
from vraaghulp.store import Journal, new_id

OUTCOME_OPTIONS = [
    ("ja", "Ja, de ander zei ja"),
    ("deels", "Deels: een deel ja, of later"),
    ("nee", "Nee"),
    ("geen-reactie", "Geen reactie (nog niet)"),
]
COMPARISON_OPTIONS = [
    ("beter", "Beter dan ik voorspelde"),
    ("zoals-verwacht", "Ongeveer zoals verwacht"),
    ("slechter", "Slechter dan ik voorspelde"),
]
ASKED_OPTIONS = [
    ("gedaan", "Ja, ik heb het gevraagd"),
    ("nog-niet", "Nog niet (laat open staan)"),
    ("afgezien", "Ik heb besloten het niet te vragen"),
]


class Example(BaseModel):
    what: str = Field(alias="wat", min_length=1)
    moment: str | None = Field(default=None, alias="wanneer")
    opening: str | None = None


class Level(BaseModel):
    number: int = Field(alias="nummer", ge=1)
    name: str = Field(alias="naam")
    explanation: str = Field(alias="uitleg")
    examples: list[Example] = Field(alias="voorbeeld", min_length=1)


class Ladder(BaseModel):
    levels: list[Level] = Field(alias="niveau", min_length=1)

    def level(self, number: int) -> Level:
        for level in self.levels:
            if level.number == number:
                return level
        return self.levels[0]

    @property
    def max_level(self) -> int:
        return max(level.number for level in self.levels)


def load_ladder() -> Ladder:
    from vraaghulp.content import load

    return load("ladder", Ladder)


@dataclass
class OefenContext:
    prompter: Any
    console: Any
    journal: Journal
    ladder: Ladder
    now: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())
    partner: str | None = None
    saved: list[str] = field(default_factory=list)


def compose_sentence(person: str, what: str, moment: str | None, opening: str | None = None) -> str:
    """One sentence ready to copy, made by the shrink engine; an opening goes in front."""
    from vraaghulp.coach.krimp import compose

    sentence = compose(person, what, moment)
    if opening:
        prefix = f"{person}, "
        body = sentence[len(prefix) :] if sentence.startswith(prefix) else sentence
        sentence = f"{prefix}{opening.rstrip('.:, ')}: {body[:1].lower()}{body[1:]}"
    return sentence


# ----------------------------------------------------------------------------------------
# Step 1: open asks from earlier days
# ----------------------------------------------------------------------------------------
def open_earlier_asks(records: list[Any], today) -> list[Ask]:
    return [r for r in records if isinstance(r, Ask) and r.status == "open" and r.created.date() < today]


def close_ask(ask: Ask, *, outcome: str, fear_after: int, comparison: str | None, learned: str | None, when: datetime) -> Ask:
    return ask.model_copy(
        update={
            "status": "gedaan",
            "outcome": outcome,
            "fear_after": fear_after,
            "comparison": comparison,
            "learned": learned,
            "closed": when,
        }
    )


def set_aside_ask(ask: Ask, *, learned: str | None, when: datetime) -> Ask:
    return ask.model_copy(update={"status": "afgezien", "learned": learned, "closed": when})


def review_open_asks(ctx: OefenContext, open_asks: list[Ask]) -> int:
    """Ask about each open experiment; returns how many were closed."""
    p, out = ctx.prompter, ctx.console
    closed = 0
    if not open_asks:
        return 0
    count = len(open_asks)
    out.print(
        f"\nEerst even terugkijken: er {'staat' if count == 1 else 'staan'} nog {count} "
        f"{'vraag' if count == 1 else 'vragen'} van eerder open.",
        style="bold",
    )
    for ask in open_asks:
        out.print()
        out.print(user(f"Aan {ask.person}: “{one_line(ask.text, 200)}”"))
        from vraaghulp.render import dutch_date

        out.print(f"  bedacht op {dutch_date(ask.created)}, angst vooraf {ask.fear_before}/10, kans op ja {ask.chance}%", style="dim")
        done = p.choice("Heb je het gevraagd?", ASKED_OPTIONS, default="gedaan")
        if done == "nog-niet":
            out.print("Prima, hij blijft open staan. Misschien is morgen een goed moment.", style="dim")
            continue
        if done == "afgezien":
            why = p.text("Wil je opschrijven wat je tegenhield?", optional=True)
            updated = ctx.journal.update(ask.id, lambda current: set_aside_ask(current, learned=why, when=ctx.now()))
            ctx.saved.append(f"vraag {ask.id} afgesloten als 'niet gevraagd'")
            closed += 1
            out.print("Dat is ook informatie. Zonder oordeel genoteerd.", style="green")
            _offer_rerating(ctx, updated)
            continue
        outcome = p.choice("Wat gebeurde er?", OUTCOME_OPTIONS, default="ja")
        comparison = p.choice("Hoe was het, vergeleken met wat je voorspelde?", COMPARISON_OPTIONS, default="beter")
        fear_after = p.scale("Hoe bang of gespannen voel je je er nu over? (0 = rustig, 10 = heel erg)", 0, 10)
        learned = p.text("Wat heb je hiervan geleerd?", optional=True)
        updated = ctx.journal.update(
            ask.id,
            lambda current: close_ask(
                current, outcome=outcome, fear_after=fear_after, comparison=comparison, learned=learned, when=ctx.now()
            ),
        )
        ctx.saved.append(f"de uitkomst van vraag {ask.id}")
        closed += 1
        out.print(outcome_feedback(updated), style="green")
        _offer_rerating(ctx, updated)
    return closed


def outcome_feedback(ask: Ask) -> str:
    parts = []
    if ask.outcome == "ja":
        parts.append("Ze zeiden ja.")
    elif ask.outcome == "deels":
        parts.append("Een deel ja: dat telt.")
    elif ask.outcome == "nee":
        parts.append("Een nee, en je hebt het toch gevraagd. Die nee gaat over hun situatie, niet over jou.")
    else:
        parts.append("Nog geen reactie. Dat is vaak drukte, geen oordeel.")
    if ask.fear_after is not None:
        if ask.fear_after < ask.fear_before:
            parts.append(f"Je angst ging van {ask.fear_before} naar {ask.fear_after}.")
        elif ask.fear_after == ask.fear_before:
            parts.append(f"Je angst bleef {ask.fear_after}; ongemak hoort bij oefenen.")
        else:
            parts.append(f"Je angst ging van {ask.fear_before} naar {ask.fear_after}; goed dat je het toch deed.")
    return " ".join(parts)


def _offer_rerating(ctx: OefenContext, ask: Ask | None) -> None:
    """When the ask tested a belief script, offer to re-rate that script."""
    if ask is None or not ask.script_id:
        return
    from vraaghulp.flows.script import offer_rerating

    offer_rerating(ctx, ask)


# ----------------------------------------------------------------------------------------
# Step 2: check-in
# ----------------------------------------------------------------------------------------
def check_in(ctx: OefenContext) -> int | None:
    fullness = ctx.prompter.scale(
        "Hoe vol zit je vandaag? (0 = ruimte genoeg, 10 = loopt over)", 0, 10, optional=True
    )
    if fullness is not None and fullness >= 7:
        ctx.console.print(
            "Dat is veel. Juist op zo'n dag helpt het om vroeg en klein te vragen, "
            "voordat het nog voller wordt.",
            style="yellow",
        )
    return fullness


# ----------------------------------------------------------------------------------------
# Step 3-5: today's ask
# ----------------------------------------------------------------------------------------
def known_people(records: list[Any], partner: str | None) -> list[str]:
    seen: dict[str, str] = {}
    if partner:
        seen[partner.casefold()] = partner
    for record in reversed(records):
        if isinstance(record, Ask) and record.person.strip():
            seen.setdefault(record.person.strip().casefold(), record.person.strip())
    return list(seen.values())[:12]


def choose_todays_ask(ctx: OefenContext, suggestion: Suggestion) -> tuple[Example, int]:
    """Show today's suggestion; the user takes it, asks another, or writes their own."""
    p, out = ctx.prompter, ctx.console
    level = ctx.ladder.level(suggestion.level)
    out.print(f"\nNiveau {level.number} · {level.name}", style="bold")
    out.print(f"Waarom: {suggestion.reason}", style="dim")
    if ctx.partner:  # the practice partner knows you are practising: a safe first person to ask
        from vraaghulp.flows.maatje import partner_hint

        out.print(user(partner_hint(ctx.partner)), style="dim")
    today = ctx.now().date().toordinal()
    offset = 0
    seen: set[int] = set()
    while True:
        index = pick_example(level.examples, today, offset)
        example = level.examples[index]
        seen.add(index)
        out.print()
        text = f"{example.opening}: " if example.opening else ""
        out.print(f"Oefenvraag voor vandaag: {text}{example.what}" + (f" ({example.moment})" if example.moment else ""))
        action = p.choice(
            "Wat wil je doen?",
            [("neem", "Deze neem ik"), ("ander", "Laat een andere zien"), ("eigen", "Ik schrijf mijn eigen vraag")],
            default="neem",
        )
        if action == "neem":
            return example, level.number
        if action == "eigen":
            return Example(wat="-"), level.number
        offset += 1
        if len(seen) >= len(level.examples):
            out.print("Dat waren ze allemaal voor dit niveau; we beginnen weer vooraan.", style="dim")
            seen.clear()


def compose(ctx: OefenContext, example: Example, people: list[str]) -> tuple[str, str, str | None]:
    p, out = ctx.prompter, ctx.console
    own = example.what == "-"
    if people:
        options = [(name, name) for name in people] + [("__nieuw__", "Iemand anders")]
        person = p.choice("Aan wie vraag je het?", options, default=people[0])
        if person == "__nieuw__":
            person = p.text("Aan wie vraag je het? (een naam of bijvoorbeeld 'mijn buurvrouw')")
    else:
        person = p.text("Aan wie vraag je het? (een naam of bijvoorbeeld 'mijn buurvrouw')")
    what = p.text(
        "Wat vraag je precies?" if own else "Wat vraag je precies? (pas gerust aan)",
        default="" if own else example.what,
    )
    moment = p.text("Wanneer?", default=example.moment or "", optional=True)
    sentence = compose_sentence(person, what, moment, None if own else example.opening)
    if own:
        _explain_changes(out, f"{what} {moment}" if moment else what)
    out.print("\nJe vraag, klaar om te kopiëren:", style="bold")
    out.print(user(sentence), style="bold cyan")
    if not p.confirm("Zo laten?", default=True):
        sentence = p.text("Schrijf de zin zoals jij hem wilt sturen:", default=sentence)
    return person, sentence, moment


def _explain_changes(out, draft: str) -> None:
    """When the user wrote their own ask, say what the shrink engine left out and why.

    `draft` holds the moment too, so a moment given in its own answer is not reported missing.
    """
    from vraaghulp.coach.krimp import shrink
    from vraaghulp.render.krimp import findings_view

    findings = [f for f in shrink(draft).findings if f.kind != "goed"]
    if findings:
        out.print("\nZo maakte ik je vraag korter en duidelijker:", style="dim")
        out.print(findings_view(findings, width=min(out.width, 100)))


def predict(ctx: OefenContext) -> tuple[str | None, int, int]:
    p = ctx.prompter
    ctx.console.print("\nVoorspel het, vóór je het vraagt. Dan kun je straks vergelijken.", style="bold")
    expectation = p.text("Wat denk je dat er gebeurt?", optional=True)
    fear = p.scale("Hoe spannend is het nu? (0 = helemaal niet, 10 = heel erg)", 0, 10)
    chance = p.scale("Hoe groot is de kans dat de ander ja zegt? (in procenten)", 0, 100)
    return expectation, fear, chance


def new_ask(
    *,
    person: str,
    text: str,
    fear: int,
    chance: int,
    when: datetime,
    moment: str | None = None,
    expectation: str | None = None,
    level: int | None = None,
    fullness: int | None = None,
    script_id: str | None = None,
) -> Ask:
    return Ask(
        id=new_id(),
        created=when,
        person=person,
        text=text,
        moment=moment,
        expectation=expectation,
        fear_before=fear,
        chance=chance,
        level=level,
        fullness=fullness,
        script_id=script_id,
    )


def _choose_script(ctx: OefenContext, records: list[Any]) -> str | None:
    """Optionally link today's ask to a belief script it tests."""
    from vraaghulp.models import Script

    scripts = [r for r in records if isinstance(r, Script)]
    if not scripts:
        return None
    options = [("", "Geen, of weet ik niet")] + [(s.id, one_line(s.sentence, 60)) for s in reversed(scripts[-8:])]
    chosen = ctx.prompter.choice("Test deze vraag een van je overtuigingen?", options, default="")
    return chosen or None


def run_oefen(ctx: OefenContext) -> Ask:
    """The whole daily practice. Returns the new open ask."""
    out = ctx.console
    records = ctx.journal.records()
    now = ctx.now()
    closed = review_open_asks(ctx, open_earlier_asks(records, now.date()))
    if closed:
        records = ctx.journal.records()

    out.print("\nEven inchecken.", style="bold")
    fullness = check_in(ctx)

    asks = [r for r in records if isinstance(r, Ask)]
    suggestion = choose_level(asks, ctx.ladder.max_level, fullness)
    example, level = choose_todays_ask(ctx, suggestion)
    person, sentence, moment = compose(ctx, example, known_people(records, ctx.partner))
    script_id = _choose_script(ctx, records)
    expectation, fear, chance = predict(ctx)

    ask = new_ask(
        person=person,
        text=sentence,
        fear=fear,
        chance=chance,
        when=ctx.now(),
        moment=moment,
        expectation=expectation,
        level=level,
        fullness=fullness,
        script_id=script_id,
    )
    ctx.journal.append(ask)
    ctx.saved.append(f"je nieuwe vraag ({ask.id})")
    out.print(f"\nOpgeslagen als experiment {ask.id}.", style="bold green")
    out.print(
        "Veel succes. Na het vragen: start 'vraaghulp oefen' opnieuw, of noteer het meteen met\n"
        f"  vraaghulp oefen --afronden {ask.id} --uitkomst ja --angst-na 3",
        style="dim",
    )
    return ask
