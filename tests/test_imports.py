"""Which libraries a command loads (subprocess + sys.modules, like typer's test_rich_import).

Plain command lines of light commands are parsed without Typer (`vraaghulp.light.argv`);
`kaart` (light.card) and the log table and overview (light.logview) must not pay for typer,
rich, questionary or pydantic either. No timings here: the figures live in benchmarks/.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "log_fixture.jsonl"
HEAVY = ("typer", "click", "rich", "questionary", "prompt_toolkit", "pydantic", "pydantic_core")

PROBE = """
import json, sys
sys.argv = ["vraaghulp", *json.loads(sys.argv[1])]
from vraaghulp.light.entry import main
try:
    main()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
finally:
    top = sorted({name.split(".")[0] for name in sys.modules})
    sys.stderr.write("\\nMODULES " + json.dumps({"code": code, "top": top}) + "\\n")
"""


def loaded(args: list[str], home: Path) -> tuple[set[str], str]:
    env = dict(os.environ, VRAAGHULP_HOME=str(home), NO_COLOR="1", COLUMNS="100")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
    )
    line = next(line for line in result.stderr.splitlines() if line.startswith("MODULES "))
    info = json.loads(line[len("MODULES "):])
    assert info["code"] in (0, None), result.stderr
    return set(info["top"]), result.stdout


@pytest.fixture
def home(data_home) -> Path:
    data_home.mkdir(mode=0o700, parents=True, exist_ok=True)
    shutil.copyfile(FIXTURE, data_home / "logboek.jsonl")
    os.chmod(data_home / "logboek.jsonl", 0o600)
    return data_home


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["kaart"]], ids=" ".join)
def test_no_questionary_for_version_help_and_card(args, home):
    modules, out = loaded(args, home)
    assert out.strip()
    assert "questionary" not in modules and "prompt_toolkit" not in modules


def test_card_loads_nothing_heavy(home):
    modules, out = loaded(["kaart"], home)
    assert out.startswith("vraaghulp · ")
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


@pytest.mark.parametrize(
    "args, expected",
    [
        (["log", "-n", "20"], "aaaa0008"),
        (["log"], "aaaa0008"),
        (["log", "--zoek", "x"], "Niets gevonden"),
        (["log", "--zoek", "koffie", "--van", "vorige maand"], ""),
        (["log", "--persoon", "sam", "--soort", "vraag", "-n", "2"], "aaaa0008"),
        (["log", "overzicht"], "Overzicht"),
        (["log", "overzicht", "--per", "maand", "-p", "anna"], "Overzicht"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else "",
)
def test_log_views_load_nothing_heavy(args, expected, home):
    modules, out = loaded(args, home)
    assert expected in out
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


@pytest.mark.parametrize("args", [["log", "--zoek", "x"], ["log", "overzicht"]], ids=" ".join)
def test_log_scans_do_not_load_the_store_when_nothing_is_wrong(args, home):
    """The store's imports (secrets -> hashlib/OpenSSL) would add half again to a search's memory."""
    modules, _out = loaded(args, home)
    assert not {"secrets", "hashlib", "_hashlib"} & modules


def test_log_json_needs_pydantic_but_not_typer(home):
    modules, out = loaded(["log", "--json", "-n", "1"], home)
    assert json.loads(out)["items"][0]["id"] == "aaaa0008"
    assert "pydantic" in modules and "typer" not in modules


def test_a_command_line_the_light_parser_leaves_goes_through_typer(home):
    modules, out = loaded(["log", "toon", "aaaa0008"], home)
    assert "aaaa0008" in out and "typer" in modules


# Every vraaghulp module the light views may load: the budget, visible in one place.
LIGHT_BUDGET = {
    "vraaghulp", "vraaghulp.cli", "vraaghulp.env", "vraaghulp.errors", "vraaghulp.messages", "vraaghulp.result",
    "vraaghulp.spec", "vraaghulp.datafiles", "vraaghulp.content", "vraaghulp.schema", "vraaghulp.paths",
    "vraaghulp.commands", "vraaghulp.commands.kaart", "vraaghulp.commands.log", "vraaghulp.light",
    "vraaghulp.coach", "vraaghulp.coach.dates", "vraaghulp.coach.filters", "vraaghulp.coach.overview",
    "vraaghulp.coach.tally", "vraaghulp.coach.text",
    "vraaghulp.store", "vraaghulp.store.read", "vraaghulp.store.journal", "vraaghulp.store.files",
    "vraaghulp.views", "vraaghulp.views.ask", "vraaghulp.views.script", "vraaghulp.views.gesprek",
    "vraaghulp.views.check",
    "vraaghulp.safety", "vraaghulp.coach.crisis",  # the crisis check of a search text (--zoek)
}


@pytest.mark.parametrize("args", [["kaart"], ["log"], ["log", "--zoek", "x"], ["log", "overzicht"]], ids=" ".join)
def test_the_light_views_stay_within_their_budget(args, home):
    env = dict(os.environ, VRAAGHULP_HOME=str(home), NO_COLOR="1", COLUMNS="100")
    code = (PROBE.replace('top = sorted({name.split(".")[0] for name in sys.modules})',
                          'top = sorted(name for name in sys.modules if name.startswith("vraaghulp"))'))
    result = subprocess.run([sys.executable, "-c", code, json.dumps(args)], capture_output=True, text=True,
                            encoding="utf-8", env=env, timeout=60)
    line = next(line for line in result.stderr.splitlines() if line.startswith("MODULES "))
    loaded_here = set(json.loads(line[len("MODULES "):])["top"])
    within = ("vraaghulp.light.", "vraaghulp.coach.crisis.")
    assert sorted(name for name in loaded_here if name not in LIGHT_BUDGET and not name.startswith(within)) == []
