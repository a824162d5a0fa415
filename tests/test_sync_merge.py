"""Two homes kept in step by a simulated sync tool: conflict copies are merged, nothing lost."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from vraaghulp.errors import StoreError
from vraaghulp.sync import versions as ver
from vraaghulp.sync.conflicts import conflict_copies
from vraaghulp.store.files import same_file
from vraaghulp.sync.merge import merge_copies, merge_lines, read_lines
from tests.vault_helpers import encrypted_codec, make_encrypted_home, plain_codec

LAPTOP, WERK = "laptop01", "werkpc02"
JOURNAL = "logboek.jsonl"

COPY_NAMES = {
    "syncthing": "logboek.sync-conflict-20261201-134400-WERKPC2.jsonl",
    "dropbox": "logboek (werkpc's conflicted copy 2026-12-01).jsonl",
    "nextcloud": "logboek (conflicted copy 2026-12-01 134400).jsonl",
    "onedrive": "logboek-WERKPC.jsonl",
    "icloud": "logboek 2.jsonl",
}


def record(rid: str, day: int, **fields) -> dict:
    data = {"id": rid, "soort": "vraag", "v": 1, "gemaakt": f"2026-11-{day:02d}T09:00:00",
            "wie": "Sam", "vraag": f"vraag {rid}", "status": "open", "geleerd": None}
    data.update(fields)
    return data


class Home:
    """One device's data folder, written through a codec like the store would."""

    def __init__(self, folder: Path, device: str, codec) -> None:
        self.folder, self.device = folder, device
        self.decode, self.encode = codec
        folder.mkdir(parents=True, exist_ok=True)

    @property
    def journal(self) -> Path:
        return self.folder / JOURNAL

    def records(self) -> dict[str, dict]:
        return {d["id"]: d for d in (self.decode(raw) for raw in read_lines(self.journal))}

    def write(self, records: list[dict]) -> None:
        self.journal.write_bytes(b"".join(self.encode(r) + b"\n" for r in records))

    def append(self, data: dict) -> None:
        with open(self.journal, "ab") as handle:
            handle.write(self.encode(ver.stamp_new(data, self.device)) + b"\n")

    def change(self, rid: str, **fields) -> None:
        self._replace(rid, lambda old: ver.stamp_change(old, {**old, **fields}, self.device))

    def delete(self, rid: str) -> None:
        self._replace(rid, lambda old: ver.tombstone(old, self.device))

    def _replace(self, rid, how) -> None:
        self.write([how(r) if r["id"] == rid else r for r in self.records().values()])

    def merge(self, stamp: str = "20261201-134500"):
        copies = [p for p, _ in conflict_copies(self.folder, JOURNAL, known_devices=["werkpc"])]
        return merge_copies(self.journal, copies, decode=self.decode, encode=self.encode,
                            backups=self.folder / "backups", stamp=stamp)


def two_homes(tmp_path: Path, encrypted: bool):
    if encrypted:
        cipher = make_encrypted_home(tmp_path / "a")
        codec = encrypted_codec(cipher)
    else:
        codec = plain_codec()
    a, b = Home(tmp_path / "a", LAPTOP, codec), Home(tmp_path / "b", WERK, codec)
    shared = [ver.stamp_new(record(f"r{i:07d}", i + 1), LAPTOP) for i in range(5)]
    shared.append(record("oud00001", 1, geleerd="van voor de stempels"))  # an old, unstamped record
    a.write(shared)
    shutil.copy(a.journal, b.journal)
    return a, b


