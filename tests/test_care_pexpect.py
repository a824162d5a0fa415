"""The self-check and the partner through real Questionary prompts in a pseudo-terminal."""

from __future__ import annotations

import json
import os

import pexpect
import pytest

from tests.conftest import vraaghulp_exe
from tests.pty_helpers import Spawn

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pexpect needs a POSIX pseudo-terminal")


def _spawn(data_home, *args):
    exe = vraaghulp_exe()
    env = dict(os.environ, VRAAGHULP_HOME=str(data_home), TERM="xterm-256color")
    env["PROMPT_TOOLKIT_NO_CPR"] = "1"  # no cursor-position round trip: the pty does not answer it
    env.pop("NO_COLOR", None)
    return Spawn(exe[0], [*exe[1:], *args], env=env, dimensions=(30, 100), encoding="utf-8", timeout=15)


def _journal_lines(data_home):
    path = data_home / "logboek.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_check_in_a_real_terminal_saves_when_asked(data_home):
    child = _spawn(data_home, "check")
    child.expect("1/10")
    child.send("\x1b[B")  # down: "Soms"
    child.send("\r")
    child.expect("2/10")
    child.send("\x1b[B")
    child.send("\x1b[B")  # "Vaak"
    child.send("\r")
    for number in range(3, 11):
        child.expect(f"{number}/10")
        child.send("\r")  # default "Nee"
    child.expect("punten")
    child.expect("bewaren")
    child.send("\x1b[B")  # from the default "Nee" down wraps to "Ja"
    child.send("\r")
    child.expect("Bewaard in je logboek")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    [record] = _journal_lines(data_home)
    assert record["soort"] == "check"
    assert record["score"] == 3
    assert record["antwoorden"]["het-gaat"] == 1
    assert record["antwoorden"]["bericht-wissen"] == 2


def test_check_default_is_not_saved(data_home, run_cli):
    """Enter at every question keeps the defaults: all "Nee", and not saved (in-process)."""
    result = run_cli("check", tty=True, answers=[None] * 11)
    assert result.returncode == 0, result.stderr
    assert "Niet bewaard" in result.stdout and "0 van de 20 punten" in result.stdout
    assert _journal_lines(data_home) == []


def test_check_ctrl_c_exits_130_and_says_nothing_saved(data_home):
    child = _spawn(data_home, "check")
    child.expect("1/10")
    child.send("\r")
    child.expect("2/10")
    child.send("\x03")
    child.expect("niet bewaard")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in (child.before or "")
    assert _journal_lines(data_home) == []


def test_maatje_typed_name_is_remembered(data_home):
    child = _spawn(data_home, "maatje")
    child.expect("Met wie wil je oefenen")
    child.send("Noor\r")
    child.expect("Noor is nu je oefenmaatje")
    child.expect("Hoi Noor,")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    profile = json.loads((data_home / "profiel.json").read_text(encoding="utf-8"))
    assert profile["maatje"] == "Noor"


def test_typed_answers_get_the_line_or_the_panel_and_the_flow_goes_on(data_home):
    """zorg typed at a real prompt: one gentle line, the next question follows; acuut: the panel."""
    from tests.pty_helpers import CTRL_C, DOWN, ENTER, finish, spawn

    child = spawn(data_home, "script")
    child.expect("Bij welk thema past jouw zin")
    child.send(DOWN + ENTER)
    child.expect("dichtst bij")
    child.send(ENTER)
    child.expect("In je eigen woorden")
    child.send(ENTER)
    child.expect("Van wie is die stem eigenlijk")
    child.send(ENTER)
    child.expect("Wil je er iets over kwijt")
    child.send("mijn vader, ik ben het zo moe allemaal" + ENTER)
    child.expect("Het klinkt zwaar wat je schrijft")
    child.expect("vraaghulp hulplijn")
    child.expect("Hoe waar voelt deze zin")  # the flow was not interrupted
    assert "Even stilstaan" not in child.before
    child.send("70" + ENTER)
    child.expect("Wat ben je bang dat er dan gebeurt")
    child.send("dat ik er dan een eind aan maak" + ENTER)
    child.expect("Even stilstaan bij jou")
    child.expect("0800-0113")
    child.expect("Kun je bij me zijn")
    child.expect("Wat vond je toen van die persoon")
    child.send(CTRL_C)
    assert finish(child) == 130
    assert not (data_home / "logboek.jsonl").exists()
