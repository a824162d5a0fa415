"""Shrinking a draft to one sentence (`vraaghulp krimp`), written against a Prompter.

Interactive: paste the draft, see what can go and why, fill in what is still missing
(what exactly, when, how long; each may stay empty), and get the sentence to copy.
Nothing is saved: the draft and the answers live only in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from vraaghulp.coach.krimp import Shrunk, shrink, with_answers
from vraaghulp.messages import t

# (key in Shrunk.missing, attribute of Answers); the question is `krimp.vraag.<attribute>`
FOLLOW_UPS = (("wat", "wat"), ("wanneer", "wanneer"), ("hoe-lang", "hoe_lang"))


@dataclass
class Answers:
    """Follow-up answers that fill what the draft leaves open."""

    wat: str | None = None
    wanneer: str | None = None
    hoe_lang: str | None = None

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def texts(self) -> list[str]:
        return [value for f in fields(self) if (value := getattr(self, f.name))]


def apply_answers(base: Shrunk, answers: Answers) -> Shrunk:
    """Re-shrink with the answers; without any answer the result stays as it was."""
    if not answers.any():
        return base
    return with_answers(base, wat=answers.wat, wanneer=answers.wanneer, hoe_lang=answers.hoe_lang)


def still_open(shrunk: Shrunk, given: Answers) -> list[tuple[str, str]]:
    """The follow-up questions worth asking: missing in the sentence and not answered yet."""
    return [item for item in FOLLOW_UPS if item[0] in shrunk.missing and not getattr(given, item[1])]


def is_heavy(draft: str) -> bool:
    """Does the draft contain crisis language? (The panel itself is shown by the caller.)"""
    from vraaghulp.coach.crisis import is_crisis

    return bool(draft and draft.strip()) and is_crisis(draft)


def shrink_text(draft: str, given: Answers | None = None) -> tuple[Shrunk, Shrunk]:
    """(the first shrink, the result after the given answers)."""
    first = shrink(draft)
    return first, apply_answers(first, given or Answers())


def interactive(prompter: Any, console: Any, given: Answers | None = None) -> tuple[str, Shrunk]:
    """The whole conversation; returns the draft and the final result (shown already)."""
    from rich.text import Text

    from vraaghulp.render import krimp as view

    given = given or Answers()
    seen: set[str] = set()
    console.print(Text(t("krimp.uitleg")))
    draft = prompter.text(t("krimp.vraag.concept"))
    first = shrink(draft)
    view.show_analysis(console, draft, first, heavy=is_heavy(draft), seen=seen)
    result = apply_answers(first, given)

    questions = still_open(result, given) if result.sure else []
    if questions:
        view.show_so_far(console, result.sentence)
        console.print(Text(t("krimp.ontbreekt_nog"), style="dim"))
        answers = Answers(given.wat, given.wanneer, given.hoe_lang)
        for _key, attribute in questions:
            setattr(answers, attribute, prompter.text(t(f"krimp.vraag.{attribute}"), optional=True))
        result = apply_answers(first, answers)
        new = [f for f in result.findings if f not in first.findings]
        if answers.any() and new:
            console.print()
            console.print(view.findings_view(new, console.width, seen))
    finish(prompter, console, result, terminal=True)
    return draft, result


def finish(prompter: Any, console: Any, result: Shrunk, *, terminal: bool) -> str:
    """The sentence to copy. Not sure: say so plainly and, in a terminal, let the person edit
    their own words ("Wat vraag je precies?", prefilled). In a terminal, offer the clipboard."""
    from vraaghulp.render import krimp as view

    sentence = result.sentence
    unsure = not result.sure and not result.crisis
    if unsure:
        if sentence:  # without any sentence the remark 'Nog geen vraag' has said it already
            view.show_unsure(console, editable=terminal)
        if terminal:
            answer = prompter.text(t("krimp.vraag.precies"), default=sentence) or sentence
            sentence = answer[:1].upper() + answer[1:]
    if not sentence:
        return sentence
    view.show_sentence(console, sentence, sure=not unsure or terminal)
    if terminal and sentence:
        offer_copy(prompter, console, sentence)
    return sentence


def offer_copy(prompter: Any, console: Any, sentence: str) -> str | None:
    """Ask to put the sentence on the clipboard, do it and say how it went; never fails."""
    from rich.text import Text

    from vraaghulp.clipboard import copy
    from vraaghulp.light.text import clean

    if not prompter.confirm(t("algemeen.klembord.vraag"), default=True):
        return None
    terminal = console.file if console.is_terminal else None
    outcome = copy(clean(sentence), terminal)
    console.print(Text(t(f"algemeen.klembord.{outcome}"), style="green" if outcome == "gekopieerd" else "dim"))
    return outcome
