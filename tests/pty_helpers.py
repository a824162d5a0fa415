"""Driving the installed command in a real pseudo-terminal (pexpect)."""

from __future__ import annotations

import os

import pexpect

from tests.conftest import vraaghulp_exe

DOWN = "\x1b[B"
ENTER = "\r"
CTRL_C = "\x03"


class Spawn(pexpect.spawn):
    """pexpect's spawn without its fixed pauses, which were seconds of every run: 50 ms before
    each send (prompt_toolkit reads keys in raw mode from before it draws a prompt, and the
    tests send only after seeing one), and 100 ms at close after the end was seen (the child
    is waited for instead, so its exit status is the real one). A close of a child that is
    still running keeps pexpect's pause and its SIGHUP, SIGINT, SIGKILL sequence."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.delaybeforesend = None

    def close(self, force: bool = True) -> None:
        if not self.closed and self.flag_eof:
            if self.isalive():
                self.wait()
            self.ptyproc.delayafterclose = 0
        super().close(force=force)


def spawn(home, *args: str, timeout: float = 20, extra_env: dict[str, str] | None = None) -> pexpect.spawn:
    exe = vraaghulp_exe()
    env = dict(os.environ, **(extra_env or {}))
    env.update({"VRAAGHULP_HOME": str(home), "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30", "NO_COLOR": "1",
                # pexpect never answers prompt_toolkit's cursor-position request; without this
                # every prompt waits for that request to time out.
                "PROMPT_TOOLKIT_NO_CPR": "1"})
    return Spawn(exe[0], [*exe[1:], *args], env=env, dimensions=(30, 100), timeout=timeout, encoding="utf-8")


def finish(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus if child.exitstatus is not None else 128 + (child.signalstatus or 0)


def own_ask_offered(home, person: str, draft: str, moment: str, sentence: str) -> int:
    """`vraaghulp oefen` with one's own ask (person, draft, moment typed at the prompts): the offered `sentence` (a
    regex) is shown as ready to copy and whole (the next prompt is "Zo laten"); Ctrl-C there. The exit status."""
    child = spawn(home, "oefen")
    child.expect("Hoe vol zit je vandaag")
    child.send("5" + ENTER)
    child.expect("Wat wil je doen")
    child.send(DOWN + DOWN + ENTER)  # "Ik schrijf mijn eigen vraag"
    child.expect("Aan wie vraag je het")
    child.send(person + ENTER)
    child.expect("Wat vraag je precies")
    child.send(draft + ENTER)
    child.expect("Wanneer")
    child.send(moment + ENTER)
    child.expect("klaar om te kopi")
    child.expect(sentence)
    child.expect("Zo laten")
    child.send(CTRL_C)  # the sentence was shown as sure and whole; stopping here saves nothing
    child.expect("Afgebroken")
    return finish(child)
