"""Device identity: stable, never shared, readable names for other devices."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from vraaghulp.errors import UsageError
from vraaghulp.sync import device as dv


def test_made_once_then_stable(tmp_path: Path):
    first = dv.this_device(tmp_path, host="jans-laptop")
    assert first.name == "jans-laptop" and len(first.id) == 8
    assert dv.this_device(tmp_path, host="jans-laptop") == first
    stored = json.loads((tmp_path / dv.DEVICE_FILE).read_text(encoding="utf-8"))
    assert stored == {"versie": 1, "id": first.id, "naam": "jans-laptop", "host": "jans-laptop"}
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / dv.DEVICE_FILE).stat().st_mode) == 0o600


def test_a_copied_state_folder_on_another_host_gets_a_new_id(tmp_path: Path):
    laptop = dv.this_device(tmp_path, host="jans-laptop")
    copied = dv.this_device(tmp_path, host="werk-pc")
    assert copied.id != laptop.id and copied.name == "werk-pc"


def test_environment_variable_chooses_the_folder(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(dv.ENV_DEVICE_DIR, str(tmp_path / "staat"))
    assert dv.device_dir() == tmp_path / "staat"
    device = dv.this_device()
    assert (tmp_path / "staat" / dv.DEVICE_FILE).is_file() and device.name == dv.host_name()


def test_default_folder_is_the_user_state_folder_not_the_data_folder(monkeypatch):
    monkeypatch.delenv(dv.ENV_DEVICE_DIR, raising=False)
    from platformdirs import user_state_dir

    from vraaghulp.paths import data_dir

    assert dv.device_dir() == Path(user_state_dir("vraaghulp", appauthor=False))
    assert dv.device_dir() != data_dir()  # conftest points the data folder elsewhere


@pytest.mark.parametrize("content", [b"{kapot", b"\xff", b'{"id": "NIET GOED", "naam": "x", "host": "h"}'])
def test_a_damaged_device_file_is_set_aside_not_reused(tmp_path: Path, content: bytes):
    (tmp_path / dv.DEVICE_FILE).write_bytes(content)
    device = dv.this_device(tmp_path, host="h")
    assert (tmp_path / (dv.DEVICE_FILE + ".beschadigd")).read_bytes() == content
    assert dv.this_device(tmp_path, host="h") == device


def test_rename(tmp_path: Path):
    device = dv.this_device(tmp_path, host="h")
    renamed = dv.rename_device("  Werklaptop\x1b[31m ", tmp_path, host="h")
    assert renamed.id == device.id and renamed.name == "Werklaptop[31m"
    assert dv.this_device(tmp_path, host="h") == renamed
    for bad in ("", "   ", "x" * 41):
        with pytest.raises(UsageError, match="tussen 1 en 40 tekens"):
            dv.rename_device(bad, tmp_path, host="h")


def test_registry_in_the_data_folder(tmp_path: Path):
    data = tmp_path / "data"
    laptop = dv.Device("abcdefgh", "laptop")
    werk = dv.Device("23456789", "werk \u00e9\u00e9n")
    dv.register(data, laptop)
    dv.register(data, werk)
    before = (data / dv.REGISTRY_DIR / "abcdefgh.json").stat().st_mtime_ns
    dv.register(data, laptop)  # unchanged: not written again
    assert (data / dv.REGISTRY_DIR / "abcdefgh.json").stat().st_mtime_ns == before
    (data / dv.REGISTRY_DIR / "kapot.json").write_text("{", encoding="utf-8")
    (data / dv.REGISTRY_DIR / "abcdefgh 2.json").write_text('{"id": "x"}', encoding="utf-8")
    assert dv.device_names(data) == {"abcdefgh": "laptop", "23456789": "werk één"}
    assert dv.device_names(tmp_path / "leeg") == {}
