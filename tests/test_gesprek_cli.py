"""`vraaghulp gesprek` through the installed command: options, files, exits; and a real terminal."""

from __future__ import annotations

import json

import pytest

from tests.pty_helpers import CTRL_C, DOWN, ENTER, finish, spawn



@pytest.fixture(autouse=True)
def _no_cursor_position_requests(monkeypatch):
    """pexpect never answers prompt_toolkit's cursor-position request; skip the wait for it."""
    monkeypatch.setenv("PROMPT_TOOLKIT_NO_CPR", "1")


NOTES = "# ons gesprek\n1: Het is moeilijk.\n  Echt.\n3: stil\n7: [bold]afspraak[/bold]\n"


def _lines(home):
    path = home / "logboek.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_scripted_run_with_notes_file_and_export(run_cli, data_home, tmp_path):
    notes = tmp_path / "notities.txt"
    notes.write_text(NOTES, encoding="utf-8")
    export = tmp_path / "gesprek.md"
    result = run_cli(
        "gesprek", "--namen", "Anna,Bram", "--relatie", "vriend", "--afgeleid", "nee",
        "--notities-bestand", str(notes), "--stilte", "0", "--export", str(export),
    )
    assert result.returncode == 0, result.stderr
    assert "Stap 7 van 7" in result.stdout and "Bewaard als gesprek" in result.stdout
    assert "[bold]afspraak[/bold]" in result.stdout
    (stored,) = _lines(data_home)
    assert stored["soort"] == "gesprek" and stored["namen"] == ["Anna", "Bram"] and stored["relatie"] == "vriend"
    assert stored["notities"] == {"1": "Het is moeilijk.\nEcht.", "3": "stil", "7": "[bold]afspraak[/bold]"}
    assert stored["afgeleid"] is False and stored["voltooid"] is True
    text = export.read_text(encoding="utf-8")
    assert "> Het is moeilijk.\n> Echt." in text and stored["id"] in text
    # A second export to the same file is refused before anything runs.
    again = run_cli(
        "gesprek", "--namen", "Anna,Bram", "--relatie", "vriend", "--afgeleid", "nee",
        "--notities-bestand", str(notes), "--stilte", "0", "--export", str(export),
    )
    assert again.returncode == 2 and "--overschrijf" in again.stderr and len(_lines(data_home)) == 1


