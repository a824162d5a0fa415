"""`vraaghulp script` through the real command in a subprocess (no terminal)."""

from __future__ import annotations

import json


def _journal(data_home):
    path = data_home / "logboek.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _new_script(run_cli, *extra):
    result = run_cli("script", "--zin", "Ik val anderen lastig.", "--geloof", "80", "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["items"][0]


def test_every_question_by_option(run_cli, data_home):
    result = run_cli(
        "script",
        "--zin", "Ik hoor het [bold]zelf[/bold] te kunnen.",
        "--stem", "Ouder",
        "--stem-toelichting", "mijn vader",
        "--geloof", "80",
        "--angst-voor", "dat ze zuchten",
        "--rolwissel", "ik vond het fijn dat ze het vroeg",
        "--nieuwe-regel", "Ik mag vragen.",
        "--geloof-na", "55",
    )
    assert result.returncode == 0, result.stderr
    [stored] = _journal(data_home)
    assert stored["soort"] == "script" and stored["zin"] == "Ik hoor het [bold]zelf[/bold] te kunnen."
    assert stored["stem"] == "ouder" and stored["stem_toelichting"] == "mijn vader"
    assert stored["geloof"] == 80 and stored["geloof_na"] == 55
    assert stored["bang_voor"] == "dat ze zuchten" and stored["nieuwe_regel"] == "Ik mag vragen."
    assert stored["rolwissel"] == "ik vond het fijn dat ze het vroeg"
    assert "Wat je opschreef" in result.stdout
    assert "[bold]zelf[/bold]" in result.stdout  # shown literally
    assert f"Opgeslagen als {stored['id']}" in result.stdout


def test_only_the_sentence_is_needed_and_json_envelope(run_cli, data_home):
    result = run_cli("script", "--zin", "Ze hebben het al zo druk.", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert list(payload) == ["versie", "items"] and payload["versie"] == 1
    [item] = payload["items"]
    assert item["zin"] == "Ze hebben het al zo druk." and item["geloof"] is None
    assert _journal(data_home)[0]["id"] == item["id"]


def test_without_terminal_and_without_zin_exits_2_naming_it(run_cli, data_home):
    result = run_cli("script", "--geloof", "50")
    assert result.returncode == 2
    assert "--zin" in result.stderr and "Traceback" not in result.stderr
    assert _journal(data_home) == []
    assert run_cli("script").returncode == 2


def test_bad_values_are_dutch_usage_errors(run_cli, data_home):
    cases = [
        (("--zin", "x", "--geloof", "150"), "--geloof moet een getal van 0 tot en met 100"),
        (("--zin", "x", "--geloof-na", "-1"), "--geloof-na moet een getal"),
        (("--zin", "x", "--stem", "oma"), "--stem kan zijn: ouder"),
        (("--zin", "   "), "--zin is leeg"),
        (("--zin", "x", "--geloof", "veel"), "heel getal"),
        (("--lijst", "--zin", "x"), "--lijst toont alleen"),
        (("--lijst", "--toon", "abcd"), "gaan niet samen"),
    ]
    for args, expected in cases:
        result = run_cli("script", *args)
        assert result.returncode == 2, (args, result.stderr)
        assert expected in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert _journal(data_home) == []


def test_crisis_language_in_an_option_shows_help_on_stderr_in_json_mode(run_cli, data_home):
    result = run_cli("script", "--zin", "Ik wil niet meer leven.", "--json")
    assert result.returncode == 0
    assert "113" in result.stderr and "1813" in result.stderr
    assert json.loads(result.stdout)["items"][0]["zin"] == "Ik wil niet meer leven."


def test_list_shows_ratings_over_time_and_the_asks_that_tested_it(run_cli, data_home):
    script = _new_script(run_cli, "--geloof-na", "70")
    ask = run_cli("oefen", "--wie", "Sam", "--vraag", "Kun je brood meenemen?", "--angst", "6", "--kans", "60",
                  "--script", script["id"][:5], "--json")
    assert ask.returncode == 0, ask.stderr
    ask_id = json.loads(ask.stdout)["items"][0]["id"]
    assert json.loads(ask.stdout)["items"][0]["script"] == script["id"]
    done = run_cli("oefen", "--afronden", ask_id, "--uitkomst", "ja", "--angst-na", "2", "--geloof-na", "40")
    assert done.returncode == 0, done.stderr
    assert f"Nieuwe score voor je overtuiging {script['id']}: 40" in done.stdout

    listing = run_cli("script", "--lijst")
    assert listing.returncode == 0, listing.stderr
    assert script["id"] in listing.stdout and "Ik val anderen lastig." in listing.stdout
    assert "80 → 70 → 40" in listing.stdout
    assert "Getest met 1 vraag" in listing.stdout and "Aan Sam" in listing.stdout

    as_json = json.loads(run_cli("script", "--lijst", "--json").stdout)
    [item] = as_json["items"]
    assert as_json["versie"] == 1
    assert item["id"] == script["id"]
    assert [(r["waarde"], r["vraag"]) for r in item["beoordelingen"]] == [(40, ask_id)]
    assert [a["id"] for a in item["getest_met"]] == [ask_id]

    shown = run_cli("script", "--toon", script["id"][:4])
    assert shown.returncode == 0 and "na vraag " + ask_id in shown.stdout


def test_geloof_na_on_an_unlinked_ask_changes_nothing(run_cli, data_home):
    ask = run_cli("oefen", "--wie", "Sam", "--vraag", "Kun je helpen?", "--angst", "5", "--kans", "50", "--json")
    ask_id = json.loads(ask.stdout)["items"][0]["id"]
    result = run_cli("oefen", "--afronden", ask_id, "--uitkomst", "ja", "--angst-na", "2", "--geloof-na", "40")
    assert result.returncode == 2 and "niet gekoppeld aan een overtuiging" in result.stderr
    assert _journal(data_home)[0]["status"] == "open"
    assert run_cli("oefen", "--wie", "Sam", "--vraag", "x", "--angst", "5", "--kans", "5", "--geloof-na", "4").returncode == 2


def test_rerate_by_hand(run_cli, data_home):
    script = _new_script(run_cli)
    result = run_cli("script", "--opnieuw", script["id"], "--geloof", "35")
    assert result.returncode == 0, result.stderr
    assert "Van 80 naar 35" in result.stdout
    [stored] = _journal(data_home)
    assert [(r["waarde"], r["vraag"]) for r in stored["beoordelingen"]] == [(35, None)]
    missing = run_cli("script", "--opnieuw", script["id"])
    assert missing.returncode == 2 and "--geloof" in missing.stderr
    wrong = run_cli("script", "--opnieuw", "zzzzzz", "--geloof", "3")
    assert wrong.returncode == 1 and "In je logboek staat niets met het id" in wrong.stderr


def test_empty_list_and_toon_of_an_ask(run_cli, data_home):
    empty = run_cli("script", "--lijst")
    assert empty.returncode == 0 and "nog geen overtuigingen" in empty.stdout
    ask = run_cli("oefen", "--wie", "Sam", "--vraag", "Kun je helpen?", "--angst", "5", "--kans", "50", "--json")
    ask_id = json.loads(ask.stdout)["items"][0]["id"]
    result = run_cli("script", "--toon", ask_id)
    assert result.returncode == 1 and "geen overtuiging" in result.stderr


def test_script_command_imports_stay_light():
    """Importing the command module pulls in no rich, pydantic or questionary."""
    import subprocess
    import sys

    code = (
        "import sys, typer\n"
        "before = set(sys.modules)\n"
        "import vraaghulp.commands.script\n"
        "new = set(sys.modules) - before\n"
        "heavy = [m for m in new if m.split('.')[0] in ('rich', 'pydantic', 'questionary')]\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
