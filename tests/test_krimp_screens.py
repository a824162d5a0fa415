"""What `vraaghulp krimp` shows and asks around the sentence: not sure, crisis, findings,
a second request, and the clipboard. In-process, answered by a scripted prompter."""

from __future__ import annotations

import io
import json
import os
import stat

from tests.helpers import run
from vraaghulp import clipboard
from vraaghulp.coach.krimp import shrink

UNSURE = "Ik wil niet zeuren hoor, maar zou u iemand kunnen sturen om de verwarming te maken? Ik ben ziek. Zeg het niet tegen mijn zoon."
CLEAR = "Sam, kun je morgenavond een kwartier bellen?"
COPY_QUESTION = "Zal ik de zin op je klembord zetten?"
NO_TOOLS = {"PATH": "/nonexistent", "DISPLAY": None, "WAYLAND_DISPLAY": None}


def _questions(result) -> list[str]:
    return [question for _kind, question in result.asked]


def _after_last_heading(stdout: str) -> str:
    return stdout.rsplit("Klaar om te kopiëren", 1)[1]


# ------------------------------------------------------------------------------ not sure


def test_the_engine_is_not_sure_of_this_draft():
    result = shrink(UNSURE)
    assert not result.sure and not result.crisis
    assert "verwarming" in result.sentence and "zeuren" not in result.sentence


def test_not_sure_says_so_and_lets_the_person_edit_their_own_words():
    edited = "Kunt u vandaag iemand sturen voor de verwarming? Ik ben ziek."
    result = run("krimp", UNSURE, tty=True, answers=[edited, False], env=NO_TOOLS)
    assert result.returncode == 0, result.stderr
    assert ("text", "Wat vraag je precies?") in result.asked
    assert "niet zeker" in result.stdout
    assert result.stdout.index("niet zeker") < result.stdout.index("Klaar om te kopiëren")
    assert edited in _after_last_heading(result.stdout)
    assert _questions(result)[-1] == COPY_QUESTION


def test_not_sure_and_enter_keeps_the_offered_words():
    offered = shrink(UNSURE).sentence
    result = run("krimp", UNSURE, tty=True, answers=[None, False], env=NO_TOOLS)
    assert result.returncode == 0, result.stderr
    assert offered in _after_last_heading(result.stdout)


def test_not_sure_without_a_terminal_asks_nothing_and_says_so():
    result = run("krimp", UNSURE)
    assert result.returncode == 0, result.stderr
    assert result.asked == []
    assert "niet zeker" in result.stdout and "Kijk hem na" in result.stdout
    assert "Klaar om te kopiëren" not in result.stdout  # not offered as ready
    assert shrink(UNSURE).sentence in result.stdout
    payload = json.loads(run("krimp", "--json", UNSURE).stdout)
    assert payload["zeker"] is False and "crisis" not in payload


def test_a_sure_result_asks_only_about_the_clipboard():
    result = run("krimp", CLEAR, tty=True, answers=[False], env=NO_TOOLS)
    assert result.returncode == 0, result.stderr
    assert _questions(result) == [COPY_QUESTION]
    assert "niet zeker" not in result.stdout
    assert json.loads(run("krimp", "--json", CLEAR).stdout)["zeker"] is True


# ------------------------------------------------------------------------------ crisis


def test_crisis_keeps_their_words_adds_now_and_asks_no_follow_up():
    draft = "Sorry, ik wil niet meer leven, kun je me bellen?"
    result = run("krimp", draft, tty=True, answers=[False], env=NO_TOOLS)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.index("113") < out.index("Je concept") < out.index("Klaar om te kopiëren")  # helplines first
    assert "Ik wil niet meer leven. Kun je me nu bellen?" in _after_last_heading(out)
    assert _questions(result) == [COPY_QUESTION]  # no "wanneer", no "hoe lang"
    assert "Excuus" not in out  # no remarks on how someone in crisis writes
    payload = json.loads(run("krimp", "--json", draft).stdout)
    assert payload["crisis"] is True and payload["zin"] == "Ik wil niet meer leven. Kun je me nu bellen?"


def test_crisis_without_a_request_offers_a_ready_sentence_with_the_name():
    payload = json.loads(run("krimp", "--json", "Mam, het gaat niet goed met me, ik wil dood.").stdout)
    assert payload["crisis"] is True
    # round 28 (k28a): the ready request keeps the writer's own heaviest sentence before it (issue 12 point 7); round 52
    # (k52c): with the writer's own word on how they are in the clause before it (the outside golds, p51-022)
    assert payload["zin"] == "Mam, het gaat niet goed met me, ik wil dood. Kun je nu bij me zijn?"


def test_crisis_in_the_interactive_flow_asks_no_follow_up():
    result = run("krimp", tty=True, answers=["ik wil er niet meer zijn, kun je langskomen", False], env=NO_TOOLS)
    assert result.returncode == 0, result.stderr
    assert len(result.asked) == 2 and result.asked[1] == ("confirm", COPY_QUESTION)
    assert "113" in result.stdout
    assert "nu langskomen" in _after_last_heading(result.stdout)


# ------------------------------------------------------------------------------ findings


