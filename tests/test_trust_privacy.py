"""Privacy: private file modes even with umask 000, and no network at all (issue 8, item 9)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap

import pytest

from tests import helpers
from tests.conftest import ROOT

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and umask")


def _run_umask0(data_home, *args, input: str = ""):
    """The command under the most permissive umask there is (in this process: umask is the process's)."""
    old = os.umask(0)
    try:
        return helpers.run(*args, input=input)
    finally:
        os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@posix_only
def test_everything_vraaghulp_writes_is_private_even_with_umask_000(data_home, tmp_path):
    elsewhere = tmp_path / "naar-de-hulpverlener"
    elsewhere.mkdir()
    elsewhere_mode = _mode(elsewhere)
    notes = tmp_path / "notities.txt"
    notes.write_text("1: moeilijk\n", encoding="utf-8")
    steps = [
        ("oefen", "--wie", "Sam", "--vraag", "Sam, kun je morgen bellen?", "--angst", "5", "--kans", "50", "--json"),
        ("script", "--zin", "Ik moet het zelf kunnen.", "--geloof", "80"),
        ("maatje", "--naam", "Noor"),
        ("check", "--antwoorden", "1,0,2,1,0,1,2,0,1,0", "--bewaar"),
        ("data", "backup"),
        ("data", "backup", str(elsewhere)),
        ("export", "-o", str(elsewhere / "verslag.md")),
        ("export", "-o", str(elsewhere / "verslag.csv")),
        ("export", "-o", str(elsewhere / "verslag.json")),
        ("gesprek", "--namen", "Anna,Bram", "--relatie", "partner", "--afgeleid", "nee", "--stilte", "0",
         "--notities-bestand", str(notes), "--export", str(elsewhere / "gesprek.md")),
        ("log", "overzicht", "--html", str(elsewhere / "overzicht.html")),
    ]
    for args in steps:
        result = _run_umask0(data_home, *args)
        assert result.returncode == 0, (args, result.stderr)
    ask_id = json.loads(_run_umask0(data_home, "log", "--json").stdout)["items"][0]["id"]
    # A rewrite (atomic replace) must keep the journal private too.
    assert _run_umask0(data_home, "oefen", "--afronden", ask_id, "--uitkomst", "ja", "--angst-na", "1").returncode == 0

    assert _mode(data_home) == 0o700
    assert _mode(data_home / "backups") == 0o700
    assert _mode(data_home / ".lokaal") == 0o700
    assert (data_home / ".lokaal" / "logboek.jsonl.lock").is_file()
    files = [p for p in data_home.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"logboek.jsonl", "logboek.jsonl.lock", "profiel.json"} <= names
    assert any(p.parent.name == "backups" for p in files)
    exported = list(elsewhere.iterdir())
    assert len(exported) == 6
    for path in files + exported:
        assert _mode(path) == 0o600, f"{path} is {oct(_mode(path))}"
    # A folder the user named is the user's business: vraaghulp does not change its mode.
    assert _mode(elsewhere) == elsewhere_mode
    # No temporary files left behind.
    assert not [p for p in data_home.rglob("*.tmp")] and not [p for p in elsewhere.glob(".*")]


@posix_only
def test_loose_modes_from_before_are_tightened(data_home):
    data_home.mkdir(mode=0o755)
    os.chmod(data_home, 0o755)
    journal = data_home / "logboek.jsonl"
    journal.write_bytes(b"")
    os.chmod(journal, 0o644)
    result = _run_umask0(data_home, "oefen", "--wie", "Sam", "--vraag", "Help je?", "--angst", "2", "--kans", "90")
    assert result.returncode == 0, result.stderr
    assert _mode(data_home) == 0o700 and _mode(journal) == 0o600


NO_NETWORK = textwrap.dedent(
    """
    import os, sys

    def guard(event, args):
        if event.startswith("socket."):
            # Say it loudly (stderr is read by the test), then refuse.
            os.write(2, ("NETWORK ATTEMPT: " + event + "\\n").encode())
            raise OSError("network is off in this test")

    sys.addaudithook(guard)  # sees every socket the interpreter creates, however it is made

    import json
    from vraaghulp.light.entry import main

    codes = []
    for args in json.loads(sys.argv[1]):
        try:
            main(args)
        except SystemExit as exc:
            codes.append([args, exc.code])
        else:
            codes.append([args, 0])
    print("CODES " + json.dumps(codes))
    """
)


def test_no_command_opens_a_network_socket(data_home, tmp_path):
    ask = ["oefen", "--wie", "Sam", "--vraag", "Sam, kun je morgen bellen?", "--angst", "5", "--kans", "50"]
    commands = [
        [],  # the start screen
        ask,
        ["log"],
        ["log", "--json"],
        ["log", "overzicht"],
        ["krimp", "Sorry dat ik het vraag, maar zou je misschien ooit naar mijn cv kunnen kijken?"],
        ["script", "--zin", "Ik moet het zelf kunnen.", "--geloof", "70"],
        ["kaart"],
        ["hulplijn"],
        ["vragen", "--alles"],
        ["check", "--antwoorden", "1,0,2,1,0,1,2,0,1,0", "--bewaar"],
        ["maatje", "--naam", "Noor"],
        ["data", "pad"],
        ["data", "backup"],
        ["export"],
        ["export", "--formaat", "csv"],
        ["export", "-o", str(tmp_path / "verslag.md")],
        ["--version"],
    ]
    env = dict(os.environ, VRAAGHULP_HOME=str(data_home), NO_COLOR="1")
    result = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, json.dumps(commands)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert "NETWORK ATTEMPT" not in result.stderr, result.stderr
    codes_line = [line for line in result.stdout.splitlines() if line.startswith("CODES ")]
    assert codes_line, result.stderr
    codes = json.loads(codes_line[-1][len("CODES "):])
    assert [args for args, code in codes if code != 0] == [], codes
    assert len(codes) == len(commands)
    assert (tmp_path / "verslag.md").exists()
