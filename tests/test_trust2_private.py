"""Issue 14, "Private data outside the data folder" (S1-S4), attacked through the installed command.

Written to fail before the fix (from an attack list made for issue 14). Real processes only: exports onto
FIFOs, symlinks and a private copy of the /dev/null device node (made with mknod in a temp dir,
never the system's own), an $EDITOR that waits while vraaghulp is signalled, and writes killed at
the exact moment of their atomic rename (a CPython audit hook in a small launcher).
"""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
from pathlib import Path

import pytest

from tests.trust2_helpers import (
    INTERNAL,
    JOURNAL,
    PROFILE,
    VH,
    ask,
    env_for,
    files_in,
    mode,
    run_here,
    run_signalled_at_rename,
    script,
    slow_editor,
    stop_editor,
    wait_for,
    write_journal,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, symlinks, signals and file modes")
needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod needs root")


# ============================================================================================
# S1 - exports write only to regular files; `-o -` is standard output
# ============================================================================================
def _writers(target: str, notes: str) -> dict[str, list[str]]:
    return {
        "export": ["export", "-o", target],
        "overzicht-svg": ["log", "overzicht", "--svg", target],
        "overzicht-html": ["log", "overzicht", "--html", target],
        "gesprek-export": ["gesprek", "--namen", "Anna,Bram", "--relatie", "partner", "--afgeleid", "nee", "--stilte", "0",
                           "--notities-bestand", notes, "--export", target],
        "data-backup": ["data", "backup", target],
    }


WRITERS = sorted(_writers("x", "y"))


def _make_node(kind: str, folder: Path):
    """Create an odd file at folder/uit; returns (path, a check that it is still what it was)."""
    path = folder / "uit"
    if kind == "fifo":
        os.mkfifo(path)
        return path, lambda: stat.S_ISFIFO(os.lstat(path).st_mode)
    if kind == "symlink-leeg":
        nowhere = folder / "nergens.txt"
        os.symlink(nowhere, path)
        return path, lambda: os.path.islink(path) and os.readlink(path) == str(nowhere) and not nowhere.exists()
    if kind == "symlink":
        real = folder / "echt.txt"
        real.write_text("van iemand anders\n", encoding="utf-8")
        os.chmod(real, 0o644)
        os.symlink(real, path)
        return path, lambda: (os.path.islink(path) and real.read_text(encoding="utf-8") == "van iemand anders\n"
                              and mode(real) == 0o644)
    if kind == "apparaat":
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # our own copy of /dev/null
        return path, lambda: stat.S_ISCHR(os.lstat(path).st_mode)
    raise ValueError(kind)


@pytest.fixture
def journal_and_notes(data_home, tmp_path):
    write_journal(data_home, ask("prive222", vraag="Sam, kun je me helpen met mijn schulden?"), script("script22"))
    notes = tmp_path / "notities.txt"
    notes.write_text("1: Vragen voelt als zeuren.\n", encoding="utf-8")
    folder = tmp_path / "elders"
    folder.mkdir()
    return notes, folder


def _refused_and_untouched(result, unchanged) -> None:
    assert unchanged(), f"replaced by a regular file; exit {result.returncode}, stderr {result.stderr.strip()[:100]!r}"
    assert result.returncode != 0, result.stderr
    assert result.stderr.strip() and INTERNAL not in result.stderr, result.stderr


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "symlink-leeg", "symlink", pytest.param("apparaat", marks=needs_root)])
@pytest.mark.parametrize("writer", WRITERS)
def test_s1_overschrijf_never_replaces_an_odd_file(data_home, journal_and_notes, writer, kind):
    notes, folder = journal_and_notes
    target, unchanged = _make_node(kind, folder)
    result = run_here(data_home, *_writers(str(target), str(notes))[writer], "--overschrijf", timeout=30)
    _refused_and_untouched(result, unchanged)


@posix_only
@pytest.mark.parametrize("writer", WRITERS)
def test_s1_a_dangling_symlink_is_not_replaced_even_without_overschrijf(data_home, journal_and_notes, writer):
    notes, folder = journal_and_notes
    target, unchanged = _make_node("symlink-leeg", folder)
    result = run_here(data_home, *_writers(str(target), str(notes))[writer], timeout=30)
    _refused_and_untouched(result, unchanged)


@pytest.mark.parametrize("fmt, start", [("md", "# "), ("json", "{"), ("csv", "id,")])
def test_s1_export_dash_o_dash_writes_to_standard_output(data_home, journal_and_notes, tmp_path, fmt, start):
    cwd = tmp_path / "werkmap"
    cwd.mkdir()
    result = run_here(data_home, "export", "-o", "-", "--formaat", fmt, cwd=cwd)
    assert list(cwd.iterdir()) == [], "a file named '-' was written instead of standard output"
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(start) and ("prive222" in result.stdout or "schulden" in result.stdout), result.stdout[:200]


