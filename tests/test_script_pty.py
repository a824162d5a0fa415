"""`vraaghulp script` through the real Questionary prompts in a pseudo-terminal."""

from __future__ import annotations

import json

from tests.pty_helpers import CTRL_C, DOWN, ENTER, finish, spawn


def test_whole_script_in_a_real_terminal(data_home):
    child = spawn(data_home, "script")
    child.expect("Bij welk thema past jouw zin")
    child.send(DOWN + ENTER)  # "Alles zelf moeten doen"
    child.expect("dichtst bij")
    child.send(DOWN + ENTER)  # second sentence of that theme
    child.expect(r"In je eigen woorden")
    child.send(ENTER)  # keep it
    child.expect("Van wie is die stem eigenlijk")
    child.send(ENTER)  # a parent
    child.expect("Wil je er iets over kwijt")
    child.send("mijn vader" + ENTER)
    child.expect("Hoe waar voelt deze zin op dit moment")
    child.send("150" + ENTER)
    child.expect("Typ een heel getal van 0 tot en met 100")
    child.send("\x7f\x7f\x7f" + "75" + ENTER)
    child.expect("Wat ben je bang dat er dan gebeurt")
    child.send(ENTER)  # skipped
    child.expect("Wat vond je toen van die persoon")
    child.send("dat ze me vertrouwde" + ENTER)
    child.expect("veel strenger")
    child.expect("Welke nieuwe regel")
    child.send(ENTER)
    child.expect("Hoe waar voelt hij nu")
    child.send("50" + ENTER)
    child.expect("Wat je opschreef")
    child.expect(r"Opgeslagen als (\w+)")
    record_id = child.match.group(1)
    assert finish(child) == 0
    [stored] = [json.loads(line) for line in (data_home / "logboek.jsonl").read_text(encoding="utf-8").splitlines()]
    assert stored["id"] == record_id and stored["soort"] == "script"
    assert stored["zin"] == "Als ik hulp nodig heb, ben ik mislukt."
    assert stored["stem"] == "ouder" and stored["stem_toelichting"] == "mijn vader"
    assert stored["geloof"] == 75 and stored["geloof_na"] == 50
    assert stored["bang_voor"] is None and stored["rolwissel"] == "dat ze me vertrouwde"
    assert stored["nieuwe_regel"].startswith("Hulp nodig hebben")


def test_ctrl_c_exits_130_and_saves_nothing(data_home):
    child = spawn(data_home, "script")
    child.expect("Bij welk thema past jouw zin")
    child.send(DOWN * 5 + ENTER)  # write my own
    child.expect("Schrijf de zin op")
    child.send("Ik ben lastig" + ENTER)
    child.expect("Van wie is die stem eigenlijk")
    child.send(CTRL_C)
    child.expect("Afgebroken")
    output = child.before + (child.after or "")
    assert finish(child) == 130
    assert "Traceback" not in output
    assert "niet opgeslagen" in output + child.before
    journal = data_home / "logboek.jsonl"
    assert not journal.exists() or journal.read_text(encoding="utf-8") == ""
