"""`vraaghulp krimp` through the installed command (subprocesses), plus its views and flow."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests.conftest import vraaghulp_exe
from vraaghulp.coach.krimp import KINDS, shrink

DRAFT = (
    "Hoi Sam, sorry dat ik stoor, ik weet dat je het druk hebt, maar zou je misschien eventueel "
    "een keer naar mijn cv kunnen kijken? Geen druk hoor!"
)
HISTORY = "shellgeschiedenis"  # part of the note; checked loosely below
HOSTILE = "Sam, kun je morgen [bold red]x[/] bellen? :smile: \x1b[31mrood\x1b[0m \x1b]0;titel\x07 \x9b2J"


def no_traceback(result) -> None:
    assert "Traceback" not in result.stdout and "Traceback" not in result.stderr


def run_bytes(data_home, *args: str, data: bytes, env: dict | None = None):
    full_env = dict(os.environ, VRAAGHULP_HOME=str(data_home), NO_COLOR="1", COLUMNS="100")
    full_env.update(env or {})
    return subprocess.run([*vraaghulp_exe(), *args], input=data, capture_output=True, env=full_env, timeout=30)


# ------------------------------------------------------------------------------ input


def test_argument_shows_draft_findings_and_sentence(run_cli):
    result = run_cli("krimp", DRAFT)
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    out = result.stdout
    expected = shrink(DRAFT).sentence
    assert expected in out.splitlines()  # on a line of its own, ready to copy
    assert "Klaar om te kopiëren" in out
    # dropped parts are marked (no styles in a pipe), kept parts are not
    assert "~~sorry dat ik stoor," in out and "~~Geen druk hoor!~~" in out
    assert "Excuus: “sorry dat ik stoor”" in out
    assert "Afzwakker:" in out and "“misschien”" in out
    assert "Nog geen moment" in out
    assert "shell" in out and "geschiedenis" in out  # the note about shell history


def test_stdin_is_read_when_there_is_no_argument(run_cli):
    result = run_cli("krimp", input=DRAFT + "\n")
    assert result.returncode == 0, result.stderr
    assert shrink(DRAFT).sentence in result.stdout
    assert "geschiedenis" not in result.stdout + result.stderr


def test_dash_reads_stdin(run_cli):
    result = run_cli("krimp", "-", "--kaal", input="Sam, kun je morgen bellen?")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Sam, kun je morgen bellen?\n"


def test_invalid_utf8_on_stdin_is_tolerated(data_home):
    result = run_bytes(data_home, "krimp", "--kaal", data=b"\xef\xbb\xbfSorry, kun je morgen \xff\xfe bellen?")
    assert result.returncode == 0, result.stderr
    no_traceback(subprocess.CompletedProcess([], 0, result.stdout.decode(), result.stderr.decode()))
    line = result.stdout.decode("utf-8")
    assert line.count("\n") == 1 and "bellen?" in line and "\ufeff" not in line


@pytest.mark.parametrize("args, stdin", [(("krimp", ""), ""), (("krimp", "   \n\t "), ""), (("krimp",), ""), (("krimp",), " \n\n ")])
def test_empty_input_is_a_usage_error_in_dutch(run_cli, args, stdin):
    result = run_cli(*args, input=stdin)
    assert result.returncode == 2
    no_traceback(result)
    assert result.stdout == ""
    assert "tekst" in result.stderr and "vraaghulp krimp" in result.stderr


def test_huge_input_works(run_cli):
    draft = ("Sorry dat ik stoor, zou je misschien een keer met de boodschappen kunnen helpen? " * 700)[:50_000]
    result = run_cli("krimp", input=draft, timeout=60)
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    assert "niet getoond" in result.stdout  # the draft on screen is shortened
    assert len(result.stdout) < 20_000
    payload = json.loads(run_cli("krimp", "--json", input=draft, timeout=60).stdout)
    assert payload["zin"].endswith("?")


def test_huge_argument_works(run_cli):
    draft = "x" * 50_000
    result = run_cli("krimp", "--kaal", draft, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1


# ------------------------------------------------------------------------------ output modes


def test_json_keys_are_pinned(run_cli):
    result = run_cli("krimp", "--json", DRAFT)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"zin", "zeker", "bevindingen"}  # "crisis" only when the acute tier fired
    assert payload["zin"] == shrink(DRAFT).sentence
    assert payload["zeker"] is shrink(DRAFT).sure
    assert payload["bevindingen"], "expected findings"
    for finding in payload["bevindingen"]:
        assert set(finding) == {"soort", "tekst", "uitleg"}
        assert finding["soort"] in KINDS
        assert isinstance(finding["tekst"], str) and finding["uitleg"]
    kinds = {f["soort"] for f in payload["bevindingen"]}
    assert {"excuus", "last", "uitweg", "afzwakker", "geen-moment"} <= kinds
    assert any({"soort": "excuus", "tekst": "sorry dat ik stoor"}.items() <= f.items() for f in payload["bevindingen"])
    assert payload["bevindingen"][0]["soort"] == "groet"  # "Hoi" comes first, in draft order
    assert "geschiedenis" in result.stderr  # notes go to stderr, never into the JSON


def test_json_for_a_clear_ask_is_praise_only(run_cli):
    payload = json.loads(run_cli("krimp", "--json", input="Sam, kun je morgenavond een kwartier bellen?").stdout)
    assert payload["zin"] == "Sam, kun je morgenavond een kwartier bellen?"
    assert [f["soort"] for f in payload["bevindingen"]] == ["goed"]


def test_kaal_prints_only_the_sentence(run_cli):
    result = run_cli("krimp", "--kaal", DRAFT)
    assert result.returncode == 0, result.stderr
    assert result.stdout == shrink(DRAFT).sentence + "\n"
    assert "geschiedenis" in result.stderr


def test_json_and_kaal_together_is_a_usage_error(run_cli):
    result = run_cli("krimp", "--json", "--kaal", DRAFT)
    assert result.returncode == 2
    assert "--json" in result.stdout + result.stderr
    no_traceback(result)


def test_answers_as_options_fill_what_is_missing(run_cli):
    result = run_cli("krimp", "--kaal", "--wanneer", "zaterdag", input="Hoi Lotte, sorry dat ik stoor, zou je misschien kunnen helpen met verhuizen?")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Lotte, kun je zaterdag helpen met verhuizen?"
    shown = run_cli("krimp", input="Lotte, kun je helpen met verhuizen?")
    assert "Aanvullen kan met --wanneer of --hoe-lang." in shown.stdout


def test_empty_answer_option_is_a_usage_error(run_cli):
    result = run_cli("krimp", "--wanneer", " ", input=DRAFT)
    assert result.returncode == 2 and "--wanneer" in result.stderr


def test_help_is_dutch(run_cli):
    result = run_cli("krimp", "--help")
    assert result.returncode == 0
    assert "heldere vraag" in result.stdout and "--kaal" in result.stdout and "--json" in result.stdout


# ------------------------------------------------------------------------------ safety


@pytest.mark.parametrize("mode", [(), ("--json",), ("--kaal",)])
def test_hostile_text_is_printed_literally(run_cli, mode):
    result = run_cli("krimp", *mode, HOSTILE)
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    for stream in (result.stdout, result.stderr):
        assert "\x1b" not in stream and "\x9b" not in stream and "\x07" not in stream
    if not mode:
        shown = result.stdout.replace("~~", "")  # the marks around dropped parts
        assert "[bold red]x[/]" in shown and ":smile:" in shown and "\U0001f604" not in shown
        assert "rood" in shown
    if mode == ("--json",):
        payload = json.loads(result.stdout)
        assert "\x1b" not in payload["zin"]


def test_hostile_text_in_a_colour_terminal_lets_no_user_escape_through(run_cli):
    result = run_cli("krimp", HOSTILE, env={"FORCE_COLOR": "1", "NO_COLOR": "", "TERM": "xterm-256color"})
    assert result.returncode == 0, result.stderr
    assert "\x1b[2;9m" in result.stdout  # styles are on: dropped parts dim and struck through
    assert "\x1b[31m" not in result.stdout and "\x1b]0;" not in result.stdout and "\x9b" not in result.stdout
    assert "[bold red" in result.stdout and ":smile:" in result.stdout


def test_invalid_bytes_in_the_argument_are_replaced(data_home):
    full_env = dict(os.environ, VRAAGHULP_HOME=str(data_home), NO_COLOR="1", COLUMNS="100")
    arg = b"Sam, kun je morgen \x9b2J \xff bellen?"
    result = subprocess.run([*vraaghulp_exe(), b"krimp", arg], capture_output=True, env=full_env, timeout=30)
    assert result.returncode == 0, result.stderr
    assert b"\x9b" not in result.stdout.replace("\u009b".encode(), b"") and b"\xff" not in result.stdout
    result.stdout.decode("utf-8")  # valid UTF-8 throughout


def test_crisis_text_shows_the_panel_and_goes_on(run_cli):
    text = "Ik wil niet meer leven. Kun je morgen bellen?"
    result = run_cli("krimp", text)
    assert result.returncode == 0, result.stderr
    assert "113" in result.stdout and "1813" in result.stdout
    assert "Klaar om te kopiëren" in result.stdout
    assert "~~" not in result.stdout  # nothing of what the person shares is struck through
    as_json = run_cli("krimp", "--json", text)
    assert as_json.returncode == 0
    assert "113" in as_json.stderr and "113" not in as_json.stdout
    payload = json.loads(as_json.stdout)
    assert set(payload) == {"zin", "zeker", "bevindingen", "crisis"} and payload["crisis"] is True
    assert payload["zin"].startswith("Ik wil niet meer leven.")  # their own words about how bad it is


def test_crisis_text_on_stdin_with_kaal(run_cli):
    result = run_cli("krimp", "--kaal", input="ik wil dood. kun je vanavond even komen?")
    assert result.returncode == 0
    assert "113" in result.stderr
    assert result.stdout.count("\n") == 1 and "113" not in result.stdout


def test_nothing_is_saved(run_cli, data_home):
    run_cli("krimp", DRAFT)
    run_cli("krimp", "--json", input=DRAFT)
    assert not (data_home / "logboek.jsonl").exists()


# ------------------------------------------------------------------------------ views (in-process)


def test_marked_runs_line_up_after_cleaning():
    from vraaghulp.render import clean
    from vraaghulp.render.krimp import clean_marked

    draft = "\x1b[31mSorry\x1b[0m, Sam,\x07 kun je \u202emorgen\u202c bellen?"
    shrunk = shrink(draft)
    runs = clean_marked(draft, shrunk.dropped)
    assert "".join(text for text, _ in runs) == clean(draft)
    dropped_text = "".join(text for text, dropped in runs if dropped)
    kept_text = "".join(text for text, dropped in runs if not dropped)
    assert "Sorry" in dropped_text
    assert "bellen?" in kept_text and "kun je" in kept_text and "\x1b" not in kept_text + dropped_text


def test_marked_runs_for_spans_inside_escape_sequences():
    from vraaghulp.render import clean
    from vraaghulp.render.krimp import clean_marked

    draft = "ab\x1b[31mcd\x1b[0mef"
    runs = clean_marked(draft, [(0, 4), (8, 9)])  # spans cut through both escape sequences
    assert runs == [("ab", True), ("cd", False), ("ef", False)] or "".join(t for t, _ in runs) == clean(draft)
    assert "".join(t for t, _ in runs) == "abcdef"


def test_marked_draft_styles_and_limit():
    from vraaghulp.render.krimp import DROPPED_STYLE, marked_draft

    text = marked_draft("sorry, kun je bellen?", [(0, 6)], plain=False)
    assert text.plain == "sorry, kun je bellen?"
    assert [(s.start, s.end, str(s.style)) for s in text.spans] == [(0, 6, DROPPED_STYLE)]
    plain = marked_draft("sorry, kun je bellen?", [(0, 6)], plain=True)
    assert plain.plain == "~~sorry,~~ kun je bellen?"
    long = marked_draft("a" * 5000, [], plain=False, limit=100)
    assert long.plain.startswith("a" * 100) and "4.900 tekens" in long.plain


def test_findings_are_grouped_with_dutch_labels():
    from rich.console import Console

    from vraaghulp.render.krimp import findings_view, kind_label

    shrunk = shrink(DRAFT)
    console = Console(width=80, record=True, color_system=None)
    console.print(findings_view(shrunk.findings, 80))
    text = console.export_text()
    assert text.count("Afzwakker") == 1  # one line per kind and explanation
    assert kind_label("geen-moment") == "Nog geen moment"
    for kind in KINDS:
        assert kind_label(kind) and "-" not in kind_label(kind)


def test_json_payload_shape():
    from vraaghulp.render.krimp import json_payload

    payload = json_payload(shrink("sorry \x1b[31m, kun je morgen bellen?"))
    assert set(payload) == {"zin", "zeker", "bevindingen"} and payload["zeker"] is True
    assert all(set(f) == {"soort", "tekst", "uitleg"} for f in payload["bevindingen"])
    assert "\x1b" not in json.dumps(payload, ensure_ascii=False)


# ------------------------------------------------------------------------------ flow (scripted)


def _console():
    from rich.console import Console

    return Console(width=100, record=True, color_system=None)


def test_flow_asks_only_what_is_missing_and_reshrinks():
    from vraaghulp.flows.krimp import interactive
    from vraaghulp.prompter import ScriptedPrompter

    prompter = ScriptedPrompter(["Hoi Lotte, sorry dat ik stoor, zou je misschien kunnen helpen met verhuizen?", "zaterdag", None, False])
    console = _console()
    draft, result = interactive(prompter, console)
    asked = [question for _kind, question in prompter.asked]
    assert asked[0].startswith("Plak of typ je bericht")
    assert asked[1].startswith("Wanneer?") and asked[2].startswith("Hoe lang?")
    assert asked[3] == "Zal ik de zin op je klembord zetten?"  # answered "nee": nothing more
    assert len(asked) == 4
    assert result.sentence == "Lotte, kun je zaterdag helpen met verhuizen?"
    out = console.export_text()
    assert "Tot nu toe: Lotte, kun je helpen met verhuizen?" in out
    assert out.rstrip().endswith(result.sentence)


def test_flow_without_anything_missing_asks_nothing_more():
    from vraaghulp.flows.krimp import interactive
    from vraaghulp.prompter import ScriptedPrompter

    prompter = ScriptedPrompter(["Sam, kun je morgenavond een kwartier bellen?", False])
    console = _console()
    _draft, result = interactive(prompter, console)
    assert [kind for kind, _q in prompter.asked] == ["text", "confirm"]
    assert result.sentence == "Sam, kun je morgenavond een kwartier bellen?"
    assert "Mooi zo" in console.export_text()


def test_flow_skips_questions_answered_by_options():
    from vraaghulp.flows.krimp import Answers, interactive
    from vraaghulp.prompter import ScriptedPrompter

    prompter = ScriptedPrompter(["Lotte, kun je helpen met verhuizen?", None, False])
    _draft, result = interactive(prompter, _console(), Answers(wanneer="zondag"))
    assert [q for _k, q in prompter.asked][1].startswith("Hoe lang?")
    assert "zondag" in result.sentence


def test_flow_ctrl_c_propagates():
    from vraaghulp.flows.krimp import interactive
    from vraaghulp.prompter import ScriptedPrompter

    with pytest.raises(KeyboardInterrupt):
        interactive(ScriptedPrompter(["Lotte, kun je helpen met verhuizen?", KeyboardInterrupt]), _console())


def test_command_module_imports_stay_light():
    import sys

    code = (
        "import sys, vraaghulp.commands.krimp as k; "
        "print(','.join(m for m in ('rich', 'questionary', 'vraaghulp.coach.krimp', 'vraaghulp.flows.krimp') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