def _printed(renderable) -> str:
    from rich.console import Console

    console = Console(width=100, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def test_a_kind_is_explained_once_then_only_named():
    from vraaghulp.render.krimp import findings_view

    findings = shrink("Sorry, zou je misschien morgen kunnen bellen?").findings
    seen: set[str] = set()
    first = _printed(findings_view(findings, 100, seen))
    again = _printed(findings_view(findings, 100, seen))
    assert "Vragen is geen fout" in first and "Excuus" in first
    assert "Excuus" in again and "Vragen is geen fout" not in again


def test_two_pieces_of_one_kind_get_the_plural_explanation():
    from vraaghulp.render.krimp import findings_view

    findings = shrink("Sorry, zou je misschien eventueel morgen kunnen bellen?").findings
    text = _printed(findings_view(findings, 100))
    assert "Deze woorden maken je vraag kleiner" in text
    assert "Dit woord maakt" not in text


def test_explanations_are_kind():
    from vraaghulp.coach.krimp import explain

    for kind in ("uitweg", "last", "excuus"):
        assert "heus" not in explain(kind) and "heus" not in explain(kind, 2)


def test_a_second_request_comes_back_with_its_own_sentence():
    draft = "Hoi allemaal, kan iemand zaterdag helpen met verhuizen? En wie heeft er een aanhanger die ik mag lenen?"
    payload = json.loads(run("krimp", "--json", draft).stdout)
    second = [f for f in payload["bevindingen"] if f["soort"] == "meer-vragen"]
    assert second and second[0]["zin"] == "Wie heeft er een aanhanger die ik mag lenen?"
    shown = run("krimp", draft).stdout
    assert "Apart te sturen: Wie heeft er een aanhanger die ik mag lenen?" in shown


# ------------------------------------------------------------------------------ clipboard


def _tool(folder, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def test_copy_with_a_clipboard_tool_on_path(tmp_path):
    _tool(tmp_path, "pbcopy", f"/bin/cat > {tmp_path}/copied")
    result = run("krimp", CLEAR, tty=True, answers=[True], env={"PATH": str(tmp_path), "DISPLAY": None, "WAYLAND_DISPLAY": None})
    assert result.returncode == 0, result.stderr
    assert "Gekopieerd" in result.stdout
    assert (tmp_path / "copied").read_text(encoding="utf-8") == CLEAR


def test_x_tool_needs_a_display(tmp_path):
    _tool(tmp_path, "xclip", f"/bin/cat > {tmp_path}/copied")
    environ = {"PATH": str(tmp_path)}
    assert clipboard.copy("hoi", None, environ) == clipboard.UNREACHABLE
    assert clipboard.copy("hoi", None, {**environ, "DISPLAY": ":0"}) == clipboard.COPIED
    assert (tmp_path / "copied").read_text(encoding="utf-8") == "hoi"


def test_a_failing_tool_and_no_terminal_is_one_calm_line(tmp_path):
    _tool(tmp_path, "pbcopy", "exit 1")
    result = run("krimp", CLEAR, tty=True, answers=[True], env={"PATH": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "niet te bereiken" in result.stdout
    assert "Gekopieerd" not in result.stdout


def test_a_hanging_tool_is_given_up_on(tmp_path, monkeypatch):
    _tool(tmp_path, "pbcopy", "/bin/sleep 5")
    monkeypatch.setattr(clipboard, "TIMEOUT", 0.3)
    assert clipboard.copy("hoi", None, {"PATH": str(tmp_path)}) == clipboard.UNREACHABLE


def test_osc52_to_the_terminal_is_only_tried():
    terminal = io.StringIO()
    assert clipboard.copy("Kun je me bellen?", terminal, {"PATH": "/nonexistent"}) == clipboard.TRIED
    assert terminal.getvalue() == clipboard.osc52("Kun je me bellen?")
    assert terminal.getvalue().startswith("\x1b]52;c;S3VuIGplIG1lIGJlbGxlbj8")


def test_a_broken_terminal_stream_never_fails():
    class Broken:
        def write(self, _text):
            raise OSError("gone")

    assert clipboard.copy("hoi", Broken(), {"PATH": "/nonexistent"}) == clipboard.UNREACHABLE


def test_saying_no_to_the_clipboard_runs_no_tool(tmp_path):
    _tool(tmp_path, "pbcopy", f"/bin/cat > {tmp_path}/copied")
    result = run("krimp", CLEAR, tty=True, answers=[False], env={"PATH": str(tmp_path)})
    assert result.returncode == 0
    assert not os.path.exists(tmp_path / "copied")


def test_a_finding_too_long_for_a_narrow_screen_goes_on_under_its_text():
    from rich.console import Console

    from vraaghulp.render.krimp import findings_view

    findings = shrink("Ik wil Anouk vragen of ik vanaf volgende maand thuis mag werken. Ik durf het niet.").findings
    console = Console(width=40, record=True, color_system=None)
    console.print(findings_view(findings, 40))
    lines = console.export_text().splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("• Bang voor de reactie"))
    assert lines[at + 1] == "  niet”", lines
    assert all(len(line) <= 40 for line in lines)
    assert all(line.startswith(("• ", "  ")) for line in lines if line.strip())
