"""Belief-script journaling (`vraaghulp script`), written against a Prompter.

The steps: the sentence (from content or the user's own), whose voice it is, how true it
feels (0-100), what the user fears will happen, the role reversal, a new rule, and the
belief re-rated. Only the sentence is required. The record is saved once, at the end.

Also here: re-rating a script after an ask that tested it (`offer_rerating`, called by the
oefen flow), and collecting scripts with the asks that tested them for `--lijst`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from vraaghulp.models import Ask, Rating, Script
from vraaghulp.render import user
from vraaghulp.store import Journal, new_id

SKIP = "__overslaan__"
OWN = "__eigen__"
BACK = "__terug__"


# ----------------------------------------------------------------------------------------
# Content
# ----------------------------------------------------------------------------------------
class _Content(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Theme(_Content):
    key: str = Field(alias="sleutel", min_length=1)
    name: str = Field(alias="naam", min_length=1)
    sentences: list[str] = Field(alias="zinnen", min_length=1)


class Voice(_Content):
    key: str = Field(alias="sleutel", min_length=1)
    name: str = Field(alias="naam", min_length=1)


class Texts(_Content):
    intro: str
    sentence_question: str = Field(alias="zin_vraag")
    theme_question: str = Field(alias="thema_vraag")
    own_sentence: str = Field(alias="eigen_zin")
    back: str = Field(alias="terug")
    own_sentence_question: str = Field(alias="zin_eigen_vraag")
    adjust_sentence_question: str = Field(alias="zin_aanpassen_vraag")
    voice_intro: str = Field(alias="stem_uitleg")
    voice_question: str = Field(alias="stem_vraag")
    skip: str = Field(alias="overslaan")
    voice_note_question: str = Field(alias="stem_toelichting_vraag")
    voice_other_question: str = Field(alias="stem_anders_vraag")
    scale_hint: str = Field(alias="schaal_uitleg")
    belief_question: str = Field(alias="geloof_vraag")
    fear_intro: str = Field(alias="angst_uitleg")
    fear_question: str = Field(alias="angst_vraag")
    reversal_intro: str = Field(alias="rolwissel_uitleg")
    reversal_question: str = Field(alias="rolwissel_vraag")
    reversal_after: str = Field(alias="rolwissel_na")
    rule_intro: str = Field(alias="regel_uitleg")
    rule_question: str = Field(alias="regel_vraag")
    own_rule: str = Field(alias="regel_eigen")
    own_rule_question: str = Field(alias="regel_eigen_vraag")
    belief_after_question: str = Field(alias="geloof_na_vraag")
    summary_title: str = Field(alias="samenvatting_titel")
    belief_lower: str = Field(alias="geloof_lager")
    belief_same: str = Field(alias="geloof_gelijk")
    belief_higher: str = Field(alias="geloof_hoger")
    closing: str = Field(alias="slot")
    rerate_intro: str = Field(alias="herbeoordeel_uitleg")
    rerate_question: str = Field(alias="herbeoordeel_vraag")
    rerate_lower: str = Field(alias="herbeoordeel_lager")
    rerate_same: str = Field(alias="herbeoordeel_gelijk")
    rerate_higher: str = Field(alias="herbeoordeel_hoger")
    rerate_first: str = Field(alias="herbeoordeel_eerste")


class ScriptContent(_Content):
    themes: list[Theme] = Field(alias="thema", min_length=1)
    voices: list[Voice] = Field(alias="stem", min_length=1)
    rules: list[str] = Field(alias="regels", min_length=1)
    texts: Texts = Field(alias="teksten")

    def voice_name(self, key: str | None) -> str | None:
        if key is None:
            return None
        for voice in self.voices:
            if voice.key == key:
                return voice.name
        return key

    @property
    def voice_keys(self) -> tuple[str, ...]:
        return tuple(voice.key for voice in self.voices)

    @property
    def all_sentences(self) -> list[str]:
        return [sentence for theme in self.themes for sentence in theme.sentences]


def load_content() -> ScriptContent:
    from vraaghulp.content import load

    return load("scripts", ScriptContent)


# ----------------------------------------------------------------------------------------
# The journaling flow
# ----------------------------------------------------------------------------------------
@dataclass
class Answers:
    """What the user wrote; None means skipped (or not asked yet)."""

    sentence: str | None = None
    voice: str | None = None
    voice_note: str | None = None
    belief: int | None = None
    fear: str | None = None
    role_reversal: str | None = None
    new_rule: str | None = None
    belief_after: int | None = None


@dataclass
class ScriptContext:
    prompter: Any
    console: Any
    journal: Journal
    content: ScriptContent
    now: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())
    saved: list[str] = field(default_factory=list)


def ask_sentence(ctx: ScriptContext) -> str:
    """Pick a common script by theme, or write one's own; a picked one may be reworded."""
    p, t = ctx.prompter, ctx.content.texts
    while True:
        themes = [(theme.key, theme.name) for theme in ctx.content.themes] + [(OWN, t.own_sentence)]
        theme_key = p.choice(t.theme_question, themes, default=ctx.content.themes[0].key)
        if theme_key == OWN:
            return p.text(t.own_sentence_question)
        theme = next(theme for theme in ctx.content.themes if theme.key == theme_key)
        options = [(sentence, sentence) for sentence in theme.sentences] + [(BACK, t.back)]
        picked = p.choice(t.sentence_question, options, default=theme.sentences[0])
        if picked == BACK:
            continue
        return p.text(t.adjust_sentence_question, default=picked)


