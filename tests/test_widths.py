"""The screens at the real width: 40, 80 and 200 columns (in-process, COLUMNS set)."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def some_records(run_cli):
    run_cli("oefen", "--wie", "Sanne", "--vraag", "Kun je zaterdag helpen met verhuizen van de kast?",
            "--angst", "7", "--kans", "40")
    run_cli("oefen", "--wie", "Mohammed", "--vraag", "Wil je even meekijken naar mijn sollicitatiebrief?",
            "--angst", "5", "--kans", "60")
    first = json.loads(run_cli("log", "--json").stdout)["items"][0]["id"]
    done = run_cli("oefen", "--afronden", first, "--uitkomst", "nee", "--angst-na", "3",
                   "--vergelijking", "zoals-verwacht")
    assert done.returncode == 0, done.stderr
    run_cli("gesprek", "--namen", "Anna,Bram", "--relatie", "vriend", "--afgeleid", "nee",
            "--notities-bestand", "-", "--stilte", "0", input="1: moeilijk\n")
    return first


def _lines(text: str) -> list[str]:
    return text.rstrip("\n").splitlines()


def _widest(text: str) -> int:
    return max(len(line.rstrip()) for line in _lines(text))


def test_log_at_40_columns_stacks_rows_and_never_cuts_a_word(run_cli, some_records):
    text = run_cli("log", env={"COLUMNS": "40"}).stdout
    assert _widest(text) <= 40
    words = " ".join(text.split())
    assert "Mohammed: Wil je even meekijken naar mijn sollicitatiebrief?" in words
    assert "Angst 7→3 · nee · zoals gedacht" in words
    assert "…" not in text and "Uitkomst" not in text  # no table header on a narrow screen


def test_log_at_80_and_200_columns_keeps_the_outcome_whole(run_cli, some_records):
    for columns in ("80", "200"):
        text = run_cli("log", env={"COLUMNS": columns}).stdout
        assert _widest(text) <= int(columns)
        assert "Uitkomst" in text
    wide = run_cli("log", env={"COLUMNS": "200"}).stdout
    sanne = next(line for line in _lines(wide) if "Sanne" in line)
    assert sanne.rstrip().endswith("nee · zoals gedacht") and "…" not in sanne
    assert "Kun je zaterdag helpen met verhuizen van de kast?" in sanne


def test_overview_at_40_columns_keeps_its_figures(run_cli, some_records):
    text = run_cli("log", "overzicht", env={"COLUMNS": "40"}).stdout
    assert _widest(text) <= 40
    block = text.split("Per persoon")[1]
    sanne = " ".join(block.split("Sanne")[1].split("Overtuigingen")[0].split())
    assert "Kans gedacht 40%" in sanne and "Echt ja 0%" in sanne and "7 → 3" in sanne


def test_overview_starts_at_the_first_record_and_stays_readable_at_200(run_cli, some_records):
    text = run_cli("log", "overzicht", env={"COLUMNS": "200"}).stdout
    assert _widest(text) <= 100
    chart = text.split("Vragen per week")[1].split("\n\n")[0]
    weeks = [line for line in _lines(chart) if line.startswith("wk ")]
    assert len(weeks) == 1  # all records are from this week: no empty weeks before them


def test_panels_stop_at_a_comfortable_width(run_cli, some_records):
    wide = run_cli("log", "toon", some_records, env={"COLUMNS": "200"}).stdout
    assert 60 < _widest(wide) <= 100
    narrow = run_cli("log", "toon", some_records, env={"COLUMNS": "40"}).stdout
    assert _widest(narrow) <= 40 and "verhuizen" in narrow


@pytest.mark.parametrize("columns", ["40", "80", "200"])
def test_help_and_start_fit_the_width(run_cli, columns):
    for line in (("--help",), ("gesprek", "--help"), ()):
        text = run_cli(*line, env={"COLUMNS": columns}).stdout
        assert _widest(text) <= int(columns), (line, columns)


def test_questions_wrap_between_words_only_on_a_narrow_terminal(monkeypatch):
    from vraaghulp.prompter import QuestionaryPrompter

    question = "Jullie stopten na stap 2. Wil je bewaren wat er tot nu toe is?"
    monkeypatch.setenv("COLUMNS", "40")
    lines = QuestionaryPrompter.fit(question).splitlines()
    assert len(lines) > 1 and all(len(line) <= 36 for line in lines)
    assert " ".join(lines) == question  # nothing cut, no word split
    monkeypatch.setenv("COLUMNS", "80")
    assert QuestionaryPrompter.fit(question) == question


@pytest.mark.parametrize("columns", ["70", "80"])
def test_the_start_screen_never_splits_a_command_over_two_lines(run_cli, columns):
    text = run_cli(env={"COLUMNS": columns}).stdout
    assert "vraaghulp maatje" in text and "vraaghulp hulplijn" in text
    assert not [line for line in _lines(text) if line.rstrip().endswith("vraaghulp")]
    assert _widest(text) <= int(columns)


def test_wrapped_messages_keep_a_command_whole_but_still_wrap_between_words():
    from vraaghulp.light.plain import fill

    text = fill("Gebruik vraaghulp log --open om te zien wat openstaat, of begin met vraaghulp oefen", 30)
    assert _lines(text) == ["Gebruik vraaghulp log --open", "om te zien wat openstaat, of", "begin met vraaghulp oefen"]
    assert fill("vraaghulp", 5) == "vraaghulp"  # a word longer than the width is never cut
