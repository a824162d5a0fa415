"""Key file, per-line encryption and the cheap 'is it locked' check."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vraaghulp.errors import UsageError
from vraaghulp.vault import keyfile as kf
from vraaghulp.vault.cipher import LineCipher, LineError
from vraaghulp.vault.detect import is_encrypted_line, is_locked
from tests.vault_helpers import FAST, PASSPHRASE, make_encrypted_home

LINE = json.dumps({"id": "ab23cdef", "soort": "vraag", "wie": "Sam", "vraag": "Help je me verhuizen?"}).encode()


def test_key_file_round_trip_and_wrong_passphrase():
    keyfile, key = kf.create(PASSPHRASE, **FAST)
    stored = kf.parse(kf.dumps(keyfile))
    assert kf.unwrap(stored, PASSPHRASE) == key
    assert stored["sleutel_id"] == kf.key_id(key)
    with pytest.raises(kf.WrongPassphrase) as caught:
        kf.unwrap(stored, PASSPHRASE + "!")
    assert "wachtwoord" in caught.value.message and caught.value.exit_code == 1


def test_passphrase_is_compared_in_unicode_nfc():
    keyfile, key = kf.create("café au lait, zonder suiker", **FAST)
    assert kf.unwrap(keyfile, "cafe\u0301 au lait, zonder suiker") == key


def test_changing_the_passphrase_keeps_the_data_key():
    keyfile, key = kf.create(PASSPHRASE, **FAST)
    rewrapped = kf.wrap(key, "een heel ander wachtwoord", **FAST)
    assert rewrapped["sleutel_id"] == keyfile["sleutel_id"]
    assert kf.unwrap(rewrapped, "een heel ander wachtwoord") == key
    with pytest.raises(kf.WrongPassphrase):
        kf.unwrap(rewrapped, PASSPHRASE)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda k: k["kdf"].update(n=2**15),  # a parameter bound as associated data
        lambda k: k.update(sleutel_id="00000000"),
        lambda k: k["omhulling"].update(c=k["omhulling"]["c"][:-4] + "AAA="),
    ],
)
def test_a_tampered_key_file_does_not_open(tamper):
    keyfile, _ = kf.create(PASSPHRASE, **FAST)
    tamper(keyfile)
    with pytest.raises((kf.WrongPassphrase, kf.KeyFileError)):
        kf.unwrap(kf.parse(kf.dumps(keyfile)), PASSPHRASE)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\xff\xfe",
        b"[]",
        b'{"soort": "iets anders"}',
        b'{"soort": "vraaghulp-sleutel", "versie": 1}',
    ],
)
def test_damaged_key_files_give_a_dutch_message(raw):
    with pytest.raises(kf.KeyFileError) as caught:
        kf.parse(raw, "/map/sleutel.json")
    assert "/map/sleutel.json" in caught.value.message and "beschadigd" in caught.value.message


def test_extreme_kdf_parameters_are_refused_before_any_work():
    keyfile, _ = kf.create(PASSPHRASE, **FAST)
    keyfile["kdf"]["n"] = 2**30  # would need a terabyte of memory
    with pytest.raises(kf.KeyFileError):
        kf.parse(kf.dumps(keyfile))


def test_a_newer_key_file_asks_for_an_update():
    keyfile, _ = kf.create(PASSPHRASE, **FAST)
    keyfile["versie"] = 2
    with pytest.raises(kf.KeyFileError) as caught:
        kf.parse(kf.dumps(keyfile))
    assert "nieuwere versie" in caught.value.message


def test_new_passphrase_checks():
    assert kf.check_new_passphrase("lang genoeg!", "lang genoeg!") == "lang genoeg!"
    with pytest.raises(UsageError, match="minstens 8"):
        kf.check_new_passphrase("kort", "kort")
    with pytest.raises(UsageError, match="niet gelijk"):
        kf.check_new_passphrase("lang genoeg!", "lang genoeg?")


def test_line_round_trip_is_one_jsonl_line_with_fresh_nonces():
    cipher = LineCipher(kf.create(PASSPHRASE, **FAST)[1])
    first, second = cipher.encrypt(LINE), cipher.encrypt(LINE)
    assert first != second and b"\n" not in first
    assert b"\"Sam\"" not in first and json.loads(first)["enc"] == 1
    assert is_encrypted_line(first) and not is_encrypted_line(LINE)
    assert cipher.decrypt(first) == cipher.decrypt(second) == LINE
    assert cipher.open(LINE) == LINE  # a plain line in a mixed journal passes through


def test_a_line_cannot_change_role_or_bytes():
    cipher = LineCipher(kf.create(PASSPHRASE, **FAST)[1])
    profile_line = cipher.encrypt(b'{"maatje": "Noor"}', "profiel")
    with pytest.raises(LineError):
        cipher.decrypt(profile_line, "logboek")
    data = json.loads(cipher.encrypt(LINE))
    data["c"] = ("B" if data["c"][0] != "B" else "C") + data["c"][1:]
    with pytest.raises(LineError, match="beschadigd"):
        cipher.decrypt(json.dumps(data).encode())


def test_a_line_from_another_key_says_so():
    mine = LineCipher(kf.create(PASSPHRASE, **FAST)[1])
    theirs = LineCipher(kf.create(PASSPHRASE, **FAST)[1])
    with pytest.raises(LineError, match="andere sleutel"):
        mine.decrypt(theirs.encrypt(LINE))


@pytest.mark.parametrize("raw", [b'{"enc":1}', b'{"enc":1,"k":"x","n":5,"c":"!!"}', b'{"enc":', b'{"enc":2,"k":"a","n":"","c":""}'])
def test_garbled_encrypted_lines_are_value_errors(raw):
    cipher = LineCipher(kf.create(PASSPHRASE, **FAST)[1])
    with pytest.raises(ValueError):
        cipher.decrypt(raw)


def test_is_locked(tmp_path: Path):
    assert not is_locked(tmp_path)
    (tmp_path / "logboek.jsonl").write_bytes(LINE + b"\n")
    assert not is_locked(tmp_path)
    cipher = make_encrypted_home(tmp_path)
    assert is_locked(tmp_path)
    (tmp_path / "sleutel.json").unlink()  # the key file has not synced yet
    (tmp_path / "logboek.jsonl").write_bytes(b"\n" + cipher.encrypt(LINE) + b"\n")
    assert is_locked(tmp_path)


def test_detection_imports_no_crypto_or_keyring():
    code = (
        "import sys; from vraaghulp.vault.detect import is_locked; is_locked('.');"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('cryptography', 'keyring', 'pathlib', 'platformdirs')];"
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
