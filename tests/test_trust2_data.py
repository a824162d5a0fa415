"""Issue 14, "Lost or wrong data" (D1-D6): attacks on the installed command as real processes.

These tests were written to fail before the fix (from an attack list made for issue 14). They use only
the public surface: `python -m vraaghulp ...` with VRAAGHULP_HOME in a temp dir, a small
$EDITOR script, pseudo-terminals, and the files left on disk.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.trust2_helpers import (
    DOWN,
    ENTER,
    INTERNAL,
    JOURNAL,
    NOT_SAVED,
    PROFILE,
    VH,
    ask,
    drive,
    end_of,
    env_for,
    files_in,
    journal_bytes,
    new_ask,
    run,
    run_here,
    run_together,
    script,
    slow_editor,
    spawn,
    stop,
    stop_editor,
    stored_by_id,
    wait_for,
    write_journal,
)


# ============================================================================================
# D1 - every read-modify-write applies to the current version inside the lock
# ============================================================================================
CONCURRENT = {
    # name: (record to edit, editor field and value, the concurrent command, check it survived)
    "afronden": (
        ask("bewerk22"),
        ("wanneer", "morgen na het eten"),
        ["oefen", "--afronden", "bewerk22", "--uitkomst", "ja", "--angst-na", "2"],
        lambda r: r["status"] == "gedaan" and r["uitkomst"] == "ja" and r["angst_na"] == 2,
    ),
    "script-opnieuw": (
        script("bewerk33"),
        ("nieuwe_regel", "Vragen mag."),
        ["script", "--opnieuw", "bewerk33", "--geloof", "40"],
        lambda r: bool(r.get("beoordelingen")),
    ),
}


@pytest.mark.parametrize("writer", sorted(CONCURRENT))
def test_d1_bewerk_in_editor_keeps_a_change_made_while_the_editor_was_open(data_home, tmp_path, writer):
    record, (field, value), other, survived = CONCURRENT[writer]
    write_journal(data_home, record)
    editor, marks = slow_editor(tmp_path / "editor", field, value)
    child = subprocess.Popen([*VH, "log", "bewerk", record["id"]], env=env_for(data_home, EDITOR=str(editor)),
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(marks["opened"].exists, what="the editor to open")
        concurrent = run_here(data_home, *other)
        assert concurrent.returncode == 0, concurrent.stderr
        stop_editor(marks)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
        stop_editor(marks)
    [current] = stored_by_id(data_home, record["id"])
    # The change made while the editor was open is still there ...
    assert survived(current), (
        f"'{' '.join(other[:2])}' (exit 0) was thrown away by the editor's save (bewerk exit {child.returncode}): "
        f"{ {k: current.get(k) for k in ('status', 'uitkomst', 'beoordelingen', field)} }")
    # ... and the edit was either merged, or refused with a message (never dropped silently).
    assert current.get(field) == value or child.returncode != 0, (current, out, err)


def test_d1_bewerk_field_by_field_in_a_terminal_keeps_an_outcome_recorded_meanwhile(data_home):
    write_journal(data_home, ask("veld2345"))
    child = spawn(data_home, "log", "bewerk", "veld2345")
    try:
        assert drive(child, [("Welk veld wil je aanpassen", "")])
        done = run_here(data_home, "oefen", "--afronden", "veld2345", "--uitkomst", "ja", "--angst-na", "2")
        assert done.returncode == 0, done.stderr
        drive(child, [("Stoppen zonder opslaan", DOWN * 3 + ENTER), ("Nieuwe waarde voor wanneer", "morgen" + ENTER),
                      ("Welk veld wil je aanpassen", ""), ("Klaar: opslaan", ENTER)])
        end_of(child, timeout=20)
    finally:
        stop(child)
    [current] = stored_by_id(data_home, "veld2345")
    assert current["status"] == "gedaan" and current["uitkomst"] == "ja", (
        f"the outcome recorded meanwhile was thrown away: status {current['status']}, uitkomst {current['uitkomst']}")


def _race(home, tmp_path, rounds: int, first, second):
    """Yield (round, [exit codes], [stderr], stored record) for `rounds` fresh asks in one journal,
    each raced by first(id) and second(id); all pairs are released together behind one barrier,
    so every pair also races the other pairs' writes to the same journal."""
    record_ids = [f"race{round_number:04d}" for round_number in range(rounds)]
    write_journal(home, *(ask(record_id) for record_id in record_ids))
    commands = [command for record_id in record_ids for command in (first(record_id), second(record_id))]
    results = run_together(home, tmp_path / "barrier", *commands)
    for round_number, record_id in enumerate(record_ids):
        pair = results[2 * round_number:2 * round_number + 2]
        [current] = stored_by_id(home, record_id)
        yield round_number, [code for code, _o, _e in pair], [err for _c, _o, err in pair], current


