"""Hostile text: stored faithfully, shown literally, never interpreted, never a crash
(issue 8, item 6).

"Faithfully" is checked on the journal itself (the JSON strings decode to exactly what
was given) and on JSON output. "Literally" means: Rich markup and emoji codes appear as
typed, and no escape sequence, control character or bidi override reaches stdout.
"""

from __future__ import annotations

import json
import os
import subprocess
from datetime import datetime, timezone

import pytest

from tests import helpers
from tests.conftest import vraaghulp_exe
from vraaghulp import cli, store
from vraaghulp.models import Ask, Conversation, Script, SelfCheck
from vraaghulp.store import Journal

# Starts and ends with a visible character: options are stripped of outer whitespace.
HOSTILE = (
    "[bold red]rood[/] [/] [link=https://x]klik[/link] "
    "\x1b[31mrood\x1b[0m \x1b[2J \x1b]0;titel\x07 \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ "
    "\x9b31m \x07\x08\x7f :smile: :red_heart: \u202eesrever\u202c \u2066iso\u2069 \u200fx "
    "\u00e9\u0301 \U0001f642 \\n \\u001b %s {} <b>x</b> ]"
)
WITH_NUL = "nul\x00byte " + HOSTILE
LONG = "Kun je helpen? " + ("lang " * 20_000) + "einde"  # 100,015 characters on one line
assert len(LONG) > 100_000

# What must never reach a terminal from user text.
FORBIDDEN = ["\x1b", "\x07", "\x08", "\x00", "\x7f", "\x9b", "\u202e", "\u2066", "\u200f"]
EMOJI = ["\U0001f604", "\u2764"]  # what :smile: and :red_heart: would turn into


def _env(data_home, **extra) -> dict:
    env = dict(os.environ, VRAAGHULP_HOME=str(data_home), NO_COLOR="1", COLUMNS="100")
    env.update(extra)
    return env


class _Bytes:
    def __init__(self, returncode: int, stdout: bytes, stderr: bytes) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def _cli(data_home, *args, input: str = "", **env):
    """Run the command in this process; stdout as UTF-8 bytes (a lone surrogate could not be written)."""
    result = helpers.run(*args, input=input, env=env)
    return _Bytes(result.returncode, result.stdout.encode("utf-8"), result.stderr.encode("utf-8"))


def _real(data_home, *args, **env):
    """Run the installed command: what reaches a real UTF-8 stdout, as bytes."""
    return subprocess.run([*vraaghulp_exe(), *args], capture_output=True, env=_env(data_home, **env), timeout=60)


def _stored(data_home) -> list[dict]:
    return [json.loads(line) for line in (data_home / "logboek.jsonl").read_bytes().splitlines() if line.strip()]


def _assert_literal(output: bytes, where: str) -> str:
    text = output.decode("utf-8")  # also proves the output is valid UTF-8
    for char in FORBIDDEN:
        assert char not in text, f"{where}: {char!r} reached stdout"
    for char in EMOJI:
        assert char not in text, f"{where}: an emoji code was turned into {char!r}"
    return text


# --- stored faithfully ---------------------------------------------------------------------
def test_options_with_hostile_text_are_stored_exactly(data_home):
    made = _cli(
        data_home, "oefen", "--wie", HOSTILE, "--vraag", HOSTILE, "--verwachting", HOSTILE, "--wanneer", HOSTILE,
        "--angst", "5", "--kans", "50", "--json",
    )
    assert made.returncode == 0, made.stderr.decode()
    assert json.loads(made.stdout)["items"][0]["wie"] == HOSTILE
    ask_id = json.loads(made.stdout)["items"][0]["id"]
    script = _cli(
        data_home, "script", "--zin", HOSTILE, "--stem", "ouder", "--stem-toelichting", HOSTILE, "--geloof", "70",
        "--angst-voor", HOSTILE, "--rolwissel", HOSTILE, "--nieuwe-regel", HOSTILE, "--geloof-na", "40",
    )
    assert script.returncode == 0, script.stderr.decode()
    done = _cli(data_home, "oefen", "--afronden", ask_id, "--uitkomst", "ja", "--angst-na", "1", "--geleerd", HOSTILE)
    assert done.returncode == 0, done.stderr.decode()
    long = _cli(data_home, "oefen", "--wie", "Sam", "--vraag", LONG, "--angst", "3", "--kans", "60")
    assert long.returncode == 0, long.stderr.decode()

    ask, script_record, long_ask = _stored(data_home)
    for key in ("wie", "vraag", "verwachting", "wanneer", "geleerd"):
        assert ask[key] == HOSTILE, key
    for key in ("zin", "stem_toelichting", "bang_voor", "rolwissel", "nieuwe_regel"):
        assert script_record[key] == HOSTILE, key
    assert long_ask["vraag"] == LONG
    # One record is one line: nothing in the text can split it.
    assert len((data_home / "logboek.jsonl").read_bytes().splitlines()) == 3
    for output in (made.stdout, script.stdout, done.stdout, long.stdout):
        _assert_literal(output, "oefen/script")


