"""`vraaghulp log`: views, filters, --json, toon, overzicht (+ SVG/HTML), bewerk and wis.

Most tests run the command in-process (`run_cli`) on a copy of the hand-made fixture log;
the views are also rendered at a fixed width and compared, and the light parser (no Typer)
is compared with the Typer tree; one test runs the installed command.
"""

from __future__ import annotations

import io
import json
import os
import shlex
import shutil
import stat
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from vraaghulp.coach.filters import Filters
from vraaghulp.light import logview
from vraaghulp.render import make_console
from vraaghulp.store import Journal, queries, take_reported

FIXTURE = Path(__file__).parent / "fixtures" / "log_fixture.jsonl"
TODAY = date(2024, 11, 22)
ASK_KEYS = [
    "afgerond", "angst_na", "angst_voor", "gemaakt", "geleerd", "id", "kans", "niveau", "script",
    "soort", "status", "uitkomst", "v", "vergelijking", "verwachting", "volheid", "vraag", "wanneer", "wie",
]


@pytest.fixture
def journal_file(data_home) -> Path:
    data_home.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = data_home / "logboek.jsonl"
    shutil.copyfile(FIXTURE, target)
    os.chmod(target, 0o600)
    return target


def stored(path: Path) -> dict[str, dict]:
    return {d["id"]: d for d in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())}


def render(lines) -> str:
    """Plain view lines as the screen shows them without colour."""
    from vraaghulp.light.plain import render as plain_render

    return plain_render(lines, color=False)


# ----------------------------------------------------------------------------------------
# views rendered in-process at a fixed width (plain text: the same for the fast path and Typer)
# ----------------------------------------------------------------------------------------
def test_table_rendered_at_fixed_width(journal_file):
    from vraaghulp.light.listing import log_table

    rows, total = logview.select_rows(journal_file, Filters(), 5)
    assert total == 12  # a small file is read whole, so the total is known
    text = render(log_table(logview.newest_first(rows), width=100, today=TODAY))
    expected = textwrap.dedent(
        """\
        Id        Datum      Soort    Wie           Wat                                 Angst  Uitkomst
        ────────────────────────────────────────────────────────────────────────────────────────────────────
        aaaa0008  do 21 nov  vraag    Sam           Sam, haal je een koffie voor me m…  4→1    ja · beter
        aaaa0007  wo 20 nov  vraag    Renée         Renée, wil je met me mee naar de…   4→?    open
        cccc0001  ma 18 nov  check                  Je herkent een paar signalen.              score 5
        gggg0001  za 16 nov  gesprek  Sam en Lotte  zevenstappengesprek (partner)              voltooid
        aaaa0006  do 14 nov  vraag    Anna          Anna, mag ik je bellen als het zw…  6      niet gevraagd
        """
    )
    assert text == expected


def test_table_on_a_narrow_screen_keeps_ids_whole(journal_file):
    from vraaghulp.light.listing import log_table
    from vraaghulp.light.plain import text_width

    rows, _ = logview.select_rows(journal_file, Filters(), 12)
    lines = render(log_table(logview.newest_first(rows), width=60, today=TODAY)).splitlines()
    assert all(text_width(line) <= 60 for line in lines)
    assert "Soort" not in lines[0] and "Angst" not in lines[0]
    assert lines[2].startswith("aaaa0008  do 21 nov") and any(line.startswith("ssss0001 ") for line in lines)


def test_wide_characters_keep_the_columns_straight():
    from vraaghulp.light.listing import log_table
    from vraaghulp.light.plain import text_width

    rows = [
        {"id": "wwww0001", "soort": "vraag", "gemaakt": "2024-11-20T10:00:00+01:00", "wie": "山田さん",
         "vraag": "駅まで迎えに来てくれますか？ お願いします、雨が降っているので", "angst_voor": 5, "kans": 50},
        {"id": "wwww0002", "soort": "vraag", "gemaakt": "2024-11-19T10:00:00+01:00", "wie": "Sam",
         "vraag": "Kun je me ophalen?", "angst_voor": 5, "kans": 50, "status": "gedaan", "uitkomst": "ja"},
    ]
    for width in (100, 60):
        lines = render(log_table(rows, width=width, today=TODAY)).splitlines()
        assert all(text_width(line) <= width for line in lines)
        assert "山田さん" in lines[2] and "…" in lines[2]  # the ask is cut by screen columns, not characters
        # the outcome column starts at the same screen column on both rows
        assert text_width(lines[2][: lines[2].index("open")]) == text_width(lines[3][: lines[3].index("ja")])


