"""`vraaghulp init SHELL`: the snippet for each shell, the once-a-day greeting it runs (with a
fake clock, in-process), and the bash snippet in a real interactive bash (zsh and fish too
when they are installed)."""

from __future__ import annotations

import json
import os
import shutil
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pexpect
import pytest

from tests.conftest import vraaghulp_exe
from tests.pty_helpers import Spawn
from vraaghulp.light import daily, shells

MORNING = datetime(2026, 11, 20, 8, 30, tzinfo=timezone.utc)
EVENING = MORNING + timedelta(hours=11)
NEXT_DAY = MORNING + timedelta(days=1)
CARD_TITLE = "vraaghulp · "


def clock(when):
    return lambda: when


def add_open_asks(run_cli, count: int) -> None:
    for number in range(count):
        result = run_cli("oefen", "--wie", f"Sam{number}", "--vraag", "Kun je helpen?", "--angst", "4", "--kans", "60")
        assert result.returncode == 0, result.stderr


# ----- the snippet text -------------------------------------------------------------------
GUARDS = {
    "bash": ["[[ $- == *i* && -t 1 ]]", "command -v vraaghulp >/dev/null 2>&1", "printf -v __vraaghulp_nu"],
    "zsh": ["[[ -o interactive && -t 1 ]]", "command -v vraaghulp >/dev/null 2>&1", "${(%):-%D{%Y-%m-%d}}"],
    "fish": ["status is-interactive; and test -t 1; and type -q vraaghulp", "(date +%Y-%m-%d 2>/dev/null)"],
    "powershell": ["[Console]::IsOutputRedirected", "Get-Command vraaghulp -CommandType Application",
                   "Get-Date -Format 'yyyy-MM-dd'", "catch { }"],
}


@pytest.mark.parametrize("shell", shells.SHELLS)
def test_each_shell_gets_its_own_snippet(run_cli, data_home, shell):
    result = run_cli("init", shell)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    lines = text.splitlines()
    assert lines[0] == "# vraaghulp: één keer per dag de kaart van vandaag en je open vragen als je een terminal opent."
    assert lines[1].startswith(f"# Gemaakt met 'vraaghulp init {shell}' voor {shells.STARTUP_FILES[shell]}.")
    for guard in GUARDS[shell]:
        assert guard in text
    assert "vraaghulp init --dagelijks" in text and "2>" in text  # its errors never reach the shell
    state = daily.state_path(data_home)
    assert shells.quote(shell, str(state)) in text
    assert not (data_home / "shell").exists()  # printing the snippet writes nothing


@pytest.mark.parametrize("shell, expected", [
    ("bash", "'it'\\''s here'"), ("zsh", "'it'\\''s here'"), ("fish", "'it\\'s here'"), ("powershell", "'it''s here'"),
])
def test_a_path_with_a_quote_stays_one_literal_word(shell, expected):
    assert shells.quote(shell, "it's here") == expected


def test_init_without_a_shell_names_the_choices(run_cli):
    result = run_cli("init")
    assert result.returncode == 2
    assert "Kies bash, zsh, fish of powershell" in result.stderr and "vraaghulp init bash" in result.stderr
    wrong = run_cli("init", "tcsh")
    assert wrong.returncode == 2 and "bash, zsh, fish, powershell" in wrong.stderr and "tcsh" in wrong.stderr


@pytest.mark.parametrize("environ, expected", [
    ({"SHELL": "/usr/bin/zsh"}, "zsh"), ({"SHELL": "/bin/bash"}, "bash"), ({"SHELL": "/usr/local/bin/fish"}, "fish"),
    ({"SHELL": "/usr/bin/pwsh"}, "powershell"), ({"SHELL": "/bin/tcsh"}, None),
])
def test_the_shell_is_guessed_from_shell(environ, expected):
    assert shells.guess_shell(environ) == expected


# ----- once a day, with a fake clock ----------------------------------------------------------
def test_the_greeting_shows_once_a_day_with_the_open_asks(run_cli, data_home):
    add_open_asks(run_cli, 2)
    first = run_cli("init", "--dagelijks", now=clock(MORNING))
    assert first.returncode == 0 and first.stderr == ""
    assert first.stdout.startswith(CARD_TITLE)
    assert first.stdout.rstrip("\n").endswith("2 vragen staan open — vraaghulp oefen")
    assert daily.shown_on(daily.state_path(data_home)) == "2026-11-20"

    later = run_cli("init", "--dagelijks", now=clock(EVENING))
    assert later.returncode == 0 and later.stdout == "" and later.stderr == ""

    tomorrow = run_cli("init", "--dagelijks", now=clock(NEXT_DAY))
    assert tomorrow.stdout.startswith(CARD_TITLE) and "2 vragen staan open" in tomorrow.stdout
    assert daily.shown_on(daily.state_path(data_home)) == "2026-11-21"


