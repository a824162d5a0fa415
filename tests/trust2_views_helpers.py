"""In-process running for the issue-14 crash and "smaller" tests (tests/test_trust2_crashes.py,
tests/test_trust2_smaller.py).

`run_in(home, *args)` is `vraaghulp ARGS` through `cli.run` in this process, with
VRAAGHULP_HOME at `home`: the quick way, for everything that needs no real process. The
real-process tools (FIFOs that block, memory limits, signals, a pseudo-terminal) stay in
`tests/trust2_helpers.py`.
"""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

from tests import helpers
from vraaghulp import cli
from vraaghulp.env import Environment


def run_in(home: Path, *args: str, input: str | None = None, env: dict | None = None, tty: bool = False,
           answers=None, stdout=None) -> helpers.Completed:
    """`vraaghulp ARGS` in this process; `stdout=` replaces the captured standard output
    (`.stdout` of the result is then empty)."""
    values = {"VRAAGHULP_HOME": str(home), "VISUAL": None, "EDITOR": None, **(env or {})}
    if stdout is None:
        return helpers.run(*args, input=input, env=values, tty=tty, answers=answers)
    stderr = io.StringIO()
    with helpers.environ({"NO_COLOR": "1", "COLUMNS": "100", **values}):
        environment = Environment(stdin=io.StringIO(input or ""), stdout=stdout, stderr=stderr, stdin_tty=False,
                                  stdout_tty=False, answers=[])
        code = cli.run(list(args), environment)
    return helpers.Completed(code, "", stderr.getvalue(), environment)


class FailingStream:
    """A standard output whose every write fails like a full disk (ENOSPC) or a closed pipe (EPIPE)."""

    encoding = "utf-8"

    def __init__(self, code: int = errno.ENOSPC) -> None:
        self.code = code
        self.attempts = 0

    def _fail(self):
        self.attempts += 1
        if self.code == errno.EPIPE:
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))
        raise OSError(self.code, os.strerror(self.code))

    def write(self, text: str) -> int:
        if not text:
            return 0
        self._fail()
        return 0

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(errno.EBADF, "no file descriptor")


def stored(home: Path) -> list[dict]:
    """Every line of the journal that is valid JSON, in file order (a line nested too deeply is skipped)."""
    import json

    path = home / "logboek.jsonl"
    found = []
    for line in (path.read_bytes() if path.exists() else b"").splitlines():
        try:
            found.append(json.loads(line))
        except (ValueError, RecursionError):
            pass
    return found


def stored_by_id(home: Path, record_id: str) -> list[dict]:
    return [r for r in stored(home) if isinstance(r, dict) and r.get("id") == record_id]