def _default_stop_signals() -> None:
    """The child starts as from a terminal: a suite run under `nohup` ignores SIGHUP, and an ignored
    signal is inherited (vraaghulp then rightly leaves it ignored, as nohup asks)."""
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


# ============================================================================================
# S2 - editor copies live in the data folder, private, and never outlive vraaghulp
# ============================================================================================
@pytest.fixture
def editing(data_home, tmp_path):
    """`log bewerk` with a waiting $EDITOR; yields (process, marker files, system temp dir)."""
    write_journal(data_home, ask("bewerk22", vraag="Sam, kun je me helpen met mijn schulden?"))
    system_tmp = tmp_path / "systeem-tmp"
    system_tmp.mkdir()
    editor, marks = slow_editor(tmp_path / "editor", "wanneer", "morgen")
    child = subprocess.Popen([*VH, "log", "bewerk", "bewerk22"],
                             env=env_for(data_home, EDITOR=str(editor), TMPDIR=str(system_tmp)),
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             start_new_session=True, preexec_fn=_default_stop_signals)
    try:
        wait_for(marks["opened"].exists, what="the editor to open")
        yield child, marks, system_tmp
    finally:
        stop_editor(marks)
        if child.poll() is None:
            child.kill()
        child.communicate(timeout=30)


@posix_only
def test_s2_the_editor_copy_is_inside_the_data_folder_and_private(data_home, editing):
    child, marks, system_tmp = editing
    copy = Path(marks["path"].read_text())
    assert copy.resolve().is_relative_to(data_home.resolve()), copy
    assert copy.parent.resolve() != data_home.resolve(), "editor copies need a subfolder of their own"
    assert mode(copy.parent) == 0o700 and mode(copy) == 0o600
    assert files_in(system_tmp) == []


@posix_only
@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
def test_s2_the_editor_copy_is_removed_when_vraaghulp_is_signalled(data_home, editing, signum):
    child, marks, system_tmp = editing
    copy = Path(marks["path"].read_text())
    assert copy.exists()
    child.send_signal(signum)  # the terminal closes, or the system shuts down
    child.wait(timeout=30)
    assert not copy.exists(), f"{copy} was left behind after {signum.name}"
    assert files_in(system_tmp) == []


@posix_only
@pytest.mark.parametrize("cleaner", [["data", "wis", "--ja"], ["log", "bewerk", "bewerk22", "--veld", "wanneer=vrijdag"]],
                         ids=["data-wis", "volgende-bewerk"])
def test_s2_a_copy_left_by_kill_9_is_removed_by_the_next_run(data_home, editing, cleaner):
    child, marks, system_tmp = editing
    copy = Path(marks["path"].read_text())
    child.kill()
    child.wait(timeout=30)
    stop_editor(marks)
    result = run_here(data_home, *cleaner)
    assert result.returncode == 0, result.stderr
    assert not copy.exists(), f"{copy} survived '{' '.join(cleaner)}'"
    assert files_in(system_tmp) == []


# ============================================================================================
# S3 - own temporary files are cleaned by the next run and by `data wis`
# ============================================================================================
def _temp_files(folder: Path) -> list[Path]:
    return [p for p in files_in(folder) if p.name.endswith(".tmp")]


@posix_only
def test_s3_data_wis_removes_the_temp_file_of_a_killed_backup(data_home, tmp_path):
    write_journal(data_home, ask("prive222"))
    killed = run_signalled_at_rename(data_home, signal.SIGKILL, "vraaghulp-backup-", tmp_path / "hit", "data", "backup")
    assert killed.returncode == -signal.SIGKILL and (tmp_path / "hit").exists(), killed.stderr
    result = run_here(data_home, "data", "wis", "--ja")
    assert result.returncode == 0, result.stderr
    assert files_in(data_home) == [], files_in(data_home)
    assert "niet van vraaghulp" not in result.stdout, result.stdout


@posix_only
@pytest.mark.parametrize("case", ["backup", "herschrijven", "profiel"])
def test_s3_the_next_run_removes_the_temp_file_of_a_killed_write(data_home, tmp_path, case):
    write_journal(data_home, ask("open2222"))
    killed_write, needle, next_run = {
        "backup": (["data", "backup"], "vraaghulp-backup-", ["data", "backup"]),
        "herschrijven": (["oefen", "--afronden", "open2222", "--uitkomst", "ja", "--angst-na", "2"], JOURNAL,
                         ["oefen", "--wie", "Noor", "--vraag", "Noor, help je me?", "--angst", "4", "--kans", "70"]),
        "profiel": (["maatje", "--naam", "Noor"], PROFILE, ["maatje", "--naam", "Jip"]),
    }[case]
    killed = run_signalled_at_rename(data_home, signal.SIGKILL, needle, tmp_path / "hit", *killed_write)
    assert killed.returncode == -signal.SIGKILL and (tmp_path / "hit").exists(), killed.stderr
    assert _temp_files(data_home), "the kill should have left a temporary file to clean"
    result = run_here(data_home, *next_run)
    assert result.returncode == 0, result.stderr
    left = [p.name for p in _temp_files(data_home)]
    assert left == [], f"still there after '{' '.join(next_run[:2])}': {left}"