def test_one_open_ask_is_singular_and_none_says_nothing_about_asks(run_cli, data_home):
    none = run_cli("init", "--dagelijks", now=clock(MORNING))
    assert none.stdout.startswith(CARD_TITLE) and "open" not in none.stdout
    add_open_asks(run_cli, 1)
    one = run_cli("init", "--dagelijks", now=clock(NEXT_DAY))
    assert "1 vraag staat open — vraaghulp oefen" in one.stdout


def test_each_device_has_its_own_day(data_home):
    assert daily.daily(MORNING.date(), data_home, "laptop") is not None
    assert daily.daily(MORNING.date(), data_home, "laptop") is None
    assert daily.daily(MORNING.date(), data_home, "werkpc") is not None  # a synced folder silences no other device


def test_errors_stay_silent_and_nothing_shows_when_the_day_cannot_be_remembered(run_cli, data_home, tmp_path):
    data_home.parent.mkdir(parents=True, exist_ok=True)
    data_home.write_text("een bestand waar de map hoort")  # the data folder cannot be made
    result = run_cli("init", "--dagelijks", now=clock(MORNING))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_a_damaged_journal_line_is_not_reported_at_a_shell_start(run_cli, data_home):
    add_open_asks(run_cli, 1)
    with open(data_home / "logboek.jsonl", "a", encoding="utf-8") as handle:
        handle.write("{kapot\n")
    result = run_cli("init", "--dagelijks", now=clock(MORNING))
    assert "1 vraag staat open" in result.stdout and result.stderr == ""


def test_data_wis_removes_the_shown_dates(run_cli, data_home):
    add_open_asks(run_cli, 1)
    run_cli("init", "--dagelijks", now=clock(MORNING))
    state = daily.state_path(data_home)
    assert state.is_file()
    assert run_cli("data", "wis", "--ja").returncode == 0
    assert not state.exists() and not state.parent.exists()


# ----- offered once, after the first practice ---------------------------------------------
PRACTICE = [None, "neem", "Sam", None, None, True, False, None, 5, 60]  # False: not on the clipboard


def test_offered_once_after_the_first_practice(run_cli, data_home):
    first = run_cli("oefen", tty=True, answers=list(PRACTICE), env={"SHELL": "/usr/bin/zsh"}, now=clock(MORNING))
    assert first.returncode == 0, first.stderr
    assert "vraaghulp init zsh >> ~/.zshrc" in " ".join(first.stdout.split())
    profile = json.loads((data_home / "profiel.json").read_text(encoding="utf-8"))
    assert profile["shell_aangeboden"] is True
    answers = ["gedaan", "ja", "beter", 2, None, *PRACTICE]
    again = run_cli("oefen", tty=True, answers=answers, env={"SHELL": "/usr/bin/zsh"}, now=clock(NEXT_DAY))
    assert again.returncode == 0, again.stderr
    assert "vraaghulp init" not in again.stdout


# ----- the snippets in real shells ------------------------------------------------------------
def _wrapper(folder: Path) -> Path:
    """A `vraaghulp` on PATH that notes each start in a log, then runs the real one."""
    folder.mkdir()
    log = folder / "starts.log"
    script = folder / "vraaghulp"
    exe = " ".join(f"'{part}'" for part in vraaghulp_exe())
    script.write_text(f'#!/bin/sh\necho "$*" >> \'{log}\'\nexec {exe} "$@"\n')
    script.chmod(0o755)
    return log


def _start(shell: str, rc: Path, path: str, home: Path) -> str:
    """Start an interactive `shell` with `rc` as its start-up file; what it showed before the prompt."""
    env = {"PATH": path, "HOME": str(home.parent), "VRAAGHULP_HOME": str(home), "TERM": "dumb", "NO_COLOR": "1",
           "COLUMNS": "100", "LANG": os.environ.get("LANG", "C.UTF-8")}
    if shell == "bash":
        args = ["--noprofile", "--rcfile", str(rc), "-i"]
    elif shell == "zsh":
        env["ZDOTDIR"] = str(rc.parent)
        args = ["-i"]
    else:
        args = ["--no-config", "-i", "-C", f"source {rc}"]
    child = Spawn(shutil.which(shell), args, env=env, dimensions=(30, 100), timeout=30, encoding="utf-8")
    child.expect("KLAAR>")
    shown = child.before
    child.sendline("exit")
    child.expect(pexpect.EOF)
    child.close()
    return shown.replace("\r", "")


PROMPTS = {"bash": "PS1='KLAAR> '\n", "zsh": "unsetopt PROMPT_SP\nPROMPT='KLAAR> '\n", "fish": "function fish_prompt; echo -n 'KLAAR> '; end\n"}


