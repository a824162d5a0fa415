"""The Environment: everything a command touches outside itself, in one object.

Built once by `cli.run` and passed to every handler: the three streams and whether they
are terminals, the clock, the journal, the Rich consoles and the prompter. Tests build
their own (`tests/helpers.py`) instead of patching globals, and run commands in-process.

Standard library only at import time; Rich, questionary and the store load on first use.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime


def _isatty(stream) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


class Environment:
    """stdin/stdout/stderr default to the process's (looked up when used, so a replaced
    sys.stdout is honoured); `answers` replaces the terminal prompter by a scripted one."""

    def __init__(self, *, stdin=None, stdout=None, stderr=None, stdin_tty: bool | None = None,
                 stdout_tty: bool | None = None, now=None, answers=None, journal=None, width: int | None = None) -> None:
        self._stdin, self._stdout, self._stderr = stdin, stdout, stderr
        self._stdin_tty, self._stdout_tty = stdin_tty, stdout_tty
        self._now = now
        self._answers = answers
        self._scripted = None
        self._journal = journal
        self._width = width
        self._consoles: dict[bool, object] = {}
        self.json = False  # set by the CLI for --json
        self.bare = False  # set by commands with --kaal: stdout carries only the result
        self.interrupted = None  # a command may set a callable that says what Ctrl-C kept (see cli)
        self.saved: list[str] = []  # what a command saved so far, for the Ctrl-C message
        self._care = None

    # ----- streams -------------------------------------------------------------------
    @property
    def stdin(self):
        return self._stdin if self._stdin is not None else sys.stdin

    @property
    def stdout(self):
        return self._stdout if self._stdout is not None else sys.stdout

    @property
    def stderr(self):
        return self._stderr if self._stderr is not None else sys.stderr

    @property
    def stdin_tty(self) -> bool:
        return self._stdin_tty if self._stdin_tty is not None else _isatty(self.stdin)

    @property
    def stdout_tty(self) -> bool:
        return self._stdout_tty if self._stdout_tty is not None else _isatty(self.stdout)

    # ----- time ----------------------------------------------------------------------
    def now(self) -> datetime:
        if self._now is not None:
            return self._now()
        from datetime import datetime

        return datetime.now().astimezone()

    def today(self):
        return self.now().date()

    # ----- data ----------------------------------------------------------------------
    @property
    def journal(self):
        if self._journal is None:
            from vraaghulp.store import Journal

            self._journal = Journal()
        return self._journal

    # ----- output and questions --------------------------------------------------------
    def console(self, stderr: bool = False):
        """A Rich console on stdout (or stderr); markup only in our own templates."""
        console = self._consoles.get(stderr)
        if console is None:
            from vraaghulp.render import make_console

            stream = self._stderr if stderr else self._stdout
            console = make_console(stderr=stderr, file=stream, width=self._width)
            self._consoles[stderr] = console
        return console

    @property
    def out(self):
        """Where output for people goes: stdout, or stderr when stdout carries JSON or a bare result."""
        return self.console(stderr=self.json or self.bare)

    def prompter(self, out=None):
        """The prompter for questions, wrapped so every typed text gets the crisis check."""
        from vraaghulp.prompter import QuestionaryPrompter, SafePrompter

        out = out if out is not None else self.out
        inner = self.scripted if self._answers is not None else QuestionaryPrompter()
        return SafePrompter(inner, on_text=lambda text: self.care.check(text, console=out))

    @property
    def care(self):
        """The crisis check of this run (`vraaghulp.care.Care`): the panel, or the gentle line."""
        if self._care is None:
            from vraaghulp.care import Care

            self._care = Care(lambda: self.out)
        return self._care

    def secret_asker(self):
        """How to ask a passphrase: hidden typing in the terminal, the scripted answers in a
        test, or None without a terminal (the caller then says how to give it)."""
        if not self.stdin_tty:
            return None
        if self._answers is not None:
            return lambda question: self.scripted.text(question)
        from vraaghulp.vault.detect import terminal_ask  # not `unlock`: it loads hashlib, subprocess, typing

        return terminal_ask()

    @property
    def scripted(self):
        """The scripted prompter (one for the whole run) when `answers` were given, else None."""
        if self._answers is None:
            return None
        if self._scripted is None:
            from vraaghulp.prompter import ScriptedPrompter

            self._scripted = ScriptedPrompter(self._answers)
        return self._scripted

    def check_texts(self, *texts: str | None) -> None:
        """The crisis check over text given as options, on stdin or in a file: one panel at
        most, on the people's console; a zorg line waits until the output is shown (`cli`)."""
        for text in texts:
            if text and text.strip() and self.care.check(text, now=False) == "acuut":
                return

    def finish(self) -> None:
        """At the end of a run: the gentle line that was waiting, if any."""
        if self._care is not None:
            self._care.flush()
