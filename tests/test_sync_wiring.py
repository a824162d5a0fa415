"""Two homes kept in step by a simulated sync tool, through the real commands (in-process).

Each "device" has its own data folder and device folder; `sync_into` copies one device's
journal into the other's folder the way each tool names a conflict copy. The next command
on the receiving device merges it.
"""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest

from vraaghulp.sync.device import rename_device

JOURNAL = "logboek.jsonl"
COPY_NAMES = {  # as each tool names a copy of logboek.jsonl (Linux, macOS and Windows forms)
    "syncthing": "logboek.sync-conflict-20261201-134400-WERKPC2.jsonl",
    "dropbox": "logboek (werk's conflicted copy 2026-12-01).jsonl",
    "dropbox-nl": "logboek (conflicterende kopie van werk 2026-12-01).jsonl",
    "nextcloud": "logboek (conflicted copy 2026-12-01 134400).jsonl",
    "onedrive": "logboek-DESKTOP-1A2B3C.jsonl",
    "onedrive-name": "logboek-werk.jsonl",  # a known device name (lower case, from apparaten/)
    "icloud": "logboek 2.jsonl",
    "macos-nfd": unicodedata.normalize("NFD", "logboek (Zoë's conflicted copy 2026-12-01).jsonl"),
}


class Device:
    def __init__(self, root: Path, name: str) -> None:
        self.home, self.state = root / f"{name}-data", root / f"{name}-apparaat"
        self.home.mkdir(parents=True, exist_ok=True)
        rename_device(name, self.state)

    @property
    def env(self) -> dict:
        return {"VRAAGHULP_HOME": str(self.home), "VRAAGHULP_APPARAAT": str(self.state)}

    @property
    def journal(self) -> Path:
        return self.home / JOURNAL

    def lines(self) -> dict[str, dict]:
        return {d["id"]: d for d in map(json.loads, self.journal.read_text(encoding="utf-8").splitlines())}


def run(run_cli, device: Device, *args, **kwargs):
    result = run_cli(*args, env={**device.env, **kwargs.pop("env", {})}, **kwargs)
    return result


