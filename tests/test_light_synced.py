"""The light paths over records as they are stored since version stamps: adding one record,
the start screen and `log --json` (in-process).

Lines with version stamps (`_sync`), changed records, clashes and tombstones must give what
the model path gives: `log --json` shows every live record as `record_dict(parse_record(...))`
(no stamps, no tombstones), the start screen counts live asks only.
"""

from __future__ import annotations

import json

from vraaghulp.light.records import shown_line
from vraaghulp.models import parse_record, record_dict
from vraaghulp.sync.versions import resolve_clash, stamp_change, stamp_new, tombstone


def add(run_cli, person: str, *extra: str) -> str:
    result = run_cli("oefen", "--wie", person, "--vraag", f"{person}, wil je helpen?", "--angst", "4", "--kans", "60",
                     "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["items"][0]["id"]


def stored(data_home) -> list[dict]:
    return [json.loads(line) for line in (data_home / "logboek.jsonl").read_bytes().splitlines()]


def compact(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def test_an_added_record_carries_this_device_s_stamp_and_the_lock_stays_private(run_cli, data_home):
    first, second = add(run_cli, "Sam"), add(run_cli, "Kim", "--niveau", "3")
    records = stored(data_home)
    assert [record["id"] for record in records] == [first, second]
    devices = {record["_sync"]["o"][0] for record in records}
    assert len(devices) == 1 and all(record["_sync"]["vv"] == {record["_sync"]["o"][0]: 1} for record in records)
    assert not list(data_home.glob("*.lock")) and list((data_home / ".lokaal").glob("logboek.jsonl.lock"))


def test_log_json_gives_what_the_model_gives_without_stamps_or_tombstones(run_cli, data_home):
    ids = [add(run_cli, name) for name in ("Sam", "Kim", "Jo", "Lin")]
    assert run_cli("oefen", "--afronden", ids[1], "--uitkomst", "ja", "--angst-na", "2").returncode == 0
    assert run_cli("log", "wis", ids[2], "--ja").returncode == 0
    lines = (data_home / "logboek.jsonl").read_bytes().splitlines()
    clashing = stored(data_home)[3]
    other = stamp_change(clashing, {**clashing, "wie": "Lin K."}, "werkpc02")
    mine = stamp_change(clashing, {**clashing, "wie": "Lin van Dam"}, "laptop01")
    from vraaghulp.sync.versions import merge

    lines[3] = compact(merge(other, mine))  # a clash between two devices, kept in the stamps
    (data_home / "logboek.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    result = run_cli("log", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)["items"]
    live = [data for data in map(json.loads, lines) if "verwijderd" not in data]
    assert items == [record_dict(parse_record(data)) for data in live]
    assert [item["id"] for item in items] == [ids[0], ids[1], ids[3]]
    assert "_sync" not in result.stdout and "verwijderd" not in result.stdout
    assert items[1]["status"] == "gedaan" and items[1]["uitkomst"] == "ja"


def test_a_stamped_line_is_shown_as_stored_without_its_stamps():
    record = {"id": "abcd2345", "soort": "script", "v": 2, "gemaakt": "2026-01-02T03:04:05Z", "zin": "Ik wil niet zeuren",
              "stem": None, "stem_toelichting": None, "geloof": 60, "bang_voor": None, "rolwissel": None,
              "nieuwe_regel": None, "geloof_na": None, "beoordelingen": []}
    new = stamp_new(record, "laptop01")
    changed = stamp_change(new, {**record, "geloof": 40}, "werkpc02")
    settled = resolve_clash(changed, "zin", "Ik wil niet lastig zijn", "werkpc02")
    for data in (new, changed, settled):
        raw = compact(data)
        shown = shown_line(raw, json.loads(raw))
        assert shown is not None and json.loads(shown) == record_dict(parse_record(data))
    odd = {**new, "_sync": new["_sync"], "zin": "x"}  # stamps not last: left to the model
    odd = {key: odd[key] for key in ("_sync", *record)}
    assert shown_line(compact(odd), odd) is None
    spaced = json.dumps(new, ensure_ascii=False).encode("utf-8")  # not as this program writes it
    assert shown_line(spaced, json.loads(spaced)) is None


def test_a_nested_stamps_key_in_a_clash_value_is_not_cut_at():
    record = {"id": "g2345678", "soort": "gesprek", "v": 2, "gemaakt": "2026-01-01T08:00:00Z", "modus": "samen",
              "namen": ["Sam"], "relatie": None, "notities": {"1": "goed"}, "afgeleid": False, "voltooid": True,
              "eerste_stap": 1, "laatste_stap": 7}
    base = stamp_new(record, "laptop01")
    one = stamp_change(base, {**record, "notities": {"_sync": "a"}}, "laptop01")
    two = stamp_change(base, {**record, "notities": {"_sync": "b"}}, "werkpc02")
    from vraaghulp.sync.versions import merge

    data = merge(one, two)
    raw = compact(data)
    shown = shown_line(raw, json.loads(raw))
    assert shown is None or json.loads(shown) == record_dict(parse_record(data))


def test_an_ask_whose_stamps_hold_the_key_again_is_cut_at_its_own_stamps():
    from vraaghulp.light.records import new_ask_record
    from datetime import datetime, timezone

    ask = new_ask_record(record_id="abcd2345", person="Sam", text='Zeg "_sync": nee', fear=3, chance=50,
                         when=datetime(2026, 1, 2, tzinfo=timezone.utc))
    data = {**ask, "_sync": {"vv": {"laptop01": 1, "_sync": 2}, "o": ["laptop01", 1]}}  # edited by hand
    raw = compact(data)
    assert json.loads(shown_line(raw, json.loads(raw))) == ask
    spaced = raw.replace(b',"_sync":{"vv"', b', "_sync": {"vv"')  # only the nested one is compact now
    assert spaced.count(b',"_sync":') == 1 and shown_line(spaced, json.loads(spaced)) is None


def test_the_start_screen_counts_live_asks_after_a_delete_and_a_tombstone(run_cli, data_home):
    ids = [add(run_cli, name) for name in ("Sam", "Kim")]
    assert run_cli("log", "wis", ids[0], "--ja").returncode == 0
    with open(data_home / "logboek.jsonl", "ab") as handle:  # a tombstone from another device
        handle.write(compact(tombstone(stamp_new({"id": "zzzz2345", "soort": "vraag", "v": 2}, "werkpc02"),
                                       "werkpc02")) + b"\n")
    start = run_cli()
    assert start.returncode == 0, start.stderr
    assert "In je logboek staat 1 oefenvraag. Die staat nog open." in " ".join(start.stdout.split())


def test_the_start_screen_reads_every_profile_field_without_pydantic(run_cli, data_home):
    from vraaghulp.models import Profile
    from vraaghulp.profile import PLAIN_TYPES, stored_partner

    assert set(PLAIN_TYPES) == {field.alias for field in Profile.model_fields.values()}
    assert run_cli("maatje", "--naam", "Jo").returncode == 0
    assert run_cli().returncode == 0  # the welcome is seen: the profile now holds every field and its stamps
    stored = json.loads((data_home / "profiel.json").read_text(encoding="utf-8"))
    assert set(stored) == {*PLAIN_TYPES, "_sync"}
    import vraaghulp.profile as profile

    def refuse():
        raise AssertionError("load_profile (pydantic) used for a profile that is plainly valid")

    original, profile.load_profile = profile.load_profile, refuse
    try:
        assert stored_partner() == "Jo"
    finally:
        profile.load_profile = original
