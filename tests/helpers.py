"""Running the CLI in-process with a test Environment (the quick way), and its result."""

from __future__ import annotations

import importlib.util
import io
import os
from contextlib import contextmanager
from unittest.mock import patch

from vraaghulp import cli
from vraaghulp.env import Environment


class Completed:
    """What a run gave: like subprocess.CompletedProcess (returncode, stdout, stderr)."""

    def __init__(self, returncode: int, stdout: str, stderr: str, env: Environment) -> None:
        self.returncode, self.stdout, self.stderr, self.env = returncode, stdout, stderr, env

    @property
    def asked(self) -> list:
        """The questions the scripted prompter answered: [(kind, question), ...]."""
        return self.env.scripted.asked if self.env.scripted is not None else []


@contextmanager
def environ(values: dict[str, str | None]):
    """Set (or, with None, remove) environment variables for the length of a block."""
    with patch.dict(os.environ):
        for key, value in values.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        yield


def run(*args: str, input: str | None = None, env: dict | None = None, tty: bool = False, answers=None,
        now=None, **_ignored) -> Completed:
    """`vraaghulp ARGS` in this process: stdin from `input`, a terminal when `tty` (questions are
    then answered from `answers`), stdout and stderr captured."""
    stdout, stderr = io.StringIO(), io.StringIO()
    values = {"NO_COLOR": "1", "COLUMNS": "100", **(env or {})}
    with environ(values):
        environment = Environment(stdin=io.StringIO(input or ""), stdout=stdout, stderr=stderr, stdin_tty=tty,
                                  stdout_tty=tty, answers=answers if answers is not None else [],
                                  now=now)
        code = cli.run(list(args), environment)
    return Completed(code, stdout.getvalue(), stderr.getvalue(), environment)


def load_tool(name: str):
    """A fresh copy of the script tools/<name>.py as a module (the tools are no package)."""
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parent.parent / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
