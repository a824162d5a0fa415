"""The small interface the flows ask their questions through.

Flows never import questionary: they get a Prompter. `QuestionaryPrompter` asks in a real
terminal; `ScriptedPrompter` answers from a list (tests, and anything that must run without
a terminal). `SafePrompter` wraps either and sends every free-text answer through the
crisis check, so no flow can forget it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from vraaghulp.messages import t

Option = tuple[Any, str]  # (value returned, label shown)


class Prompter(Protocol):
    def text(self, question: str, *, default: str = "", optional: bool = False, multiline: bool = False) -> str | None:
        """Free text. Optional questions return None when left empty."""

    def choice(self, question: str, options: Sequence[Option], *, default: Any = None) -> Any:
        """Pick one option; returns its value."""

    def scale(self, question: str, low: int, high: int, *, optional: bool = False, default: int | None = None) -> int | None:
        """A whole number from low to high. Optional questions return None when left empty."""

    def confirm(self, question: str, *, default: bool = True) -> bool:
        """Yes or no."""

    def pause(self, message: str) -> None:
        """Wait until the user presses Enter."""


def parse_scale(raw: str, low: int, high: int) -> int | None:
    """Parse a typed number within [low, high]; accepts '7', ' 7 ', '70%'. None if invalid."""
    cleaned = raw.strip().rstrip("%").strip()
    if not cleaned or not (cleaned.isdecimal() or (cleaned.startswith("-") and cleaned[1:].isdecimal())):
        return None
    value = int(cleaned)
    return value if low <= value <= high else None


class ScriptedPrompter:
    """Answers questions from a list, in order. For tests and scripted runs.

    An answer that is an exception (class or instance) is raised instead, e.g.
    KeyboardInterrupt to simulate Ctrl-C at that question.
    """

    def __init__(self, answers: Sequence[Any]) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str]] = []

    def _next(self, kind: str, question: str) -> Any:
        self.asked.append((kind, question))
        if not self.answers:
            raise AssertionError(f"no answer left for question {question!r}")
        answer = self.answers.pop(0)
        if isinstance(answer, BaseException) or (isinstance(answer, type) and issubclass(answer, BaseException)):
            raise answer
        return answer

    def text(self, question, *, default="", optional=False, multiline=False):
        answer = self._next("text", question)
        if answer is None or (isinstance(answer, str) and not answer.strip()):
            if default:
                return default
            if optional:
                return None
            raise AssertionError(f"empty text for a required question {question!r}")
        return answer

    def choice(self, question, options, *, default=None):
        answer = self._next("choice", question)
        values = [value for value, _label in options]
        if answer is None and default is not None:
            return default
        if answer not in values:
            raise AssertionError(f"answer {answer!r} is not a choice of {question!r}: {values!r}")
        return answer

    def scale(self, question, low, high, *, optional=False, default=None):
        answer = self._next("scale", question)
        if answer is None:
            if default is not None:
                return default
            if optional:
                return None
            raise AssertionError(f"no number for a required question {question!r}")
        if not (low <= int(answer) <= high):
            raise AssertionError(f"{answer} is outside {low}-{high} for {question!r}")
        return int(answer)

    def confirm(self, question, *, default=True):
        answer = self._next("confirm", question)
        return default if answer is None else bool(answer)

    def pause(self, message):
        self.asked.append(("pause", message))


def with_scale_hint(question: str, low: int, high: int, optional: bool) -> str:
    """The question with its range and "may stay empty", in one pair of brackets: a question
    that ends in its own explanation ("(0 = rustig, 10 = heel erg)") gets the note inside it."""
    empty = t("algemeen.vraag.ook_leeg") if optional else ""
    if question.endswith(")"):
        return f"{question[:-1]}{empty})"
    return f"{question} ({low}-{high}{empty})"


class QuestionaryPrompter:
    """Asks in the terminal with questionary. Ctrl-C raises KeyboardInterrupt."""

    def __init__(self) -> None:
        import questionary

        self.q = questionary
        self.style = questionary.Style([("qmark", "fg:#5f87af bold"), ("question", "bold"), ("answer", "fg:#5f8700")])

    @staticmethod
    def fit(question: str) -> str:
        """On a narrow terminal the question wrapped between words (the terminal would cut words)."""
        import shutil
        import textwrap

        from vraaghulp.light.plain import NARROW

        width = shutil.get_terminal_size((80, 24)).columns
        if width >= NARROW:
            return question
        return textwrap.fill(question, max(20, width - 4), break_long_words=False, break_on_hyphens=False)

    def _ask(self, question) -> Any:
        from vraaghulp.sigint import run_prompt

        answer = run_prompt(question.application)
        if answer is None:  # EOF or an aborted prompt
            raise KeyboardInterrupt
        return answer

    def text(self, question, *, default="", optional=False, multiline=False):
        def validate(value: str) -> bool | str:
            if optional or value.strip() or default:
                return True
            return t("algemeen.vraag.typ_iets")

        suffix = t("algemeen.vraag.mag_leeg") if optional else ""
        answer = self._ask(
            self.q.text(
                self.fit(question + suffix),
                default=default or "",
                validate=validate,
                multiline=multiline,
                qmark="›",
                style=self.style,
                instruction=t("algemeen.vraag.meer_regels") if multiline else None,
            )
        )
        answer = answer.strip()
        if not answer:
            return default or None
        return answer

    def choice(self, question, options, *, default=None):
        choices = [self.q.Choice(title=label, value=value) for value, label in options]
        chosen_default = None
        for c in choices:
            if c.value == default:
                chosen_default = c
        return self._ask(
            self.q.select(
                self.fit(question),
                choices=choices,
                default=chosen_default,
                qmark="›",
                style=self.style,
                instruction=t("algemeen.vraag.pijltjes"),
            )
        )

    def scale(self, question, low, high, *, optional=False, default=None):
        def validate(value: str) -> bool | str:
            if not value.strip() and (optional or default is not None):
                return True
            if parse_scale(value, low, high) is None:
                return t("algemeen.vraag.heel_getal", laag=low, hoog=high)
            return True

        answer = self._ask(
            self.q.text(
                self.fit(with_scale_hint(question, low, high, optional)),
                default="" if default is None else str(default),
                validate=validate,
                qmark="›",
                style=self.style,
            )
        )
        if not answer.strip():
            return default
        return parse_scale(answer, low, high)

    def confirm(self, question, *, default=True):
        options = [(True, t("algemeen.vraag.ja")), (False, t("algemeen.vraag.nee"))]
        return self.choice(question, options, default=default)

    def pause(self, message):
        # A plain text prompt: Enter goes on, Ctrl-C interrupts (press_any_key treats
        # any other key as an abort, which would look like Ctrl-C).
        self._ask(self.q.text(message, qmark="›", style=self.style, instruction=t("algemeen.vraag.enter")))


class SafePrompter:
    """Wraps a prompter: every free-text answer goes through the crisis check."""

    def __init__(self, inner: Prompter, on_text: Callable[[str], None]) -> None:
        self.inner = inner
        self.on_text = on_text

    def text(self, question, *, default="", optional=False, multiline=False):
        answer = self.inner.text(question, default=default, optional=optional, multiline=multiline)
        if answer:
            self.on_text(answer)
        return answer

    def choice(self, question, options, *, default=None):
        return self.inner.choice(question, options, default=default)

    def scale(self, question, low, high, *, optional=False, default=None):
        return self.inner.scale(question, low, high, optional=optional, default=default)

    def confirm(self, question, *, default=True):
        return self.inner.confirm(question, default=default)

    def pause(self, message):
        return self.inner.pause(message)

    @property
    def asked(self):  # convenience for tests that wrap a ScriptedPrompter
        return getattr(self.inner, "asked", [])
