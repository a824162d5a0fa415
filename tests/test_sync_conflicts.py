"""Conflict copies of each sync tool are recognised; ordinary files are not."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from vraaghulp.sync.conflicts import classify, conflict_copies, split_name

JOURNAL, PROFILE, KEY = "logboek.jsonl", "profiel.json", "sleutel.json"

COPIES = [
    # Syncthing: marker before the extension, short device id at the end.
    ("logboek.sync-conflict-20261201-134400-ABCDEFG.jsonl", JOURNAL, "syncthing"),
    ("profiel.sync-conflict-20261201-134400-7777777.json", PROFILE, "syncthing"),
    ("logboek.sync-conflict-20150101-000000.jsonl", JOURNAL, "syncthing"),  # old form, no id
    # Dropbox: computer or user name, date; translated; numbered; odd device names.
    ("logboek (Jans conflicted copy 2026-12-01).jsonl", JOURNAL, "dropbox"),
    ("logboek (Jan's conflicted copy 2026-12-01).jsonl", JOURNAL, "dropbox"),
    ("logboek (Jan's MacBook Pro's conflicted copy 2026-12-01).jsonl", JOURNAL, "dropbox"),
    ("logboek (Jan's conflicted copy 2026-12-01) (1).jsonl", JOURNAL, "dropbox"),
    ("logboek (Jan (werk)'s conflicted copy 2026-12-01).jsonl", JOURNAL, "dropbox"),
    ("logboek (Conflicterende kopie van Jan 2026-12-01).jsonl", JOURNAL, "dropbox"),
    ("logboek (In Konflikt stehende Kopie von Jürgen 2026-12-01).jsonl", JOURNAL, "dropbox"),
    ("logboek (copie en conflit de Zoé 2026-12-01).jsonl", JOURNAL, "dropbox"),
    ("logboek (copia en conflicto de José 2026-12-01).jsonl", JOURNAL, "dropbox"),
    ("sleutel (Sam's conflicting copy 2026-12-01).json", KEY, "dropbox"),
    ("logboek (李的 conflicted copy 2026-12-01).jsonl", JOURNAL, "dropbox"),
    # Nextcloud / ownCloud.
    ("logboek (conflicted copy 2026-12-01 134400).jsonl", JOURNAL, "nextcloud"),
    ("logboek (conflicted copy jan.devries 2026-12-01 134400).jsonl", JOURNAL, "nextcloud"),
    ("profiel_conflict-20261201-134400.json", PROFILE, "nextcloud"),
    # OneDrive: the computer name.
    ("logboek-DESKTOP-1A2B3C.jsonl", JOURNAL, "onedrive"),
    ("logboek-LAPTOP-JAN-2.jsonl", JOURNAL, "onedrive"),
    ("sleutel-WERKPC.json", KEY, "onedrive"),
    # iCloud Drive: a number after a space.
    ("logboek 2.jsonl", JOURNAL, "icloud"),
    ("profiel 3.json", PROFILE, "icloud"),
    ("logboek 12.jsonl", JOURNAL, "icloud"),
    # A copy of a copy: the outer tool is named.
    ("logboek 2.sync-conflict-20261201-134400-ABCDEFG.jsonl", JOURNAL, "syncthing"),
    ("logboek.sync-conflict-20261201-134400-ABCDEFG 2.jsonl", JOURNAL, "icloud"),
    ("logboek (conflicted copy 2026-12-01 134400) (Jan's conflicted copy 2026-12-02).jsonl", JOURNAL, "dropbox"),
]

ORDINARY = [
    ("logboek.jsonl", JOURNAL),
    ("Logboek.jsonl", JOURNAL),
    ("logboek.jsonl.lock", JOURNAL),
    (".logboek.jsonl.3fa9c2e1.tmp", JOURNAL),
    ("logboek-oud.jsonl", JOURNAL),  # made by hand; "oud" is no computer name
    ("logboek-backup-2026.jsonl", JOURNAL),
    ("logboek (2).jsonl", JOURNAL),  # a browser download or Explorer copy
    ("logboek - Kopie.jsonl", JOURNAL),
    ("logboek kopie.jsonl", JOURNAL),
    ("logboek 1.jsonl", JOURNAL),
    ("logboek 0.jsonl", JOURNAL),
    ("logboek.sync-conflict-20261201-134400-ABCDEFG.json", JOURNAL),  # other extension
    ("logboek.sync-conflict-2026-12-01.jsonl", JOURNAL),
    ("logboek (conflicted copy).jsonl", JOURNAL),  # no date
    ("logboek (Jan 2026-12-01).jsonl", JOURNAL),  # no conflict word
    ("logboek2.jsonl", JOURNAL),
    ("anderlogboek 2.jsonl", JOURNAL),
    ("logboek.jsonl 2", JOURNAL),
    ("profiel 2.jsonl", PROFILE),
    ("logboek 2.jsonl", PROFILE),
]


@pytest.mark.parametrize(("candidate", "name", "tool"), COPIES)
def test_each_tools_naming_is_recognised(candidate, name, tool):
    assert classify(candidate, name) == tool


@pytest.mark.parametrize(("candidate", "name"), ORDINARY)
def test_ordinary_files_are_not_copies(candidate, name):
    assert classify(candidate, name) is None


def test_onedrive_lowercase_name_counts_only_for_a_known_device():
    assert classify("logboek-jans-laptop.jsonl", JOURNAL) is None
    assert classify("logboek-jans-laptop.jsonl", JOURNAL, ["Jans-Laptop"]) == "onedrive"
    assert classify("logboek-jans-laptop-1.jsonl", JOURNAL, ["jans-laptop"]) == "onedrive"


def test_decomposed_unicode_names_from_macos_are_recognised():
    nfd = unicodedata.normalize("NFD", "logboek (copie en conflit de Zoé 2026-12-01).jsonl")
    assert nfd != unicodedata.normalize("NFC", nfd)
    assert classify(nfd, JOURNAL) == "dropbox"


@pytest.mark.parametrize(
    "full",
    [
        PureWindowsPath(r"C:\Users\Jan\OneDrive\vraaghulp\logboek-DESKTOP-1A2B3C.jsonl"),
        PureWindowsPath(r"D:\Dropbox (Persoonlijk)\vraaghulp\logboek (Jan's conflicted copy 2026-12-01).jsonl"),
        PurePosixPath("/Users/jan/Library/Mobile Documents/com~apple~CloudDocs/vraaghulp/logboek 2.jsonl"),
    ],
)
def test_names_from_windows_and_macos_paths(full):
    assert classify(full.name, JOURNAL) is not None


def test_split_name():
    assert split_name("logboek.jsonl") == ("logboek", ".jsonl")
    assert split_name(".stignore") == (".stignore", "")
    assert split_name("README") == ("README", "")


def test_conflict_copies_lists_only_real_copies_in_the_folder(tmp_path: Path):
    wanted = [
        "logboek.sync-conflict-20261201-134400-ABCDEFG.jsonl",
        "logboek (Jan's conflicted copy 2026-12-01).jsonl",
        "logboek 2.jsonl",
        "logboek-werkpc.jsonl",
    ]
    for name in [*wanted, "logboek.jsonl", "logboek-oud.jsonl", "profiel 2.json", "notities.txt"]:
        (tmp_path / name).write_text("{}\n", encoding="utf-8")
    (tmp_path / "logboek 3.jsonl").mkdir()  # a folder is never a copy
    if hasattr(os, "symlink"):
        os.symlink(tmp_path / "notities.txt", tmp_path / "logboek 4.jsonl")
    found = conflict_copies(tmp_path, JOURNAL, known_devices=["werkpc"])
    assert [p.name for p, _ in found] == sorted(wanted)
    assert dict((p.name, t) for p, t in found)["logboek-werkpc.jsonl"] == "onedrive"
    assert [p.name for p, _ in conflict_copies(tmp_path, PROFILE)] == ["profiel 2.json"]


def test_a_missing_folder_has_no_copies(tmp_path: Path):
    assert conflict_copies(tmp_path / "weg", JOURNAL) == []