@pytest.mark.slow
def test_d1_bewerk_veld_racing_an_afronden_loses_neither_change(data_home, tmp_path):
    """Both started at once behind a barrier (the program loaded before it); repeated, since the
    window is a few milliseconds."""
    for round_number, codes, _errs, current in _race(
            data_home, tmp_path, 3,
            lambda rid: ["log", "bewerk", rid, "--veld", "wanneer=morgen"],
            lambda rid: ["oefen", "--afronden", rid, "--uitkomst", "ja", "--angst-na", "1"]):
        if codes == [0, 0]:
            assert current.get("wanneer") == "morgen" and current["status"] == "gedaan", (
                f"round {round_number}: both exit 0, stored wanneer={current.get('wanneer')!r}, status={current['status']!r}")


def test_d1_interactive_maatje_does_not_undo_a_profile_change_made_meanwhile(data_home):
    child = spawn(data_home, "maatje")
    try:
        assert drive(child, [("Met wie wil je oefenen", "")])
        start = run_here(data_home)  # the start screen marks the first-run note as seen
        assert start.returncode == 0, start.stderr
        seen = json.loads((data_home / PROFILE).read_text(encoding="utf-8"))
        assert seen.get("eerste_keer_gezien") is True, seen
        child.send("Noor" + ENTER)
        end_of(child, timeout=20)
    finally:
        stop(child)
    after = json.loads((data_home / PROFILE).read_text(encoding="utf-8"))
    assert after.get("maatje") == "Noor", after
    assert after.get("eerste_keer_gezien") is True, after  # not set back by a stale copy


# ============================================================================================
# D2 - no output lands on a file of the data folder
# ============================================================================================
def _writers(target: str, notes: str) -> dict[str, list[str]]:
    return {
        "export": ["export", "-o", target, "--overschrijf"],
        "overzicht-svg": ["log", "overzicht", "--svg", target, "--overschrijf"],
        "overzicht-html": ["log", "overzicht", "--html", target, "--overschrijf"],
        "gesprek-export": ["gesprek", "--namen", "Anna,Bram", "--relatie", "partner", "--afgeleid", "nee", "--stilte", "0",
                           "--notities-bestand", notes, "--export", target, "--overschrijf"],
        "data-backup": ["data", "backup", target, "--overschrijf"],
    }


TARGETS = {
    "logboek": lambda home, elsewhere: home / JOURNAL,
    "logboek-via-dotdot": lambda home, elsewhere: elsewhere / ".." / home.name / JOURNAL,
    "profiel": lambda home, elsewhere: home / PROFILE,
    "slot": lambda home, elsewhere: home / (JOURNAL + ".lock"),
    "backup": lambda home, elsewhere: home / "backups" / "vraaghulp-backup-2024-11-21.jsonl",
}
HOLDS = {("data-backup", "logboek"), ("data-backup", "logboek-via-dotdot")}  # refused already (catalogue)
D2_CASES = [(w, t) for w in sorted(_writers("x", "y")) for t in sorted(TARGETS) if (w, t) not in HOLDS]


@pytest.fixture
def filled_data_folder(data_home, tmp_path):
    write_journal(data_home, ask("eerst222"), ask("tweede22"), ask("derde222"))
    assert run_here(data_home, "maatje", "--naam", "Noor").returncode == 0
    (data_home / "backups").mkdir(exist_ok=True, mode=0o700)
    (data_home / "backups" / "vraaghulp-backup-2024-11-21.jsonl").write_bytes(journal_bytes(data_home))
    (data_home / (JOURNAL + ".lock")).touch()
    notes = tmp_path / "notities.txt"
    notes.write_text("1: Vragen voelt als zeuren.\n", encoding="utf-8")
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    return notes, elsewhere


