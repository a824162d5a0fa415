"""`vraaghulp krimp` through the real Questionary prompts in a pseudo-terminal."""

from __future__ import annotations

from tests.pty_helpers import CTRL_C, ENTER, finish, spawn

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