def offline_days(a: Home, b: Home) -> None:
    a.append(record("nieuwA01", 20, wie="Noor"))
    b.append(record("nieuwB01", 21, wie="Femke"))
    a.change("r0000000", status="gedaan", uitkomst="ja")
    b.change("r0000000", geleerd="het viel mee")           # other field: merges
    a.change("r0000001", geleerd="ze zei meteen ja")
    b.change("r0000001", geleerd="het was spannend")       # same field: a clash
    a.delete("r0000002")
    b.change("r0000002", geleerd="nog aangevuld")           # delete vs change: delete wins
    b.change("oud00001", status="gedaan")                  # first change of an old record


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
@pytest.mark.parametrize("tool", sorted(COPY_NAMES))
def test_offline_edits_on_two_devices_merge_without_loss(tmp_path, tool, encrypted):
    a, b = two_homes(tmp_path, encrypted)
    offline_days(a, b)
    # The sync tool puts the other device's version beside ours under its own name.
    copy = a.folder / COPY_NAMES[tool]
    shutil.copy(b.journal, copy)
    outcome = a.merge()
    got = a.records()
    assert set(got) == {"r0000000", "r0000001", "r0000002", "r0000003", "r0000004", "oud00001", "nieuwA01", "nieuwB01"}
    assert got["r0000000"]["status"] == "gedaan" and got["r0000000"]["geleerd"] == "het viel mee"
    assert got["r0000000"]["uitkomst"] == "ja"
    assert [(c.field, {c.current, c.others[0][0]}) for c in ver.clashes(got["r0000001"])] == [
        ("geleerd", {"ze zei meteen ja", "het was spannend"})]
    assert ver.is_deleted(got["r0000002"]) and "geleerd" not in got["r0000002"]
    assert got["oud00001"]["status"] == "gedaan" and ver.clashes(got["oud00001"]) == []
    assert outcome.clashes == [("r0000001", "geleerd")] and outcome.added == 1
    # Nothing deleted: the copy is in backups/, and so is the change the delete overrode.
    assert not copy.exists()
    backups = sorted(p.name for p in (a.folder / "backups").iterdir())
    assert f"samengevoegd-20261201-134500-{COPY_NAMES[tool]}" in backups
    overridden = [p for p in (a.folder / "backups").iterdir() if p.name.endswith("gewist-maar-gewijzigd.jsonl")]
    assert [a.decode(raw)["geleerd"] for raw in read_lines(overridden[0])] == ["nog aangevuld"]
    # The merged journal goes back to the other device: both now hold the same records.
    shutil.copy(a.journal, b.journal)
    assert b.records() == got


def test_merging_again_changes_nothing(tmp_path):
    a, b = two_homes(tmp_path, encrypted=False)
    offline_days(a, b)
    shutil.copy(b.journal, a.folder / COPY_NAMES["syncthing"])
    a.merge()
    merged = a.journal.read_bytes()
    shutil.copy(b.journal, a.folder / COPY_NAMES["icloud"])  # the same old version once more
    outcome = a.merge(stamp="20261202-080000")
    assert not outcome.changed and a.journal.read_bytes() == merged
    assert outcome.overridden == []


def test_unchanged_encrypted_lines_keep_their_bytes(tmp_path):
    a, b = two_homes(tmp_path, encrypted=True)
    before = read_lines(a.journal)
    b.change("r0000003", geleerd="alleen dit")
    shutil.copy(b.journal, a.folder / COPY_NAMES["dropbox"])
    a.merge()
    after = read_lines(a.journal)
    assert sum(x != y for x, y in zip(before, after)) == 1
    assert all(line.startswith(b'{"enc":') for line in after)


def test_a_copy_with_another_key_is_left_alone(tmp_path):
    a, _ = two_homes(tmp_path, encrypted=True)
    stranger = encrypted_codec(make_encrypted_home(tmp_path / "vreemd"))
    copy = a.folder / COPY_NAMES["syncthing"]
    copy.write_bytes(stranger[1](record("vreemd01", 3)) + b"\n")
    before = a.journal.read_bytes()
    outcome = a.merge()
    assert outcome.unread_copies == [copy] and copy.exists()
    assert a.journal.read_bytes() == before
    assert "geen enkele regel is te lezen" in outcome.problems[0][2]


def test_damaged_lines_stay_visible_and_in_place(tmp_path):
    a, b = two_homes(tmp_path, encrypted=False)
    with open(a.journal, "ab") as handle:
        handle.write(b'{"half geschreven\n')
    b.change("r0000004", geleerd="b")
    shutil.copy(b.journal, a.folder / COPY_NAMES["nextcloud"])
    with open(a.folder / COPY_NAMES["nextcloud"], "ab") as handle:
        handle.write(b"[[[[\n")
    outcome = a.merge()
    lines = read_lines(a.journal)
    assert lines[6] == b'{"half geschreven' and lines[-1] == b"[[[["
    [(path, number, reason)] = outcome.problems
    assert path.name == COPY_NAMES["nextcloud"] and number == 7 and "regel 7" in reason


def test_duplicate_ids_in_one_journal_become_one_record(tmp_path):
    decode, encode = plain_codec()
    old = ver.stamp_new(record("dubbel01", 1), LAPTOP)
    newer = ver.stamp_change(old, {**old, "status": "gedaan"}, LAPTOP)
    outcome = merge_lines([encode(old), encode(newer)], [], decode, encode)
    assert [decode(x)["status"] for x in outcome.lines] == ["gedaan"]