@pytest.mark.parametrize("writer, target_name", D2_CASES, ids=[f"{w}-{t}" for w, t in D2_CASES])
def test_d2_no_output_overwrites_a_file_of_the_data_folder(data_home, filled_data_folder, writer, target_name):
    notes, elsewhere = filled_data_folder
    target = TARGETS[target_name](data_home, elsewhere)
    before = {p: p.read_bytes() for p in files_in(data_home)}
    journal_before = journal_bytes(data_home)
    result = run_here(data_home, *_writers(str(target), str(notes))[writer])
    said = f"{writer} onto {target_name}: exit {result.returncode}, stderr {result.stderr.strip()[:120]!r}"
    assert journal_bytes(data_home).startswith(journal_before), f"the journal lost its records; {said}"
    for path, content in before.items():
        if path.name != JOURNAL:  # a conversation may be added to the journal, nothing else may change
            assert path.read_bytes() == content, f"{path.name} was overwritten; {said}"
    assert result.returncode != 0, f"{target} was accepted as an output; {said}"
    assert INTERNAL not in result.stderr and result.stderr.strip(), said


# ============================================================================================
# D3 - "already recorded" is decided inside the lock
# ============================================================================================
@pytest.mark.slow
def test_d3_two_afrondens_at_once_never_both_succeed(data_home, tmp_path):
    for round_number, codes, errs, current in _race(
            data_home, tmp_path, 3,
            lambda rid: ["oefen", "--afronden", rid, "--uitkomst", "ja", "--angst-na", "1"],
            lambda rid: ["oefen", "--afronden", rid, "--uitkomst", "nee", "--angst-na", "9"]):
        assert sorted(codes) == [0, 1], f"round {round_number}: exit codes {codes}, stored {current['uitkomst']!r}"
        winner = ("ja", 1) if codes[0] == 0 else ("nee", 9)
        assert (current["uitkomst"], current["angst_na"]) == winner, (round_number, current)
        assert "al afgerond" in errs[1 if codes[0] == 0 else 0], errs


def test_d3_interactive_oefen_does_not_overwrite_an_outcome_recorded_meanwhile(data_home):
    write_journal(data_home, ask("open2345"))
    child = spawn(data_home, "oefen")
    try:
        assert drive(child, [("Heb je het gevraagd", "")])
        elsewhere = run_here(data_home, "oefen", "--afronden", "open2345", "--uitkomst", "nee", "--angst-na", "8")
        assert elsewhere.returncode == 0, elsewhere.stderr
        child.send(ENTER)
        drive(child, [("Wat gebeurde er", ENTER), ("vergeleken met wat je voorspelde", ENTER),
                      ("Hoe bang of gespannen", "2" + ENTER), ("Wat neem je hiervan mee", ENTER),
                      ("Hoe vol zit je vandaag", "")])
    finally:
        stop(child)
    [current] = stored_by_id(data_home, "open2345")
    assert (current["uitkomst"], current["angst_na"]) == ("nee", 8), (
        f"the outcome recorded meanwhile (nee, 8) became ({current['uitkomst']}, {current['angst_na']})")


# ============================================================================================
# D4 - an option not given never erases a stored field
# ============================================================================================
@pytest.mark.parametrize("how, kept", [
    (["--uitkomst", "ja", "--angst-na", "2"], {"geleerd": "Vooraf genoteerd"}),
    (["--uitkomst", "ja", "--angst-na", "2"], {"vergelijking": "beter"}),
    (["--afgezien"], {"geleerd": "Vooraf genoteerd"}),
], ids=["afronden-geleerd", "afronden-vergelijking", "afgezien-geleerd"])
def test_d4_afronden_keeps_a_field_it_was_not_given(data_home, how, kept):
    record_id = new_ask(data_home)
    (name, value), = kept.items()
    edit = run_here(data_home, "log", "bewerk", record_id, "--veld", f"{name}={value}")
    assert edit.returncode == 0, edit.stderr
    done = run_here(data_home, "oefen", "--afronden", record_id, *how)
    assert done.returncode == 0, done.stderr
    [current] = stored_by_id(data_home, record_id)
    assert current[name] == value, f"{name} was {value!r} before 'oefen --afronden {' '.join(how)}', now {current[name]!r}"