def test_nul_bytes_and_notes_are_stored_exactly(data_home, capsys, tmp_path):
    # A NUL cannot be passed in argv by a shell; in-process it can, and notes files may hold one.
    assert cli.run(["oefen", "--wie", WITH_NUL, "--vraag", WITH_NUL, "--angst", "4", "--kans", "40"]) == 0
    notes = tmp_path / "notities.txt"
    notes.write_text(f"1: {WITH_NUL}\n7: {HOSTILE}\n", encoding="utf-8")
    talk = _cli(data_home, "gesprek", "--namen", "Anna,Bram", "--relatie", "partner", "--afgeleid", "nee", "--stilte", "0",
                "--notities-bestand", str(notes))
    assert talk.returncode == 0, talk.stderr.decode()
    _assert_literal(talk.stdout, "gesprek")
    ask, conversation = _stored(data_home)
    assert ask["wie"] == WITH_NUL and ask["vraag"] == WITH_NUL
    assert conversation["notities"] == {"1": WITH_NUL, "7": HOSTILE}
    capsys.readouterr()


# --- shown literally -----------------------------------------------------------------------
@pytest.fixture
def hostile_journal(data_home) -> dict[str, str]:
    """Every record kind, every text field hostile (and one 100,000-character ask)."""
    when = datetime(2025, 6, 2, 9, 0, tzinfo=timezone.utc)
    records = [
        Ask(id="vraag001", created=when, person=WITH_NUL, text=WITH_NUL, moment=HOSTILE, expectation=HOSTILE,
            fear_before=6, chance=40, status="gedaan", outcome="ja", fear_after=2, learned=HOSTILE, closed=when,
            script_id="script01"),
        Ask(id="vraag002", created=when, person="Sam", text=LONG, fear_before=3, chance=70),
        Script(id="script01", created=when, sentence=WITH_NUL, voice=HOSTILE, voice_note=HOSTILE, belief=80,
               fear=HOSTILE, role_reversal=HOSTILE, new_rule=HOSTILE, belief_after=60),
        Conversation(id="gesprek1", created=when, names=[HOSTILE, WITH_NUL], relation=HOSTILE,
                     notes={str(n): WITH_NUL for n in range(1, 8)}, deflected=True, finished=True, last_step=7),
        SelfCheck(id="check001", created=when, answers={"1": 2}, score=2, result=HOSTILE),
    ]
    journal = Journal()
    for record in records:
        journal.append(record)
    return {record.id: record.kind for record in records}


VIEWS = [
    ("log",),
    ("log", "-n", "100"),
    ("log", "--soort", "gesprek"),
    ("log", "-z", "rood"),
    ("log", "toon", "vraag001"),
    ("log", "toon", "vraag002"),
    ("log", "toon", "script01"),
    ("log", "toon", "gesprek1"),
    ("log", "toon", "check001"),
    ("log", "overzicht"),
    ("script", "--lijst"),
    ("script", "--toon", "script01"),
    ("export", "--formaat", "md"),
    ("export", "--formaat", "csv"),
    (),  # the start screen
]


@pytest.mark.parametrize("args", VIEWS, ids=lambda a: " ".join(a) or "start")
def test_every_view_shows_hostile_text_literally(data_home, hostile_journal, args):
    result = _cli(data_home, *args)
    assert result.returncode == 0, result.stderr.decode()
    text = _assert_literal(result.stdout, " ".join(args))
    assert "Traceback" not in result.stderr.decode()
    if (args[:2] == ("log", "toon") and args[2] != "vraag002") or args == ("export", "--formaat", "md"):
        assert "[bold red]rood[/]" in text and "[link=https://x]klik[/link]" in text
        assert ":smile:" in text


def test_the_long_line_is_shown_in_full_where_an_item_is_shown_whole(data_home, hostile_journal):
    shown = _cli(data_home, "log", "toon", "vraag002")
    text = _assert_literal(shown.stdout, "log toon")
    assert "".join(text.split()).count("lang") == 20_000  # wrapped, but every word is there
    report = _cli(data_home, "export", "--formaat", "md")
    assert LONG in report.stdout.decode("utf-8")