def test_a_new_version_arriving_mid_merge_is_read_again(tmp_path):
    a, b = two_homes(tmp_path, encrypted=False)
    b.change("r0000003", geleerd="van b")
    shutil.copy(b.journal, a.folder / COPY_NAMES["syncthing"])
    arrived = a.folder / "nieuwe-versie"
    a.append(record("tussendoor", 25))
    shutil.copy(a.journal, arrived)
    a.write([r for r in a.records().values() if r["id"] != "tussendoor"])
    calls = {"n": 0}
    plain_decode = a.decode

    def decode(raw):
        calls["n"] += 1
        if calls["n"] == 2:  # the sync tool puts a new version in place while we read
            os.replace(arrived, a.journal)
        return plain_decode(raw)

    a.decode = decode
    a.merge()
    assert {"tussendoor", "r0000003"} <= set(a.records()) and a.records()["r0000003"]["geleerd"] == "van b"


def test_symlinked_backups_folder_is_refused(tmp_path):
    a, b = two_homes(tmp_path, encrypted=False)
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    (a.folder / "backups").symlink_to(elsewhere)
    shutil.copy(b.journal, a.folder / COPY_NAMES["icloud"])
    with pytest.raises(StoreError, match="symbolische koppeling"):
        a.merge()
    assert list(elsewhere.iterdir()) == [] and (a.folder / COPY_NAMES["icloud"]).exists()


def test_same_file_notices_a_version_renamed_over_the_path(tmp_path):
    path = tmp_path / JOURNAL
    path.write_bytes(b"a\n")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    try:
        os.write(fd, b"b\n")
        assert same_file(fd, path)
        (tmp_path / "nieuw").write_bytes(b"van de sync\n")
        os.replace(tmp_path / "nieuw", path)
        assert not same_file(fd, path)
    finally:
        os.close(fd)
    path.unlink()
    assert not same_file(os.open(tmp_path, os.O_RDONLY), path)


# ----- kills during the merge ---------------------------------------------------------------