def test_user_text_is_never_interpreted(tmp_path):
    from vraaghulp.models import Ask, record_dict
    from vraaghulp.light.listing import log_table
    from vraaghulp.views.ask import detail as record_detail
    from vraaghulp.light.plain import render as plain_render

    ask = Ask(
        id="mmmm0001", created="2024-11-20T10:00:00+01:00", person="[b]Sam[/b]",
        text="Kun je :smile: helpen? \x1b[31mrood\x1b[0m [link=x]klik[/link] \x1b]8;;http://x\x07link\x1b]8;;\x07",
        fear_before=5, chance=50,
    )
    lines = log_table([record_dict(ask)], width=200, today=TODAY)
    for color in (False, True):
        table = plain_render(lines, color=color)
        assert "[b]Sam[/b]" in table and ":smile:" in table and "rood" in table
        assert "\x1b[31m" not in table and "\x1b]" not in table and "\x07" not in table
    buffer = io.StringIO()
    make_console(file=buffer, width=100).print(record_detail(ask))
    detail = buffer.getvalue()
    assert "[link=x]klik[/link]" in detail and "\x1b" not in detail and "rood" in detail


def test_colour_only_on_a_terminal_without_no_color(monkeypatch):
    from vraaghulp.light.plain import color_wanted, render as plain_render

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    assert color_wanted(Tty()) and not color_wanted(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not color_wanted(Tty())
    assert plain_render([[("ja", "green"), (" · beter", "dim")]], color=True) == "\x1b[32mja\x1b[0m\x1b[2m · beter\x1b[0m\n"
    assert plain_render([[("ja", "green"), (" · beter", "dim")]], color=False) == "ja · beter\n"


def test_overview_view_text(journal_file):
    from vraaghulp.light.overview import overview_screen

    ov = logview.overview_of(journal_file, Filters())
    text = render(overview_screen(ov, until=TODAY))
    assert "Overzicht · alles sinds 4 november 2024" in text
    assert "8 vragen: 6 gevraagd, 1 nog open en 1 bewust niet gevraagd." in text
    flat = " ".join(text.split())
    assert ("Vooraf schatte je de kans op een ja gemiddeld op 46,7%. In werkelijkheid kreeg je bij 50% van je vragen"
            " een ja (66,7% als je 'deels' meetelt).") in flat
    assert "Angst vooraf gemiddeld 6,5, achteraf 3,8 (bij 6 vragen met allebei)." in text
    assert "3× beter, 2× zoals verwacht en 1× zwaarder" in text
    assert "wk 45 (4 nov)  3" in text and "wk 47 (18 nov) 2" in text
    assert "Bij 1 zie je een verloop: gemiddeld van 80 naar 45" in text
    assert "1 · Een kleine gunst" in text  # ladder level names from content
    lines = text.splitlines()
    # hand-computed: Sam 4 asks, 2/1/0/1, chance (50+40+70)/3... over answered asks 57,5%, 50% yes, fear 5,5 → 3
    sam = next(line for line in lines if line.startswith("Sam "))
    assert sam.split() == ["Sam", "4", "2/1/0/1", "57,5%", "50%", "5,5", "→", "3"]
    bars = {line.split()[0]: line for line in lines if line.startswith("  ") and "█" in line}
    assert bars["ja"].count("█") == 30 and bars["deels"].count("█") == 10  # 3 and 1 of 3, on 30 columns


def test_overview_on_a_narrow_screen_fits(journal_file):
    from vraaghulp.light.overview import overview_screen
    from vraaghulp.light.plain import text_width

    ov = logview.overview_of(journal_file, Filters())
    lines = render(overview_screen(ov, until=TODAY, width=60)).splitlines()
    assert all(text_width(line) <= 60 for line in lines), [line for line in lines if text_width(line) > 60]
    assert any(line.startswith("Sam ") and "2/1/0/1" in line for line in lines)


def test_overview_without_asks_is_kind():
    from vraaghulp.coach.overview import Overview
    from vraaghulp.light.overview import overview_screen

    text = render(overview_screen(Overview(), until=TODAY))
    assert "Nog geen vragen in deze periode — dat mag." in text


def test_empty_week_gets_no_guilt(journal_file):
    from vraaghulp.coach.overview import overview
    from vraaghulp.light.overview import count_chart

    dicts = [json.loads(line) for line in journal_file.read_text(encoding="utf-8").splitlines()]
    ov = overview(dicts)
    text = render(count_chart(ov.series("week", until=date(2024, 11, 27)), "week"))
    assert "geen vragen deze week — dat mag" in text


# ----------------------------------------------------------------------------------------
# reading only what is needed
# ----------------------------------------------------------------------------------------
def damaged_copy(tmp_path) -> Path:
    path = tmp_path / "logboek.jsonl"
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    damaged = ['{"niet af', '{"id": "kapot001", "soort": "vraag", "gemaakt": "2024-11-21T10:00:00+01:00"}']
    # a damaged line at the very start, and two near the end
    path.write_text("\n".join(['{"kapot'] + lines[:-1] + damaged + lines[-1:]) + "\n", encoding="utf-8")
    return path


def test_table_reads_from_the_end_and_skips_a_damaged_line(tmp_path):
    path = damaged_copy(tmp_path)
    take_reported()
    rows, _ = logview.select_rows(path, Filters(), 3)
    assert [r["id"] for r in rows] == ["cccc0001", "aaaa0007", "aaaa0008"]
    problems = take_reported()
    assert sorted(p.line for p in problems) == [13, 14]  # the first line was never read
    assert all(p.path == path for p in problems)
    assert "veld 'vraag.wie' is ongeldig" in next(p.reason for p in problems if p.line == 14)
    # --json validates with pydantic and reports the same lines
    records, _ = queries.select(Journal(path), Filters(), 3)
    assert [r.id for r in records] == ["cccc0001", "aaaa0007", "aaaa0008"]
    assert sorted(p.line for p in take_reported()) == [13, 14]


def test_filtered_select_streams_and_counts(journal_file):
    rows, total = logview.select_rows(journal_file, Filters(kind="vraag"), 2)
    assert total == 8 and [r["id"] for r in rows] == ["aaaa0007", "aaaa0008"]
    records, total = queries.select(Journal(journal_file), Filters(kind="vraag"), 2)
    assert total == 8 and [r.id for r in records] == ["aaaa0007", "aaaa0008"]


# ----------------------------------------------------------------------------------------
# the fast path (vraaghulp.entry -> logview) and the Typer command print the same
# ----------------------------------------------------------------------------------------
SAME_VIEWS = [
    ["log"],
    ["log", "-n", "3"],
    ["log", "-n5", "--soort", "vraag"],
    ["log", "--zoek", "sam"],
    ["log", "-z", "CAFE"],
    ["log", "--persoon", "sam", "--status", "gedaan", "--van=2024-11-06"],
    ["log", "--van", "2024-11-12", "--tot", "13-11-2024", "--aantal", "1"],
    ["log", "--van", "vandaag"],
    ["log", "overzicht"],
    ["log", "overzicht", "--per", "maand"],
    ["log", "overzicht", "-p", "anna", "--tot", "2024-11-30"],
]


@pytest.mark.parametrize("args", SAME_VIEWS, ids=" ".join)
def test_light_path_prints_what_the_typer_path_prints(args, journal_file, run_cli, monkeypatch):
    from vraaghulp.light import argv

    with journal_file.open("a", encoding="utf-8") as handle:
        handle.write('{"kapot\n')  # a damaged line is reported the same way too
    assert argv.parse(args) is not None  # these lines are parsed without Typer
    light = run_cli(*args)
    assert light.returncode == 0, light.stderr
    monkeypatch.setattr(argv, "parse", lambda words: None)  # every line through the Typer tree
    typer = run_cli(*args)
    assert light.stdout == typer.stdout and light.stdout.strip()
    assert light.stderr == typer.stderr and "regel 13" in light.stderr


@pytest.mark.parametrize("args", [
    ["--help"], ["-h"], ["toon", "aaaa0001"], ["bewerk", "aaaa0001"], ["wis"], ["wis", "--help"], ["--onbekend"],
    ["-n", "nul"], ["-n", "0"], ["-n"], ["--soort", "foto"], ["--zoek", ""], ["extra"], ["--", "x"],
    ["overzicht", "--zoek", "x"], ["overzicht", "--per", "jaar"], ["overzicht", "--help"], ["overzicht", "extra"],
    ["--van", "-3"], ["overzicht", "--soort", "vraag"],
], ids=" ".join)
def test_the_light_parser_leaves_everything_else_to_typer(args):
    from vraaghulp.light import argv

    assert argv.parse(["log", *args]) is None


@pytest.mark.parametrize("args", [
    ["--van", "gistermorgen"], ["--van", "2024-11-20", "--tot", "2024-11-01"], ["--status", "open", "--soort", "script"],
    ["--json", "-n", "2"], ["--zoek", "ik wil dood"], ["overzicht", "--json"], ["--json", "--soort", "foto"],
], ids=" ".join)
def test_both_parsers_end_in_the_same_output_or_message(args, journal_file, run_cli, monkeypatch):
    from vraaghulp.light import argv

    light = run_cli("log", *args)
    monkeypatch.setattr(argv, "parse", lambda words: None)
    typer = run_cli("log", *args)
    assert (light.returncode, light.stdout, light.stderr) == (typer.returncode, typer.stdout, typer.stderr)


def test_log_from_the_installed_command(run_process, journal_file):
    run_cli = run_process
    result = run_cli("log", "--zoek", "ik wil dood")
    assert result.returncode == 0 and "113" in result.stdout  # the crisis panel, drawn by the Typer command
    result = run_cli("log", "-n", "0")
    assert result.returncode == 2 and "--aantal moet 1 of meer zijn" in result.stderr
    result = run_cli("log", "overzicht", "--per", "jaar")
    assert result.returncode == 2 and "--per kan zijn" in result.stderr
    result = run_cli("log", "--onbekend")
    assert result.returncode == 2 and "Onbekende optie" in result.stderr


# ----------------------------------------------------------------------------------------
# the real command
# ----------------------------------------------------------------------------------------
def test_log_table_from_the_command(run_cli, journal_file):
    result = run_cli("log")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.index("aaaa0008") < out.index("aaaa0007") < out.index("aaaa0001")  # newest first
    assert "ja · beter" in out and "niet gevraagd" in out and "geloof 80→45" in out
    result = run_cli("log", "-n", "2")
    assert "aaaa0008" in result.stdout and "aaaa0006" not in result.stdout
    assert "Meer zien: vraaghulp log -n 10" in result.stdout


def test_log_json_envelope_and_keys_are_pinned(run_cli, journal_file):
    result = run_cli("log", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert sorted(payload) == ["items", "versie"] and payload["versie"] == 1
    items = payload["items"]
    assert [i["id"] for i in items] == list(stored(journal_file))  # all, oldest first
    assert sorted(items[0]) == sorted(ASK_KEYS)
    assert sorted(items[2]) == sorted([
        "id", "soort", "v", "gemaakt", "zin", "stem", "stem_toelichting", "geloof", "bang_voor",
        "rolwissel", "nieuwe_regel", "geloof_na", "beoordelingen",
    ])
    assert sorted(items[2]["beoordelingen"][0]) == ["datum", "vraag", "waarde"]
    last_two = json.loads(run_cli("log", "--json", "-n", "2").stdout)["items"]
    assert [i["id"] for i in last_two] == ["aaaa0007", "aaaa0008"]


def test_filters_through_the_command(run_cli, journal_file):
    def found(*args):
        result = run_cli("log", "--json", *args)
        assert result.returncode == 0, result.stderr
        return [i["id"] for i in json.loads(result.stdout)["items"]]

    assert found("--soort", "script") == ["ssss0001", "ssss0002"]
    assert found("--status", "open") == ["aaaa0007"]
    assert found("--persoon", "SAM", "--status", "gedaan", "--van", "2024-11-06") == ["aaaa0003", "aaaa0005", "aaaa0008"]
    assert found("--zoek", "cafe") == ["aaaa0008"]
    assert found("--van", "2024-11-12", "--tot", "13-11-2024") == ["aaaa0004", "aaaa0005"]
    assert found("--van", "vandaag") == []
    text = run_cli("log", "--van", "vandaag")
    assert text.returncode == 0 and "Niets gevonden met deze filters" in text.stdout


def test_bad_options_are_dutch_and_json_in_json_mode(run_cli, journal_file):
    result = run_cli("log", "--van", "gistermorgen")
    assert result.returncode == 2 and "begrijp ik niet als datum" in result.stderr
    result = run_cli("log", "--json", "--soort", "foto")
    assert result.returncode == 2
    error = json.loads(result.stdout)["fout"]
    assert error["code"] == 2 and "--soort kan zijn" in error["bericht"]
    result = run_cli("log", "--van", "2024-11-20", "--tot", "2024-11-01")
    assert result.returncode == 2 and "ligt na --tot" in result.stderr
    result = run_cli("log", "toon", "zzzz9", "--json")
    assert result.returncode == 1 and json.loads(result.stdout)["fout"]["code"] == 1
    assert "Traceback" not in result.stderr


def test_empty_log_is_welcoming(run_cli):
    result = run_cli("log")
    assert result.returncode == 0 and "Je logboek is nog leeg" in result.stdout
    assert json.loads(run_cli("log", "--json").stdout) == {"versie": 1, "items": []}


def test_toon_each_kind(run_cli, journal_file):
    ask = run_cli("log", "toon", "aaaa0003")
    assert ask.returncode == 0, ask.stderr
    assert "Sam, kun je zaterdag helpen met verhuisdozen?" in ask.stdout
    assert "Ik moet het zelf kunnen." in ask.stdout  # the script this ask tested
    assert "Voorspeld: 40% kans op ja, angst 7. Echt: deels, angst 5." in ask.stdout
    script = run_cli("log", "toon", "ssss")
    assert script.returncode == 1 and "Meer dan één item" in script.stderr
    script = run_cli("log", "toon", "ssss0001")
    assert script.returncode == 0, script.stderr
    for text in ("mijn vader", "80", "60", "45", "aaaa0003"):
        assert text in script.stdout
    conv = run_cli("log", "toon", "gggg0001")
    assert "Stap 2" in conv.stdout and "Lotte zei dat ze vaak moet raden." in conv.stdout
    check = run_cli("log", "toon", "cccc0001", "--json")
    assert json.loads(check.stdout)["items"][0]["score"] == 5


def test_overzicht_json_svg_and_html(run_cli, journal_file, tmp_path):
    result = run_cli("log", "overzicht", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)["items"][0]
    assert data["vragen"] == 8 and data["kans"]["voorspeld"] == 46.7 and data["angst"]["na"] == 3.8
    assert data["van"] is None and data["persoon"] is None
    person = json.loads(run_cli("log", "overzicht", "--json", "--persoon", "anna").stdout)["items"][0]
    assert person["vragen"] == 2 and person["persoon"] == "anna"

    svg, html = tmp_path / "o.svg", tmp_path / "o.html"
    result = run_cli("log", "overzicht", "--svg", str(svg), "--html", str(html))
    assert result.returncode == 0, result.stderr
    assert "Je vragen" in result.stdout and "Opgeslagen als SVG" in result.stdout
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<svg")
    assert "Voorspeld tegen echt" in html.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(svg.stat().st_mode) == 0o600
    again = run_cli("log", "overzicht", "--svg", str(svg))
    assert again.returncode == 1 and "bestaat al" in again.stderr
    assert run_cli("log", "overzicht", "--svg", str(svg), "--overschrijf").returncode == 0


# ----------------------------------------------------------------------------------------
# bewerk
# ----------------------------------------------------------------------------------------
def fake_editor(tmp_path: Path, body: str) -> str:
    script = tmp_path / "editor.py"
    script.write_text(
        "import json, os, stat, sys\n"
        "path = sys.argv[1]\n"
        "mode = stat.S_IMODE(os.stat(path).st_mode)\n"
        "text = open(path, encoding='utf-8').read()\n"
        "data = json.loads(text)\n" + textwrap.dedent(body) + "\n",
        encoding="utf-8",
    )
    return f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}"


def test_bewerk_with_an_editor_saves_a_valid_change(run_cli, journal_file, tmp_path):
    editor = fake_editor(tmp_path, """
        assert mode & 0o077 == 0 or os.name != "posix"
        data["status"] = "gedaan"; data["uitkomst"] = "ja"; data["angst_na"] = 2; data["geleerd"] = "Ze zei meteen ja."
        open(path, "w", encoding="utf-8").write(json.dumps(data, indent=2))
    """)
    before = stored(journal_file)
    result = run_cli("log", "bewerk", "aaaa0007", env={"EDITOR": editor, "VISUAL": ""})
    assert result.returncode == 0, result.stderr
    after = stored(journal_file)
    assert after["aaaa0007"]["uitkomst"] == "ja" and after["aaaa0007"]["angst_na"] == 2
    assert {k: v for k, v in after.items() if k != "aaaa0007"} == {k: v for k, v in before.items() if k != "aaaa0007"}
    assert list(after) == list(before)  # same order, nothing lost


@pytest.mark.parametrize(
    "body, reason",
    [
        ('data["angst_voor"] = 42\nopen(path, "w").write(json.dumps(data))', "'angst_voor' mag hoogstens 10"),
        ('open(path, "w").write(text[:-5])', "geen geldige JSON"),
        ('data["id"] = "anders01"\nopen(path, "w").write(json.dumps(data))', "het id is veranderd"),
        ('data["uitkomst"] = "misschien"\nopen(path, "w").write(json.dumps(data))', "'uitkomst' kan zijn"),
    ],
)
def test_bewerk_refuses_an_invalid_edit_and_keeps_the_original(run_cli, journal_file, tmp_path, body, reason):
    original = journal_file.read_bytes()
    result = run_cli("log", "bewerk", "aaaa0007", env={"EDITOR": fake_editor(tmp_path, body), "VISUAL": ""})
    assert result.returncode == 1
    assert "niet opgeslagen" in result.stderr and reason in result.stderr and "ongewijzigd" in result.stderr
    assert "Traceback" not in result.stderr
    assert journal_file.read_bytes() == original
    assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("vraaghulp-aaaa0007-*.json"))


