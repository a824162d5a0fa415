"""A whole `vraaghulp oefen` through the real Questionary prompts in a pseudo-terminal."""

from __future__ import annotations

import json

from tests.pty_helpers import CTRL_C, DOWN, ENTER, finish, spawn


def test_whole_oefen_in_a_real_terminal(data_home):
    """The ladder card shown depends on the date, so the ask is the person's own: a bare task and a
    moment typed apart, composed by the real engine whatever card today offers."""
    child = spawn(data_home, "oefen")
    child.expect("Hoe vol zit je vandaag")
    child.send("12" + ENTER)
    child.expect("Typ een heel getal van 0 tot en met 10")
    child.send("\x7f\x7f" + "4" + ENTER)
    child.expect("Wat wil je doen")
    child.send(DOWN + ENTER)  # show another one
    child.expect("Wat wil je doen")
    child.send(DOWN + DOWN + ENTER)  # "Ik schrijf mijn eigen vraag"
    child.expect("Aan wie vraag je het")
    child.send("Sam" + ENTER)
    child.expect("Wat vraag je precies")
    child.send("kort met me bellen" + ENTER)
    child.expect("Wanneer")
    child.send("zondagavond" + ENTER)
    child.expect("klaar om te kopi")
    child.expect("Sam, kun je zondagavond kort met me bellen\\?")
    child.expect("Zo laten")
    child.send(ENTER)
    child.expect("klembord")
    child.send(DOWN + ENTER)  # "Nee"
    child.expect("Wat denk je dat er gebeurt")
    child.send("Dat ze ja zegt" + ENTER)
    child.expect("Hoe spannend is het nu")
    child.send("6" + ENTER)
    child.expect("kans dat de ander ja zegt")
    child.send("75" + ENTER)
    child.expect(r"Opgeslagen als experiment (\w+)")
    record_id = child.match.group(1)
    assert finish(child) == 0
    lines = (data_home / "logboek.jsonl").read_text(encoding="utf-8").splitlines()
    stored = json.loads(lines[0])
    assert stored["id"] == record_id and stored["wie"] == "Sam" and stored["volheid"] == 4
    assert stored["angst_voor"] == 6 and stored["kans"] == 75 and stored["status"] == "open"
    assert stored["verwachting"] == "Dat ze ja zegt" and stored["vraag"] == "Sam, kun je zondagavond kort met me bellen?"


def test_ctrl_c_at_a_prompt_exits_130_and_saves_nothing(data_home):
    child = spawn(data_home, "oefen")
    child.expect("Hoe vol zit je vandaag")
    child.send("3" + ENTER)
    child.expect("Wat wil je doen")
    child.send(CTRL_C)
    child.expect("Afgebroken")
    output = child.before + (child.after or "")
    assert finish(child) == 130
    assert "Traceback" not in output
    journal = data_home / "logboek.jsonl"
    assert not journal.exists() or journal.read_text(encoding="utf-8") == ""


def test_ctrl_c_after_recording_an_outcome_says_what_was_saved(data_home, run_cli):
    import datetime as dt

    made = run_cli("oefen", "--wie", "Ann", "--vraag", "Ann, kun je morgen bellen?", "--angst", "7", "--kans", "40", "--json")
    record = json.loads(made.stdout)["items"][0]
    # Move it to yesterday, so the daily practice asks about it first.
    path = data_home / "logboek.jsonl"
    yesterday = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)).isoformat()
    record["gemaakt"] = yesterday
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")

    child = spawn(data_home, "oefen")
    child.expect("Heb je het gevraagd")
    child.send(ENTER)  # yes
    child.expect("Wat gebeurde er")
    child.send(ENTER)  # ja
    child.expect("vergeleken met wat je voorspelde")
    child.send(ENTER)  # beter
    child.expect("Hoe bang of gespannen")
    child.send("2" + ENTER)
    child.expect("Wat neem je hiervan mee")
    child.send(ENTER)
    child.expect("Hoe vol zit je vandaag")
    child.send(CTRL_C)
    child.expect("Wel opgeslagen: de uitkomst van vraag")
    assert finish(child) == 130
    stored = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert stored["status"] == "gedaan" and stored["uitkomst"] == "ja" and stored["angst_na"] == 2
    assert len(path.read_text(encoding="utf-8").splitlines()) == 1
