"""Issue 14, "Smaller": each item as a test, plus what was found next to it.

Written to fail before the fix (from an attack list made for issue 14). In-process (`run_in`) except
where a real standard output is what is tested (a closed pipe).
"""

from __future__ import annotations

import errno
import json
import os
import unicodedata
from pathlib import Path

import pytest

from tests.trust2_helpers import INTERNAL, JOURNAL, ask, mode, run, script, write_journal
from tests.trust2_views_helpers import FailingStream, run_in, stored, stored_by_id

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX paths, modes and pipes")


# ----- internal names in messages ----------------------------------------------------------
@pytest.mark.parametrize("args, shown", [
    (["log", "toon"], "ID"), (["log", "bewerk"], "ID"), (["log", "wis"], "ID"), (["data", "import"], "PAD"),
], ids=["log-toon", "log-bewerk", "log-wis", "data-import"])
def test_a_missing_argument_is_named_as_in_the_help(data_home, args, shown):
    result = run_in(data_home, *args)
    assert result.returncode == 2
    assert "record_id" not in result.stderr and shown in result.stderr, result.stderr


@pytest.mark.parametrize("args, command", [
    (["oefen", "--afronden"], "vraaghulp oefen --help"),
    (["script", "--opnieuw"], "vraaghulp script --help"),
    (["log", "--aantal"], "vraaghulp log --help"),
], ids=["oefen-afronden", "script-opnieuw", "log-aantal"])
def test_an_option_without_its_value_points_to_the_help_of_that_command(data_home, args, command):
    result = run_in(data_home, *args)
    assert result.returncode == 2
    assert command in result.stderr, result.stderr


# ----- --niveau 1-5 ------------------------------------------------------------------------
@pytest.mark.parametrize("level", ["6", "9"])
def test_niveau_above_5_is_a_usage_error(data_home, level):
    result = run_in(data_home, "oefen", "--wie", "Sam", "--vraag", "Sam, kun je helpen?", "--angst", "5", "--kans", "50",
                    "--niveau", level)
    assert result.returncode == 2, result.stdout
    assert stored(data_home) == []


def test_log_bewerk_cannot_set_niveau_above_5(data_home):
    write_journal(data_home, ask("niveau22", niveau=2))
    result = run_in(data_home, "log", "bewerk", "niveau22", "--veld", "niveau=7")
    assert result.returncode != 0, result.stdout
    assert stored_by_id(data_home, "niveau22")[0]["niveau"] == 2


# ----- invalid records: counted nowhere, reported everywhere --------------------------------
@pytest.fixture
def one_good_two_bad(data_home):
    write_journal(data_home, ask("goed2222"), ask("slecht22", angst_voor=99), ask("slecht33", kans=500))


def test_overzicht_does_not_count_records_that_log_skips(data_home, one_good_two_bad):
    listed = json.loads(run_in(data_home, "log", "--json").stdout)["items"]
    overview = json.loads(run_in(data_home, "log", "overzicht", "--json").stdout)["items"][0]
    assert len(listed) == 1
    assert overview["vragen"] == 1, overview
    assert overview["angst"]["voor_gemiddeld"] == 5, overview["angst"]


def test_overzicht_reports_the_records_it_skips(data_home, one_good_two_bad):
    result = run_in(data_home, "log", "overzicht")
    assert result.returncode == 0
    assert "regel 2" in result.stderr and "regel 3" in result.stderr, f"nothing reported: {result.stderr!r}"


def test_start_screen_does_not_count_records_that_log_skips(data_home, one_good_two_bad):
    result = run_in(data_home)
    assert result.returncode == 0, result.stderr
    assert "In je logboek staat 1 oefenvraag." in result.stdout, [l for l in result.stdout.splitlines() if "logboek" in l]


def test_start_screen_counts_an_ask_without_status_as_open(data_home):
    plain = ask("zonder22")  # the model's default status is open; the line need not say so
    write_journal(data_home, plain)
    result = run_in(data_home)
    assert "In je logboek staat 1 oefenvraag. Die staat nog open." in result.stdout, result.stdout


def test_the_ladder_and_the_stored_level_agree():
    from vraaghulp.guides.ladder import load_ladder
    from vraaghulp.schema import MAX_LEVEL

    assert load_ladder().max_level == MAX_LEVEL


