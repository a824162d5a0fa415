"""The two tiers of the crisis check from the command, and where the help lines live.

acuut: the full panel; zorg: one gentle line under the output, the flow goes on. Both are
shown, never recorded. `vraaghulp hulplijn --land` and the locale decide the order.
"""

from __future__ import annotations

import json

import pytest

from vraaghulp.care import locale_country, own_country

ACUTE = "ik heb pillen gespaard om er een eind aan te maken"
HEAVY = "Kun je zaterdag helpen met verhuizen? Ik kan niet meer."
PANEL = "Even stilstaan bij jou"
LINE = "Het klinkt zwaar wat je schrijft"
NO_LOCALE = {"LC_ALL": None, "LC_MESSAGES": None, "LANG": None}


def _files(home):
    return sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file()) if home.exists() else []


# ----- the zorg tier ----------------------------------------------------------------------
def test_zorg_in_an_argument_is_one_line_under_the_output_and_nothing_is_kept(run_cli, data_home):
    result = run_cli("krimp", HEAVY, env=NO_LOCALE)
    assert result.returncode == 0, result.stderr
    assert PANEL not in result.stdout
    assert result.stdout.count(LINE) == 1
    flat = " ".join(result.stdout.split())
    assert flat.index("Klaar om te kopi") < flat.index(LINE)  # under what the user sees
    assert "113 (NL) of 1813 (BE)" in flat and "vraaghulp hulplijn" in flat
    assert _files(data_home) == []  # recorded nowhere


@pytest.mark.parametrize("mode", ["--json", "--kaal"])
def test_zorg_from_stdin_goes_to_stderr_in_json_and_bare_mode(run_cli, mode):
    result = run_cli("krimp", "-", mode, input=HEAVY + "\n", env=NO_LOCALE)
    assert result.returncode == 0, result.stderr
    assert LINE not in result.stdout and "113" not in result.stdout
    assert LINE in " ".join(result.stderr.split())
    if mode == "--json":
        assert json.loads(result.stdout)["zin"]


def test_zorg_typed_at_a_prompt_shows_the_line_and_the_flow_goes_on(run_cli):
    result = run_cli("krimp", tty=True, answers=[HEAVY, None, None, None], env=NO_LOCALE)
    assert result.returncode == 0, result.stderr
    flat = " ".join(result.stdout.split())
    assert flat.count(LINE) == 1 and PANEL not in flat
    assert flat.index(LINE) < flat.index("Klaar om te kopi")  # right after the answer, then on


def test_zorg_line_once_per_run_and_not_after_a_panel(run_cli):
    twice = run_cli("oefen", "--wie", "Sam", "--vraag", "ik kan niet meer, help je met de was",
                    "--verwachting", "het heeft allemaal geen zin meer", "--angst", "5", "--kans", "50",
                    "--niveau", "2", env=NO_LOCALE)
    assert twice.returncode == 0, twice.stderr
    assert " ".join(twice.stdout.split()).count(LINE) == 1
    both = run_cli("oefen", "--wie", "Sam", "--vraag", HEAVY, "--verwachting", ACUTE, "--angst", "5",
                   "--kans", "50", "--niveau", "2", env=NO_LOCALE)
    assert both.returncode == 0, both.stderr
    assert both.stdout.count(PANEL) == 1 and LINE not in " ".join(both.stdout.split())


def test_zorg_in_a_notes_file_and_in_a_search(run_cli, tmp_path):
    notes = tmp_path / "n.txt"
    notes.write_text("2: ik ben het zo moe allemaal\n", encoding="utf-8")
    result = run_cli("gesprek", "--namen", "A,B", "--relatie", "partner", "--afgeleid", "nee",
                     "--notities-bestand", str(notes), "--stilte", "0", env=NO_LOCALE)
    assert result.returncode == 0, result.stderr
    assert LINE in " ".join(result.stdout.split()) and PANEL not in result.stdout
    search = run_cli("log", "--zoek", "het heeft allemaal geen zin meer", "--json", env=NO_LOCALE)
    assert search.returncode == 0 and json.loads(search.stdout)["items"] == []
    assert LINE in " ".join(search.stderr.split())


# ----- the acuut tier ---------------------------------------------------------------------
def test_acute_text_in_every_input_shows_the_panel(run_cli, tmp_path):
    for args, kwargs in [
        (("krimp", ACUTE), {}),
        (("krimp", "-", "--kaal"), {"input": ACUTE}),
        (("script", "--zin", "Ik red me wel", "--angst-voor", ACUTE, "--json"), {}),
        (("export", "--persoon", ACUTE), {}),
        (("log", "--persoon", ACUTE), {}),
    ]:
        result = run_cli(*args, env=NO_LOCALE, **kwargs)
        quiet = "--json" in args or "--kaal" in args or args[0] == "export"
        shown, other = (result.stderr, result.stdout) if quiet else (result.stdout, result.stderr)
        assert PANEL in shown and "1813" in shown, args
        assert PANEL not in other, args
        assert "Het gaat niet goed met me. Kun je bij me zijn?" in shown, args


def test_acute_text_typed_at_a_prompt_shows_the_panel(run_cli):
    result = run_cli("maatje", tty=True, answers=["ik wil dood"], env=NO_LOCALE)
    assert result.returncode == 0, result.stderr
    assert PANEL in result.stdout and "0800-0113" in result.stdout