def test_bewerk_unchanged_and_missing_editor(run_cli, journal_file, tmp_path):
    original = journal_file.read_bytes()
    result = run_cli("log", "bewerk", "aaaa0001", env={"EDITOR": fake_editor(tmp_path, "pass"), "VISUAL": ""})
    assert result.returncode == 0 and "Niets veranderd" in result.stdout
    result = run_cli("log", "bewerk", "aaaa0001", env={"EDITOR": "bestaat-echt-niet-xyz", "VISUAL": ""})
    assert result.returncode == 1 and "niet gevonden" in result.stderr
    result = run_cli("log", "bewerk", "aaaa0001", env={"EDITOR": "", "VISUAL": ""})
    assert result.returncode == 2 and "--veld" in result.stderr
    assert journal_file.read_bytes() == original


def test_bewerk_with_field_options(run_cli, journal_file):
    result = run_cli("log", "bewerk", "gggg0001", "--veld", "namen=Sam, Lotte, Kim", "--veld", "voltooid=nee", "--veld", "laatste_stap=5")
    assert result.returncode == 0, result.stderr
    conv = stored(journal_file)["gggg0001"]
    assert conv["namen"] == ["Sam", "Lotte", "Kim"] and conv["voltooid"] is False and conv["laatste_stap"] == 5
    result = run_cli("log", "bewerk", "aaaa0001", "--veld", "wanneer=-")
    assert result.returncode == 0 and stored(journal_file)["aaaa0001"]["wanneer"] is None
    original = journal_file.read_bytes()
    for args, code, text in (
        (("--veld", "angst_na=11"), 1, "mag hoogstens 10"),
        (("--veld", "id=nieuw"), 2, "kun je niet aanpassen"),
        (("--veld", "kleur=rood"), 2, "geen veld 'kleur'"),
        (("--veld", "zonder-is-teken"), 2, "naam=waarde"),
    ):
        result = run_cli("log", "bewerk", "aaaa0001", *args)
        assert result.returncode == code and text in result.stderr, result.stderr
    assert journal_file.read_bytes() == original