def test_a_stored_level_above_5_is_skipped_and_reported_by_every_view(data_home):
    write_journal(data_home, ask("goed2222"), ask("niveau77", niveau=7))
    for args in (["log"], ["log", "overzicht"], ["log", "toon", "niveau77"]):
        result = run_in(data_home, *args)
        assert "niveau77" not in result.stdout, (args, result.stdout)
        assert "regel 2" in result.stderr, (args, result.stderr)
    overview = json.loads(run_in(data_home, "log", "overzicht", "--json").stdout)["items"][0]
    assert overview["vragen"] == 1, overview


# ----- two lines with one id (a journal copied between devices) -----------------------------
@pytest.fixture
def two_versions(data_home):
    write_journal(data_home, ask("dubbel22", vraag="Versie een?"),
                  ask("dubbel22", vraag="Versie twee?", status="gedaan", uitkomst="ja", angst_na=2,
                      afgerond="2024-11-22T10:00:00+01:00"))


def test_log_toon_shows_two_versions_of_one_record(data_home, two_versions):
    result = run_in(data_home, "log", "toon", "dubbel22")
    assert result.returncode == 0, result.stderr
    assert "Versie een?" in result.stdout and "Versie twee?" in result.stdout


def test_log_wis_removes_a_record_that_has_two_versions(data_home, two_versions):
    result = run_in(data_home, "log", "wis", "dubbel22", "--ja")
    assert result.returncode == 0, result.stderr
    left = stored_by_id(data_home, "dubbel22")  # one tombstone (issue 17: a delete must reach other devices)
    assert len(left) <= 1 and all(r.get("verwijderd") is True and "vraag" not in r for r in left)
    assert run_in(data_home, "log", "toon", "dubbel22").returncode == 1


def test_log_bewerk_changes_a_record_that_has_two_versions(data_home, two_versions):
    result = run_in(data_home, "log", "bewerk", "dubbel22", "--veld", "wanneer=morgen")
    assert result.returncode == 0, result.stderr
    assert any(r.get("wanneer") == "morgen" for r in stored_by_id(data_home, "dubbel22"))


def test_log_toon_json_gives_every_version_oldest_first(data_home, two_versions):
    result = run_in(data_home, "log", "toon", "dubbel", "--json")
    assert result.returncode == 0, result.stderr
    assert [item["vraag"] for item in json.loads(result.stdout)["items"]] == ["Versie een?", "Versie twee?"]


def test_log_bewerk_changes_only_the_newest_version(data_home, two_versions):
    result = run_in(data_home, "log", "bewerk", "dubbel22", "--veld", "wanneer=morgen")
    assert result.returncode == 0, result.stderr
    versions = stored_by_id(data_home, "dubbel22")
    assert [(v["vraag"], v.get("wanneer")) for v in versions] == [("Versie een?", None), ("Versie twee?", "morgen")]


def test_an_outcome_for_a_record_with_two_versions_is_stored_on_the_newest(data_home):
    write_journal(data_home, ask("dubbel22", vraag="Versie een?"), ask("dubbel22", vraag="Versie twee?"))
    result = run_in(data_home, "oefen", "--afronden", "dubbel22", "--uitkomst", "ja", "--angst-na", "2")
    assert result.returncode == 0, result.stderr
    assert [v.get("status", "open") for v in stored_by_id(data_home, "dubbel22")] == ["open", "gedaan"]


# ----- ids nobody can type ------------------------------------------------------------------
UNTYPEABLE = ["a", "ab", "id met spaties", "  rand  ", "\u200babcdefg", "\u202eabcdefg", "abc\ndef", "-n5abcde"]


def _typeable(record_id: str) -> bool:
    return (len(record_id) >= 4 and record_id.isprintable() and not any(c.isspace() for c in record_id)
            and not record_id.startswith("-")
            and not any(unicodedata.category(c) == "Cf" for c in record_id))


def test_data_import_refuses_ids_nobody_can_type(data_home, tmp_path):
    source = tmp_path / "import.jsonl"
    source.write_text("".join(json.dumps(ask(i)) + "\n" for i in [*UNTYPEABLE, "goed2222"]), encoding="utf-8")
    result = run_in(data_home, "data", "import", str(source))
    assert result.returncode == 0, result.stderr
    ids = [r["id"] for r in stored(data_home)]
    assert "goed2222" in ids
    assert [i for i in ids if not _typeable(i)] == [], ids