def ask_voice(ctx: ScriptContext) -> tuple[str | None, str | None]:
    p, out, t = ctx.prompter, ctx.console, ctx.content.texts
    out.print()
    out.print(t.voice_intro, markup=False)
    options = [(voice.key, voice.name) for voice in ctx.content.voices] + [(SKIP, t.skip)]
    voice = p.choice(t.voice_question, options, default=ctx.content.voices[0].key)
    if voice == SKIP:
        return None, None
    if voice == "weet-niet":
        return voice, None
    question = t.voice_other_question if voice == "anders" else t.voice_note_question
    return voice, p.text(question, optional=True)


def ask_rule(ctx: ScriptContext) -> str | None:
    p, out, t = ctx.prompter, ctx.console, ctx.content.texts
    out.print()
    out.print(t.rule_intro, markup=False)
    options = [(rule, rule) for rule in ctx.content.rules] + [(OWN, t.own_rule), (SKIP, t.skip)]
    rule = p.choice(t.rule_question, options, default=ctx.content.rules[0])
    if rule == SKIP:
        return None
    if rule == OWN:
        return p.text(t.own_rule_question, optional=True)
    return rule


def ask_all(ctx: ScriptContext, given: Answers | None = None) -> Answers:
    """Ask every question not already answered in `given` (options); returns all answers."""
    p, out, t = ctx.prompter, ctx.console, ctx.content.texts
    answers = Answers(**{f.name: getattr(given, f.name) for f in fields(Answers)}) if given else Answers()
    out.print(t.intro, markup=False)
    out.print()
    if answers.sentence is None:
        answers.sentence = ask_sentence(ctx)
    out.print(user(f"“{answers.sentence}”"), style="bold")
    if answers.voice is None and answers.voice_note is None:
        answers.voice, answers.voice_note = ask_voice(ctx)
    if answers.belief is None:
        out.print()
        out.print(t.scale_hint, style="dim", markup=False)
        answers.belief = p.scale(t.belief_question, 0, 100, optional=True)
    if answers.fear is None:
        out.print()
        out.print(t.fear_intro, markup=False)
        answers.fear = p.text(t.fear_question, optional=True)
    if answers.role_reversal is None:
        out.print()
        out.print(t.reversal_intro, markup=False)
        answers.role_reversal = p.text(t.reversal_question, optional=True)
        if answers.role_reversal:
            out.print(t.reversal_after, style="italic", markup=False)
    if answers.new_rule is None:
        answers.new_rule = ask_rule(ctx)
    if answers.belief_after is None:
        out.print()
        out.print(user(f"“{answers.sentence}”"), style="bold")
        out.print(t.scale_hint, style="dim", markup=False)
        answers.belief_after = p.scale(t.belief_after_question, 0, 100, optional=True)
    return answers