def test_d4_interactive_outcome_with_an_empty_answer_keeps_the_earlier_note(data_home):
    write_journal(data_home, ask("noot2345", geleerd="Vooraf genoteerd"))
    child = spawn(data_home, "oefen")
    try:
        drive(child, [("Heb je het gevraagd", ENTER), ("Wat gebeurde er", ENTER),
                      ("vergeleken met wat je voorspelde", ENTER), ("Hoe bang of gespannen", "2" + ENTER),
                      ("Wat neem je hiervan mee", ENTER), ("Hoe vol zit je vandaag", "")])
    finally:
        stop(child)
    [current] = stored_by_id(data_home, "noot2345")
    assert current["status"] == "gedaan", current
    assert current["geleerd"] == "Vooraf genoteerd", f"geleerd was 'Vooraf genoteerd', now {current['geleerd']!r}"


# ============================================================================================
# D5 - a profile that could not be read is never overwritten
# ============================================================================================
DAMAGED_PROFILES = {
    "kapotte-json": b'{"v": 1, "eerste_keer_gezien": true, "maatje": "Noor",',
    "onbekend-veld": b'{"v": 1, "eerste_keer_gezien": true, "maatje": "Noor", "kleur": "blauw"}',
    "geen-utf8": b'{"v": 1, "eerste_keer_gezien": false, "maatje": "No\xffor"}',
}


def _damage_profile(home, kind: str) -> bytes:
    home.mkdir(parents=True, exist_ok=True)
    (home / PROFILE).write_bytes(DAMAGED_PROFILES[kind])
    return DAMAGED_PROFILES[kind]


@pytest.mark.parametrize("kind", sorted(DAMAGED_PROFILES))
def test_d5_start_screen_leaves_a_damaged_profile_untouched(data_home, kind):
    before = _damage_profile(data_home, kind)
    result = run_here(data_home)
    assert (data_home / PROFILE).read_bytes() == before
    assert result.returncode == 0, result.stderr
    assert PROFILE in result.stderr and INTERNAL not in result.stderr, result.stderr


@pytest.mark.parametrize("kind", sorted(DAMAGED_PROFILES))
def test_d5_maatje_naam_keeps_the_bytes_of_a_damaged_profile(data_home, kind):
    before = _damage_profile(data_home, kind)
    result = run_here(data_home, "maatje", "--naam", "Jip")
    kept = [p for p in files_in(data_home) if p.read_bytes() == before]
    assert kept, (files_in(data_home), result.stderr)  # unchanged, or moved aside: never thrown away
    assert INTERNAL not in result.stderr, result.stderr


@pytest.mark.parametrize("command, first_prompt", [
    ("oefen", "Hoe vol zit je vandaag"),
    ("script", "Bij welk thema past jouw zin"),
    ("gesprek", "Willen jullie nu beginnen"),
])
@pytest.mark.parametrize("kind", ["kapotte-json", "onbekend-veld"])
def test_d5_interactive_commands_leave_a_damaged_profile_untouched(run_cli, data_home, kind, command, first_prompt):
    """Up to the first question and a Ctrl-C there, in this process (a terminal's own Ctrl-C is
    tested in test_trust_ctrl_c.py): the profile's bytes stay as they were."""
    before = _damage_profile(data_home, kind)
    result = run_cli(command, tty=True, answers=[KeyboardInterrupt])
    assert result.asked and first_prompt in result.asked[0][1], (result.asked, result.stderr)
    assert result.returncode == 130 and INTERNAL not in result.stderr, result.stderr
    assert (data_home / PROFILE).read_bytes() == before


# ============================================================================================
# D6 - stdout failing after a save: tell the truth (saved, with the id, on stderr), exit 0
# ============================================================================================
def _seed_for_d6(home, tmp_path):
    write_journal(home, ask("open2222"), ask("open3333"), script("script22"))
    export = tmp_path / "export.json"
    export.write_text(json.dumps({"versie": 1, "items": [ask("import22")]}), encoding="utf-8")
    return export