def test_imported_records_are_not_checked_again(run_cli, tmp_path):
    made = run_cli("oefen", "--wie", "Sam", "--vraag", ACUTE, "--angst", "5", "--kans", "50", "--niveau", "2")
    assert PANEL in made.stdout
    backup = tmp_path / "kopie.json"
    assert run_cli("export", "--formaat", "json", "-o", str(backup)).returncode == 0
    assert run_cli("data", "wis", "--ja").returncode == 0
    imported = run_cli("data", "import", str(backup))
    assert imported.returncode == 0, imported.stderr
    assert PANEL not in imported.stdout + imported.stderr and LINE not in imported.stdout + imported.stderr


# ----- the panel: tell someone, the partner -----------------------------------------------
def test_panel_names_the_partner_only_when_one_is_set(run_cli):
    without = run_cli("krimp", ACUTE, env=NO_LOCALE)
    assert "Kun je bij me zijn?" in without.stdout and "vraaghulp maatje" not in without.stdout
    assert run_cli("maatje", "--naam", "Noor").returncode == 0
    with_partner = run_cli("hulplijn", "--kaal")
    flat = " ".join(with_partner.stdout.split())
    assert "Noor, je oefenmaatje (vraaghulp maatje)" in flat
    assert flat.index("Kun je bij me zijn?") < flat.index("Noor")


# ----- the own country --------------------------------------------------------------------
def _order(text: str) -> tuple[int, int]:
    return text.index("Nederland"), text.index("België")


def test_hulplijn_land_is_remembered_and_never_hides_the_other_country(run_cli, data_home):
    assert _order(run_cli("hulplijn", "--kaal", env=NO_LOCALE).stdout)[0] < _order(
        run_cli("hulplijn", "--kaal", env=NO_LOCALE).stdout)[1]
    chosen = run_cli("hulplijn", "--land", "BE", "--kaal", env=NO_LOCALE)
    assert chosen.returncode == 0, chosen.stderr
    assert "België bovenaan" in chosen.stderr and "Nederland" in chosen.stderr
    nl, be = _order(chosen.stdout)
    assert be < nl and "113.nl" in chosen.stdout and "0800-0432" in chosen.stdout
    assert json.loads((data_home / "profiel.json").read_text(encoding="utf-8"))["land"] == "BE"
    # remembered: the panel after crisis text and the zorg line follow it
    later = run_cli("krimp", ACUTE, env={"LANG": "nl_NL.UTF-8", "LC_ALL": None, "LC_MESSAGES": None})
    assert _order(later.stdout)[1] < _order(later.stdout)[0]
    line = run_cli("krimp", HEAVY, env=NO_LOCALE)
    assert "1813 (BE) of 113 (NL)" in " ".join(line.stdout.split())
    back = run_cli("hulplijn", "--land", "beide", env=NO_LOCALE)
    assert back.returncode == 0 and "niet meer ingesteld" in " ".join(back.stdout.split())
    assert json.loads((data_home / "profiel.json").read_text(encoding="utf-8"))["land"] is None
    wrong = run_cli("hulplijn", "--land", "DE")
    assert wrong.returncode == 2 and "nl, be, beide" in wrong.stderr and "Traceback" not in wrong.stderr


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "nl_BE.UTF-8"}, "BE"),
    ({"LANG": "fr_BE"}, "BE"),
    ({"LANG": "nl_NL.UTF-8"}, "NL"),
    ({"LC_ALL": "nl_NL.UTF-8", "LANG": "nl_BE.UTF-8"}, "NL"),
    ({"LC_MESSAGES": "nl_BE@euro", "LANG": "nl_NL"}, "BE"),
    ({"LC_ALL": "", "LANG": "nl_BE"}, "BE"),
    ({"LANG": "en_US.UTF-8"}, None),
    ({"LANG": "C.UTF-8"}, None),
    ({}, None),
])
def test_first_guess_from_the_locale(environ, expected):
    assert locale_country(environ) == expected


def test_the_setting_beats_the_locale():
    assert own_country({"land": "NL"}, {"LANG": "nl_BE.UTF-8"}) == "NL"
    assert own_country({}, {"LANG": "nl_BE.UTF-8"}) == "BE"
    assert own_country({"land": "XX"}, {}) is None


def test_locale_puts_belgium_first_in_the_panel_after_crisis_text(run_cli):
    result = run_cli("krimp", ACUTE, env={"LANG": "nl_BE.UTF-8", "LC_ALL": None, "LC_MESSAGES": None})
    nl, be = _order(result.stdout)
    assert be < nl
    assert "Is er nu direct gevaar?" in result.stdout and "112" in result.stdout


def test_hulplijn_shows_the_numbers_even_when_the_setting_cannot_be_saved(run_cli, data_home):
    data_home.mkdir(parents=True, exist_ok=True)
    (data_home / "profiel.json").mkdir()  # a directory where the settings file should be
    result = run_cli("hulplijn", "--land", "BE", env=NO_LOCALE)
    assert result.returncode == 1
    assert "1813" in result.stdout and "113.nl" in result.stdout
    assert result.stderr.strip() and "Traceback" not in result.stderr