# ----- English system errors ----------------------------------------------------------------
def _english(text: str) -> list[str]:
    codes = (errno.ENOTDIR, errno.ELOOP, errno.ENAMETOOLONG, errno.EEXIST, errno.EINVAL)
    return [os.strerror(code) for code in codes if os.strerror(code) in text]


@posix_only
@pytest.mark.parametrize("case", ["home-onder-bestand", "home-lus", "export-naam-te-lang", "import-onder-bestand",
                                  "logboek-apparaat"])
def test_system_errors_are_told_in_dutch(tmp_path, case):
    plain = tmp_path / "gewoon-bestand"
    plain.write_text("x\n")
    loop = tmp_path / "lus"
    os.symlink(tmp_path / "lus2", loop)
    os.symlink(loop, tmp_path / "lus2")
    home = tmp_path / "thuis"
    args = ["log"]
    if case == "home-onder-bestand":
        home, args = plain / "sub", ["oefen", "--wie", "Sam", "--vraag", "Kun je helpen?", "--angst", "5", "--kans", "5"]
    elif case == "home-lus":
        home = loop
    elif case == "export-naam-te-lang":
        write_journal(home, ask("goed2222"))
        args = ["export", "-o", str(tmp_path / ("x" * 300 + ".md"))]
    elif case == "import-onder-bestand":
        args = ["data", "import", str(plain / "backup.jsonl")]
    elif case == "logboek-apparaat":
        if os.geteuid() != 0:
            pytest.skip("mknod needs root")
        home.mkdir()
        os.mknod(home / JOURNAL, 0o20600, os.makedev(1, 3))  # our own copy of /dev/null
        args = ["oefen", "--wie", "Sam", "--vraag", "Kun je helpen?", "--angst", "5", "--kans", "5"]
    result = run_in(home, *args)
    assert result.returncode != 0
    assert INTERNAL not in result.stderr and result.stderr.strip(), result.stderr
    assert _english(result.stderr) == [], result.stderr


def test_no_system_error_is_told_in_english():
    from vraaghulp.errors import os_error_message

    english = [(name, os.strerror(code)) for code, name in sorted(errno.errorcode.items())
               if os.strerror(code) in os_error_message(OSError(code, os.strerror(code)), "/ergens/een/pad")]
    assert english == []


@posix_only
@pytest.mark.parametrize("args", [["data", "backup"], ["log"], ["export"], []], ids=lambda a: "-".join(a) or "start")
def test_a_data_folder_under_a_file_is_named_not_taken_for_an_empty_journal(tmp_path, args):
    plain = tmp_path / "gewoon-bestand"
    plain.write_text("x\n")
    result = run_in(plain / "sub", *args)
    assert result.returncode == 1, (result.returncode, result.stdout)
    assert "bestand waar vraaghulp een map verwacht" in result.stderr, result.stderr
    assert "leeg" not in result.stdout + result.stderr


# ----- a reader that goes away: one exit code, no traceback ---------------------------------
PIPE_COMMANDS = [[], ["--version"], ["--help"], ["log"], ["log", "--json"], ["log", "overzicht"], ["log", "toon", "rec00001"],
                 ["export"], ["kaart"], ["vragen"], ["hulplijn"], ["script", "--lijst"], ["data", "pad"],
                 ["krimp", "Sorry, zou je misschien willen helpen?"]]


@pytest.mark.parametrize("args", PIPE_COMMANDS, ids=lambda a: "-".join(a[:2]) or "start")
def test_a_closed_pipe_ends_every_command_quietly_with_0(data_home, args):
    """One exit code for a reader that went away (README: 0, silently), no traceback, no sentence."""
    write_journal(data_home, *[ask(f"rec{n:05d}", vraag=f"Kun je {n} helpen?") for n in range(1, 31)])
    result = run_in(data_home, *args, stdout=FailingStream(errno.EPIPE))
    assert (result.returncode, result.stderr) == (0, ""), (result.returncode, result.stderr)


