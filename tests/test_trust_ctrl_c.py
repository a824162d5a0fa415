"""Ctrl-C at several prompts of oefen, script and gesprek, in a real pseudo-terminal
(issue 8, item 8): exit 130, no traceback, and no half record — the journal is byte for
byte what it was, plus exactly the records the closing message says were saved.

Prompts already covered elsewhere (not repeated here): oefen at "Wat wil je doen" and
after an outcome (test_oefen_pty.py), script at "Van wie is die stem" (test_script_pty.py),
gesprek at a step note with "save: yes" and during the silence with "no"
(test_gesprek_cli.py).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

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


def _drive(child, steps) -> None:
    for prompt, keys in steps:
        child.expect(prompt)
        child.send(keys)


# --- oefen --------------------------------------------------------------------------------
OEFEN = [
    ("Hoe vol zit je vandaag", "4" + ENTER),
    ("Wat wil je doen", ENTER),
    ("Aan wie vraag je het", "Sam" + ENTER),
    ("Wat vraag je precies", ENTER),
    ("Wanneer", ENTER),
    ("Zo laten", ENTER),
    ("Wat denk je dat er gebeurt", "Dat ze ja zegt" + ENTER),
    ("Hoe spannend is het nu", "6" + ENTER),
    ("kans dat de ander ja zegt", None),
]


@pytest.mark.parametrize("stop", [0, 2, 5, 6, 8], ids=lambda i: OEFEN[i][0])
def test_oefen_ctrl_c_at_any_prompt_saves_nothing(data_home, stop):
    child = spawn(data_home, "oefen")
    _drive(child, OEFEN[:stop])
    output = _interrupt(child, OEFEN[stop][0])
    assert "niets opgeslagen" in output
    assert _journal_bytes(data_home) == b""


def _open_ask_from_yesterday(home) -> bytes:
    home.mkdir(parents=True, exist_ok=True)
    yesterday = (datetime.now(timezone.utc) - timedelta(days=1)).isoformat()
    line = json.dumps({"id": "open0001", "soort": "vraag", "v": 1, "gemaakt": yesterday, "wie": "Ann",
                       "vraag": "Ann, kun je morgen bellen?", "angst_voor": 7, "kans": 40}).encode() + b"\n"
    (home / "logboek.jsonl").write_bytes(line)
    return line


@pytest.mark.parametrize("prompt, keys", [
    ("Heb je het gevraagd", []),
    ("Hoe bang of gespannen", [("Heb je het gevraagd", ENTER), ("Wat gebeurde er", ENTER),
                               ("vergeleken met wat je voorspelde", ENTER)]),
])
def test_oefen_ctrl_c_while_recording_an_outcome_leaves_the_ask_as_it_was(data_home, prompt, keys):
    before = _open_ask_from_yesterday(data_home)
    child = spawn(data_home, "oefen")
    _drive(child, keys)
    output = _interrupt(child, prompt)
    assert "niets opgeslagen" in output
    assert _journal_bytes(data_home) == before  # no half-recorded outcome


# --- script -------------------------------------------------------------------------------
SCRIPT = [
    ("Bij welk thema past jouw zin", DOWN + ENTER),
    ("dichtst bij", ENTER),
    ("In je eigen woorden", ENTER),
    ("Van wie is die stem eigenlijk", ENTER),
    ("Wil je er iets over kwijt", ENTER),
    ("Hoe waar voelt deze zin op dit moment", "70" + ENTER),
    ("Wat ben je bang dat er dan gebeurt", "Dat ze me zwak vinden" + ENTER),
    ("Wat vond je toen van die persoon", ENTER),
    ("Welke nieuwe regel", ENTER),
    ("Hoe waar voelt hij nu", None),
]


@pytest.mark.parametrize("stop", [0, 2, 5, 9], ids=lambda i: SCRIPT[i][0])
def test_script_ctrl_c_at_any_prompt_saves_nothing(data_home, stop):
    child = spawn(data_home, "script")
    _drive(child, SCRIPT[:stop])
    output = _interrupt(child, SCRIPT[stop][0])
    assert "niet opgeslagen" in output or "niets opgeslagen" in output
    assert _journal_bytes(data_home) == b""


# --- gesprek ------------------------------------------------------------------------------
SETUP = [
    ("moeilijk om hulp te vragen", "Anna" + ENTER),
    ("wie is de ander", "Bram" + ENTER),
    ("Wat is Bram voor Anna", ENTER),
]


@pytest.mark.parametrize("stop", [0, 2], ids=lambda i: SETUP[i][0])
def test_gesprek_ctrl_c_before_any_step_saves_nothing_and_asks_nothing(data_home, stop):
    child = spawn(data_home, "gesprek", "--stilte", "0")
    _drive(child, SETUP[:stop])
    output = _interrupt(child, SETUP[stop][0])
    assert "niets opgeslagen" in output and "Wil je bewaren" not in output
    assert _journal_bytes(data_home) == b""


def test_gesprek_a_second_ctrl_c_at_the_save_question_saves_nothing(data_home):
    child = spawn(data_home, "gesprek", "--stilte", "0")
    _drive(child, [*SETUP, ("mag leeg blijven", "Vragen voelt als zeuren" + ENTER)])
    child.expect("Stap 2 van 7")
    child.expect("mag leeg blijven")
    child.send(CTRL_C)
    output = _interrupt(child, "Wil je bewaren wat er tot nu toe is")
    assert "niets opgeslagen" in output
    assert _journal_bytes(data_home) == b""


def test_gesprek_ctrl_c_at_the_deflection_question_keeps_exactly_what_it_says(data_home):
    child = spawn(data_home, "gesprek", "--stilte", "0")
    _drive(child, SETUP)
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