def test_notes_from_stdin_as_json_counsellor_mode(run_cli, data_home):
    result = run_cli(
        "gesprek", "--rol", "hulpverlener", "--namen", "Kim,Lou", "--relatie", "buurvrouw", "--afgeleid", "ja",
        "--notities-bestand", "-", "--stilte", "0", "--json", "--stap", "5", input="5: dichterbij\n2: oud\n",
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["versie"] == 1
    (item,) = payload["items"]
    assert item["modus"] == "hulpverlener" and item["relatie"] == "buurvrouw" and item["eerste_stap"] == 5
    assert item["notities"] == {"5": "dichterbij"} and item["afgeleid"] is True
    assert "stap 2 worden overgeslagen" in result.stderr


def test_without_terminal_and_options_exits_2_naming_them(run_cli, data_home):
    result = run_cli("gesprek")
    assert result.returncode == 2
    assert "--namen" in result.stderr and "--relatie" in result.stderr and "--afgeleid" in result.stderr
    assert "Traceback" not in result.stderr and _lines(data_home) == []
    partly = run_cli("gesprek", "--namen", "A,B")
    assert partly.returncode == 2 and "ontbreken: --relatie, --afgeleid." in partly.stderr


def test_bad_options_are_dutch_usage_errors(run_cli, tmp_path):
    bad_notes = tmp_path / "n.txt"
    bad_notes.write_text("9: te ver\n", encoding="utf-8")
    cases = [
        (("--namen", "Anna"), "twee namen"),
        (("--stap", "8"), "--stap"),
        (("--rol", "coach"), "--rol kan zijn"),
        (("--stilte", "-1"), "--stilte"),
        (("--afgeleid", "misschien"), "--afgeleid kan zijn"),
        (("--namen", "A,B", "--relatie", "partner", "--afgeleid", "nee", "--notities-bestand", str(bad_notes)), "stap 9 bestaat niet"),
        (("--namen", "A,B", "--relatie", "partner", "--afgeleid", "nee", "--notities-bestand", str(tmp_path / "weg")), "bestaat niet"),
    ]
    for args, expected in cases:
        result = run_cli("gesprek", *args)
        assert result.returncode in (1, 2), (args, result.stderr)
        assert expected in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_crisis_language_in_notes_file_shows_help(run_cli, tmp_path):
    notes = tmp_path / "n.txt"
    notes.write_text("2: soms wil ik niet meer leven\n", encoding="utf-8")
    result = run_cli("gesprek", "--namen", "A,B", "--relatie", "partner", "--afgeleid", "nee", "--notities-bestand", str(notes), "--stilte", "0")
    assert result.returncode == 0
    assert "113" in result.stdout


def test_help_documents_the_notes_format(run_cli):
    result = run_cli("gesprek", "--help", env={"TYPER_USE_RICH": "0"})
    assert result.returncode == 0
    assert "--notities-bestand" in result.stdout and "3: we waren lang stil" in result.stdout


# --- a real terminal ----------------------------------------------------------------------
def _answer_setup(child, relation_down=0):
    child.expect("iemand bij wie je je veilig voelt")
    child.expect("Willen jullie nu beginnen")
    child.send(ENTER)  # the default: go on
    child.expect("Wie van jullie vindt het moeilijk om hulp te vragen")
    child.send("Anna" + ENTER)
    child.expect("wie is de ander")
    child.send("Bram" + ENTER)
    child.expect("Wat is Bram voor Anna")
    child.send(DOWN * relation_down + ENTER)


def test_whole_conversation_in_a_real_terminal(data_home, tmp_path):
    export = tmp_path / "uit.md"
    child = spawn(data_home, "gesprek", "--stilte", "0", "--export", str(export))
    _answer_setup(child, relation_down=1)
    child.expect("Stap 1 van 7")
    child.expect("opschrijven van wat Anna vertelde")
    child.send("Vragen voelt als zeuren" + ENTER)
    for step in (2, 3, 4, 5, 6):
        child.expect(f"Stap {step} van 7")
        child.expect("mag leeg blijven")
        child.send(ENTER)
    child.expect("grapje")
    child.send(ENTER)  # default: no, we stayed with it
    child.expect("Stap 7 van 7")
    child.expect("Jullie bleven erbij")
    child.expect("mag leeg blijven")
    child.send("Zondag bellen" + ENTER)
    child.expect(r"Bewaard als gesprek (\w+)")
    record_id = child.match.group(1)
    assert finish(child) == 0
    (stored,) = _lines(data_home)
    assert stored["id"] == record_id and stored["relatie"] == "vriend" and stored["afgeleid"] is False
    assert stored["notities"] == {"1": "Vragen voelt als zeuren", "7": "Zondag bellen"}
    assert "> Zondag bellen" in export.read_text(encoding="utf-8")


def test_silence_enter_starts_and_ends_it_and_ctrl_c_offers_to_save(data_home):
    child = spawn(data_home, "gesprek", "--stilte", "600", "--stap", "3")
    _answer_setup(child)
    child.expect("Stap 3 van 7")
    child.expect("Druk op Enter om de stilte te beginnen")
    child.send("x" + ENTER)  # a stray key is swallowed; Enter starts the silence
    child.expect("Enter = klaar")
    child.send(ENTER)  # ...and Enter ends it long before ten minutes
    child.expect("eerder klaar")
    child.expect("Wat gebeurde er in de stilte")
    child.send("stil" + ENTER)
    child.expect("Stap 4 van 7")
    child.expect("mag leeg blijven")
    child.send(CTRL_C)
    child.expect("Wil je bewaren wat er tot nu toe is")
    child.send(ENTER)  # yes
    child.expect("Afgebroken")
    child.expect(r"vraaghulp gesprek --verder (\w+)")
    resume_id = child.match.group(1)
    output = child.before
    assert finish(child) == 130
    assert "Traceback" not in output
    (stored,) = _lines(data_home)
    assert stored["notities"] == {"3": "stil"} and stored["voltooid"] is False
    assert stored["eerste_stap"] == 3 and stored["laatste_stap"] == 3 and stored["id"] == resume_id


def test_ctrl_c_during_the_silence_and_no_saves_nothing(data_home):
    child = spawn(data_home, "gesprek", "--stilte", "600")
    _answer_setup(child)
    for _step in (1, 2):
        child.expect("mag leeg blijven")
        child.send("iets" + ENTER)
    child.expect("Druk op Enter om de stilte te beginnen")
    child.send(ENTER)
    child.expect("Enter = klaar")
    child.send(CTRL_C)
    child.expect("Wil je bewaren")
    child.send(DOWN + ENTER)  # no
    child.expect("niets opgeslagen")
    assert finish(child) == 130
    assert _lines(data_home) == []