D6_COMMANDS = {
    "oefen": (lambda exp: ["oefen", "--wie", "Sam", "--vraag", "Sam, kun je helpen?", "--angst", "5", "--kans", "50"], None),
    "oefen-json": (lambda exp: ["oefen", "--wie", "Sam", "--vraag", "Sam, kun je helpen?", "--angst", "5", "--kans", "50", "--json"], None),
    "afronden": (lambda exp: ["oefen", "--afronden", "open2222", "--uitkomst", "ja", "--angst-na", "2"], "open2222"),
    "afgezien": (lambda exp: ["oefen", "--afronden", "open2222", "--afgezien"], "open2222"),
    "script": (lambda exp: ["script", "--zin", "Ik ben lastig.", "--geloof", "60"], None),
    "script-opnieuw": (lambda exp: ["script", "--opnieuw", "script22", "--geloof", "50"], "script22"),
    "log-bewerk": (lambda exp: ["log", "bewerk", "open2222", "--veld", "wanneer=morgen"], "open2222"),
    "log-wis": (lambda exp: ["log", "wis", "open3333", "--ja"], "open3333"),
    "data-import": (lambda exp: ["data", "import", str(exp)], "import22"),
}


def _saved_ids(before: bytes, after: bytes) -> set[str]:
    old = set(before.splitlines())
    return {json.loads(line)["id"] for line in after.splitlines() if line not in old}


@pytest.mark.parametrize("name", sorted(D6_COMMANDS))
def test_d6_a_full_stdout_after_a_save_says_it_was_saved_and_exits_0(data_home, tmp_path, name):
    export = _seed_for_d6(data_home, tmp_path)
    make_args, known_id = D6_COMMANDS[name]
    before = journal_bytes(data_home)
    with open("/dev/full", "w") as full:
        result = run_here(data_home, *make_args(export), stdout=full)
    after = journal_bytes(data_home)
    assert after != before, result.stderr  # it was saved ...
    record_id = known_id or next(iter(_saved_ids(before, after)))
    assert NOT_SAVED not in result.stderr, result.stderr  # ... so never "niets opgeslagen"
    assert record_id in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("name", ["oefen", "afronden", "log-wis", "data-import"])
def test_d6_a_closed_pipe_after_a_save_says_it_was_saved_and_exits_0(data_home, tmp_path, name):
    import os

    export = _seed_for_d6(data_home, tmp_path)
    make_args, known_id = D6_COMMANDS[name]
    before = journal_bytes(data_home)
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read: the first write fails with a broken pipe
    try:
        result = run_here(data_home, *make_args(export), stdout=write_end)
    finally:
        os.close(write_end)
    after = journal_bytes(data_home)
    assert after != before, result.stderr
    record_id = known_id or next(iter(_saved_ids(before, after)))
    assert record_id in result.stderr, f"saved as {record_id}, but exit {result.returncode} with stderr {result.stderr!r}"
    assert result.returncode == 0, result.stderr


def test_d6_backup_to_a_full_stdout_names_the_backup_and_exits_0(data_home):
    write_journal(data_home, ask("open2222"))
    with open("/dev/full", "w") as full:
        result = run_here(data_home, "data", "backup", stdout=full)
    made = [p for p in files_in(data_home / "backups") if p.suffix == ".jsonl"]
    assert made, result.stderr
    assert NOT_SAVED not in result.stderr and made[0].name in result.stderr, result.stderr
    assert result.returncode == 0


def test_d6_maatje_to_a_full_stdout_says_the_partner_was_saved(data_home):
    with open("/dev/full", "w") as full:
        result = run_here(data_home, "maatje", "--naam", "Jip", stdout=full)
    assert json.loads((data_home / PROFILE).read_text(encoding="utf-8")).get("maatje") == "Jip"
    assert NOT_SAVED not in result.stderr and "Jip" in result.stderr, result.stderr
    assert result.returncode == 0


@pytest.mark.parametrize("name, how", [("oefen-json", "vol"), ("oefen", "dicht")])
def test_d6_as_a_real_process_the_exit_stays_quiet_and_the_code_is_0(data_home, tmp_path, name, how):
    """The same truth from the console command, where the interpreter also flushes stdout at exit."""
    import os

    export = _seed_for_d6(data_home, tmp_path)
    make_args, _known = D6_COMMANDS[name]
    before = journal_bytes(data_home)
    if how == "vol":
        with open("/dev/full", "w") as full:
            result = run(data_home, *make_args(export), stdout=full)
    else:
        read_end, write_end = os.pipe()
        os.close(read_end)
        try:
            result = run(data_home, *make_args(export), stdout=write_end)
        finally:
            os.close(write_end)
    [record_id] = _saved_ids(before, journal_bytes(data_home))
    assert record_id in result.stderr and NOT_SAVED not in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