def build_script(answers: Answers, when: datetime) -> Script:
    if not answers.sentence or not answers.sentence.strip():
        raise ValueError("a script needs a sentence")
    return Script(
        id=new_id(),
        created=when,
        sentence=answers.sentence.strip(),
        voice=answers.voice,
        voice_note=answers.voice_note,
        belief=answers.belief,
        fear=answers.fear,
        role_reversal=answers.role_reversal,
        new_rule=answers.new_rule,
        belief_after=answers.belief_after,
    )


def belief_change_text(texts: Texts, before: int | None, after: int | None, *, rerating: bool = False) -> str | None:
    """A warm sentence about a change in belief, or None when there is nothing to compare."""
    if after is None:
        return None
    if before is None:
        return texts.rerate_first.format(voor="", na=after) if rerating else None
    if after < before:
        template = texts.rerate_lower if rerating else texts.belief_lower
    elif after == before:
        template = texts.rerate_same if rerating else texts.belief_same
    else:
        template = texts.rerate_higher if rerating else texts.belief_higher
    return template.format(voor=before, na=after)


def save_script(ctx: ScriptContext, answers: Answers) -> Script:
    script = build_script(answers, ctx.now())
    ctx.journal.append(script)
    ctx.saved.append(f"je overtuiging ({script.id})")
    return script


def run_script(ctx: ScriptContext, given: Answers | None = None) -> Script:
    """The whole journaling conversation; saves and shows a warm summary. Returns the record."""
    from vraaghulp.render.script import summary

    answers = ask_all(ctx, given)
    script = save_script(ctx, answers)
    ctx.console.print()
    ctx.console.print(summary(script, ctx.content))
    ctx.console.print(f"Opgeslagen als {script.id}.", style="bold green", markup=False)
    return script


# ----------------------------------------------------------------------------------------
# Ratings over time, and the asks that tested a script
# ----------------------------------------------------------------------------------------
def latest_belief(script: Script) -> int | None:
    """The most recent rating of the script (re-ratings first, then after, then before)."""
    if script.ratings:
        return script.ratings[-1].value
    if script.belief_after is not None:
        return script.belief_after
    return script.belief


def add_rating(journal: Journal, script_id: str, value: int, *, when: datetime, ask_id: str | None = None) -> Script:
    """Append a dated rating to a stored script (under the journal lock)."""
    rating = Rating(date=when, value=value, ask_id=ask_id)

    def change(current: Any) -> Any:
        if not isinstance(current, Script):
            from vraaghulp.errors import VraaghulpError

            raise VraaghulpError(f"{current.id} is geen overtuiging maar een {current.kind}. Er is niets veranderd.")
        return current.model_copy(update={"ratings": [*current.ratings, rating]})

    return journal.update(script_id, change)


def find_script(journal: Journal, prefix: str) -> Script:
    from vraaghulp.errors import VraaghulpError

    record = journal.find(prefix)
    if not isinstance(record, Script):
        raise VraaghulpError(
            f"{record.id} is geen overtuiging maar een {record.kind}. "
            "Zie 'vraaghulp script --lijst' voor je overtuigingen."
        )
    return record


