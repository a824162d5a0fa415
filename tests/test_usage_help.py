"""Wrong command lines get a Dutch suggestion; the help screens are Dutch and readable."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("line", "meant"), [
    (("oefn",), "vraaghulp oefen"),
    (("help",), "vraaghulp --help"),
    (("log", "export"), "vraaghulp export"),
    (("log", "tooon"), "vraaghulp log toon"),
    (("data", "bakup"), "vraaghulp data backup"),
    (("log", "help"), "vraaghulp log --help"),
])
def test_a_typo_of_a_command_gets_the_right_suggestion(run_cli, line, meant):
    result = run_cli(*line)
    assert result.returncode == 2
    assert f"Bedoel je '{meant}'?" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_word_without_a_near_command_points_to_the_help(run_cli):
    result = run_cli("zwemmen")
    assert result.returncode == 2
    assert "Bedoel je" not in result.stderr and "Zie 'vraaghulp --help'" in result.stderr


def test_an_option_without_its_value_points_to_its_own_command(run_cli):
    result = run_cli("krimp", "--wat")
    assert result.returncode == 2 and "Zie 'vraaghulp krimp --help'" in result.stderr
    deeper = run_cli("log", "toon", "--onzin")
    assert deeper.returncode == 2 and "Zie 'vraaghulp log toon --help'" in deeper.stderr


@pytest.mark.parametrize("columns", ["40", "80", "200"])
def test_help_shows_defaults_in_dutch_at_every_width(run_cli, columns):
    for line in (("gesprek", "--help"), ("oefen", "--help"), ("log", "--help"), ("krimp", "--help")):
        text = run_cli(*line, env={"COLUMNS": columns}).stdout
        assert "default" not in text and "required" not in text, (line, columns)
    assert "[standaard: samen]" in " ".join(run_cli("gesprek", "--help", env={"COLUMNS": "200"}).stdout.split())


def test_arguments_are_named_once():
    from tests.helpers import run

    krimp = run("krimp", "--help").stdout
    assert "TEKST TEKST" not in krimp and "  [TEKST]  Je bericht." in krimp
    toon = run("log", "toon", "--help").stdout
    assert "ID TEKST" not in toon and "{ID}" not in toon and "vraaghulp log toon [OPTIES] ID" in toon
    assert "[[NUMMER]]" not in run("vragen", "--help").stdout


def test_the_command_list_is_never_cut_mid_sentence():
    from vraaghulp import commands
    from tests.helpers import run

    text = run("--help", env={"COLUMNS": "80"}).stdout
    listing = text.split("Opdrachten:")[1]
    assert "..." not in listing
    for name in commands.NAMES:
        line = next(line for line in listing.splitlines() if line.strip().startswith(name + " "))
        assert len(line) <= 80
