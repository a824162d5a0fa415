"""`vraaghulp oefen` offers to put the settled sentence on the clipboard, as krimp does:
shrink -> copy -> send in one step. In-process with fake clipboard tools on PATH, and once
through the real terminal (OSC 52)."""

from __future__ import annotations

import base64
import json
import os
import stat

from tests.helpers import run
from tests.pty_helpers import ENTER, finish, spawn

COPY_QUESTION = "Zal ik de zin op je klembord zetten?"
UNSURE = "Ik wil niet zeuren hoor, maar zou u iemand kunnen sturen om de verwarming te maken? Ik ben ziek. Zeg het niet tegen mijn zoon."


def _practice(copy: bool) -> list:
    # check-in, take the suggestion, to Sam, keep the words and the moment, "Zo laten?" yes,
    # the clipboard, then the prediction
    return [None, "neem", "Sam", None, None, True, copy, None, 5, 60]


def _tool(folder, body: str) -> dict:
    """A fake `pbcopy` in `folder`, and the environment that finds only it."""
    path = folder / "pbcopy"
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return {"PATH": str(folder), "DISPLAY": None, "WAYLAND_DISPLAY": None}


def _stored(data_home) -> list[dict]:
    path = data_home / "logboek.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def _questions(result) -> list[str]:
    return [question for _kind, question in result.asked]


def test_the_copy_is_offered_right_after_the_sentence_is_settled(data_home, tmp_path):
    result = run("oefen", tty=True, answers=_practice(False), env=_tool(tmp_path, f"/bin/cat > {tmp_path}/copied"))
    assert result.returncode == 0, result.stderr
    questions = _questions(result)
    assert questions[questions.index("Zo laten?") + 1] == COPY_QUESTION
    assert questions.count(COPY_QUESTION) == 1


def test_a_confirmed_copy_says_copied_and_holds_the_saved_sentence(data_home, tmp_path):
    result = run("oefen", tty=True, answers=_practice(True), env=_tool(tmp_path, f"/bin/cat > {tmp_path}/copied"))
    assert result.returncode == 0, result.stderr
    assert "Gekopieerd. Plak de zin waar je hem wilt sturen." in result.stdout
    [record] = _stored(data_home)
    assert (tmp_path / "copied").read_text(encoding="utf-8") == record["vraag"]
    assert record["vraag"].startswith("Sam, ") and record["status"] == "open"


def test_declining_runs_no_tool_and_says_nothing_about_the_clipboard(data_home, tmp_path):
    result = run("oefen", tty=True, answers=_practice(False), env=_tool(tmp_path, f"/bin/cat > {tmp_path}/copied"))
    assert result.returncode == 0, result.stderr
    assert not os.path.exists(tmp_path / "copied")
    assert "ekopieerd" not in result.stdout and "klembord" not in result.stdout.lower()
    assert len(_stored(data_home)) == 1


def test_an_unreachable_clipboard_is_one_calm_line_and_the_ask_is_saved(data_home, tmp_path):
    result = run("oefen", tty=True, answers=_practice(True), env=_tool(tmp_path, "exit 1"))
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if "klembord" in line.lower()]
    assert lines == ["Je klembord is hier niet te bereiken. Selecteer de zin hierboven en kopieer hem zelf."]
    assert "Gekopieerd" not in result.stdout and "Traceback" not in result.stderr
    assert len(_stored(data_home)) == 1 and "Opgeslagen als experiment" in result.stdout


def test_after_the_not_sure_edit_the_edited_words_are_copied(data_home, tmp_path):
    edited = "Kunt u iemand sturen om de verwarming te maken?"
    answers = [None, "eigen", "de verhuurder", UNSURE, None, edited, True, None, 5, 60]
    result = run("oefen", tty=True, answers=answers, env=_tool(tmp_path, f"/bin/cat > {tmp_path}/copied"))
    assert result.returncode == 0, result.stderr
    questions = _questions(result)
    assert "Zo laten?" not in questions
    last_edit = max(i for i, question in enumerate(questions) if question == "Wat vraag je precies?")
    assert questions.count("Wat vraag je precies?") == 2 and questions[last_edit + 1] == COPY_QUESTION
    assert (tmp_path / "copied").read_text(encoding="utf-8") == edited
    assert _stored(data_home)[0]["vraag"] == edited


def test_in_a_real_terminal_without_a_tool_the_terminal_is_asked_to_copy(data_home, tmp_path):
    empty = tmp_path / "geen-tools"
    empty.mkdir()
    child = spawn(data_home, "oefen", extra_env={"PATH": str(empty), "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    steps = [("Hoe vol zit je vandaag", ENTER), ("Wat wil je doen", ENTER), ("Aan wie vraag je het", "Sam" + ENTER),
             ("Wat vraag je precies", ENTER), ("Wanneer", ENTER), ("Zo laten", ENTER)]
    for prompt, keys in steps:
        child.expect(prompt)
        child.send(keys)
    child.expect("klembord")
    child.send(ENTER)  # "Ja", the default
    child.expect("\x1b\\]52;c;([A-Za-z0-9+/=]+)\x07")
    copied = base64.b64decode(child.match.group(1)).decode("utf-8")
    child.expect("Geprobeerd te kopiëren via je terminal")
    child.expect("Wat denk je dat er gebeurt")
    child.send(ENTER)
    child.expect("Hoe spannend is het nu")
    child.send("5" + ENTER)
    child.expect("kans dat de ander ja zegt")
    child.send("60" + ENTER)
    child.expect("Opgeslagen als experiment")
    output = child.before
    assert finish(child) == 0
    assert "Traceback" not in output and "Gekopieerd" not in output
    [record] = _stored(data_home)
    assert copied == record["vraag"] and copied.startswith("Sam, ")
