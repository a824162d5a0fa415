"""Encryption at rest through the real commands (in-process; a process only for the import check).

The passphrase is typed in a scripted terminal (`tty=True`, `answers=[...]`); the key
stretching uses the lowest cost the key file accepts, so the tests stay quick.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vraaghulp.vault import keyfile as kf
from tests.vault_helpers import PASSPHRASE, MemoryKeyring, snapshot

SECRET_WORDS = ("\"Sam\"", "verhuizen", "Jorinde")  # long or quoted: base64 text never holds them by chance


@pytest.fixture(autouse=True)
def quick_kdf(monkeypatch):
    monkeypatch.setattr(kf, "DEFAULT_N", 2**14)


def fill(run_cli):
    result = run_cli("oefen", "--wie", "Sam", "--vraag", "Kun je helpen met verhuizen?", "--angst", "6",
                     "--kans", "50", "--verwachting", "nee", "--json")
    assert result.returncode == 0, result.stderr
    assert run_cli("maatje", "--naam", "Jorinde").returncode == 0
    return json.loads(result.stdout)["items"][0]["id"]


def encrypt(run_cli):
    result = run_cli("data", "versleutel", tty=True, answers=[True, PASSPHRASE, PASSPHRASE])
    assert result.returncode == 0, result.stderr
    return result


def readable(data_home: Path) -> dict[str, bytes]:
    """The files someone reading the synced folder sees, without the plain backup made first."""
    return {name: data for name, data in snapshot(data_home).items()
            if not name.startswith(("backups/vraaghulp-backup-", ".lokaal"))}


def test_versleutel_warns_makes_a_backup_and_hides_every_word(run_cli, data_home):
    ask_id = fill(run_cli)
    result = encrypt(run_cli)
    text = " ".join(result.stdout.split())
    assert "Ben je het wachtwoord kwijt, dan ben je je gegevens kwijt" in text
    assert "back-up" in text and list((data_home / "backups").glob("vraaghulp-backup-*.jsonl"))
    asked = [question for _kind, question in result.asked]
    assert asked[1:] == ["Kies een wachtwoord: ", "Typ het wachtwoord nog een keer: "]
    for name, data in readable(data_home).items():
        for word in SECRET_WORDS + (ask_id,):
            assert word.encode() not in data, (name, word)
    assert all(line.startswith(b'{"enc":1,') for line in (data_home / "logboek.jsonl").read_bytes().splitlines())
    assert (data_home / "profiel.json").read_bytes().startswith(b'{"enc":1,')


def test_the_start_screens_remembered_counts_go_when_the_folder_is_encrypted(run_cli, data_home):
    fill(run_cli)
    assert "1 oefenvraag" in run_cli().stdout
    assert list((data_home / "shell").glob("*.tellingen.json"))
    encrypt(run_cli)
    assert not list((data_home / "shell").glob("*.tellingen.json"))
    assert "1 oefenvraag" not in run_cli().stdout  # locked: the start screen counts nothing


def test_reading_asks_the_passphrase_once_and_appending_stays_encrypted(run_cli, data_home):
    ask_id = fill(run_cli)
    encrypt(run_cli)
    shown = run_cli("log", "toon", ask_id, tty=True, answers=[PASSPHRASE])
    assert shown.returncode == 0, shown.stderr
    assert "verhuizen" in shown.stdout and len(shown.asked) == 1
    added = run_cli("oefen", "--wie", "Kim", "--vraag", "Mag ik je pen lenen?", "--angst", "2", "--kans", "90",
                    "--verwachting", "ja", tty=True, answers=[PASSPHRASE])
    assert added.returncode == 0, added.stderr
    lines = (data_home / "logboek.jsonl").read_bytes().splitlines()
    assert len(lines) == 2 and all(line.startswith(b'{"enc":1,') for line in lines)
    listed = run_cli("log", "--json", tty=True, answers=[PASSPHRASE])
    assert [item["wie"] for item in json.loads(listed.stdout)["items"]] == ["Sam", "Kim"]
    partner = run_cli("maatje", tty=True, answers=[PASSPHRASE])
    assert "Jorinde" in partner.stdout


def test_a_wrong_passphrase_is_a_dutch_sentence_exit_1_and_nothing_written(run_cli, data_home):
    fill(run_cli)
    encrypt(run_cli)
    before = snapshot(data_home)
    wrong = run_cli("log", "bewerk", "abcd", "--veld", "geleerd=x", tty=True, answers=["fout", "nog fout", "weer fout"])
    assert wrong.returncode == 1
    assert "opent je logboek niet" in wrong.stderr and "Traceback" not in wrong.stderr
    assert snapshot(data_home) == before
    no_terminal = run_cli("log")
    assert no_terminal.returncode == 1 and "VRAAGHULP_WACHTWOORD_CMD" in no_terminal.stderr
    assert snapshot(data_home) == before


def test_the_passphrase_command_and_the_keyring(run_cli, data_home, monkeypatch):
    import keyring

    fill(run_cli)
    memory = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    encrypt(run_cli)
    assert memory.entries  # remembered after switching on
    assert run_cli("log").returncode == 0  # no terminal, no command: the keyring opens it
    memory.entries.clear()
    command = f"{sys.executable} -c \"print('{PASSPHRASE}')\""
    assert run_cli("log", env={"VRAAGHULP_WACHTWOORD_CMD": command}).returncode == 0
    wrong = run_cli("log", env={"VRAAGHULP_WACHTWOORD_CMD": f"{sys.executable} -c \"print('fout')\""})
    assert wrong.returncode == 1 and "Het wachtwoord dat VRAAGHULP_WACHTWOORD_CMD geeft" in wrong.stderr


def test_two_different_passphrases_change_nothing(run_cli, data_home):
    fill(run_cli)
    before = snapshot(data_home)
    result = run_cli("data", "versleutel", tty=True, answers=[True, PASSPHRASE, PASSPHRASE + "!"])
    assert result.returncode == 2 and "niet gelijk" in result.stderr
    assert snapshot(data_home) == before
    assert run_cli("data", "versleutel").returncode == 2  # no terminal: --ja is needed


def test_the_start_screen_and_the_card_say_locked_without_asking(run_cli, data_home):
    fill(run_cli)
    encrypt(run_cli)
    start = run_cli(tty=True, answers=[])  # any question would fail: no answers left
    assert start.returncode == 0, start.stderr
    assert "vergrendeld" in start.stdout and not start.asked
    card = run_cli("kaart")
    assert card.returncode == 0 and "vergrendeld" in card.stdout


def test_the_card_on_a_locked_folder_loads_no_cryptography(run_cli, data_home):
    fill(run_cli)
    encrypt(run_cli)
    probe = ("import sys; sys.argv = ['vraaghulp', 'kaart']\n"
             "from vraaghulp.light.entry import main\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in sys.modules if m.startswith(('cryptography', 'keyring'))))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "VRAAGHULP_HOME": str(data_home)})
    assert "vergrendeld" in done.stdout and done.stdout.strip().endswith("[]")


def test_backup_stays_encrypted_and_export_asks_first(run_cli, data_home, tmp_path):
    fill(run_cli)
    encrypt(run_cli)
    backup = run_cli("data", "backup", str(tmp_path), tty=True, answers=[PASSPHRASE])
    assert backup.returncode == 0, backup.stderr
    assert "versleuteld" in backup.stdout
    copy = next(tmp_path.glob("vraaghulp-backup-*.jsonl"))
    assert copy.read_bytes() == (data_home / "logboek.jsonl").read_bytes()
    assert (tmp_path / (copy.name + ".sleutel.json")).read_bytes() == (data_home / "sleutel.json").read_bytes()
    refused = run_cli("export", tty=True, answers=[PASSPHRASE, False])
    assert refused.returncode == 1 and "verhuizen" not in refused.stdout
    exported = run_cli("export", "--ja", "-f", "csv", tty=True, answers=[PASSPHRASE])
    assert exported.returncode == 0 and "verhuizen" in exported.stdout


def test_ontsleutel_writes_plain_text_and_keeps_the_key_in_backups(run_cli, data_home):
    ask_id = fill(run_cli)
    encrypt(run_cli)
    key = (data_home / "sleutel.json").read_bytes()
    result = run_cli("data", "ontsleutel", "--ja", tty=True, answers=[PASSPHRASE])
    assert result.returncode == 0, result.stderr
    assert b"verhuizen" in (data_home / "logboek.jsonl").read_bytes()
    assert json.loads((data_home / "profiel.json").read_text(encoding="utf-8"))["maatje"] == "Jorinde"
    assert not (data_home / "sleutel.json").exists()
    assert [p.read_bytes() for p in (data_home / "backups").glob("sleutel-*.json")] == [key]
    assert ask_id in run_cli("log").stdout  # no passphrase any more


def test_an_encrypted_journal_merges_conflict_copies_the_same_way(run_cli, data_home, tmp_path):
    ask_id = fill(run_cli)
    encrypt(run_cli)
    other = tmp_path / "werk"
    import shutil

    shutil.copytree(data_home, other)
    env = {"VRAAGHULP_HOME": str(other), "VRAAGHULP_APPARAAT": str(tmp_path / "werk-apparaat")}
    changed = run_cli("oefen", "--afronden", ask_id, "--uitkomst", "ja", "--angst-na", "1", env=env, tty=True,
                      answers=[PASSPHRASE])
    assert changed.returncode == 0, changed.stderr
    (data_home / "logboek.sync-conflict-20261201-134400-WERKPC2.jsonl").write_bytes(
        (other / "logboek.jsonl").read_bytes())
    merged = run_cli("log", "--json", tty=True, answers=[PASSPHRASE])
    assert merged.returncode == 0, merged.stderr
    assert json.loads(merged.stdout)["items"][0]["uitkomst"] == "ja"
    assert all(line.startswith(b'{"enc":1,') for line in (data_home / "logboek.jsonl").read_bytes().splitlines())


def test_a_cut_off_switch_and_plain_stragglers_are_finished(run_cli, data_home):
    fill(run_cli)
    encrypt(run_cli)
    # A device that had not seen the key yet wrote a plain line (or the switch was cut off).
    elsewhere = data_home.parent / "ander"
    made = run_cli("oefen", "--wie", "Lin", "--vraag", "Help je even?", "--angst", "3", "--kans", "70",
                   "--verwachting", "ja", env={"VRAAGHULP_HOME": str(elsewhere)})
    assert made.returncode == 0, made.stderr
    with open(data_home / "logboek.jsonl", "ab") as handle:
        handle.write((elsewhere / "logboek.jsonl").read_bytes())
    listed = run_cli("log", "--json", tty=True, answers=[PASSPHRASE])
    assert [item["wie"] for item in json.loads(listed.stdout)["items"]] == ["Sam", "Lin"]  # mixed lines read
    again = run_cli("data", "versleutel", tty=True, answers=[PASSPHRASE])
    assert again.returncode == 0 and "niet afgemaakt" in " ".join(again.stdout.split())
    assert all(line.startswith(b'{"enc":1,') for line in (data_home / "logboek.jsonl").read_bytes().splitlines())
    assert b"\"Lin\"" not in (data_home / "logboek.jsonl").read_bytes()


def test_a_key_file_from_a_device_that_encrypted_apart_is_never_merged(run_cli, data_home, tmp_path):
    fill(run_cli)
    encrypt(run_cli)
    other, _key = kf.create("een heel ander wachtwoord", n=2**14)
    copy = data_home / "sleutel.sync-conflict-20261201-134400-WERKPC2.json"
    copy.write_bytes(kf.dumps(other))
    result = run_cli("log", tty=True, answers=[PASSPHRASE])
    assert result.returncode == 0, result.stderr
    assert "ander apparaat dat apart is versleuteld" in " ".join(result.stderr.split()) and copy.exists()
    # The same key under another passphrase (changed on one device): set aside in backups/.
    keyfile = json.loads((data_home / "sleutel.json").read_text(encoding="utf-8"))
    copy.write_bytes(kf.dumps(keyfile))
    assert run_cli("log", tty=True, answers=[PASSPHRASE]).returncode == 0
    assert not copy.exists() and list((data_home / "backups").glob(f"samengevoegd-*-{copy.name}"))


@pytest.mark.skipif(os.name != "posix", reason="pexpect needs a POSIX terminal")
def test_the_passphrase_is_asked_hidden_in_a_real_terminal(run_cli, data_home):
    from tests.pty_helpers import ENTER, finish, spawn

    fill(run_cli)
    encrypt(run_cli)
    child = spawn(data_home, "log")
    child.expect("Wachtwoord van je logboek: ")
    child.send("verkeerd" + ENTER)
    child.expect("Probeer het nog een keer: ")
    assert "verkeerd" not in child.before  # typed without echo
    child.send(PASSPHRASE + ENTER)
    child.expect("verhuizen")
    assert PASSPHRASE not in child.before
    assert finish(child) == 0


def test_a_new_passphrase_keeps_the_journal_as_it_is(run_cli, data_home):
    fill(run_cli)
    encrypt(run_cli)
    journal = (data_home / "logboek.jsonl").read_bytes()
    wrong = run_cli("data", "wachtwoord", tty=True, answers=["fout wachtwoord"])
    assert wrong.returncode == 1 and "opent je logboek niet" in wrong.stderr
    new = "een ander lang wachtwoord"
    changed = run_cli("data", "wachtwoord", tty=True, answers=[PASSPHRASE, new, new])
    assert changed.returncode == 0, changed.stderr
    assert (data_home / "logboek.jsonl").read_bytes() == journal
    assert run_cli("log", tty=True, answers=[PASSPHRASE, PASSPHRASE, PASSPHRASE]).returncode == 1
    assert "verhuizen" in run_cli("log", tty=True, answers=[new]).stdout
    assert run_cli("data", "wachtwoord").returncode == 1  # no terminal
