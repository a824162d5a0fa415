"""`vraaghulp data`: pad, backup, wis and import, as functions and through the real command."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timezone

import pytest

from vraaghulp.store import backup, places, transfer
from vraaghulp.store.wipe import wipe
from vraaghulp.errors import VraaghulpError
from vraaghulp.flows.experiment import new_ask
from vraaghulp.models import Script, record_dict
from vraaghulp.store import Journal

WHEN = datetime(2025, 2, 3, 9, 30, tzinfo=timezone.utc)


def _fill(count: int = 3) -> list[str]:
    journal = Journal()
    ids = []
    for number in range(count):
        ask = new_ask(person=f"Persoon {number}", text=f"vraag {number}", fear=number, chance=50, when=WHEN)
        journal.append(ask)
        ids.append(ask.id)
    script = Script(id="scr1pt00", created=WHEN, sentence="Ik moet het zelf kunnen.", belief=80)
    journal.append(script)
    return ids + [script.id]


def _ids() -> list[str]:
    return [record.id for record in Journal().records()]


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ----- pad --------------------------------------------------------------------------------
def test_pad_names_every_place_and_the_env_var(run_cli, data_home):
    _fill(1)
    result = run_cli("data", "pad", env={"COLUMNS": "300"})  # a long temporary path stays on one line
    assert result.returncode == 0, result.stderr
    flat = " ".join(result.stdout.split())
    assert str(data_home) in flat
    assert str(data_home / "logboek.jsonl") in flat
    assert str(data_home / "profiel.json") in flat
    assert "VRAAGHULP_HOME" in flat
    info = json.loads(run_cli("data", "pad", "--json").stdout)
    assert info["versie"] == 1
    assert info["vraaghulp_home"] is True
    assert info["logboek"] == {"pad": str(data_home / "logboek.jsonl"), "bestaat": True, "regels": 2, "bytes": info["logboek"]["bytes"]}
    assert info["profiel"]["bestaat"] is False


def test_pad_without_the_env_var_uses_the_platform_folder(monkeypatch):
    monkeypatch.delenv("VRAAGHULP_HOME")
    info = places.locations()
    assert info["vraaghulp_home"] is False
    assert "vraaghulp" in info["map"]


# ----- backup -----------------------------------------------------------------------------
def test_backup_is_a_dated_private_byte_copy(data_home):
    _fill()
    with open(data_home / "logboek.jsonl", "ab") as handle:
        handle.write(b'{"broken": \n')  # a damaged line travels along, byte for byte
    first = backup.make_backup(now=WHEN)
    second = backup.make_backup(now=WHEN)
    assert first == data_home / "backups" / "vraaghulp-backup-2025-02-03.jsonl"
    assert second == data_home / "backups" / "vraaghulp-backup-2025-02-03-2.jsonl"
    assert first.read_bytes() == (data_home / "logboek.jsonl").read_bytes()
    if os.name == "posix":
        assert _mode(first) == 0o600
        assert _mode(first.parent) == 0o700


def test_backup_to_a_folder_or_a_file(tmp_path):
    _fill(1)
    folder = tmp_path / "elders"
    folder.mkdir()
    made = backup.make_backup(folder, now=WHEN)
    assert made == folder / "vraaghulp-backup-2025-02-03.jsonl"
    target = tmp_path / "mijn-kopie.jsonl"
    assert backup.make_backup(target) == target
    with pytest.raises(VraaghulpError, match="bestaat al"):
        backup.make_backup(target)
    assert backup.make_backup(target, overwrite=True) == target
    with pytest.raises(VraaghulpError, match="bestaat niet"):
        backup.make_backup(tmp_path / "nee" / "x.jsonl")


def test_backup_of_an_empty_journal_is_nothing(run_cli, data_home):
    assert backup.make_backup() is None
    result = run_cli("data", "backup")
    assert result.returncode == 0 and "nog leeg" in result.stdout
    assert not (data_home / "backups").exists()


# ----- wis --------------------------------------------------------------------------------
def test_wis_without_terminal_needs_ja_and_deletes_nothing(run_cli, data_home):
    _fill(1)
    result = run_cli("data", "wis")
    assert result.returncode == 2
    assert "--ja" in result.stderr
    assert (data_home / "logboek.jsonl").exists()


def test_wis_removes_only_our_files(run_cli, data_home):
    _fill(2)
    run_cli("maatje", "--naam", "Sam")
    backup.make_backup()
    foreign = data_home / "mijn-eigen-notities.txt"
    foreign.write_text("blijf staan", encoding="utf-8")
    result = run_cli("data", "wis", "--ja")
    assert result.returncode == 0, result.stderr
    assert "Gewist: 5 bestanden" in result.stdout  # journal, profile, lock, backup, this device's name
    assert "niet aangeraakt" in result.stdout
    assert sorted(p.name for p in data_home.iterdir()) == ["mijn-eigen-notities.txt"]
    assert foreign.read_text(encoding="utf-8") == "blijf staan"
    again = run_cli("data", "wis", "--ja")
    assert again.returncode == 0 and "geen vraaghulp-gegevens" in again.stdout


def test_wis_interactive_needs_the_word(run_cli, data_home):
    _fill(1)
    result = run_cli("data", "wis", tty=True, answers=["ja"])
    assert "Niets gewist" in result.stdout
    assert (data_home / "logboek.jsonl").exists()

    result = run_cli("data", "wis", tty=True, answers=[KeyboardInterrupt])
    assert result.returncode == 130 and "niets gewist" in result.stderr
    assert (data_home / "logboek.jsonl").exists()

    result = run_cli("data", "wis", tty=True, answers=[" Wissen "])
    assert "Gewist" in result.stdout
    assert not (data_home / "logboek.jsonl").exists()


def test_wis_removes_the_default_folder_when_empty(monkeypatch, tmp_path):
    home = tmp_path / "platform"
    monkeypatch.delenv("VRAAGHULP_HOME")
    monkeypatch.setattr("vraaghulp.paths.data_dir", lambda: home)
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(home))
    _fill(1)
    assert home.is_dir()
    wipe()
    assert not home.exists()


# ----- import -----------------------------------------------------------------------------
def test_round_trip_backup_wis_import(run_cli, data_home, tmp_path):
    ids = _fill(3)
    before = [record_dict(r) for r in Journal().records()]
    backup = run_cli("data", "backup", str(tmp_path))
    assert backup.returncode == 0, backup.stderr
    [copy] = list(tmp_path.glob("vraaghulp-backup-*.jsonl"))
    assert run_cli("data", "wis", "--ja").returncode == 0
    assert not Journal().exists()

    restored = run_cli("data", "import", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert "4 records toegevoegd" in restored.stdout
    assert _ids() == ids
    assert [record_dict(r) for r in Journal().records()] == before
    if os.name == "posix":
        assert _mode(data_home / "logboek.jsonl") == 0o600

    twice = run_cli("data", "import", str(copy))
    assert twice.returncode == 0
    assert "0 records toegevoegd" in twice.stdout and "4 records stonden er al" in twice.stdout
    assert _ids() == ids


def test_import_an_export_envelope_with_new_duplicate_and_broken_items(tmp_path):
    existing = _fill(1)
    new = new_ask(person="Ann", text="de was ophangen", fear=2, chance=70, when=WHEN)
    export = {
        "versie": 1,
        "items": [
            record_dict(new),
            record_dict(Journal().records()[0]),  # already there
            record_dict(new),  # twice in the same file
            {"soort": "vraag", "id": "kapot123"},
            "geen record",
        ],
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")

    trial = transfer.import_records(path, dry_run=True)
    assert trial.added == [new.id] and trial.duplicates == 2 and len(trial.problems) == 2
    assert _ids() == existing

    result = transfer.import_records(path)
    assert result.added == [new.id]
    assert result.duplicates == 2
    assert result.problems == ["item 4: het veld 'gemaakt' ontbreekt.", "item 5: geen JSON-object."]
    assert _ids() == existing + [new.id]
    assert Journal().find(new.id).text == "de was ophangen"


def test_import_keeps_damaged_journal_lines(data_home, tmp_path):
    _fill(1)
    journal_file = data_home / "logboek.jsonl"
    with open(journal_file, "ab") as handle:
        handle.write(b"half geschreven")  # a torn line without newline
    new = new_ask(person="Bo", text="x", fear=1, chance=90, when=WHEN)
    path = tmp_path / "een.jsonl"
    path.write_text(json.dumps(record_dict(new)) + "\n{kapot\n", encoding="utf-8")
    result = transfer.import_records(path)
    assert result.added == [new.id]
    assert result.problems == ["regel 2: geen geldige JSON (misschien half geschreven)."]
    lines = journal_file.read_bytes().split(b"\n")
    assert b"half geschreven" in lines
    assert new.id in _ids()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "leeg"),
        ("gewoon tekst\n", "geen bruikbare records"),
        ('{"versie": 9, "items": []}', "nieuwere versie"),
        ('{"versie": 1, "items": [{"soort": "vraag"}]}', "geen enkel geldig record"),
    ],
)
def test_import_refuses_unusable_files_in_dutch(tmp_path, content, message):
    path = tmp_path / "in.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(VraaghulpError, match=message):
        transfer.import_records(path)
    assert not Journal().exists()


def test_import_cli_errors_are_sentences(run_cli, tmp_path):
    missing = run_cli("data", "import", str(tmp_path / "bestaat-niet.jsonl"))
    assert missing.returncode == 1
    assert "bestaat niet" in missing.stderr and "Traceback" not in missing.stderr
    binary = tmp_path / "plaatje.bin"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    bad = run_cli("data", "import", str(binary))
    assert bad.returncode == 1 and "UTF-8" in bad.stderr
    assert run_cli("data", "import").returncode == 2
    root = run_cli("data")
    assert root.returncode == 0 and "import" in root.stdout
