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
from datetime import datetime, timezone
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
    sys.stderr.write("\\nMODULES " + json.dumps({"code": code, "modules": sorted(sys.modules)}) + "\\n")
"""

# Every vraaghulp module the light views may load: the budget, visible in one place.
LIGHT_BUDGET = {
    "vraaghulp", "vraaghulp.cli", "vraaghulp.env", "vraaghulp.errors", "vraaghulp.messages", "vraaghulp.result",
    "vraaghulp.spec", "vraaghulp.datafiles", "vraaghulp.content", "vraaghulp.schema", "vraaghulp.paths",
    "vraaghulp.commands", "vraaghulp.commands.kaart", "vraaghulp.commands.log", "vraaghulp.commands.init",
    "vraaghulp.light",
    "vraaghulp.coach", "vraaghulp.coach.dates", "vraaghulp.coach.filters", "vraaghulp.coach.overview",
    "vraaghulp.coach.tally", "vraaghulp.coach.text",
    "vraaghulp.store", "vraaghulp.store.read", "vraaghulp.store.journal", "vraaghulp.store.needles", "vraaghulp.store.files",
    # standard library only: how a line is stored (plain/encrypted), and the look for conflict
    # copies before a command (one folder listing; the sync modules load only when one is there)
    "vraaghulp.store.codec", "vraaghulp.store.syncing", "vraaghulp.store.places",
    "vraaghulp.vault", "vraaghulp.vault.detect",  # is the folder locked? two file tests, standard library
    "vraaghulp.views", "vraaghulp.views.ask", "vraaghulp.views.ask_words", "vraaghulp.views.script", "vraaghulp.views.gesprek",
    "vraaghulp.views.check",
    "vraaghulp.care", "vraaghulp.safety", "vraaghulp.coach.crisis",  # the crisis check of a search text (--zoek)
    "vraaghulp.commands.start", "vraaghulp.coach.progress", "vraaghulp.profile", "vraaghulp.store.counts",
}
WITHIN_BUDGET = ("vraaghulp.light.", "vraaghulp.coach.crisis.")


def loaded(args: list[str], home: Path) -> tuple[set[str], str]:
    """Every module the command line loads (full names), and what it printed."""
    env = dict(os.environ, VRAAGHULP_HOME=str(home), NO_COLOR="1", COLUMNS="100")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
    )
    line = next(line for line in result.stderr.splitlines() if line.startswith("MODULES "))
    info = json.loads(line[len("MODULES "):])
    assert info["code"] in (0, None), result.stderr
    return set(info["modules"]), result.stdout


def top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


@pytest.fixture
def home(data_home) -> Path:
    data_home.mkdir(mode=0o700, parents=True, exist_ok=True)
    shutil.copyfile(FIXTURE, data_home / "logboek.jsonl")
    os.chmod(data_home / "logboek.jsonl", 0o600)
    return data_home


@pytest.mark.parametrize("args", [["--version"], ["--help"]], ids=" ".join)
def test_no_questionary_for_version_and_help(args, home):
    modules, out = loaded(args, home)
    assert out.strip()
    assert not {"questionary", "prompt_toolkit"} & top_level(modules)


@pytest.mark.parametrize(
    "args, expected",
    [
        (["kaart"], "vraaghulp · "),
        (["init", "--dagelijks"], "vraaghulp · "),  # at every shell start (at most once a day)
        (["init", "bash"], "vraaghulp init --dagelijks"),
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
def test_the_light_views_load_nothing_heavy_and_stay_within_their_budget(args, expected, home):
    modules, out = loaded(args, home)
    assert expected in out
    assert not top_level(modules) & set(HEAVY), sorted(top_level(modules) & set(HEAVY))
    ours = {name for name in modules if name.startswith("vraaghulp")}
    assert sorted(name for name in ours if name not in LIGHT_BUDGET and not name.startswith(WITHIN_BUDGET)) == []
    if args[:2] in (["log", "--zoek"], ["log", "overzicht"]):
        # A scan reports nothing, so the store's write side (secrets -> hashlib/OpenSSL) stays
        # unloaded: it would add half again to a search's memory.
        assert not {"secrets", "hashlib", "_hashlib"} & modules


def test_the_start_screen_loads_nothing_heavy_once_the_welcome_was_seen(home):
    (home / "profiel.json").write_text('{"v": 1, "eerste_keer_gezien": true, "maatje": "Sam"}', encoding="utf-8")
    modules, out = loaded([], home)
    assert "Je oefenmaatje is Sam" in out and "Volgende stap" in out
    assert not top_level(modules) & set(HEAVY), sorted(top_level(modules) & set(HEAVY))
    ours = {name for name in modules if name.startswith("vraaghulp")}
    assert sorted(name for name in ours if name not in LIGHT_BUDGET and not name.startswith(WITHIN_BUDGET)) == []
    assert not {"secrets", "hashlib", "_hashlib"} & modules


# the version stamp names this device (`sync.device`: its id file, standard library only)
ADD_BUDGET = LIGHT_BUDGET | {"vraaghulp.commands.oefen", "vraaghulp.store.locking", "vraaghulp.sync",
                             "vraaghulp.sync.device"}


def test_adding_one_record_from_options_loads_nothing_heavy(home):
    args = ["oefen", "--wie", "Sam", "--vraag", "Sam, kun je morgen bellen?", "--angst", "5", "--kans", "60"]
    modules, out = loaded(args, home)
    assert "Opgeslagen als open experiment" in out
    assert not top_level(modules) & {*HEAVY, "filelock"}, sorted(top_level(modules) & {*HEAVY, "filelock"})
    ours = {name for name in modules if name.startswith("vraaghulp")}
    assert sorted(name for name in ours if name not in ADD_BUDGET and not name.startswith(WITHIN_BUDGET)) == []
    assert not {"secrets", "hashlib", "_hashlib", "logging", "asyncio", "dataclasses", "inspect"} & modules


def test_log_json_needs_pydantic_but_not_typer(home):
    modules, out = loaded(["log", "--json", "-n", "1"], home)
    assert json.loads(out)["items"][0]["id"] == "aaaa0008"
    assert "pydantic" in top_level(modules) and "typer" not in top_level(modules)


def test_log_json_of_records_stored_as_the_model_writes_them_needs_no_pydantic(home):
    from vraaghulp.light.records import new_ask_record, record_line, stamped_new

    when = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    records = [new_ask_record(record_id=f"bbbb000{n}", person="Sam", text="Bel je?", fear=n, chance=50, when=when)
               for n in range(3)]
    records[1] = stamped_new(records[1], "laptop01")  # as every record is stored since version stamps
    lines = [record_line(record) for record in records]
    (home / "logboek.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    modules, out = loaded(["log", "--json"], home)
    assert [item["id"] for item in json.loads(out)["items"]] == ["bbbb0000", "bbbb0001", "bbbb0002"]
    assert "_sync" not in out
    assert not top_level(modules) & set(HEAVY), sorted(top_level(modules) & set(HEAVY))


def test_a_command_line_the_light_parser_leaves_goes_through_typer(home):
    modules, out = loaded(["log", "toon", "aaaa0008"], home)
    assert "aaaa0008" in out and "typer" in top_level(modules)


def test_removing_one_record_with_ja_is_parsed_without_typer(home):
    """`log wis ID --ja` (a script's way to remove) is read by the light parser: no Typer, no click."""
    modules, out = loaded(["log", "wis", "aaaa0008", "--ja"], home)
    assert "Verwijderd" in out
    assert not {"typer", "click"} & top_level(modules), sorted({"typer", "click"} & top_level(modules))
    kept = [json.loads(line) for line in (home / "logboek.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [record for record in kept if record.get("id") == "aaaa0008" and "verwijderd" not in record] == []


# a change to one record (`light.update`): the streaming rewrite and the codec's own stamps
CHANGE_BUDGET = ADD_BUDGET | {"vraaghulp.store.scan", "vraaghulp.sync.versions", "vraaghulp.store.queries"}


@pytest.mark.parametrize("args, expected", [
    (["oefen", "--afronden", "bbbb0007", "--uitkomst", "ja", "--angst-na", "2"], "is afgerond"),
    (["oefen", "--afronden", "bbbb0007", "--afgezien", "--json"], '"afgezien"'),
    (["log", "wis", "bbbb0007", "--ja"], "Verwijderd"),
], ids=lambda value: " ".join(value) if isinstance(value, list) else "")
def test_closing_or_removing_one_record_by_options_loads_nothing_heavy(args, expected, home):
    with open(home / "logboek.jsonl", "a", encoding="utf-8") as journal:  # an ask as older versions stored it
        journal.write(json.dumps({"id": "bbbb0007", "soort": "vraag", "v": 1, "gemaakt": "2024-11-21T10:00:00+01:00",
                             "wie": "Sam", "vraag": "Sam, bel je?", "angst_voor": 5, "kans": 50, "status": "open"}) + "\n")
    modules, out = loaded(args, home)
    assert expected in out
    assert not top_level(modules) & {*HEAVY, "filelock"}, sorted(top_level(modules) & {*HEAVY, "filelock"})
    ours = {name for name in modules if name.startswith("vraaghulp")}
    assert sorted(name for name in ours if name not in CHANGE_BUDGET and not name.startswith(WITHIN_BUDGET)) == []
    assert not {"vraaghulp.coach.crisis", "secrets", "logging", "asyncio"} & modules  # no text to check here
    assert not {"dataclasses", "inspect"} & modules  # the version stamps and the device id are plain classes
    kept = [json.loads(line) for line in (home / "logboek.jsonl").read_text(encoding="utf-8").splitlines()]
    [changed] = [record for record in kept if record["id"] == "bbbb0007"]
    assert changed.get("verwijderd") or changed["status"] != "open"