def add(run_cli, device: Device, person: str) -> str:
    result = run(run_cli, device, "oefen", "--wie", person, "--vraag", f"Wil je {person} helpen?", "--angst", "5",
                 "--kans", "50", "--verwachting", "geen tijd", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["items"][0]["id"]


def records(run_cli, device: Device) -> dict[str, dict]:
    result = run(run_cli, device, "log", "--json")
    assert result.returncode == 0, result.stderr
    return {item["id"]: item for item in json.loads(result.stdout)["items"]}


def sync_into(source: Device, target: Device, copy_name: str, *, crlf: bool = False) -> Path:
    """The tool kept both versions: the source's journal lands as a conflict copy."""
    for registry in (source.home / "apparaten").glob("*.json"):
        (target.home / "apparaten").mkdir(exist_ok=True)
        shutil.copy(registry, target.home / "apparaten" / registry.name)
    data = source.journal.read_bytes()
    copy = target.home / copy_name
    copy.write_bytes(data.replace(b"\n", b"\r\n") if crlf else data)
    return copy


def shared(run_cli, root: Path) -> tuple[Device, Device, list[str]]:
    """Two devices that were in step: the laptop's folder copied to the work computer."""
    laptop, werk = Device(root, "laptop"), Device(root, "werk")
    ids = [add(run_cli, laptop, "Sam"), add(run_cli, laptop, "Ann")]
    shutil.copytree(laptop.home, werk.home, dirs_exist_ok=True)
    return laptop, werk, ids


@pytest.mark.parametrize("tool", sorted(COPY_NAMES))
def test_writing_on_two_devices_apart_loses_nothing(run_cli, tmp_path, tool):
    laptop, werk, (sam, ann) = shared(run_cli, tmp_path)
    own = add(run_cli, laptop, "Kim")
    run(run_cli, laptop, "oefen", "--afronden", sam, "--uitkomst", "ja", "--angst-na", "2")
    other = add(run_cli, werk, "Joe")
    assert run(run_cli, werk, "log", "bewerk", ann, "--veld", "angst_voor=8").returncode == 0
    copy = sync_into(werk, laptop, COPY_NAMES[tool], crlf=tool == "syncthing")

    result = run(run_cli, laptop, "log", "--json")
    assert result.returncode == 0, result.stderr
    assert "samengevoegd: 1 nieuw, 1 bijgewerkt" in result.stderr
    found = records(run_cli, laptop)
    assert set(found) == {sam, ann, own, other}
    assert found[sam]["status"] == "gedaan" and found[sam]["uitkomst"] == "ja"  # the laptop's change
    assert found[ann]["angst_voor"] == 8  # the work computer's change
    assert not copy.exists()
    assert [p.name for p in (laptop.home / "backups").iterdir()] == [p.name for p in (laptop.home / "backups").glob(
        "samengevoegd-*")]
    # The merged journal syncs back: the work computer reads the same records.
    shutil.copy(laptop.journal, werk.journal)
    assert records(run_cli, werk) == found


def test_a_field_changed_on_both_is_kept_shown_and_chosen(run_cli, tmp_path):
    laptop, werk, (sam, _ann) = shared(run_cli, tmp_path)
    run(run_cli, laptop, "oefen", "--afronden", sam, "--uitkomst", "ja", "--angst-na", "2", "--geleerd", "viel mee")
    run(run_cli, werk, "oefen", "--afronden", sam, "--uitkomst", "ja", "--angst-na", "2", "--geleerd", "best eng")
    sync_into(werk, laptop, COPY_NAMES["syncthing"])

    shown = run(run_cli, laptop, "log", "toon", sam[:5])
    assert shown.returncode == 0, shown.stderr
    assert f"log toon {sam}" in shown.stderr  # the summary line points at the record
    text = " ".join(shown.stdout.split())
    assert "Op twee apparaten anders ingevuld — geleerd" in text
    assert "'best eng' (van werk)" in text or "'viel mee' (van laptop)" in text
    assert "(van laptop)" in text and "(van werk)" in text
    item = json.loads(run(run_cli, laptop, "log", "toon", sam, "--json").stdout)["items"][0]
    clash = next(c for c in item["botsingen"] if c["veld"] == "geleerd")
    values = {clash["waarde"], *(o["waarde"] for o in clash["andere"])}
    assert values == {"viel mee", "best eng"}

    other_index = 1  # the value that is not shown now
    chosen = run(run_cli, laptop, "log", "bewerk", sam, tty=True, answers=[other_index] + [None] * 5)
    assert chosen.returncode == 0, chosen.stderr
    wanted = clash["andere"][0]["waarde"]
    after = json.loads(run(run_cli, laptop, "log", "toon", sam, "--json").stdout)["items"][0]
    assert after["geleerd"] == wanted
    assert not [c for c in after.get("botsingen", []) if c["veld"] == "geleerd"]


def test_a_delete_wins_and_unseen_changes_are_kept_in_backups(run_cli, tmp_path):
    laptop, werk, (sam, ann) = shared(run_cli, tmp_path)
    assert run(run_cli, laptop, "log", "wis", sam, "--ja").returncode == 0
    run(run_cli, werk, "log", "bewerk", sam, "--veld", "geleerd=toch gedaan")
    sync_into(werk, laptop, COPY_NAMES["dropbox"])
    result = run(run_cli, laptop, "log", "--json")
    assert result.returncode == 0, result.stderr
    found = records(run_cli, laptop)
    assert set(found) == {ann}
    assert f"Record {sam} is op het ene apparaat gewist" in " ".join(result.stderr.split())
    kept = list((laptop.home / "backups").glob("*gewist-maar-gewijzigd.jsonl"))
    assert len(kept) == 1 and "toch gedaan" in kept[0].read_text(encoding="utf-8")
    assert "toch gedaan" not in laptop.journal.read_text(encoding="utf-8")


def test_data_pad_shows_the_device_and_the_copies_waiting_without_merging(run_cli, tmp_path):
    laptop, werk, _ids = shared(run_cli, tmp_path)
    add(run_cli, werk, "Joe")
    copy = sync_into(werk, laptop, COPY_NAMES["nextcloud"])
    result = run(run_cli, laptop, "data", "pad")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "Apparaat: laptop (ook: werk)" in text and str(copy) in text and ".lokaal" in text
    info = json.loads(run(run_cli, laptop, "data", "pad", "--json").stdout)
    assert info["apparaat"]["naam"] == "laptop" and info["kopieen"] == {JOURNAL: [str(copy)]}
    assert copy.exists()  # shown, not merged


def test_the_profile_merges_too(run_cli, tmp_path):
    laptop, werk, _ids = shared(run_cli, tmp_path)
    run(run_cli, laptop, "maatje", "--naam", "Jo")
    shutil.copy(laptop.home / "profiel.json", werk.home / "profiel.json")
    run(run_cli, werk, "maatje", "--naam", "Kim")
    (laptop.home / "profiel 2.json").write_bytes((werk.home / "profiel.json").read_bytes())
    result = run(run_cli, laptop, "maatje")
    assert result.returncode == 0, result.stderr
    assert "Kim" in result.stdout  # changed on one side since the shared version: it merges
    assert not (laptop.home / "profiel 2.json").exists()


def test_a_copy_that_cannot_be_read_stays_and_is_reported(run_cli, tmp_path):
    laptop, _werk, (sam, ann) = shared(run_cli, tmp_path)
    copy = laptop.home / COPY_NAMES["icloud"]
    copy.write_bytes(b"\x00\x01 dit is geen logboek\n")
    result = run(run_cli, laptop, "log", "--json")
    assert result.returncode == 0
    assert set(records(run_cli, laptop)) == {sam, ann}
    assert copy.exists() and "niet samengevoegd" in " ".join(result.stderr.split())


def test_a_hand_made_file_is_no_conflict_copy(run_cli, tmp_path):
    laptop, _werk, _ids = shared(run_cli, tmp_path)
    mine = laptop.home / "logboek-oud.jsonl"
    mine.write_text("eigen notities\n", encoding="utf-8")
    assert run(run_cli, laptop, "log").returncode == 0
    assert mine.read_text(encoding="utf-8") == "eigen notities\n"


def test_private_working_files_stay_in_lokaal(run_cli, tmp_path):
    laptop, _werk, _ids = shared(run_cli, tmp_path)
    names = {p.name for p in laptop.home.iterdir()}
    assert names == {JOURNAL, "apparaten", ".lokaal"}
    assert (laptop.home / ".lokaal" / "logboek.jsonl.lock").exists()


# ----- kills during the merge a command starts with (real processes) ------------------------

KILLER = r"""
import os, signal, sys
target, calls = sys.argv[1], int(sys.argv[2])
count = {"n": 0}
real = getattr(os, target)
def wrapped(*args, **kwargs):
    count["n"] += 1
    if count["n"] == calls:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
setattr(os, target, wrapped)
from vraaghulp import cli
sys.exit(cli.run(["log", "--json"]))
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="SIGKILL")
def test_a_kill_during_the_merge_loses_nothing_and_the_next_command_finishes(run_cli, tmp_path):
    import os
    import signal
    import subprocess
    import sys

    laptop, werk, ids = shared(run_cli, tmp_path / "basis")
    ids += [add(run_cli, laptop, "Kim"), add(run_cli, werk, "Joe")]
    run(run_cli, werk, "log", "bewerk", ids[0], "--veld", "geleerd=van werk")
    kills = {}
    for target in ("replace", "fsync"):
        for calls in range(1, 7):
            here = Device(tmp_path / f"{target}{calls}", "laptop")
            shutil.copytree(laptop.home, here.home, dirs_exist_ok=True)
            shutil.copy(laptop.state / "apparaat.json", here.state / "apparaat.json")
            sync_into(werk, here, COPY_NAMES["syncthing"])
            sync_into(werk, here, COPY_NAMES["icloud"])
            done = subprocess.run([sys.executable, "-c", KILLER, target, str(calls)], capture_output=True, text=True,
                                  timeout=60, env={**os.environ, **here.env})
            killed = done.returncode == -signal.SIGKILL
            assert killed or done.returncode == 0, done.stderr
            after = run(run_cli, here, "log", "--json")  # the next command, in one piece
            assert after.returncode == 0, after.stderr
            found = records(run_cli, here)
            assert set(found) == set(ids) and found[ids[0]]["geleerd"] == "van werk", (target, calls)
            assert [p.name for p in here.home.glob("logboek*")] == [JOURNAL], (target, calls)  # copies merged, moved
            assert len(list((here.home / "backups").glob("samengevoegd-*"))) == 2
            kills[target] = kills.get(target, 0) + killed
            if not killed:
                break
    assert kills["replace"] >= 2 and kills["fsync"] >= 2, kills


def test_stamps_broken_by_hand_do_not_stop_a_change(run_cli, tmp_path):
    laptop, _werk, (sam, _ann) = shared(run_cli, tmp_path)
    lines = laptop.journal.read_text(encoding="utf-8").splitlines()
    broken = json.loads(lines[0])
    broken["_sync"] = {"vv": "kapot"}
    laptop.journal.write_text("\n".join([json.dumps(broken)] + lines[1:]) + "\n", encoding="utf-8")
    result = run(run_cli, laptop, "log", "bewerk", sam, "--veld", "geleerd=toch")
    assert result.returncode == 0, result.stderr
    assert laptop.lines()[sam]["geleerd"] == "toch" and isinstance(laptop.lines()[sam]["_sync"]["vv"], dict)
    assert run(run_cli, laptop, "log", "toon", sam).returncode == 0
