"""`vraaghulp krimp` through the real Questionary prompts in a pseudo-terminal."""

from __future__ import annotations

import os
import stat

from tests.pty_helpers import CTRL_C, DOWN, ENTER, finish, spawn

DRAFT = "Hoi Lotte, sorry dat ik stoor, zou je misschien kunnen helpen met verhuizen?"


def test_paste_a_draft_answer_a_follow_up_and_get_the_sentence(data_home):
    child = spawn(data_home, "krimp")
    child.expect("Plak of typ je bericht")
    # a paste as a terminal sends it (bracketed paste), then Enter
    child.send("\x1b[200~" + DRAFT + "\x1b[201~")
    child.send(ENTER)
    child.expect("Wat opvalt")
    child.expect("Excuus")
    child.expect("Tot nu toe")
    child.expect("Wanneer")
    child.send("zaterdag" + ENTER)
    child.expect("Hoe lang")
    child.send(ENTER)  # may stay empty
    child.expect("Klaar om te kopi")
    child.expect("Lotte, kun je zaterdag helpen met verhuizen\\?")
    output = child.before
    child.expect("klembord")
    child.send(DOWN + ENTER)  # "Nee"
    assert finish(child) == 0
    assert "Traceback" not in output
    assert not (data_home / "logboek.jsonl").exists()


def test_ctrl_c_at_the_draft_prompt_exits_130_cleanly(data_home):
    child = spawn(data_home, "krimp")
    child.expect("Plak of typ je bericht")
    child.send("Sorry, ik wou vr")
    child.send(CTRL_C)
    child.expect("Afgebroken")
    child.expect("niets bewaard")
    output = child.before + (child.after or "")
    assert finish(child) == 130
    assert "Traceback" not in output


def test_ctrl_c_at_a_follow_up_exits_130_cleanly(data_home):
    child = spawn(data_home, "krimp")
    child.expect("Plak of typ je bericht")
    child.send(DRAFT + ENTER)
    child.expect("Wanneer")
    child.send(CTRL_C)
    child.expect("Afgebroken")
    output = child.before + (child.after or "")
    assert finish(child) == 130
    assert "Traceback" not in output


UNSURE = "Ik wil niet zeuren hoor, maar zou u iemand kunnen sturen om de verwarming te maken? Ik ben ziek. Zeg het niet tegen mijn zoon."


def test_not_sure_prefills_the_own_words_to_edit_then_copies(data_home, tmp_path):
    tools = tmp_path / "bin"
    tools.mkdir()
    fake = tools / "pbcopy"
    fake.write_text(f"#!/bin/sh\n/bin/cat > {tmp_path}/copied\n", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    path = f"{tools}:{os.environ.get('PATH', '')}"
    child = spawn(data_home, "krimp", UNSURE, extra_env={"PATH": path, "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    child.expect("niet zeker")
    child.expect("Wat vraag je precies\\?")
    child.expect("ziek\\.")  # the offered words stand in the prompt, ready to edit
    child.send("\x7f" * len(" Ik ben ziek."))
    child.send(ENTER)
    child.expect("Klaar om te kopi")
    child.expect("klembord")
    child.send(ENTER)  # "Ja"
    child.expect("Gekopieerd")
    output = child.before
    assert finish(child) == 0
    assert "Traceback" not in output
    assert (tmp_path / "copied").read_text(encoding="utf-8") == "Kunt u iemand sturen om de verwarming te maken?"
