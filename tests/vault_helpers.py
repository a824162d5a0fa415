"""Shared helpers for the devices and encryption tests."""

from __future__ import annotations

import json
from pathlib import Path

from keyring.backend import KeyringBackend

from vraaghulp.vault import keyfile as kf
from vraaghulp.vault.cipher import LineCipher

FAST = {"n": 2**14, "r": 8, "p": 1}  # the lowest cost the key file accepts: quick tests
PASSPHRASE = "een lange zin als wachtwoord"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps entries in memory."""

    priority = 5

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


class BrokenKeyring(MemoryKeyring):
    """A keyring that is there but fails (locked, D-Bus gone)."""

    def get_password(self, service, username):
        raise RuntimeError("keyring locked")

    def set_password(self, service, username, password):
        raise RuntimeError("keyring locked")


def make_encrypted_home(home: Path, passphrase: str = PASSPHRASE) -> LineCipher:
    keyfile, key = kf.create(passphrase, **FAST)
    home.mkdir(parents=True, exist_ok=True)
    (home / kf.KEY_FILE_NAME).write_bytes(kf.dumps(keyfile))
    return LineCipher(key)


def plain_codec():
    def decode(raw: bytes) -> dict:
        return json.loads(raw)

    def encode(data: dict) -> bytes:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    return decode, encode


def encrypted_codec(cipher: LineCipher):
    decode_plain, encode_plain = plain_codec()

    def decode(raw: bytes) -> dict:
        return decode_plain(cipher.open(raw))

    def encode(data: dict) -> bytes:
        return cipher.encrypt(encode_plain(data))

    return decode, encode


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