KILLER = r"""
import os, signal, sys, json
sys.path.insert(0, sys.argv[4])
from tests.vault_helpers import plain_codec
from vraaghulp.sync import merge as m
from pathlib import Path
target, calls = sys.argv[1], int(sys.argv[2])
count = {"n": 0}
def hook(real):
    def wrapped(*args, **kwargs):
        count["n"] += 1
        if count["n"] == calls:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return wrapped
setattr(os, target, hook(getattr(os, target)))
decode, encode = plain_codec()
home = Path(sys.argv[3])
copies = sorted(p for p in home.iterdir() if p.name.startswith("logboek") and p.name != "logboek.jsonl")
m.merge_copies(home / "logboek.jsonl", copies, decode=decode, encode=encode, backups=home / "backups", stamp="s")
print("klaar")
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_kill_at_any_step_of_the_merge_loses_nothing(tmp_path):
    reference, kills = None, {}
    script = tmp_path / "killer.py"
    script.write_text(KILLER, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    for target in ("replace", "fsync", "write"):
        for calls in range(1, 12):
            base = tmp_path / f"{target}{calls}"
            a, b = two_homes(base, encrypted=False)
            offline_days(a, b)
            shutil.copy(b.journal, a.folder / COPY_NAMES["syncthing"])
            shutil.copy(b.journal, a.folder / COPY_NAMES["icloud"])
            run = subprocess.run([sys.executable, str(script), target, str(calls), str(a.folder), str(root)],
                                 capture_output=True, text=True, timeout=60)
            killed = run.returncode == -signal.SIGKILL
            assert killed or run.stdout.strip() == "klaar", run.stderr
            # Whatever moment it died, the journal is whole and every copy still exists somewhere.
            [a.decode(raw) for raw in read_lines(a.journal)]
            for name in (COPY_NAMES["syncthing"], COPY_NAMES["icloud"]):
                assert (a.folder / name).exists() or (a.folder / "backups" / f"samengevoegd-s-{name}").exists()
            a.merge(stamp="s")  # the next run finishes the job
            result = {rid: json.dumps(d, sort_keys=True) for rid, d in a.records().items()}
            reference = reference or result
            assert result == reference, (target, calls)
            assert not [p for p in a.folder.iterdir() if p.name.startswith("logboek") and p.name != JOURNAL]
            kills[target] = kills.get(target, 0) + killed
            if not killed:
                break
    # Every kind of step was interrupted at several points before a run got through.
    assert kills["replace"] >= 4 and kills["fsync"] >= 4 and kills["write"] >= 2, kills


# ----- one-document files: the profile -------------------------------------------------------


def profile_codec(cipher=None):
    def decode(raw: bytes) -> dict:
        return json.loads(cipher.open(raw, "profiel") if cipher else raw)

    def encode(data: dict) -> bytes:
        plain = json.dumps(data, ensure_ascii=False).encode("utf-8")
        return cipher.encrypt(plain, "profiel") if cipher else plain

    return decode, encode


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_profile_versions_merge_field_by_field(tmp_path, encrypted):
    cipher = make_encrypted_home(tmp_path / "sleutel") if encrypted else None
    decode, encode = profile_codec(cipher)
    base = ver.stamp_new({"v": 1, "eerste_keer_gezien": False, "maatje": None}, LAPTOP)
    here = ver.stamp_change(base, {**base, "maatje": "Noor"}, LAPTOP)
    there = ver.stamp_change(base, {**base, "eerste_keer_gezien": True}, WERK)
    (tmp_path / "profiel.json").write_bytes(encode(here) + b"\n")
    copy = tmp_path / "profiel.sync-conflict-20261201-134400-WERKPC2.json"
    copy.write_bytes(encode(there) + b"\n")
    from vraaghulp.sync.merge import merge_document_copies

    outcome = merge_document_copies(tmp_path / "profiel.json", [copy], decode=decode, encode=encode,
                                    backups=tmp_path / "backups", stamp="s")
    merged = decode((tmp_path / "profiel.json").read_bytes().strip())
    assert outcome.changed and merged["maatje"] == "Noor" and merged["eerste_keer_gezien"] is True
    assert not copy.exists() and (tmp_path / "backups" / f"samengevoegd-s-{copy.name}").exists()


def test_an_unreadable_profile_is_never_overwritten(tmp_path):
    from vraaghulp.sync.merge import merge_document_copies

    decode, encode = profile_codec()
    (tmp_path / "profiel.json").write_bytes(b"{kapot")
    copy = tmp_path / "profiel 2.json"
    copy.write_bytes(b'{"maatje": "Noor"}\n')
    outcome = merge_document_copies(tmp_path / "profiel.json", [copy], decode=decode, encode=encode,
                                    backups=tmp_path / "backups", stamp="s")
    assert (tmp_path / "profiel.json").read_bytes() == b"{kapot" and copy.exists()
    assert not outcome.changed and outcome.problems


def test_plain_lines_from_a_device_that_missed_the_key_get_encrypted(tmp_path):
    from vraaghulp.vault.detect import is_encrypted_line

    a, b = two_homes(tmp_path, encrypted=False)
    b.append(record("offline1", 22, wie="Femke"))  # B had not heard of the key yet
    cipher = make_encrypted_home(a.folder)
    decode, encode = encrypted_codec(cipher)
    a.write([a.decode(raw) for raw in read_lines(a.journal)][:3])  # A encrypted its journal...
    a.decode, a.encode = decode, encode
    a.write([decode(raw) for raw in read_lines(a.journal)])
    with open(a.journal, "ab") as handle:  # ...but one old plain line slipped in
        handle.write(read_lines(b.journal)[4] + b"\n")
    shutil.copy(b.journal, a.folder / COPY_NAMES["syncthing"])
    merge_copies(a.journal, [a.folder / COPY_NAMES["syncthing"]], decode=decode, encode=encode,
                 backups=a.folder / "backups", stamp="s", reusable=is_encrypted_line)
    lines = read_lines(a.journal)
    assert all(is_encrypted_line(x) for x in lines)
    assert b"\"Femke\"" not in a.journal.read_bytes() and "offline1" in a.records()


def test_a_copy_that_cannot_be_opened_is_reported_and_left(tmp_path, monkeypatch):
    import errno

    a, b = two_homes(tmp_path, encrypted=False)
    copy = a.folder / COPY_NAMES["syncthing"]
    shutil.copy(b.journal, copy)
    real = Path.read_bytes

    def read_bytes(self):
        if self == copy:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    before = a.journal.read_bytes()
    outcome = a.merge()
    assert copy.exists() and a.journal.read_bytes() == before
    assert outcome.problems and "rechten" in outcome.problems[0][2]
