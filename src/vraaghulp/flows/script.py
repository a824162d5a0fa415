"""Belief-script journaling (`vraaghulp script`), written against a Prompter.

The steps: the sentence (from content or the user's own), whose voice it is, how true it
feels (0-100), what the user fears will happen, the role reversal, a new rule, and the
belief re-rated. Only the sentence is required. The record is saved once, at the end.

Also here: re-rating a script after an ask that tested it (`offer_rerating`, called by the
oefen flow) or by hand (`rerate`). The texts are in content/nl/scripts.toml (`guides.scripts`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from vraaghulp.messages import t
from vraaghulp.render import user
from vraaghulp.store import Journal, new_id

TYPE_CHECKING = False
if TYPE_CHECKING:
    from vraaghulp.guides.scripts import ScriptContent
    from vraaghulp.models import Ask, Script

SKIP = "__overslaan__"
OWN = "__eigen__"
BACK = "__terug__"


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


class ScriptContext:
    """What the flow works with. `content` (the checked texts) is loaded on first use, so the
    first question can show before pydantic is imported (`first_screen`)."""

    def __init__(self, prompter: Any, console: Any, journal: Journal, content: ScriptContent | None = None,
                 now: Callable[[], datetime] | None = None, saved: list[str] | None = None) -> None:
        self.prompter, self.console, self.journal = prompter, console, journal
        self._content = content
        self.now = now or (lambda: datetime.now().astimezone())
        self.saved = saved if saved is not None else []

    @property
    def content(self) -> ScriptContent:
        if self._content is None:
            from vraaghulp.guides.scripts import load_content

            self._content = load_content()
        return self._content

    def first_screen(self) -> tuple[str, str, str, list[tuple[str, str]]]:
        """(intro, theme question, 'my own sentence', [(theme key, name)]): straight from the file
        when the content is not loaded yet; the whole file is checked once the first answer is in."""
        if self._content is None:
            from vraaghulp.content import load_toml

            raw = load_toml("scripts")
            try:
                texts = raw["teksten"]
                themes = [(str(theme["sleutel"]), str(theme["naam"])) for theme in raw["thema"]]
                if themes and all(isinstance(texts[k], str) for k in ("intro", "thema_vraag", "eigen_zin")):
                    return texts["intro"], texts["thema_vraag"], texts["eigen_zin"], themes
            except (KeyError, TypeError):
                pass  # the checked content says what is wrong
        texts = self.content.texts
        return texts.intro, texts.theme_question, texts.own_sentence, [(th.key, th.name) for th in self.content.themes]


def ask_sentence(ctx: ScriptContext) -> str:
    """Pick a common script by theme, or write one's own; a picked one may be reworded."""
    p = ctx.prompter
    while True:
        _intro, question, own, themes = ctx.first_screen()
        theme_key = p.choice(question, [*themes, (OWN, own)], default=themes[0][0])
        t = ctx.content.texts
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
    p, out = ctx.prompter, ctx.console
    answers = Answers(**{f.name: getattr(given, f.name) for f in fields(Answers)}) if given else Answers()
    out.print(ctx.first_screen()[0], markup=False)
    out.print()
    if answers.sentence is None:
        answers.sentence = ask_sentence(ctx)
    t = ctx.content.texts
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
    from vraaghulp.models import Script

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


def save_script(ctx: ScriptContext, answers: Answers) -> Script:
    script = build_script(answers, ctx.now())
    ctx.journal.append(script)
    ctx.saved.append(t("script.opgeslagen_deel", id=script.id))
    return script


def run_script(ctx: ScriptContext, given: Answers | None = None) -> Script:
    """The whole journaling conversation; saves and shows a warm summary. Returns the record."""
    from vraaghulp.views.script import written_panel

    answers = ask_all(ctx, given)
    script = save_script(ctx, answers)
    ctx.console.print()
    ctx.console.print(written_panel(script, ctx.content))
    ctx.console.print(t("script.opgeslagen", id=script.id), style="bold green", markup=False)
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
    from vraaghulp.models import Rating, Script

    rating = Rating(date=when, value=value, ask_id=ask_id)

    def change(current: Any) -> Any:
        if not isinstance(current, Script):
            from vraaghulp.errors import VraaghulpError

            raise VraaghulpError(t("script.geen_overtuiging_niets", id=current.id, soort=current.kind))
        return current.model_copy(update={"ratings": [*current.ratings, rating]})

    return journal.update(script_id, change)


def find_script(journal: Journal, prefix: str) -> Script:
    from vraaghulp.errors import VraaghulpError
    from vraaghulp.models import Script

    record = journal.find(prefix)
    if not isinstance(record, Script):
        raise VraaghulpError(t("script.geen_overtuiging", id=record.id, soort=record.kind))
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
        out.print(t("script.overtuiging_weg"), style="dim", markup=False)
        return None
    from vraaghulp.guides.scripts import belief_change_text, load_content

    texts = load_content().texts
    before = latest_belief(script)
    out.print()
    out.print(texts.rerate_intro, markup=False)
    line = user(f"“{script.sentence}”", style="bold")
    if before is not None:
        line.append(t("script.laatst", score=before), style="dim")
    out.print(line)
    out.print(texts.scale_hint, style="dim", markup=False)
    value = ctx.prompter.scale(texts.rerate_question, 0, 100, optional=True)
    if value is None:
        return None
    updated = add_rating(ctx.journal, script.id, value, when=ctx.now(), ask_id=ask.id)
    ctx.saved.append(t("script.nieuwe_score_deel", id=script.id))
    message = belief_change_text(texts, before, value, rerating=True)
    if message:
        out.print(message, style="green", markup=False)
    return updated


def rerate(ctx: ScriptContext, script: Script, value: int | None = None) -> Script | None:
    """Re-rate a script by hand (`vraaghulp script --opnieuw ID`)."""
    from vraaghulp.guides.scripts import belief_change_text

    texts = ctx.content.texts
    before = latest_belief(script)
    if value is None:
        line = user(f"“{script.sentence}”", style="bold")
        if before is not None:
            line.append(t("script.laatst", score=before), style="dim")
        ctx.console.print(line)
        ctx.console.print(texts.scale_hint, style="dim", markup=False)
        value = ctx.prompter.scale(texts.belief_question, 0, 100, optional=True)
        if value is None:
            ctx.console.print(t("script.geen_nieuwe_score"), style="dim", markup=False)
            return None
    updated = add_rating(ctx.journal, script.id, value, when=ctx.now())
    ctx.saved.append(t("script.nieuwe_score_deel", id=script.id))
    message = belief_change_text(texts, before, value, rerating=True)
    if message:
        ctx.console.print(message, style="green", markup=False)
    return updated
