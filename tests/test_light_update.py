"""The light changes (`light.update`): `oefen --afronden` and `log wis ID --ja` without the model.

Each case runs twice on the same journal, once through the light path and once through the
model path (the light one switched off), with the same clock and device: the files they
leave must be the same bytes, and so must what they say. Records the light rules cannot vouch
for (a value the model refuses, an id two records share) leave it to the model path.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest

from vraaghulp.commands import oefen as oefen_command
from vraaghulp.light import update
from vraaghulp.light.records import new_ask_record, record_line, stamped_new
from vraaghulp.sync.versions import merge, stamp_change

WHEN = datetime(2026, 5, 4, 21, 7, 9, 120033, tzinfo=timezone(timedelta(hours=2)))
LEGACY = {"id": "bench0001", "soort": "vraag", "v": 1, "gemaakt": "2024-11-21T10:00:00+01:00", "wie": "Sam",
          "vraag": "Sam, kun je morgen bellen?", "angst_voor": 5, "kans": 50, "status": "open"}


def _records() -> list[dict]:
    """Open asks as they are found in journals: old and short, stamped, changed elsewhere, clashing."""
    stamped = stamped_new(new_ask_record(record_id="stmp2345", person="Kim", text='Kim, "help" \\ é 😊 \x1b[31m?',
                                         fear=7, chance=30, when=WHEN, level=2, script_id="s2345678"), "laptop01")
    elsewhere = stamp_change(stamped, {**{k: v for k, v in stamped.items() if k != "_sync"}, "id": "elsw2345",
                                       "wanneer": "zaterdag"}, "werkpc02")
    base = {k: v for k, v in stamped.items() if k != "_sync"}
    clash = merge(stamp_change(stamped, {**base, "wie": "Kim K."}, "werkpc02"),
                  stamp_change(stamped, {**base, "wie": "Kim de Vries"}, "laptop01"))
    clash["id"] = "clsh2345"
    reordered = dict(reversed(list({**LEGACY, "id": "ordr2345", "v": 2, "geleerd": None}.items())))
    return [LEGACY, stamped, elsewhere, clash, reordered]


SCRIPT = {"id": "s2345678", "soort": "script", "v": 2, "gemaakt": "2021-05-01T10:00:00-03:30",
          "zin": "Ik wil niet zeuren", "stem": "ouder", "stem_toelichting": None, "geloof": 80, "bang_voor": "lastig",
          "rolwissel": None, "nieuwe_regel": None, "geloof_na": 40,
          "beoordelingen": [{"datum": "2021-05-02T10:00:00Z", "waarde": 30, "vraag": None}]}
TALK = {"id": "g2345678", "soort": "gesprek", "v": 2, "gemaakt": "2022-01-01T08:00:00Z", "modus": "samen",
        "namen": ["Sam", "Ann"], "relatie": "zus", "notities": {"1": "goed"}, "afgeleid": False, "voltooid": True,
        "eerste_stap": 1, "laatste_stap": 7}
CHECK = {"id": "c2345678", "soort": "check", "v": 1, "gemaakt": "2022-01-01T08:00:00", "antwoorden": {"a": 1},
         "score": 3, "uitslag": "licht"}


def _write(home, records) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "logboek.jsonl").write_bytes(b"".join(record_line(r) + b"\n" for r in records))


def _both(run_cli, data_home, monkeypatch, records, *args):
    """(light run, its file, model run, its file) of one command line on the same journal."""
    _write(data_home, records)
    spare = data_home.parent / "spare"
    shutil.copytree(data_home, spare)
    with monkeypatch.context() as patched:
        patched.setattr(oefen_command, "_finish_with_model", _refused)
        patched.setattr("vraaghulp.flows.edit.delete_now", _refused)
        light = run_cli(*args, now=lambda: WHEN)
    light_file = (data_home / "logboek.jsonl").read_bytes()
    shutil.rmtree(data_home)
    shutil.copytree(spare, data_home)
    with monkeypatch.context() as patched:
        patched.setattr(update, "finish", lambda env, values: None)
        patched.setattr(update, "delete", lambda env, record_id: None)
        model = run_cli(*args, now=lambda: WHEN)
    return light, light_file, model, (data_home / "logboek.jsonl").read_bytes()


def shown(text: str) -> list[str]:
    """The lines as read (Rich may leave a space at the end of a wrapped line; plain text does not)."""
    return [line.rstrip() for line in text.splitlines()]


def _refused(*_args, **_kwargs):
    raise AssertionError("the model path was taken")


CLOSINGS = [
    ("--uitkomst", "ja", "--angst-na", "2"),
    ("--uitkomst", "geen-reactie", "--angst-na", "9", "--vergelijking", "slechter", "--geleerd", "Het mocht 😊"),
    ("--afgezien", "--geleerd", "Niet nu"),
    ("--afgezien",),
    ("--uitkomst", "nee", "--angst-na", "5", "--json"),
]


KINDS_OF_ASK = ["legacy", "stamped", "changed-elsewhere", "clash", "reordered"]
PAIRS = [(n, CLOSINGS[n]) for n in range(5)] + [(n, CLOSINGS[(n + 2) % 5]) for n in range(5)]  # each twice


@pytest.mark.parametrize("index, options", PAIRS, ids=[f"{KINDS_OF_ASK[n]}: {' '.join(o)}" for n, o in PAIRS])
def test_closing_an_ask_writes_and_says_what_the_model_path_does(run_cli, data_home, monkeypatch, index, options):
    records = [SCRIPT, *_records()]
    record_id = records[index + 1]["id"]
    light, light_file, model, model_file = _both(run_cli, data_home, monkeypatch, records, "oefen", "--afronden",
                                                 record_id[:6], *options)
    assert light.returncode == model.returncode == 0, (light.stderr, model.stderr)
    assert light_file == model_file
    if "--json" in options:
        assert json.loads(light.stdout) == json.loads(model.stdout)
    else:
        assert shown(light.stdout) == shown(model.stdout) and record_id in light.stdout
    assert light.stderr == model.stderr


@pytest.mark.parametrize("record_id", ["bench0001", "stmp2345", "clsh2345", "s2345678", "g2345678", "c2345678"])
def test_removing_a_record_writes_and_says_what_the_model_path_does(run_cli, data_home, monkeypatch, record_id):
    linked = {**LEGACY, "id": "link2345", "script": "s2345678"}
    records = [*_records(), SCRIPT, TALK, CHECK, linked]
    light, light_file, model, model_file = _both(run_cli, data_home, monkeypatch, records, "log", "wis", record_id,
                                                 "--ja")
    assert light.returncode == model.returncode == 0, (light.stderr, model.stderr)
    assert light_file == model_file and b'"verwijderd":true' in light_file
    assert shown(light.stdout) == shown(model.stdout) and "Verwijderd" in light.stdout
    assert light.stderr == model.stderr


@pytest.mark.parametrize("stored, args, message", [
    ({**LEGACY, "niveau": 7}, ("oefen", "--afronden", "bench0001", "--uitkomst", "ja", "--angst-na", "2"),
     "kan niet worden aangepast"),
    ({**LEGACY, "status": "gedaan"}, ("oefen", "--afronden", "bench0001", "--uitkomst", "ja", "--angst-na", "2"),
     "al afgerond"),
    (SCRIPT, ("oefen", "--afronden", "s2345678", "--uitkomst", "ja", "--angst-na", "2"), "geen vraag"),
    ({**LEGACY, "v": 9}, ("log", "wis", "bench0001", "--ja"), "bench0001"),
    ({**LEGACY, "id": "bench0002"}, ("log", "wis", "bench", "--ja"), "bench0001, bench0002"),
    (LEGACY, ("log", "wis", "zzzz", "--ja"), "zzzz"),
])
def test_what_the_light_rules_leave_the_model_path_words_and_nothing_changes(run_cli, data_home, stored, args,
                                                                             message):
    _write(data_home, [LEGACY, stored] if stored["id"] != LEGACY["id"] else [stored])
    before = (data_home / "logboek.jsonl").read_bytes()
    result = run_cli(*args)
    assert result.returncode == 1 and message in result.stderr, result.stderr
    assert (data_home / "logboek.jsonl").read_bytes() == before


def test_the_light_paths_leave_a_folder_they_cannot_read_plainly_to_the_model(monkeypatch):
    from vraaghulp.store import codec

    monkeypatch.setattr(codec, "encrypted", lambda: True)
    assert update.finish(None, SimpleNamespace(geloof_na=None)) is None and update.delete(None, "bench0001") is None