@posix_only
@pytest.mark.parametrize("writer", ["export", "overzicht-html", "data-backup"])
def test_s3_sigterm_during_an_export_leaves_no_hidden_copy_next_to_it(data_home, journal_and_notes, tmp_path, writer):
    notes, folder = journal_and_notes
    target = folder / ("verslag.html" if writer == "overzicht-html" else "verslag.md")
    result = run_signalled_at_rename(data_home, signal.SIGTERM, target.name, tmp_path / "hit",
                                     *_writers(str(target), str(notes))[writer])
    assert (tmp_path / "hit").exists(), result.stderr  # the signal came at the rename
    left = [p.name for p in folder.iterdir() if p.name != target.name]
    assert left == [], f"left next to the export after SIGTERM: {left}"


# ============================================================================================
# S4 - a symlinked backups/ is refused; the markdown export runs nothing in a viewer
# ============================================================================================
@pytest.fixture
def backups_elsewhere(data_home, tmp_path):
    write_journal(data_home, ask("prive222"))
    other = tmp_path / "van-iemand-anders"
    other.mkdir()
    os.chmod(other, 0o755)
    foreign = other / "vraaghulp-backup-2020-01-01.jsonl"
    foreign.write_text("niet van vraaghulp\n", encoding="utf-8")
    os.symlink(other, data_home / "backups")
    return other, foreign


@posix_only
def test_s4_data_backup_refuses_a_symlinked_backups_folder(data_home, backups_elsewhere):
    other, foreign = backups_elsewhere
    result = run_here(data_home, "data", "backup")
    assert sorted(p.name for p in other.iterdir()) == [foreign.name], "a backup was written through the symlink"
    assert mode(other) == 0o755, "the symlink target was chmod-ed"
    assert result.returncode != 0 and INTERNAL not in result.stderr and result.stderr.strip(), result.stderr


@posix_only
def test_s4_data_wis_does_not_delete_through_a_symlinked_backups_folder(data_home, backups_elsewhere):
    other, foreign = backups_elsewhere
    result = run_here(data_home, "data", "wis", "--ja")
    assert foreign.exists(), "data wis deleted a file in the symlink's target"
    assert mode(other) == 0o755
    assert INTERNAL not in result.stderr, result.stderr


HOSTILE = {
    "wie": "<img src=x onerror=alert(1)>",
    "vraag": "Kun je <script>alert(1)</script> helpen?",
    "zin": "<script>alert(2)</script> ik red het zelf",
    "notitie": "<IMG SRC=x OnError=alert(3)> en <script >alert(4)</script >",
}


def _no_raw_html(text: str) -> None:
    raw = re.findall(r"<(?:script|img)[^\n]{0,40}", text, re.IGNORECASE)
    assert raw == [], f"raw HTML in the markdown: {raw}"


def test_s4_markdown_export_escapes_html(data_home):
    write_journal(data_home, ask("html2222", wie=HOSTILE["wie"], vraag=HOSTILE["vraag"]),
                  script("html3333", zin=HOSTILE["zin"]))
    result = run_here(data_home, "export", "--formaat", "md")
    assert result.returncode == 0, result.stderr
    assert "html2222" in result.stdout or "alert(1)" in result.stdout
    _no_raw_html(result.stdout)


def test_s4_gesprek_markdown_export_escapes_html(data_home, tmp_path):
    notes = tmp_path / "notities.txt"
    notes.write_text(f"1: {HOSTILE['notitie']}\n", encoding="utf-8")
    target = tmp_path / "gesprek.md"
    result = run_here(data_home, "gesprek", "--namen", "<b>Anna</b>,Bram", "--relatie", "partner", "--afgeleid", "nee",
                 "--stilte", "0", "--notities-bestand", str(notes), "--export", str(target))
    assert result.returncode == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert "alert(3)" in text
    _no_raw_html(text)
    assert "<b>" not in text.lower()


@posix_only
def test_a_symlinked_profile_is_not_replaced_by_a_file(data_home, tmp_path):
    """Like the journal and backups/: a profiel.json that links elsewhere is never written through
    or replaced; the start screen leaves it, `maatje --naam` says why in Dutch."""
    data_home.mkdir(parents=True)
    elsewhere = tmp_path / "profiel-elders.json"
    elsewhere.write_text('{"v": 1, "eerste_keer_gezien": false}', encoding="utf-8")
    os.symlink(elsewhere, data_home / PROFILE)
    start = run_here(data_home)
    chosen = run_here(data_home, "maatje", "--naam", "Jip")
    assert os.path.islink(data_home / PROFILE), "the link was replaced by a file"
    assert elsewhere.read_text(encoding="utf-8") == '{"v": 1, "eerste_keer_gezien": false}'
    assert start.returncode == 0, start.stderr
    assert chosen.returncode != 0 and "koppeling" in chosen.stderr and INTERNAL not in chosen.stderr, chosen.stderr
