"""Old data stays readable: a frozen journal in today's format (schema version 1).

`tests/fixtures/schema_v1.jsonl` was written by hand from models.py as it was at schema
version 1: every record kind, every status, a script with ratings, a conversation, a
self-check, and a minimal line that leaves every optional field out. It is FROZEN: if a
change to the models breaks one of these tests, add a migration (models.MIGRATIONS) —
do not edit the fixture. The checksum test below catches an edit.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from vraaghulp import store
from vraaghulp.models import Ask, Conversation, Script, SelfCheck, parse_record
from vraaghulp.store import Journal

FIXTURE = Path(__file__).parent / "fixtures" / "schema_v1.jsonl"
FIXTURE_SHA256 = "0e2fdf8efa03fbcfe817ebf49d839bea56598f61d4f46c9df46daaecd9512ece"
CET = timezone(timedelta(hours=1))


def _install(data_home: Path) -> Path:
    data_home.mkdir(parents=True, exist_ok=True)
    target = data_home / "logboek.jsonl"
    shutil.copyfile(FIXTURE, target)
    return target


def test_the_fixture_is_frozen():
    # Line endings normalised, so a Windows checkout (autocrlf) still matches.
    digest = hashlib.sha256(FIXTURE.read_bytes().replace(b"\r\n", b"\n")).hexdigest()
    assert digest == FIXTURE_SHA256, (
        "tests/fixtures/schema_v1.jsonl changed. It stands for journals already on people's disks: "
        "add a migration in models.py instead of editing it."
    )


def test_every_v1_record_loads_with_its_values(data_home):
    _install(data_home)
    store.take_reported()
    records = {record.id: record for record in Journal().records()}
    assert store.take_reported() == []
    assert list(records) == ["v1vraag1", "v1vraag2", "v1vraag3", "v1script", "v1gespr1", "v1check1", "v1kaal01"]

    open_ask = records["v1vraag1"]
    assert isinstance(open_ask, Ask)
    assert open_ask.person == "Zoë" and open_ask.status == "open"
    assert open_ask.text == "Zoë, kun je donderdag om acht uur tien minuten bellen?"
    assert open_ask.moment == "donderdag 20:00" and open_ask.level == 2
    assert open_ask.expectation == "Ze heeft vast geen tijd."
    assert (open_ask.fear_before, open_ask.chance, open_ask.fullness) == (7, 40, 8)
    assert open_ask.script_id == "v1script"
    assert open_ask.outcome is None and open_ask.fear_after is None and open_ask.closed is None
    assert open_ask.created == datetime(2025, 3, 3, 8, 15, tzinfo=CET)
    assert open_ask.version == 2  # upgraded on reading: version 2 only adds stamps and tombstones

    done = records["v1vraag2"]
    assert done.status == "gedaan" and done.outcome == "deels" and done.comparison == "zoals-verwacht"
    assert done.fear_after == 3
    assert done.learned == "Hij las de helft; dat was al genoeg. één stap \U0001f642"
    assert done.created == datetime(2025, 3, 4, 12, 0, tzinfo=timezone.utc)
    assert done.closed == datetime(2025, 3, 5, 19, 30, tzinfo=CET)

    set_aside = records["v1vraag3"]
    assert set_aside.status == "afgezien" and set_aside.outcome is None
    assert set_aside.learned == "Ik durfde nog niet." and set_aside.level == 3

    script = records["v1script"]
    assert isinstance(script, Script)
    assert script.sentence == "Ik hoor dit zelf te kunnen."
    assert script.voice == "ouder" and script.voice_note == "Mijn moeder zei het altijd."
    assert (script.belief, script.belief_after) == (85, 70)
    assert script.fear == "Dat ze me zwak vinden."
    assert script.role_reversal.startswith("Toen Bram mij iets vroeg")
    assert script.new_rule == "Iets nodig hebben is een signaal, geen falen."
    assert [(r.value, r.ask_id) for r in script.ratings] == [(55, "v1vraag2"), (50, None)]
    assert script.ratings[0].date == datetime(2025, 3, 5, 19, 31, tzinfo=CET)

    talk = records["v1gespr1"]
    assert isinstance(talk, Conversation)
    assert talk.mode == "hulpverlener" and talk.names == ["Anna", "Bram"] and talk.relation == "partner"
    assert talk.notes == {"1": "Vragen voelt als zeuren.", "3": "Lange stilte.", "7": "Volgende keer laat Bram het niet wegwuiven."}
    assert talk.deflected is True and talk.finished is True
    assert (talk.first_step, talk.last_step) == (1, 7)

    check = records["v1check1"]
    assert isinstance(check, SelfCheck)
    assert check.answers == {"1": 2, "2": 1, "3": 0} and check.score == 3 and check.result == "Soms lastig"

    minimal = records["v1kaal01"]
    assert minimal.person == "Sam" and minimal.status == "open" and minimal.level is None
    assert minimal.moment is None and minimal.expectation is None and minimal.script_id is None


def test_v1_records_round_trip_to_the_same_values():
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        stored = json.loads(line)
        record = parse_record(dict(stored))
        again = json.loads(record.model_dump_json())
        # Everything that was stored comes back with the same value (defaults may be added).
        assert again["v"] == 2  # upgraded: version 2 only adds stamps and tombstones
        for key, value in stored.items():
            if key == "v":
                continue
            if key in ("gemaakt", "afgerond"):
                if value is not None:
                    assert datetime.fromisoformat(again[key]) == datetime.fromisoformat(value)
                continue
            if key == "beoordelingen":
                assert [r["waarde"] for r in again[key]] == [r["waarde"] for r in value]
                continue
            assert again[key] == value, (stored["id"], key)
        assert parse_record(again) == record


def test_the_cli_reads_and_updates_an_old_journal(run_cli, data_home):
    path = _install(data_home)
    listed = run_cli("log", "--json")
    assert listed.returncode == 0, listed.stderr
    assert "Let op" not in listed.stderr
    ids = [item["id"] for item in json.loads(listed.stdout)["items"]]
    assert sorted(ids) == sorted(["v1vraag1", "v1vraag2", "v1vraag3", "v1script", "v1gespr1", "v1check1", "v1kaal01"])

    shown = run_cli("log", "toon", "v1script")
    assert shown.returncode == 0 and "Ik hoor dit zelf te kunnen." in shown.stdout

    before = path.read_bytes().splitlines()
    finished = run_cli("oefen", "--afronden", "v1vraag1", "--uitkomst", "ja", "--angst-na", "2")
    assert finished.returncode == 0, finished.stderr
    after = path.read_bytes().splitlines()
    assert len(after) == len(before)
    # Only the finished line changed; the other old lines are byte for byte the same.
    assert [a for a, b in zip(after, before) if a != b] == [after[0]]
    assert json.loads(after[0])["status"] == "gedaan" and json.loads(after[0])["wie"] == "Zoë"
