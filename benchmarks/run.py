"""Benchmark: whole-process timings of vraaghulp against references measured in the same run.

Usage:
    python benchmarks/run.py          # full run (logs of 1,000, 10,000 and 100,000 records)
    python benchmarks/run.py --snel   # quick run, under a minute

Logs are built through the project's own store code in temporary VRAAGHULP_HOME folders.
Every case runs as a whole process, several times after a warm-up, alternating with its
reference (A B A B ...) so drift on a noisy machine hits both. Only the standard library is
used: wall time from time.perf_counter, peak memory from GNU time (/usr/bin/time) when it
is there (without it the memory column stays empty and memory targets are not judged).
Exit code 0 when every target passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

PYTHON = sys.executable
HERE = Path(__file__).resolve().parent


def vraaghulp_cmd() -> list[str]:
    exe = shutil.which("vraaghulp", path=os.path.dirname(PYTHON)) or shutil.which("vraaghulp")
    return [exe] if exe else [PYTHON, "-m", "vraaghulp"]


# ----------------------------------------------------------------------------------------
# Building realistic logs through the store
# ----------------------------------------------------------------------------------------
PEOPLE = ["Sam", "Ann", "mijn zus", "Robin", "de buurvrouw", "Jeroen", "Fatima", "collega Tim", "mama", "Lotte"]
ASKS = [
    "kun je morgen een brood voor me meenemen?",
    "wil je tien minuten met me bellen vanavond?",
    "kun je zaterdag twee uur op de kinderen passen?",
    "wil je mijn mail even nalezen voor ik hem verstuur?",
    "kun je me dinsdag naar het ziekenhuis brengen?",
    "wil je gewoon even luisteren, zonder oplossingen?",
    "het gaat minder goed met me: kun je deze week rustig met me praten?",
]
SENTENCES = ["Ik moet het zelf kunnen", "Zij hebben hun eigen zorgen", "Ik wil niet zeuren", "Een nee betekent dat ik te veel ben"]


def build_log(home: Path, count: int, seed: int = 7) -> Path:
    sys.path.insert(0, str(HERE.parent / "src"))
    os.environ["VRAAGHULP_HOME"] = str(home)
    from vraaghulp.models import Ask, Rating, Script
    from vraaghulp.store import Journal, new_id

    rng = random.Random(seed)
    journal = Journal(home / "logboek.jsonl")
    start = datetime(2020, 1, 1, 8, 0, tzinfo=timezone.utc)
    batch: list[bytes] = []
    for n in range(count):
        when = start + timedelta(minutes=37 * n)
        if n % 25 == 24:
            record = Script(
                id=new_id(), created=when, sentence=rng.choice(SENTENCES), voice="ouder",
                belief=rng.randint(40, 95), fear="dat ze me lastig vinden", belief_after=rng.randint(10, 80),
                ratings=[Rating(date=when, value=rng.randint(10, 90))],
            )
        else:
            person = rng.choice(PEOPLE)
            done = n < count - 5
            outcome = rng.choice(["ja", "ja", "ja", "deels", "nee", "geen-reactie"]) if done else None
            record = Ask(
                id=new_id(), created=when, person=person, text=f"{person}, {rng.choice(ASKS)}",
                moment="morgen", level=rng.randint(1, 5), expectation="dat het tegenvalt",
                fear_before=rng.randint(3, 9), chance=rng.randint(20, 90), fullness=rng.randint(0, 10),
                status="gedaan" if done else "open", outcome=outcome,
                comparison=rng.choice(["beter", "zoals-verwacht", "slechter"]) if done else None,
                fear_after=rng.randint(0, 6) if done else None,
                learned="het viel mee" if done else None, closed=when + timedelta(days=1) if done else None,
            )
        batch.append(record.model_dump_json().encode("utf-8"))
        if len(batch) >= 5000:
            journal.append_lines(batch)
            batch = []
    if batch:
        journal.append_lines(batch)
    return journal.path


# ----------------------------------------------------------------------------------------
# Measuring whole processes
# ----------------------------------------------------------------------------------------
@dataclass
class Sample:
    wall: float
    peak_mib: float | None


GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def run_once(cmd: list[str], env: dict[str, str]) -> Sample:
    """Run one whole process. Peak memory comes from GNU time when present: the rusage of
    a child of this (larger) Python process would include this process's memory, because
    ru_maxrss survives fork + exec."""
    peak = None
    report = None
    if GNU_TIME:
        fd, report = tempfile.mkstemp(prefix="vh-bench-time-")
        os.close(fd)
        cmd = [GNU_TIME, "-q", "-f", "%M", "-o", report, *cmd]
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    if report:
        try:
            with open(report, encoding="utf-8") as handle:
                lines = [line for line in handle.read().split() if line.isdigit()]
            peak = int(lines[-1]) / 1024 if lines else None  # KiB -> MiB
        finally:
            os.unlink(report)
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr.decode(errors='replace')}")
    return Sample(wall, peak)


def run_until(cmd: list[str], env: dict[str, str], marker: str) -> Sample:
    """Start an interactive command in a pseudo-terminal; the time until `marker` is on screen.

    The process is killed once the prompt shows: what is measured is how long someone waits
    for the first question. POSIX only (the standard library's pty).
    """
    import pty
    import select
    import signal

    master, slave = pty.openpty()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdin=slave, stdout=slave, stderr=slave, start_new_session=True)
    os.close(slave)
    seen = b""
    try:
        while marker.encode() not in seen:
            ready, _, _ = select.select([master], [], [], 10)
            if not ready:
                raise SystemExit(f"no '{marker}' within 10 s: {' '.join(cmd)}\n{seen.decode(errors='replace')}")
            try:
                seen += os.read(master, 65536)
            except OSError:  # the process ended
                raise SystemExit(f"ended before '{marker}': {' '.join(cmd)}\n{seen.decode(errors='replace')}")
        wall = time.perf_counter() - start
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
        os.close(master)
    return Sample(wall, None)


@dataclass
class Case:
    name: str
    cmd: list[str]
    env: dict[str, str]
    ref_name: str
    ref_cmd: list[str]
    ref_env: dict[str, str]
    target: float  # ratio of medians, A/B
    mem_target: float | None = None
    marker: str | None = None  # interactive: measure until this text is on screen


def _argv(cmd) -> list[str]:
    """A command line; a callable gives a fresh one per run (a command that changes what it reads)."""
    return cmd() if callable(cmd) else cmd


def measure(case: Case, runs: int, warmup: int) -> dict:
    def run_a() -> Sample:
        return run_until(case.cmd, case.env, case.marker) if case.marker else run_once(_argv(case.cmd), case.env)

    for _ in range(warmup):
        run_a()
        run_once(_argv(case.ref_cmd), case.ref_env)
    a, b = [], []
    for _ in range(runs):
        a.append(run_a())
        b.append(run_once(_argv(case.ref_cmd), case.ref_env))
    med_a = statistics.median(s.wall for s in a)
    med_b = statistics.median(s.wall for s in b)
    ratio = med_a / med_b
    peak_a = max((s.peak_mib for s in a if s.peak_mib is not None), default=None)
    peak_b = max((s.peak_mib for s in b if s.peak_mib is not None), default=None)
    mem_ratio = peak_a / peak_b if peak_a and peak_b else None
    ok = ratio <= case.target
    if case.mem_target is not None and mem_ratio is not None:
        ok = ok and mem_ratio <= case.mem_target
    return {
        "case": case,
        "a": (med_a, min(s.wall for s in a), max(s.wall for s in a), peak_a),
        "b": (med_b, min(s.wall for s in b), max(s.wall for s in b), peak_b),
        "ratio": ratio,
        "mem_ratio": mem_ratio,
        "ok": ok,
    }


# ----------------------------------------------------------------------------------------
# Rewrites (`oefen --afronden`, `log wis`): each run changes one record, so each run gets its own
# open ask, appended beforehand to a copy of the log. The floor streams the same file: read line
# by line, change one line, write a temporary file, fsync, replace.
# ----------------------------------------------------------------------------------------
REWRITE_FLOOR = """import os, sys
path, needle = sys.argv[1], sys.argv[2].encode()
tmp = path + ".floor.tmp"
with open(path, "rb") as source, open(tmp, "wb") as out:
    for line in source:
        if needle in line:
            line = line.replace(b'"open"', b'"open"')
        out.write(line)
    out.flush()
    os.fsync(out.fileno())
os.replace(tmp, path)
"""


class OpenAsks:
    """A copy of a log with `count` extra open asks; called, it gives the next unused id."""

    def __init__(self, source: Path, home: Path, count: int) -> None:
        import json

        shutil.copytree(source, home)
        self.home, self.ids = home, [f"bench{n:04d}" for n in range(count)]
        with open(home / "logboek.jsonl", "a", encoding="utf-8") as journal:
            for record_id in self.ids:
                journal.write(json.dumps({"id": record_id, "soort": "vraag", "v": 1, "gemaakt": "2024-11-21T10:00:00+01:00",
                                          "wie": "Sam", "vraag": "Sam, kun je morgen bellen?", "angst_voor": 5,
                                          "kans": 50, "status": "open"}) + "\n")
        self.ids.reverse()

    def __call__(self) -> str:
        return self.ids.pop()


def rewrite_cases(vh: list[str], work: Path, small: Path, big: Path, sizes: list[int], runs: int) -> list[Case]:
    """afronden and wis at the largest size against the streaming floor (time), and against
    themselves at the smallest size (peak memory: the rewrite streams, it is not built in memory)."""
    need = 4 * (runs + 1) + 4
    pools = {size: OpenAsks(home, work / f"rewrite{size}", need) for size, home in ((min(sizes), small), (max(sizes), big))}
    commands = {
        "afronden": lambda pool: lambda: [*vh, "oefen", "--afronden", pool(), "--uitkomst", "ja", "--angst-na", "2"],
        "wis": lambda pool: lambda: [*vh, "log", "wis", pool(), "--ja"],
    }
    big_pool, small_pool = pools[max(sizes)], pools[min(sizes)]
    floor = [PYTHON, "-c", REWRITE_FLOOR, str(big_pool.home / "logboek.jsonl"), big_pool.ids[-1]]
    cases = []
    for name, make in commands.items():
        cases += [
            Case(f"{name} @ {max(sizes):,}", make(big_pool), env_for(big_pool.home), "streaming rewrite floor", floor,
                 env_for(None), 1.5),
            Case(f"{name} mem @ {max(sizes):,}", make(big_pool), env_for(big_pool.home), f"{name} @ {min(sizes):,}",
                 make(small_pool), env_for(small_pool.home), float("inf"), 1.3),
        ]
    return cases


def env_for(home: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "100"
    if home is not None:
        env["VRAAGHULP_HOME"] = str(home)
    return env


# ----------------------------------------------------------------------------------------
# An encrypted journal (issue 17): opened with the key kept in a keyring, as after the first time
# ----------------------------------------------------------------------------------------
PASSPHRASE = "een lange zin als wachtwoord"


def encrypted_env(home: Path, keyring_file: Path) -> dict[str, str]:
    env = env_for(home)
    env["PYTHON_KEYRING_BACKEND"] = "bench_keyring.FileKeyring"
    env["VRAAGHULP_BENCH_KEYRING"] = str(keyring_file)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), env.get("PYTHONPATH", "")]))
    env["VRAAGHULP_APPARAAT"] = str(keyring_file.parent / "apparaat")
    return env


def encrypt_home(home: Path) -> None:
    """Encrypt a built log in place (in a child process with the benchmark keyring)."""
    sys.path.insert(0, str(HERE.parent / "src"))
    home.mkdir(parents=True, exist_ok=True)
    os.environ["VRAAGHULP_HOME"] = str(home)
    from vraaghulp.vault.switch import encrypt_folder

    encrypt_folder(home, PASSPHRASE)


def encrypted_cases(work: Path, homes: dict[int, Path], sizes: list[int], empty: Path, vh: list[str]) -> list:
    keyring_file = work / "sleutelbos.json"
    locked: dict[object, Path] = {}
    for size in (min(sizes), max(sizes)):
        locked[size] = work / f"versleuteld{size}"
        shutil.copytree(homes[size], locked[size])
    locked["leeg"] = work / "versleuteld-leeg"
    for home in locked.values():
        subprocess.run([PYTHON, __file__, "--versleutel", str(home)], env=encrypted_env(home, keyring_file), check=True)
    big, small = max(sizes), min(sizes)
    add = [*vh, "oefen", "--wie", "Sam", "--vraag", "Sam, kun je morgen bellen?", "--angst", "5", "--kans", "60"]
    return [
        Case(f"🔒 log -n 20 @ {big:,}", [*vh, "log", "-n", "20"], encrypted_env(locked[big], keyring_file),
             f"🔒 log -n 20 @ {small:,}", [*vh, "log", "-n", "20"], encrypted_env(locked[small], keyring_file), 1.2),
        Case(f"🔒 log overzicht @ {big:,}", [*vh, "log", "overzicht"], encrypted_env(locked[big], keyring_file),
             f"log overzicht @ {big:,}", [*vh, "log", "overzicht"], env_for(homes[big]), 3.0),
        Case(f"🔒 add one @ {big:,}", add, encrypted_env(locked[big], keyring_file),
             "🔒 add one @ empty", add, encrypted_env(locked["leeg"], keyring_file), 1.1),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--snel", action="store_true", help="quick run: fewer runs, under a minute")
    parser.add_argument("--runs", type=int, default=None, help="counted runs per command")
    parser.add_argument("--alleen", metavar="TEKST", help="only the cases whose name contains TEKST")
    parser.add_argument("--bouw", nargs=2, metavar=("MAP", "AANTAL"), help=argparse.SUPPRESS)
    parser.add_argument("--versleutel", metavar="MAP", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bouw:
        # Internal: build one log in a child process, so this parent stays small and its
        # memory does not count in the children's peak (ru_maxrss survives fork + exec).
        build_log(Path(args.bouw[0]), int(args.bouw[1]))
        return 0
    if args.versleutel:
        encrypt_home(Path(args.versleutel))
        return 0
    runs = args.runs or (3 if args.snel else 7)
    warmup = 1
    sizes = [1_000, 100_000] if args.snel else [1_000, 10_000, 100_000]
    vh = vraaghulp_cmd()

    work = Path(tempfile.mkdtemp(prefix="vraaghulp-bench-"))
    try:
        t0 = time.perf_counter()
        homes: dict[int, Path] = {}
        for size in sizes:
            homes[size] = work / f"log{size}"
            subprocess.run([PYTHON, __file__, "--bouw", str(homes[size]), str(size)], check=True)
        empty = work / "empty"
        empty.mkdir()
        print(f"logs built in {time.perf_counter() - t0:.1f} s: {', '.join(f'{s:,}' for s in sizes)} records")
        big = homes[max(sizes)]
        small = homes[min(sizes)]
        plain_json = [PYTHON, "-c", "import json,sys\nfor line in open(sys.argv[1],'rb'):\n    json.loads(line)", str(big / "logboek.jsonl")]
        python_pass = [PYTHON, "-c", "pass"]
        add = [*vh, "oefen", "--wie", "Sam", "--vraag", "Sam, kun je morgen bellen?", "--angst", "5", "--kans", "60"]

        cases = [
            Case("kaart", [*vh, "kaart"], env_for(empty), "python -c pass", python_pass, env_for(None), 4.0),
            Case("--help", [*vh, "--help"], env_for(empty), "python -c pass", python_pass, env_for(None), 12.0),
            Case(f"log -n 20 @ {max(sizes):,}", [*vh, "log", "-n", "20"], env_for(big),
                 f"log -n 20 @ {min(sizes):,}", [*vh, "log", "-n", "20"], env_for(small), 1.2),
            Case(f"log --zoek @ {max(sizes):,}", [*vh, "log", "--zoek", "ziekenhuis"], env_for(big),
                 "json.loads every line", plain_json, env_for(None), 2.5, 1.5),
            Case(f"log overzicht @ {max(sizes):,}", [*vh, "log", "overzicht"], env_for(big),
                 "json.loads every line", plain_json, env_for(None), 2.5, 1.5),
            Case(f"add one @ {max(sizes):,}", add, env_for(big), "add one @ empty", add, env_for(empty), 1.1),
        ]
        if os.name == "posix":
            prompt_env = dict(env_for(small), TERM="xterm-256color", PROMPT_TOOLKIT_NO_CPR="1")
            import_ref = [PYTHON, "-c", "import typer, questionary"]
            cases += [
                Case("first prompt: oefen", [*vh, "oefen"], prompt_env, "import typer, questionary", import_ref,
                     env_for(None), 1.3, marker="Heb je het gevraagd"),
                Case("first prompt: script", [*vh, "script"], prompt_env, "import typer, questionary", import_ref,
                     env_for(None), 1.3, marker="Bij welk thema past jouw zin"),
            ]
        if len(sizes) == 3:
            mid = homes[sizes[1]]
            cases.insert(3, Case(f"log -n 20 @ {sizes[1]:,}", [*vh, "log", "-n", "20"], env_for(mid),
                                 f"log -n 20 @ {min(sizes):,}", [*vh, "log", "-n", "20"], env_for(small), 1.2))

        cases += rewrite_cases(vh, work, small, big, sizes, runs)
        cases += encrypted_cases(work, homes, sizes, empty, vh)

        if args.alleen:
            cases = [case for case in cases if args.alleen in case.name]
        print(f"{runs} counted runs per command after {warmup} warm-up, alternating with the reference\n")
        header = f"{'case':<26}{'median s':>9}{'min':>8}{'max':>8}{'peak MiB':>10}   {'reference':<24}{'median s':>9}{'peak MiB':>10}{'ratio':>8}{'target':>14}{'mem':>7}  result"
        print(header)
        print("-" * len(header))
        all_ok = True
        for case in cases:
            r = measure(case, runs, warmup)
            a, b = r["a"], r["b"]
            mem = f"{r['mem_ratio']:.2f}" if case.mem_target and r["mem_ratio"] else "-"
            target = f"≤{case.target:g}" + (f"/≤{case.mem_target:g}m" if case.mem_target else "")
            peak_a = f"{a[3]:.1f}" if a[3] else "-"
            peak_b = f"{b[3]:.1f}" if b[3] else "-"
            print(
                f"{case.name:<26}{a[0]:>9.3f}{a[1]:>8.3f}{a[2]:>8.3f}{peak_a:>10}   {case.ref_name:<24}{b[0]:>9.3f}{peak_b:>10}"
                f"{r['ratio']:>8.2f}{target:>14}{mem:>7}  {'PASS' if r['ok'] else 'FAIL'}",
                flush=True,
            )
            all_ok = all_ok and r["ok"]
        print(f"\n{'all targets PASS' if all_ok else 'some targets FAIL'} (total {time.perf_counter() - t0:.0f} s)")
        return 0 if all_ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
