"""Shared tools for the issue-14 attack tests (tests/test_trust2_*.py).

Every test drives the program only through its public surface: a command line with
VRAAGHULP_HOME pointing at a temporary folder, and the files it leaves on disk. `run_here`
runs it in this process (`vraaghulp.cli.run`, the quick way); `run` starts the real console
command (`python -m vraaghulp ...`) where the behaviour needs a process: signals, kills,
concurrency, a pseudo-terminal, an editor that waits, the flush at interpreter exit.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

VH = [sys.executable, "-m", "vraaghulp"]
INTERNAL = "fout in het programma"  # the words of the last-resort "this is a bug" message
NOT_SAVED = "niets opgeslagen"
CREATED = "2024-11-21T10:00:00+01:00"
JOURNAL = "logboek.jsonl"
PROFILE = "profiel.json"


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"VRAAGHULP_HOME": str(home), "NO_COLOR": "1", "COLUMNS": "100", "PYTHONUNBUFFERED": "1"})
    env.pop("VRAAGHULP_DEBUG", None)
    for name in ("VISUAL", "EDITOR"):
        env.pop(name, None)
    env.update(extra)
    return env


def run(home: Path, *args: str, input: str | None = None, timeout: float = 60, env: dict | None = None,
        stdout=subprocess.PIPE, cwd=None, preexec_fn=None, stdin=None) -> subprocess.CompletedProcess:
    """Run `python -m vraaghulp ARGS` to the end (text mode); stdin is empty unless given."""
    return subprocess.run(
        [*VH, *args],
        input=input if stdin is None else None,
        stdin=stdin if stdin is not None else (None if input is not None else subprocess.DEVNULL),
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env or env_for(home),
        timeout=timeout,
        cwd=cwd,
        preexec_fn=preexec_fn,
    )


def _close_quietly(stream) -> None:
    try:
        stream.close()
    except OSError:
        pass


class Ran:
    """What an in-process run gave, shaped like subprocess.CompletedProcess."""

    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def run_here(home: Path, *args: str, input: str | None = None, env: dict | None = None, stdout=None, cwd=None,
             **_process_only) -> Ran:
    """`vraaghulp ARGS` in this process, with the same environment rules as `run`.

    `stdout` may be an open text file or a file descriptor (a full device, a closed pipe):
    the command then writes there as it would as a process; otherwise stdout is captured.
    """
    import io
    from contextlib import ExitStack

    from tests.helpers import environ
    from vraaghulp import cli
    from vraaghulp.env import Environment

    values = {"VRAAGHULP_HOME": str(home), "NO_COLOR": "1", "COLUMNS": "100", "VRAAGHULP_DEBUG": None,
              "VISUAL": None, "EDITOR": None, **(env or {})}
    captured, errors = io.StringIO(), io.StringIO()
    with ExitStack() as stack:
        stack.enter_context(environ(values))
        if stdout is not None:  # a stream of our own on that file, closed (and its error ignored) at the end
            fd = stdout if isinstance(stdout, int) else stdout.fileno()
            stdout = open(os.dup(fd), "w", encoding="utf-8")  # noqa: SIM115
            stack.callback(_close_quietly, stdout)
        if cwd is not None:
            here = os.getcwd()
            os.chdir(cwd)
            stack.callback(os.chdir, here)
        environment = Environment(stdin=io.StringIO(input or ""), stdout=stdout or captured, stderr=errors,
                                  stdin_tty=False, stdout_tty=False)
        code = cli.run(list(args), environment)
    return Ran(code, captured.getvalue(), errors.getvalue())


# ----- records on disk ------------------------------------------------------------------------
def ask(record_id: str, **fields) -> dict:
    data = {"id": record_id, "soort": "vraag", "v": 1, "gemaakt": CREATED, "wie": "Sam",
            "vraag": "Sam, kun je morgen bellen?", "angst_voor": 5, "kans": 50}
    data.update(fields)
    return data


def script(record_id: str, **fields) -> dict:
    data = {"id": record_id, "soort": "script", "v": 1, "gemaakt": CREATED, "zin": "Ik moet het zelf kunnen.",
            "geloof": 80}
    data.update(fields)
    return data


def write_journal(home: Path, *records: dict | bytes) -> bytes:
    """Write these records (dicts, or raw bytes for a damaged line) as the journal; returns its bytes."""
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    lines = [r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records]
    payload = b"".join(line + b"\n" for line in lines)
    (home / JOURNAL).write_bytes(payload)
    os.chmod(home / JOURNAL, 0o600)
    return payload


def journal_bytes(home: Path) -> bytes:
    path = home / JOURNAL
    return path.read_bytes() if path.exists() else b""


def stored(home: Path) -> list[dict]:
    """Every line of the journal that is valid JSON, in file order."""
    found = []
    for line in journal_bytes(home).splitlines():
        try:
            found.append(json.loads(line))
        except ValueError:
            pass
    return found


def stored_by_id(home: Path, record_id: str) -> list[dict]:
    return [r for r in stored(home) if isinstance(r, dict) and r.get("id") == record_id]


def new_ask(home: Path, who: str = "Sam", text: str = "Sam, kun je morgen bellen?") -> str:
    """Add an open ask through the command; returns its id."""
    result = run_here(home, "oefen", "--wie", who, "--vraag", text, "--angst", "6", "--kans", "50", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["items"][0]["id"]


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink()) if folder.exists() else []


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


# ----- processes that wait for each other ---------------------------------------------------
def wait_for(predicate, timeout: float = 30, what: str = "condition") -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def slow_editor(folder: Path, field: str, value: str) -> tuple[Path, dict[str, Path]]:
    """An $EDITOR that records the file it got, waits for a go-file, then sets one JSON field.

    Returns (script path, {"opened": ..., "path": ..., "pid": ..., "go": ...}) marker files.
    It gives up after 60 s, so it never outlives a failed test for long.
    """
    folder.mkdir(parents=True, exist_ok=True)
    marks = {name: folder / name for name in ("opened", "path", "pid", "go")}
    editor = folder / "editor.py"
    editor.write_text(textwrap.dedent(f"""\
        #!{sys.executable}
        import json, os, sys, time
        target = sys.argv[-1]
        open({str(marks['path'])!r}, "w").write(target)
        open({str(marks['pid'])!r}, "w").write(str(os.getpid()))
        open({str(marks['opened'])!r}, "w").write("1")
        end = time.time() + 60
        while not os.path.exists({str(marks['go'])!r}) and time.time() < end:
            time.sleep(0.02)
        try:
            data = json.load(open(target, encoding="utf-8"))
        except OSError:
            sys.exit(0)
        data[{field!r}] = {value!r}
        with open(target, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
        """), encoding="utf-8")
    editor.chmod(0o755)
    return editor, marks


def stop_editor(marks: dict[str, Path]) -> None:
    """Let the editor go, and make sure it is gone (it may outlive a killed vraaghulp)."""
    marks["go"].write_text("1")
    try:
        pid = int(marks["pid"].read_text())
    except (OSError, ValueError):
        return
    end = time.monotonic() + 5
    while time.monotonic() < end:
        try:
            os.kill(pid, 0)
        except OSError:
            return
        time.sleep(0.01)
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


# A launcher that loads the program's modules, says it is ready, waits at a barrier file, then
# runs `python -m vraaghulp ARGS` in the same process (runpy is what -m does). Imports are done
# before the barrier, so launchers released together reach the journal within a millisecond
# or two of each other: nearly every round is a real collision, and a few rounds suffice.
BARRIER_LAUNCHER = textwrap.dedent(
    """
    import os, runpy, sys, time
    import vraaghulp.cli, vraaghulp.commands.log, vraaghulp.commands.oefen, vraaghulp.flows.edit
    import vraaghulp.flows.experiment, vraaghulp.models, vraaghulp.store
    barrier, ready, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    open(ready, "w").write("1")
    end = time.time() + 30
    while not os.path.exists(barrier) and time.time() < end:
        time.sleep(0.0005)
    sys.argv = ["vraaghulp", *args]
    runpy.run_module("vraaghulp", run_name="__main__", alter_sys=True)
    """
)


def run_together(home: Path, barrier: Path, *commands: list[str], timeout: float = 60) -> list[tuple[int, str, str]]:
    """Start each command (argument lists) behind one barrier, release them at once when all wait
    there, wait for all."""
    ready = [barrier.with_name(f"{barrier.name}.klaar{n}") for n in range(len(commands))]
    children = [
        subprocess.Popen([sys.executable, "-c", BARRIER_LAUNCHER, str(barrier), str(flag), *args], env=env_for(home),
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for flag, args in zip(ready, commands)
    ]
    results = []
    try:
        wait_for(lambda: all(flag.exists() for flag in ready), what="the launchers to reach the barrier")
        barrier.write_text("go")
        for child in children:
            out, err = child.communicate(timeout=timeout)
            results.append((child.returncode, out, err))
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
        barrier.unlink(missing_ok=True)
        for flag in ready:
            flag.unlink(missing_ok=True)
    return results


# A launcher that sends a signal to its own process the moment the program renames a file
# (the last step of every atomic write: the temporary file is complete, the rename is next).
# The hook uses only CPython's public audit events, not vraaghulp's code.
SIGNAL_AT_RENAME = textwrap.dedent(
    """
    import os, runpy, signal, sys
    signum, needle, marker, args = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]

    def hook(event, hook_args):
        if event == "os.rename" and needle in os.fsdecode(hook_args[1]):
            open(marker, "w").write(os.fsdecode(hook_args[0]))
            os.kill(os.getpid(), signum)

    sys.addaudithook(hook)
    sys.argv = ["vraaghulp", *args]
    runpy.run_module("vraaghulp", run_name="__main__", alter_sys=True)
    """
)


def run_signalled_at_rename(home: Path, signum: int, needle: str, marker: Path, *args: str,
                            timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SIGNAL_AT_RENAME, str(signum), needle, str(marker), *args],
                          env=env_for(home), stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)


# ----- a real terminal ----------------------------------------------------------------------
DOWN = "\x1b[B"
ENTER = "\r"
CTRL_C = "\x03"


def spawn(home: Path, *args: str, timeout: float = 20, **extra: str):
    """The command in a pseudo-terminal (pexpect), 100x30, no colour, no cursor-position requests."""
    from tests.pty_helpers import Spawn

    env = env_for(home, TERM="xterm-256color", LINES="30", PROMPT_TOOLKIT_NO_CPR="1", **extra)
    return Spawn(VH[0], [*VH[1:], *args], env=env, dimensions=(30, 100), timeout=timeout,
                 encoding="utf-8", codec_errors="replace")


def end_of(child, timeout: float = 20) -> tuple[int, str]:
    """Wait for the end; (exit code, everything shown since the last expect). 128+N for a signal."""
    import pexpect

    child.expect(pexpect.EOF, timeout=timeout)
    child.close()
    code = child.exitstatus if child.exitstatus is not None else 128 + (child.signalstatus or 0)
    return code, child.before or ""


def drive(child, steps, timeout: float = 15) -> bool:
    """Answer prompts in order: [(pattern, keys)]. False (and stop) when a prompt does not come."""
    import pexpect

    for pattern, keys in steps:
        try:
            child.expect(pattern, timeout=timeout)
        except (pexpect.TIMEOUT, pexpect.EOF):
            return False
        child.send(keys)
    return True


def stop(child) -> None:
    """Ctrl-C, then make sure the child is gone."""
    try:
        if child.isalive():
            child.send(CTRL_C)
            try:
                end_of(child, timeout=10)
            except Exception:  # noqa: BLE001
                pass
    finally:
        if child.isalive():
            child.terminate(force=True)
