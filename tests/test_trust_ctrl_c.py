"""Ctrl-C at several prompts of oefen, script and gesprek (issue 8, item 8): exit 130, no
traceback, and no half record — the journal is byte for byte what it was, plus exactly the
records the closing message says were saved.

Each prompt is tried in-process (a scripted prompter raises KeyboardInterrupt there, as
questionary does); the last prompt of each flow, and the richest gesprek case, also in a
real pseudo-terminal, where Ctrl-C is a real key.

Prompts already covered elsewhere (not repeated here): oefen at "Wat wil je doen" and
after an outcome (test_oefen_pty.py), script at "Van wie is die stem" (test_script_pty.py),
gesprek at a step note with "save: yes" and during the silence with "no"
(test_gesprek_cli.py).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from tests import helpers
from tests.pty_helpers import CTRL_C, DOWN, ENTER, finish, spawn


def _journal_bytes(home) -> bytes:
    path = home / "logboek.jsonl"
    return path.read_bytes() if path.exists() else b""


def _interrupt(child, prompt: str) -> str:
    """Wait for `prompt`, press Ctrl-C, return everything shown after it up to the end."""
    child.expect(prompt)
    child.send(CTRL_C)
    code = finish(child)
    output = child.before or ""
    assert code == 130, output
    assert "Traceback" not in output and "fout in het programma" not in output, output
    assert "Afgebroken" in output, output
    return output


def _interrupt_in_process(args, answers, prompt: str) -> str:
    """Answer the prompts, then Ctrl-C at the one that contains `prompt`; what was said on stderr."""
    result = helpers.run(*args, tty=True, answers=[*answers, KeyboardInterrupt])
    assert result.asked and prompt in result.asked[-1][1], result.asked
    assert result.returncode == 130, result.stderr
    assert "Traceback" not in result.stderr and "fout in het programma" not in result.stderr
    assert "Afgebroken" in result.stderr, result.stderr
    return result.stderr


def _drive(child, steps) -> None:
    for prompt, keys in steps:
        child.expect(prompt)
        child.send(keys)


# --- oefen --------------------------------------------------------------------------------
# (prompt, keys in a terminal, the same answer for a scripted prompter)
OEFEN = [
    ("Hoe vol zit je vandaag", "4" + ENTER, 4),
    ("Wat wil je doen", ENTER, None),
    ("Aan wie vraag je het", "Sam" + ENTER, "Sam"),
    ("Wat vraag je precies", ENTER, None),
    ("Wanneer", ENTER, None),
    ("Zo laten", ENTER, True),
    ("klembord", DOWN + ENTER, False),
    ("Wat denk je dat er gebeurt", "Dat ze ja zegt" + ENTER, "Dat ze ja zegt"),
    ("Hoe spannend is het nu", "6" + ENTER, 6),
    ("kans dat de ander ja zegt", None, None),
]


@pytest.mark.parametrize("stop", [0, 2, 5, 6, 7, 9], ids=lambda i: OEFEN[i][0])
def test_oefen_ctrl_c_at_any_prompt_saves_nothing(data_home, stop):
    output = _interrupt_in_process(["oefen"], [answer for _p, _k, answer in OEFEN[:stop]], OEFEN[stop][0])
    assert "niets opgeslagen" in output
    assert _journal_bytes(data_home) == b""


def _open_ask_from_yesterday(home) -> bytes:
    home.mkdir(parents=True, exist_ok=True)
    yesterday = (datetime.now(timezone.utc) - timedelta(days=1)).isoformat()
    line = json.dumps({"id": "open0001", "soort": "vraag", "v": 1, "gemaakt": yesterday, "wie": "Ann",
                       "vraag": "Ann, kun je morgen bellen?", "angst_voor": 7, "kans": 40}).encode() + b"\n"
    (home / "logboek.jsonl").write_bytes(line)
    return line


@pytest.mark.parametrize("prompt, answers", [("Heb je het gevraagd", []), ("Hoe bang of gespannen", [None, None, None])])
def test_oefen_ctrl_c_while_recording_an_outcome_leaves_the_ask_as_it_was(data_home, prompt, answers):
    before = _open_ask_from_yesterday(data_home)
    output = _interrupt_in_process(["oefen"], answers, prompt)
    assert "niets opgeslagen" in output
    assert _journal_bytes(data_home) == before  # no half-recorded outcome


# --- script -------------------------------------------------------------------------------
def _second_theme() -> str:
    from vraaghulp.guides.scripts import load_content

    return load_content().themes[1].key


SCRIPT = [
    ("Bij welk thema past jouw zin", DOWN + ENTER, _second_theme),
    ("dichtst bij", ENTER, None),
    ("In je eigen woorden", ENTER, None),
    ("Van wie is die stem eigenlijk", ENTER, None),
    ("Wil je er iets over kwijt", ENTER, None),
    ("Hoe waar voelt deze zin op dit moment", "70" + ENTER, 70),
    ("Wat ben je bang dat er dan gebeurt", "Dat ze me zwak vinden" + ENTER, "Dat ze me zwak vinden"),
    ("Wat vond je toen van die persoon", ENTER, None),
    ("Welke nieuwe regel", ENTER, None),
    ("Hoe waar voelt hij nu", None, None),
]


@pytest.mark.parametrize("stop", [0, 2, 5, 9], ids=lambda i: SCRIPT[i][0])
def test_script_ctrl_c_at_any_prompt_saves_nothing(data_home, stop):
    answers = [answer() if callable(answer) else answer for _p, _k, answer in SCRIPT[:stop]]
    output = _interrupt_in_process(["script"], answers, SCRIPT[stop][0])
    assert "niet opgeslagen" in output or "niets opgeslagen" in output
    assert _journal_bytes(data_home) == b""


@pytest.mark.parametrize("command, steps, said", [("oefen", OEFEN, "niets opgeslagen"),
                                                  ("script", SCRIPT, "niet opgeslagen")])
def test_ctrl_c_at_the_last_prompt_in_a_real_terminal_saves_nothing(data_home, command, steps, said):
    child = spawn(data_home, command)
    _drive(child, [(prompt, keys) for prompt, keys, _a in steps[:-1]])
    output = _interrupt(child, steps[-1][0])
    assert said in output
    assert _journal_bytes(data_home) == b""


# --- gesprek ------------------------------------------------------------------------------
SETUP = [
    ("Willen jullie nu beginnen", ENTER, "verder"),  # "samen" first asks whether the other is someone safe
    ("Wie van jullie vindt het moeilijk om hulp te vragen", "Anna" + ENTER, "Anna"),
    ("wie is de ander", "Bram" + ENTER, "Bram"),
    ("Wat is Bram voor Anna", ENTER, None),
]


@pytest.mark.parametrize("stop", [0, 1, 3], ids=lambda i: SETUP[i][0])
def test_gesprek_ctrl_c_before_any_step_saves_nothing_and_asks_nothing(data_home, stop):
    output = _interrupt_in_process(["gesprek", "--stilte", "0"], [a for _p, _k, a in SETUP[:stop]], SETUP[stop][0])
    assert "niets opgeslagen" in output and "Wil je bewaren" not in output
    assert _journal_bytes(data_home) == b""


def test_gesprek_a_second_ctrl_c_at_the_save_question_saves_nothing(data_home):
    answers = [a for _p, _k, a in SETUP] + ["Vragen voelt als zeuren", KeyboardInterrupt]
    output = _interrupt_in_process(["gesprek", "--stilte", "0"], answers, "Wil je bewaren wat er tot nu toe is")
    assert "niets opgeslagen" in output
    assert _journal_bytes(data_home) == b""


def test_gesprek_ctrl_c_at_the_deflection_question_keeps_exactly_what_it_says(data_home):
    child = spawn(data_home, "gesprek", "--stilte", "0")
    _drive(child, [(prompt, keys) for prompt, keys, _a in SETUP])
    for step in range(1, 6):
        child.expect(f"Stap {step} van 7")
        child.expect("mag leeg blijven")
        child.send(f"notitie {step}" + ENTER)
    child.expect("Stap 6 van 7")
    child.expect("mag leeg blijven")
    child.send(ENTER)
    child.expect("grapje")
    child.send(CTRL_C)
    child.expect("Wil je bewaren wat er tot nu toe is")
    child.send(ENTER)  # yes
    child.expect(r"Opgeslagen: het gesprek tot en met stap (\d) \((\w+)\)")
    last_step, record_id = int(child.match.group(1)), child.match.group(2)
    code = finish(child)
    assert code == 130 and "Traceback" not in (child.before or "")
    lines = _journal_bytes(data_home).splitlines()
    assert len(lines) == 1  # exactly the record the message names, nothing else
    stored = json.loads(lines[0])
    assert stored["id"] == record_id and stored["laatste_stap"] == last_step and stored["voltooid"] is False
    assert stored["notities"] == {str(n): f"notitie {n}" for n in range(1, 6)}
