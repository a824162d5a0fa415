"""A full disk and a data dir that may not be written (issue 8, item 5).

The command runs in-process (`vraaghulp.cli.run`) with the operating system's answers
replaced for files in the data dir only: a write that stops half-way with ENOSPC (or an
fsync that reports it), and an open/replace that is refused with EACCES or EROFS. The
tests run as root, where chmod stops nothing, so the refusal is simulated the same way.
Each time: a Dutch sentence, exit 1, and the existing files byte for byte unchanged.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from vraaghulp import cli, store

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to map fds to paths")

ASK = ["oefen", "--wie", "Sam", "--vraag", "Sam, kun je morgen bellen?", "--angst", "5", "--kans", "50"]


def _in(data_home: Path, path) -> bool:
    try:
        return Path(os.fsdecode(path)).resolve().is_relative_to(data_home.resolve())
    except (TypeError, ValueError, OSError):
        return False


def _fd_in(data_home: Path, fd: int) -> bool:
    try:
        return _in(data_home, os.readlink(f"/proc/self/fd/{fd}"))
    except OSError:
        return False


def _disk_full_on_write(monkeypatch, data_home):
    real_write = os.write

    def write(fd, data):
        if _fd_in(data_home, fd):
            data = bytes(data)
            if len(data) > 1:
                real_write(fd, data[: len(data) // 2])  # a real full disk often takes part first
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)


def _disk_full_on_fsync(monkeypatch, data_home):
    real_fsync = os.fsync

    def fsync(fd):
        if _fd_in(data_home, fd) and not os.path.isdir(os.readlink(f"/proc/self/fd/{fd}")):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def _refused(code: int):
    def install(monkeypatch, data_home):
        real_open, real_replace = os.open, os.replace
        writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

        def open_(path, flags, *args, **kwargs):
            if flags & writing and _in(data_home, path):
                raise OSError(code, os.strerror(code), os.fsdecode(path))
            return real_open(path, flags, *args, **kwargs)

        def replace(src, dst, *args, **kwargs):
            if _in(data_home, dst):
                raise OSError(code, os.strerror(code), os.fsdecode(dst))
            return real_replace(src, dst, *args, **kwargs)

        monkeypatch.setattr(os, "open", open_)
        monkeypatch.setattr(os, "replace", replace)

    return install


FAILURES = {
    "schijf-vol": (_disk_full_on_write, "schijf is vol"),
    "schijf-vol-bij-fsync": (_disk_full_on_fsync, "schijf is vol"),
    "geen-toegang": (_refused(errno.EACCES), "mag hier niet schrijven"),
    "alleen-lezen": (_refused(errno.EROFS), "mag hier niet schrijven"),
}


def _run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _snapshot(data_home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(data_home.rglob("*")) if p.is_file() and not p.name.endswith(".lock")}


@pytest.fixture
def filled(data_home, capsys):
    """A journal with an open ask and a script, and a profile with a partner."""
    code, out, _err = _run(capsys, *ASK, "--json")
    assert code == 0
    ask_id = json.loads(out)["items"][0]["id"]
    assert _run(capsys, "script", "--zin", "Ik moet het zelf kunnen.", "--geloof", "80")[0] == 0
    assert _run(capsys, "maatje", "--naam", "Noor")[0] == 0
    store.take_reported()
    return ask_id


WRITES = {
    "nieuwe-vraag": lambda ask_id: ASK,
    "uitkomst": lambda ask_id: ["oefen", "--afronden", ask_id, "--uitkomst", "ja", "--angst-na", "2"],
    "afgezien": lambda ask_id: ["oefen", "--afronden", ask_id, "--afgezien"],
    "nieuw-script": lambda ask_id: ["script", "--zin", "Ik ben lastig.", "--geloof", "60"],
    "wissen": lambda ask_id: ["log", "wis", ask_id, "--ja"],
    "profiel": lambda ask_id: ["maatje", "--naam", "Jip"],
}


@pytest.mark.parametrize("failure", sorted(FAILURES))
@pytest.mark.parametrize("write", sorted(WRITES))
def test_a_failed_write_says_so_in_dutch_and_changes_nothing(monkeypatch, capsys, data_home, filled, failure, write):
    before = _snapshot(data_home)
    install, words = FAILURES[failure]
    with pytest.MonkeyPatch.context() as patch:  # not `monkeypatch.undo()`: that would drop VRAAGHULP_HOME too
        install(patch, data_home)
        code, out, err = _run(capsys, *WRITES[write](filled))
    assert code == 1, (out, err)
    assert words in err, err
    assert "Traceback" not in err and "fout in het programma" not in err
    assert _snapshot(data_home) == before  # byte for byte, and no stray temporary files
    # ...and once the disk has room again, the same command works.
    code, _out, err = _run(capsys, *WRITES[write](filled))
    assert code == 0, err


def test_disk_full_in_json_mode_is_a_json_error(monkeypatch, capsys, data_home, filled):
    before = _snapshot(data_home)
    with pytest.MonkeyPatch.context() as patch:
        _disk_full_on_write(patch, data_home)
        code, out, err = _run(capsys, *ASK, "--json")
    assert code == 1
    assert "schijf is vol" in json.loads(out)["fout"]["bericht"]
    assert _snapshot(data_home) == before


def test_a_full_disk_on_the_first_ever_write_leaves_no_half_file(monkeypatch, capsys, data_home):
    with pytest.MonkeyPatch.context() as patch:
        _disk_full_on_write(patch, data_home)
        code, _out, err = _run(capsys, *ASK)
    assert code == 1 and "schijf is vol" in err
    journal = data_home / "logboek.jsonl"
    assert not journal.exists() or journal.read_bytes() == b""
    assert _run(capsys, *ASK)[0] == 0
    assert len(journal.read_bytes().splitlines()) == 1


def test_backup_and_export_on_a_full_disk_leave_no_half_file(monkeypatch, capsys, data_home, filled, tmp_path):
    real_write = os.write
    outside = tmp_path / "uit"
    outside.mkdir()

    def write(fd, data):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            target = ""
        if target.startswith(str(outside)) or "backups" in target:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "write", write)
        for args in (["data", "backup"], ["export", "-o", str(outside / "verslag.md")], ["data", "backup", str(outside)]):
            code, _out, err = _run(capsys, *args)
            assert code == 1 and "schijf is vol" in err, (args, err)
    assert list(outside.iterdir()) == []
    assert not (data_home / "backups").exists() or list((data_home / "backups").iterdir()) == []