@pytest.mark.parametrize("args", [("log", "--json"), ("export", "--formaat", "json"), ("log", "toon", "vraag001", "--json")])
def test_json_output_is_faithful_and_safe_for_a_terminal(data_home, hostile_journal, args):
    result = _cli(data_home, *args)
    assert result.returncode == 0, result.stderr.decode()
    text = _assert_literal(result.stdout, " ".join(args))  # escapes stay \u001b etc. inside the JSON
    items = {item["id"]: item for item in json.loads(text)["items"]}
    first = items["vraag001"]
    assert first["wie"] == WITH_NUL and first["vraag"] == WITH_NUL and first["geleerd"] == HOSTILE
    if "vraag002" in items:
        assert items["vraag002"]["vraag"] == LONG
        assert items["gesprek1"]["namen"] == [HOSTILE, WITH_NUL]
        assert items["script01"]["zin"] == WITH_NUL


def test_exports_to_a_file_are_literal_too(data_home, hostile_journal, tmp_path):
    for fmt in ("md", "csv", "json"):
        target = tmp_path / f"verslag.{fmt}"
        result = _cli(data_home, "export", "-o", str(target))
        assert result.returncode == 0, result.stderr.decode()
        text = _assert_literal(target.read_bytes(), fmt)
        if fmt == "json":
            assert json.loads(text)["items"][0]["wie"] == WITH_NUL


def test_in_a_colour_terminal_no_injected_sequence_gets_through(data_home, hostile_journal):
    """With colours on, Rich writes its own escapes; the user's must still be gone."""
    env = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "NO_COLOR": None}
    for args in (("log",), ("log", "toon", "vraag001"), ("log", "toon", "gesprek1"), ("script", "--lijst")):
        result = _cli(data_home, *args, **env)
        assert result.returncode == 0, result.stderr.decode()
        text = result.stdout.decode("utf-8")
        for injected in ("\x1b[2J", "\x1b]0;", "\x1b]8;;http://x", "\x07", "\x00", "\x9b", "\u202e"):
            assert injected not in text, (args, injected)
        assert "[bold red]rood[/]" in text or args == ("log",) or args == ("script", "--lijst")


def test_krimp_with_hostile_piped_text(data_home):
    # The 100,000-character line once (the engine's own tests cover huge input); hostile text in every mode.
    for args, tail in ((("krimp",), LONG), (("krimp", "--kaal"), "Kun je helpen?"), (("krimp", "--json"), "Kun je helpen?")):
        result = _cli(data_home, *args, input=WITH_NUL + " Sorry, kun je misschien morgen helpen? " + tail)
        assert result.returncode == 0, (args, result.stderr.decode())
        text = _assert_literal(result.stdout, " ".join(args))
        if args[-1] == "--json":
            json.loads(text)
    assert not (data_home / "logboek.jsonl").exists()  # krimp stores nothing


def test_a_hand_edited_lone_surrogate_is_reported_or_shown_never_a_crash(data_home):
    data_home.mkdir(parents=True)
    (data_home / "logboek.jsonl").write_bytes(
        b'{"id": "surr0001", "soort": "vraag", "v": 1, "gemaakt": "2025-06-02T09:00:00Z", '
        b'"wie": "A\\ud800B", "vraag": "Help je?", "angst_voor": 5, "kans": 50}\n'
        b'{"id": "goed0001", "soort": "vraag", "v": 1, "gemaakt": "2025-06-02T09:00:00Z", '
        b'"wie": "Ann", "vraag": "Help je?", "angst_voor": 5, "kans": 50}\n'
    )
    for args in (("log",), ("log", "--json"), ("log", "overzicht"), ("export",), ("export", "--formaat", "json"), ()):
        result = _real(data_home, *args)
        assert result.returncode == 0, (args, result.stderr.decode())
        _assert_literal(result.stdout, " ".join(args))
        assert "fout in het programma" not in result.stderr.decode()
    store.take_reported()


def test_undecodable_bytes_in_an_option_give_a_dutch_sentence(data_home):
    if os.name != "posix":
        pytest.skip("bytes in argv")
    result = subprocess.run(
        [*vraaghulp_exe(), "oefen", "--wie", b"\xff\xfe".decode("utf-8", "surrogateescape"), "--vraag", "Help je?",
         "--angst", "5", "--kans", "50"],
        capture_output=True, env=_env(data_home), timeout=30,
    )
    assert result.returncode == 2
    assert "geen geldige UTF-8" in result.stderr.decode() and "niets opgeslagen" in result.stderr.decode()
    assert not (data_home / "logboek.jsonl").exists() or (data_home / "logboek.jsonl").read_bytes() == b""
