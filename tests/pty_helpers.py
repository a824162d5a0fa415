"""Driving the installed command in a real pseudo-terminal (pexpect)."""

from __future__ import annotations

import os

import pexpect

from tests.conftest import vraaghulp_exe

DOWN = "\x1b[B"
ENTER = "\r"
CTRL_C = "\x03"


def spawn(home, *args: str, timeout: float = 20, extra_env: dict[str, str] | None = None) -> pexpect.spawn:
    exe = vraaghulp_exe()
    env = dict(os.environ, **(extra_env or {}))
    env.update({"VRAAGHULP_HOME": str(home), "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30", "NO_COLOR": "1",
                # pexpect never answers prompt_toolkit's cursor-position request; without this
                # every prompt waits for that request to time out.
                "PROMPT_TOOLKIT_NO_CPR": "1"})
    return pexpect.spawn(exe[0], [*exe[1:], *args], env=env, dimensions=(30, 100), timeout=timeout, encoding="utf-8")


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus if child.exitstatus is not None else 128 + (child.signalstatus or 0)