@posix_only
def test_a_real_closed_pipe_gives_one_exit_code_and_no_traceback(data_home):
    """Through a real pipe, for the paths that print with Rich (start screen, help, hulplijn) and --version."""
    write_journal(data_home, *[ask(f"rec{n:05d}", vraag=f"Kun je {n} helpen?") for n in range(1, 31)])
    codes = {}
    for args in [[], ["--version"], ["--help"], ["hulplijn"], ["log"]]:
        read_end, write_end = os.pipe()
        os.close(read_end)
        try:
            result = run(data_home, *args, stdout=write_end)
        finally:
            os.close(write_end)
        assert "Traceback" not in result.stderr, f"{args}: traceback: {result.stderr.strip().splitlines()[-1]}"
        codes[" ".join(args) or "(start)"] = result.returncode
    assert set(codes.values()) == {0}, codes


# ----- VRAAGHULP_HOME as people write it ----------------------------------------------------
def test_a_relative_vraaghulp_home_is_made_absolute(tmp_path, monkeypatch):
    cwd = tmp_path / "werkmap"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    result = run_in(Path("relatief"), "data", "pad", "--json")
    if result.returncode == 0:
        folder = json.loads(result.stdout)["map"]
        assert os.path.isabs(folder), folder
    else:  # refusing it with a sentence is fine too
        assert result.returncode == 2 and "VRAAGHULP_HOME" in result.stderr, result.stderr


def test_a_tilde_that_cannot_be_expanded_creates_no_folder_named_tilde(tmp_path, monkeypatch):
    cwd = tmp_path / "werkmap"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    home = Path("~vraaghulp-bestaat-niet/x")
    result = run_in(home, "oefen", "--wie", "Sam", "--vraag", "Kun je helpen?", "--angst", "5", "--kans", "50")
    assert [p.name for p in cwd.iterdir()] == [], "a folder named '~...' was made in the working folder"
    assert result.returncode != 0 and "VRAAGHULP_HOME" in result.stderr, result.stderr


@posix_only
def test_parent_folders_made_under_umask_000_are_private(tmp_path):
    home = tmp_path / "a" / "b" / "gegevens"
    before = os.umask(0)
    try:
        result = run_in(home, "oefen", "--wie", "Sam", "--vraag", "Kun je helpen?", "--angst", "5", "--kans", "50")
    finally:
        os.umask(before)
    assert result.returncode == 0, result.stderr
    made = [tmp_path / "a", tmp_path / "a" / "b", home]
    assert {str(p.relative_to(tmp_path)): oct(mode(p)) for p in made} == {
        str(p.relative_to(tmp_path)): oct(0o700) for p in made}


# ----- invisible characters in views --------------------------------------------------------
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


@pytest.mark.parametrize("args", [["log"], ["log", "toon", "nulbr222"], ["log", "overzicht"], ["script", "--lijst"]],
                         ids=["log", "log-toon", "overzicht", "script-lijst"])
def test_zero_width_characters_are_not_passed_to_the_terminal_invisibly(data_home, args):
    write_journal(data_home, ask("nulbr222", wie="S\u200bam", vraag="Kun je\u200b\u2060 helpen\ufeff?"),
                  script("script22", zin="Ik\u200d moet het zelf kunnen.\u200c"))
    result = run_in(data_home, *args)
    assert result.returncode == 0, result.stderr
    hidden = sorted({f"U+{ord(c):04X}" for c in result.stdout if c in ZERO_WIDTH})
    assert hidden == [], hidden


# ----- krimp removes whole escape sequences -------------------------------------------------
DRAFT = "Sorry, kun je \x1b[2Jmorgen \x1b]0;titel\x07helpen met verhuizen?"


@pytest.mark.parametrize("how", ["argument", "kaal", "json", "stdin"])
def test_krimp_leaves_no_part_of_an_escape_sequence(data_home, how):
    args = {"argument": ["krimp", DRAFT], "kaal": ["krimp", "--kaal", DRAFT], "json": ["krimp", "--json", DRAFT],
            "stdin": ["krimp", "--kaal"]}[how]
    result = run_in(data_home, *args, input=DRAFT if how == "stdin" else None)
    assert result.returncode == 0, result.stderr
    shown = result.stdout + result.stderr
    assert "verhuizen" in shown
    leftovers = [line.strip() for line in shown.splitlines() if "[2J" in line or "]0;" in line or "titel" in line]
    assert leftovers == [], f"parts of escape sequences shown: {leftovers}"
