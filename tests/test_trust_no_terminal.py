"""No terminal: stdin from /dev/null and options missing → exit 2 naming them, never a hang
(issue 8, item 7). Piped input is used where a command accepts it.

The commands run in this process with a test Environment whose stdin is not a terminal;
`test_real_processes_with_stdin_from_dev_null_do_not_hang` runs the installed command."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests import helpers
from tests.conftest import vraaghulp_exe

HANG_LIMIT = 10  # seconds: only "it did not hang", no timing claims


def _run(data_home, *args, input: str | None = None):
    return helpers.run(*args, input=input, env={"VISUAL": None, "EDITOR": None})


def test_real_processes_with_stdin_from_dev_null_do_not_hang(data_home, ids):
    env = dict(os.environ, VRAAGHULP_HOME=str(data_home), NO_COLOR="1", COLUMNS="100")
    env.pop("VISUAL", None)
    env.pop("EDITOR", None)
    for args in (("oefen",), ("script",), ("gesprek",), ("log", "wis", ids["ask"])):
        result = subprocess.run([*vraaghulp_exe(), *args], capture_output=True, text=True, encoding="utf-8", env=env,
                                stdin=subprocess.DEVNULL, timeout=HANG_LIMIT)
        assert result.returncode == 2 and "ontbreken" in result.stderr, (args, result.stderr)


@pytest.fixture
def ids(data_home) -> dict[str, str]:
    """An open ask and a script, written in-process (quicker than two more subprocesses)."""
    from datetime import datetime, timezone

    from vraaghulp.models import Ask, Script
    from vraaghulp.store import Journal

    now = datetime.now(timezone.utc)
    journal = Journal()
    journal.append(Ask(id="vraag001", created=now, person="Sam", text="Sam, help je?", fear_before=4, chance=60))
    journal.append(Script(id="script01", created=now, sentence="Ik moet het zelf kunnen.", belief=80))
    return {"ask": "vraag001", "script": "script01"}


CASES = [
    (("oefen",), ["--wie", "--vraag", "--angst", "--kans"]),
    (("oefen", "--wie", "Sam"), ["--vraag", "--angst", "--kans"]),
    (("oefen", "--vraag", "Help je?", "--kans", "50"), ["--wie", "--angst"]),
    (("oefen", "--afronden", "{ask}"), ["--uitkomst", "--angst-na"]),
    (("script",), ["--zin"]),
    (("script", "--opnieuw", "{script}"), ["--geloof"]),
    (("gesprek",), ["--namen", "--relatie", "--afgeleid"]),
    (("gesprek", "--namen", "Anna,Bram"), ["--relatie", "--afgeleid"]),
    (("check",), ["--antwoorden"]),
    (("maatje",), ["--naam"]),
    (("log", "bewerk", "{ask}"), ["--veld"]),
    (("log", "wis", "{ask}"), ["--ja"]),
    (("data", "wis"), ["--ja"]),
]


@pytest.mark.parametrize("args, missing", CASES, ids=lambda v: " ".join(v) if isinstance(v, tuple) else None)
def test_missing_options_without_a_terminal_exit_2_and_name_them(data_home, ids, args, missing):
    journal = data_home / "logboek.jsonl"
    before = journal.read_bytes()
    result = _run(data_home, *(a.format(**ids) for a in args))
    assert result.returncode == 2, (result.stdout, result.stderr)
    for option in missing:
        assert option in result.stderr, (option, result.stderr)
    assert "Traceback" not in result.stderr
    assert journal.read_bytes() == before  # nothing was saved or deleted
    assert (data_home / "logboek.jsonl").exists()


def test_named_options_are_only_the_missing_ones(data_home, ids):
    result = _run(data_home, "oefen", "--wie", "Sam", "--angst", "3")
    assert result.returncode == 2
    named = [name.strip() for name in result.stderr.split("ontbreken:")[1].split(".")[0].split(",")]
    assert named == ["--vraag", "--kans"]


def test_krimp_without_text_and_without_a_terminal_exits_2(data_home):
    result = _run(data_home, "krimp")
    assert result.returncode == 2 and "pipe" in result.stderr and "Traceback" not in result.stderr


def test_krimp_uses_piped_text(data_home):
    result = _run(data_home, "krimp", "--kaal", input="Sorry dat ik stoor, zou je misschien morgen om acht uur even kunnen bellen?")
    assert result.returncode == 0, result.stderr
    assert "bellen" in result.stdout and "Sorry" not in result.stdout


def test_gesprek_uses_piped_notes(data_home):
    result = _run(
        data_home, "gesprek", "--namen", "Anna,Bram", "--relatie", "partner", "--afgeleid", "nee", "--stilte", "0",
        "--notities-bestand", "-", "--json", input="1: Het is moeilijk.\n6: We lachten het weg.\n",
    )
    assert result.returncode == 0, result.stderr
    stored = json.loads(result.stdout)["items"][0]
    assert stored["notities"] == {"1": "Het is moeilijk.", "6": "We lachten het weg."}


def test_commands_that_need_no_answers_just_run(data_home, ids):
    # Legitimately different without a terminal: vragen prints every question.
    faq = _run(data_home, "vragen")
    assert faq.returncode == 0 and "1." in faq.stdout and "therapie" in faq.stdout.lower()
    # A sentence alone is enough for a script: it is saved, the rest stays empty.
    script = _run(data_home, "script", "--zin", "Ik ben lastig.", "--json")
    assert script.returncode == 0, script.stderr
    assert json.loads(script.stdout)["items"][0]["stem"] is None
    # Without a terminal the self-check is not saved unless asked for.
    check = _run(data_home, "check", "--antwoorden", "1,0,2,1,0,1,2,0,1,0")
    assert check.returncode == 0, check.stderr
    for args in ((), ("log",), ("log", "overzicht"), ("kaart",), ("hulplijn",), ("data", "pad")):
        result = _run(data_home, *args)
        assert result.returncode == 0, (args, result.stderr)
    kinds = [json.loads(line)["soort"] for line in (data_home / "logboek.jsonl").read_text(encoding="utf-8").splitlines()]
    assert kinds == ["vraag", "script", "script"]  # the fixture's two, and the new script
