"""A keyring backend for the benchmark: entries in a JSON file ($VRAAGHULP_BENCH_KEYRING).

It stands in for the OS keyring (which a benchmark machine may not have), so an encrypted
journal is opened the way a user's is after the first time: with the stored key, no
passphrase stretching. Used through PYTHON_KEYRING_BACKEND=bench_keyring.FileKeyring.
"""

from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1

    def _load(self) -> dict:
        try:
            with open(os.environ["VRAAGHULP_BENCH_KEYRING"], encoding="utf-8") as handle:
                return json.load(handle)
        except (OSError, ValueError):
            return {}

    def get_password(self, service, username):
        return self._load().get(f"{service}|{username}")

    def set_password(self, service, username, password):
        entries = self._load()
        entries[f"{service}|{username}"] = password
        with open(os.environ["VRAAGHULP_BENCH_KEYRING"], "w", encoding="utf-8") as handle:
            json.dump(entries, handle)

    def delete_password(self, service, username):
        entries = self._load()
        entries.pop(f"{service}|{username}", None)
        with open(os.environ["VRAAGHULP_BENCH_KEYRING"], "w", encoding="utf-8") as handle:
            json.dump(entries, handle)