@pytest.mark.parametrize("shell", [
    "bash",
    pytest.param("zsh", marks=pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed here")),
    pytest.param("fish", marks=pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed here")),
])
def test_the_snippet_in_a_real_shell_shows_once_then_starts_nothing(run_cli, data_home, tmp_path, shell):
    add_open_asks(run_cli, 2)
    log = _wrapper(tmp_path / "bin")
    snippet = run_cli("init", shell).stdout
    rc = tmp_path / "rc" / (".zshrc" if shell == "zsh" else "rc")
    rc.parent.mkdir()
    rc.write_text(snippet + PROMPTS[shell], encoding="utf-8")
    system = os.pathsep.join(p for p in ("/usr/bin", "/bin") if os.path.isdir(p))
    with_vraaghulp = os.pathsep.join([str(log.parent), system])

    first = _start(shell, rc, with_vraaghulp, data_home)
    assert CARD_TITLE in first and "2 vragen staan open — vraaghulp oefen" in first
    assert log.read_text().splitlines() == ["init --dagelijks"]

    second = _start(shell, rc, with_vraaghulp, data_home)
    assert CARD_TITLE not in second and "open" not in second
    assert log.read_text().splitlines() == ["init --dagelijks"]  # today's date was read by the shell itself

    daily.state_path(data_home).unlink()  # as on a new day
    gone = _start(shell, rc, system, data_home)  # vraaghulp is not installed any more
    assert gone.strip() == "" and log.read_text().splitlines() == ["init --dagelijks"]


def test_the_bash_snippet_is_quiet_in_a_shell_that_is_not_interactive(run_cli, data_home, tmp_path):
    add_open_asks(run_cli, 1)
    rc = tmp_path / "rc"
    rc.write_text(run_cli("init", "bash").stdout, encoding="utf-8")
    bin_dir = os.path.dirname(vraaghulp_exe()[0]) if len(vraaghulp_exe()) == 1 else os.path.dirname(sys.executable)
    env = dict(os.environ, PATH=os.pathsep.join([bin_dir, os.environ.get("PATH", "")]), VRAAGHULP_HOME=str(data_home))
    import subprocess

    done = subprocess.run(["bash", "-c", f"source '{rc}'; echo klaar"], capture_output=True, text=True, env=env, timeout=30)
    assert (done.returncode, done.stdout, done.stderr) == (0, "klaar\n", "")
    assert not daily.state_path(data_home).exists()


def test_the_greeting_wraps_between_words_for_a_narrow_terminal():
    text = daily.greeting(MORNING.date(), 12, width=30)
    assert all(len(line) <= 30 for line in text.splitlines())
    assert " ".join(text.split()).endswith("12 vragen staan open — vraaghulp oefen")
    assert " ".join(text.split()) == " ".join(daily.greeting(MORNING.date(), 12, width=200).split())


def test_data_pad_names_the_shell_folder_once_it_exists(run_cli, data_home):
    assert "Shell:" not in run_cli("data", "pad").stdout
    run_cli("init", "--dagelijks", now=clock(MORNING))
    shown = run_cli("data", "pad", "--json").stdout
    assert json.loads(shown)["shell"] == {"pad": str(data_home / "shell"), "bestaat": True}
    text = " ".join(run_cli("data", "pad").stdout.split())
    assert "Shell:" in text and "wanneer je de dagkaart zag, per apparaat" in text


def test_open_asks_are_counted_exactly_across_blocks(data_home, monkeypatch):
    lines = []
    for number in range(40):
        status = "open" if number % 3 == 0 else "gedaan"
        text = 'zet de deur "open"' if number % 4 == 0 else "kun je helpen?"
        lines.append(json.dumps({"id": f"id{number}", "soort": "vraag", "v": 1, "wie": "Sam", "vraag": text,
                                 "status": status}, ensure_ascii=False))
    lines.insert(5, '{"kapot": "open"')  # damaged, holds the word
    lines.insert(9, json.dumps({"id": "s1", "soort": "script", "status": "open"}))  # not an ask
    journal = data_home / "logboek.jsonl"
    data_home.mkdir(parents=True)
    journal.write_bytes(("\r\n".join(lines)).encode("utf-8"))  # CRLF, no newline at the end
    expected = sum(1 for number in range(40) if number % 3 == 0)
    for block in (7, 64, 1 << 20):
        monkeypatch.setattr(daily, "_BLOCK", block)
        assert daily.count_open_asks(journal) == expected
    assert daily.count_open_asks(data_home / "nergens.jsonl") == 0


def test_a_locked_journal_is_said_at_a_shell_start_without_reading_it(run_cli, data_home):
    add_open_asks(run_cli, 2)
    (data_home / "sleutel.json").write_text("{}", encoding="utf-8")  # what `data versleutel` leaves
    shown = run_cli("init", "--dagelijks", now=clock(MORNING))
    assert shown.returncode == 0 and shown.stderr == ""
    assert shown.stdout.startswith(CARD_TITLE) and "vergrendeld" in shown.stdout
    assert "staan open" not in shown.stdout