def test_edit_functions_in_process(journal_file):
    from vraaghulp.flows.edit import edit_by_fields
    from vraaghulp.flows.fields import apply_fields, changed_texts
    from vraaghulp.prompter import ScriptedPrompter

    journal = Journal(journal_file)
    ask = journal.find("aaaa0006")
    out = make_console(file=io.StringIO(), width=100)
    # first a value that does not fit (refused, field unchanged), then a good one, then save
    prompter = ScriptedPrompter(["angst_voor", "12", "angst_voor", "3", "__klaar__"])
    new = edit_by_fields(ask, prompter, out)
    assert new.fear_before == 3 and new.id == ask.id
    assert "mag hoogstens 10" in out.file.getvalue()
    assert edit_by_fields(ask, ScriptedPrompter(["__stop__"]), out) is None
    texts = changed_texts(ask, apply_fields(ask, ["geleerd=Ik wil niet meer leven"]))
    assert texts == ["Ik wil niet meer leven"]


# ----------------------------------------------------------------------------------------
# wis
# ----------------------------------------------------------------------------------------
def test_wis(run_cli, journal_file):
    result = run_cli("log", "wis", "aaaa0002")
    assert result.returncode == 2 and "--ja" in result.stderr
    assert "aaaa0002" in stored(journal_file)
    result = run_cli("log", "wis", "aaaa0002", "--ja")
    assert result.returncode == 0 and "Verwijderd" in result.stdout
    left = stored(journal_file)
    # A tombstone takes its place (so a device that still has the record learns it is gone):
    # the record's identity and version stamps, none of its content.
    assert len(left) == 12 and left["aaaa0002"]["verwijderd"] is True
    assert set(left["aaaa0002"]) == {"id", "soort", "v", "verwijderd", "_sync"}
    assert "aaaa0002" not in run_cli("log", "--json").stdout
    result = run_cli("log", "wis", "ssss0001", "--ja")
    assert "1 vraag verwees naar deze overtuiging" in result.stdout
    assert stored(journal_file)["aaaa0003"]["script"] == "ssss0001"  # the ask stays
    result = run_cli("log", "wis", "aaaa0002", "--ja")
    assert result.returncode == 1 and "staat niets met het id" in result.stderr


def test_crisis_words_in_options_show_help(run_cli, journal_file):
    result = run_cli("log", "bewerk", "aaaa0001", "--veld", "geleerd=ik wil er niet meer zijn")
    assert result.returncode == 0
    assert "113" in result.stdout
    result = run_cli("log", "--json", "--zoek", "ik wil dood")
    assert result.returncode == 0 and "113" in result.stderr and json.loads(result.stdout)["items"] == []


def test_overview_counts_leave_out_what_is_zero():
    from types import SimpleNamespace

    from vraaghulp.light.overview import asks_sentence
    from vraaghulp.messages import counted

    def total(done, still_open, set_aside):
        return SimpleNamespace(asks=done + still_open + set_aside, done=done, open=still_open, set_aside=set_aside)

    assert asks_sentence(total(3, 1, 0)) == "4 vragen: 3 gevraagd en 1 nog open."
    assert asks_sentence(total(3, 0, 0)) == "3 vragen, en je hebt ze allemaal gesteld."
    assert asks_sentence(total(0, 1, 0)) == "1 vraag, en die staat nog open."
    assert counted("log.overzicht.richting_delen", {"lager": 2, "gelijk": 0, "hoger": 1}) == (
        "2 voelen nu minder waar en 1 voelt meer waar")