def offer_rerating(ctx: Any, ask: Ask) -> Script | None:
    """After an ask's outcome: offer to re-rate the script it tested (optional, 0-100).

    `ctx` needs `.prompter`, `.console`, `.journal`, `.now()` and `.saved`.
    """
    from vraaghulp.errors import VraaghulpError

    if ask is None or not ask.script_id:
        return None
    out = ctx.console
    try:
        script = find_script(ctx.journal, ask.script_id)
    except VraaghulpError:
        out.print(
            "Deze vraag hoorde bij een overtuiging die niet meer in je logboek staat; die slaan we over.",
            style="dim",
            markup=False,
        )
        return None
    texts = load_content().texts
    before = latest_belief(script)
    out.print()
    out.print(texts.rerate_intro, markup=False)
    line = user(f"“{script.sentence}”", style="bold")
    if before is not None:
        line.append(f"  (laatst: {before})", style="dim")
    out.print(line)
    out.print(texts.scale_hint, style="dim", markup=False)
    value = ctx.prompter.scale(texts.rerate_question, 0, 100, optional=True)
    if value is None:
        return None
    updated = add_rating(ctx.journal, script.id, value, when=ctx.now(), ask_id=ask.id)
    ctx.saved.append(f"een nieuwe score voor je overtuiging {script.id}")
    message = belief_change_text(texts, before, value, rerating=True)
    if message:
        out.print(message, style="green", markup=False)
    return updated


def rerate(ctx: ScriptContext, script: Script, value: int | None = None) -> Script | None:
    """Re-rate a script by hand (`vraaghulp script --opnieuw ID`)."""
    texts = ctx.content.texts
    before = latest_belief(script)
    if value is None:
        line = user(f"“{script.sentence}”", style="bold")
        if before is not None:
            line.append(f"  (laatst: {before})", style="dim")
        ctx.console.print(line)
        ctx.console.print(texts.scale_hint, style="dim", markup=False)
        value = ctx.prompter.scale(texts.belief_question, 0, 100, optional=True)
        if value is None:
            ctx.console.print("Geen nieuwe score; er is niets veranderd.", style="dim", markup=False)
            return None
    updated = add_rating(ctx.journal, script.id, value, when=ctx.now())
    ctx.saved.append(f"een nieuwe score voor je overtuiging {script.id}")
    message = belief_change_text(texts, before, value, rerating=True)
    if message:
        ctx.console.print(message, style="green", markup=False)
    return updated


@dataclass
class ScriptWithAsks:
    script: Script
    asks: list[Ask]


def scripts_with_asks(journal: Journal) -> list[ScriptWithAsks]:
    """Every script (oldest first) with the asks that tested it; reads the journal once.

    Only script records and asks that point at a script are fully validated, so this
    stays quick on a long journal.
    """
    from vraaghulp.models import parse_record
    from vraaghulp.store import Problem, report

    scripts: dict[str, ScriptWithAsks] = {}
    linked: list[Ask] = []
    for number, data in journal.iter_dicts():
        kind = data.get("soort")
        if kind == "script" or (kind == "vraag" and data.get("script")):
            try:
                record = parse_record(data)
            except Exception as exc:  # noqa: BLE001 - pydantic or migration errors
                from vraaghulp.store import _first_error

                report(Problem(journal.path, number, f"dit record klopt niet ({_first_error(exc)})."))
                continue
            if isinstance(record, Script):
                scripts[record.id] = ScriptWithAsks(record, [])
            elif isinstance(record, Ask):
                linked.append(record)
    for ask in linked:
        entry = scripts.get(ask.script_id or "")
        if entry is not None:
            entry.asks.append(ask)
    return list(scripts.values())


def asks_for_script(journal: Journal, script_id: str) -> list[Ask]:
    """The asks that tested one script (for `log toon`)."""
    for entry in scripts_with_asks(journal):
        if entry.script.id == script_id:
            return entry.asks
    return []


def summary_lines(script: Script, content: ScriptContent) -> list[tuple[str, str]]:
    """(label, user text) pairs of what was written, for the summary and detail views."""
    lines: list[tuple[str, str]] = [("De oude zin", script.sentence)]
    if script.voice or script.voice_note:
        voice = content.voice_name(script.voice) or ""
        if script.voice_note:
            voice = f"{voice} — {script.voice_note}" if voice else script.voice_note
        lines.append(("Van wie de stem is", voice))
    if script.fear:
        lines.append(("Waar je bang voor bent", script.fear))
    if script.role_reversal:
        lines.append(("Toen iemand jou om hulp vroeg", script.role_reversal))
    if script.new_rule:
        lines.append(("Je nieuwe regel", script.new_rule))
    return lines

