"""The journal on disk: round trip, locking, atomic rewrites, damaged lines."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timezone

import pytest

from vraaghulp import store
from vraaghulp.store import files
from vraaghulp.errors import StoreError, VraaghulpError
from vraaghulp.models import Ask, Script, parse_record
from vraaghulp.store import Journal, new_id


def make_ask(**changes) -> Ask:
    data = dict(
        id=new_id(),
        created=datetime(2026, 11, 20, 18, 30, tzinfo=timezone.utc),
        person="Sam",
        text="Sam, kun je morgen een brood meenemen?",
        fear_before=6,
        chance=70,
        level=1,
    )
    data.update(changes)
    return Ask(**data)


def test_round_trip_keeps_every_field(data_home):
    journal = Journal()
    ask = make_ask(expectation="Ze zegt vast nee", moment="morgen", fullness=8)
    script = Script(id=new_id(), created=datetime.now(timezone.utc), sentence="Ik moet het zelf kunnen", belief=80)
    journal.append(ask)
    journal.append(script)
    loaded = Journal().records()
    assert loaded == [ask, script]
    lines = (data_home / "logboek.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["soort"] == "vraag"
    assert json.loads(lines[0])["angst_voor"] == 6
    assert json.loads(lines[1])["zin"] == "Ik moet het zelf kunnen"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_private_modes_even_with_permissive_umask(data_home):
    old = os.umask(0)
    try:
        Journal().append(make_ask())
    finally:
        os.umask(old)
    assert stat.S_IMODE(data_home.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_home / "logboek.jsonl").stat().st_mode) == 0o600
    assert stat.S_IMODE((data_home / ".lokaal" / "logboek.jsonl.lock").stat().st_mode) & 0o077 == 0
    assert stat.S_IMODE((data_home / ".lokaal").stat().st_mode) == 0o700


def test_update_changes_only_that_record(data_home):
    journal = Journal()
    first, second = make_ask(person="Ann"), make_ask(person="Bo")
    journal.append(first)
    journal.append(second)
    before = (data_home / "logboek.jsonl").read_bytes().splitlines()
    journal.update(second.id, lambda a: a.model_copy(update={"status": "gedaan", "outcome": "ja", "fear_after": 2}))
    after = (data_home / "logboek.jsonl").read_bytes().splitlines()
    assert after[0] == before[0]
    assert json.loads(after[1])["uitkomst"] == "ja"
    assert Journal().find(second.id).fear_after == 2


def test_delete_through_update(data_home):
    journal = Journal()
    keep, gone = make_ask(), make_ask()
    journal.append(keep)
    journal.append(gone)
    journal.update(gone.id, lambda _record: None)
    assert [r.id for r in Journal().records()] == [keep.id]


def test_failing_rename_leaves_old_file_intact(data_home, monkeypatch):
    journal = Journal()
    ask = make_ask()
    journal.append(ask)
    path = data_home / "logboek.jsonl"
    original = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(StoreError) as info:
        journal.update(ask.id, lambda a: a.model_copy(update={"status": "afgezien"}))
    assert "schijf is vol" in info.value.message
    assert path.read_bytes() == original
    assert [p.name for p in data_home.iterdir() if p.name.endswith(".tmp")] == []


def test_failed_append_write_keeps_existing_bytes(data_home, monkeypatch):
    journal = Journal()
    journal.append(make_ask())
    path = data_home / "logboek.jsonl"
    original = path.read_bytes()
    real_write = os.write

    def half_write(fd, data):
        real_write(fd, bytes(data[:10]))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "write", half_write)
    with pytest.raises(StoreError):
        journal.append(make_ask())
    monkeypatch.setattr(files.os, "write", real_write)
    assert path.read_bytes() == original


def test_damaged_line_is_reported_kept_and_survives_rewrites(data_home):
    journal = Journal()
    first, second = make_ask(person="Ann"), make_ask(person="Bo")
    journal.append(first)
    path = data_home / "logboek.jsonl"
    with open(path, "ab") as handle:
        handle.write(b'{"id": "kapot", "soort": "vraag", "wie": \n')
    journal.append(second)
    store.take_reported()
    records = Journal().records()
    assert [r.id for r in records] == [first.id, second.id]
    problems = store.take_reported()
    assert len(problems) == 1 and problems[0].line == 2
    assert "regel 2" in problems[0].message() and str(path) in problems[0].message()
    journal.update(first.id, lambda a: a.model_copy(update={"status": "afgezien"}))
    journal.update(second.id, lambda _r: None)
    assert b'{"id": "kapot", "soort": "vraag", "wie": ' in path.read_bytes()


def test_torn_last_line_is_not_glued_to_the_next_append(data_home):
    journal = Journal()
    journal.append(make_ask())
    path = data_home / "logboek.jsonl"
    with open(path, "ab") as handle:
        handle.write(b'{"id":"half","soort":"vr')  # a crash mid-write, no newline
    new = make_ask(person="Cas")
    journal.append(new)
    store.take_reported()
    ids = [r.id for r in Journal().records()]
    assert ids[-1] == new.id and len(ids) == 2
    assert [p.line for p in store.take_reported()] == [2]
    assert b'{"id":"half","soort":"vr\n' in path.read_bytes()


@pytest.mark.parametrize(
    "line, words",
    [
        (b"dit is geen json", "geen geldige JSON"),
        (b"[1, 2, 3]", "geen record"),
        (b'{"id": "x1", "soort": "droom"}', "onbekende soort"),
        (b'{"id": "x2", "soort": "vraag", "v": 99}', "nieuwere versie"),
        (b'{"id": "x3", "soort": "vraag", "v": 1, "wie": "A"}', "klopt niet"),
    ],
)
def test_each_kind_of_bad_line_gives_a_dutch_reason(data_home, line, words):
    journal = Journal()
    good = make_ask()
    journal.append(good)
    with open(data_home / "logboek.jsonl", "ab") as handle:
        handle.write(line + b"\n")
    store.take_reported()
    assert [r.id for r in Journal().records()] == [good.id]
    problems = store.take_reported()
    assert len(problems) == 1 and words in problems[0].message() and problems[0].line == 2


def test_tail_reads_last_lines_in_order(data_home):
    journal = Journal()
    asks = [make_ask(person=f"P{i}") for i in range(300)]
    journal.append_lines([a.model_dump_json().encode() for a in asks])
    tail = journal.tail_raw(20)
    assert [json.loads(raw)["wie"] for _n, raw in tail] == [f"P{i}" for i in range(280, 300)]
    assert len(journal.tail_raw(1000)) == 300
    assert journal.tail_raw(0) == []


def test_find_by_prefix_and_errors(data_home):
    journal = Journal()
    journal.append(make_ask(id="abcd2345"))
    journal.append(make_ask(id="abcd9999"))
    assert journal.find("abcd2").id == "abcd2345"
    assert journal.find("ABCD9999").id == "abcd9999"
    with pytest.raises(VraaghulpError, match="Meer dan één"):
        journal.find("abcd")
    with pytest.raises(VraaghulpError, match="staat niets met het id"):
        journal.find("zzzz")
    with pytest.raises(VraaghulpError, match="minstens 4"):
        journal.find("ab")


def test_directory_and_symlink_in_place_of_the_journal(data_home, tmp_path):
    data_home.mkdir(parents=True)
    (data_home / "logboek.jsonl").mkdir()
    with pytest.raises(StoreError, match="staat een map"):
        Journal().records()
    (data_home / "logboek.jsonl").rmdir()
    elsewhere = tmp_path / "elders.jsonl"
    elsewhere.write_text("", encoding="utf-8")
    (data_home / "logboek.jsonl").symlink_to(elsewhere)
    with pytest.raises(StoreError, match="symbolische koppeling"):
        Journal().append(make_ask())
    assert elsewhere.read_text(encoding="utf-8") == ""


def test_parse_record_refuses_newer_schema():
    data = json.loads(make_ask().model_dump_json())
    data["v"] = 7
    with pytest.raises(ValueError):
        parse_record(data)


def test_the_journal_lock_excludes_a_filelock_holder_and_says_it_is_busy(data_home, monkeypatch):
    """The flock lock and filelock's FileLock on the same lock file exclude each other."""
    import filelock

    from vraaghulp.store import journal as journal_module

    journal = Journal(data_home / "logboek.jsonl")
    journal.append(make_ask())
    monkeypatch.setattr(journal_module, "LOCK_TIMEOUT", 0.2)
    with filelock.FileLock(str(journal.lock_path)):
        with pytest.raises(StoreError, match="bezet"):
            journal.append(make_ask())
    journal.append(make_ask())  # free again
    assert len(journal.records()) == 2
    with journal.lock():
        with pytest.raises(filelock.Timeout):
            filelock.FileLock(str(journal.lock_path), timeout=0.1).acquire()
