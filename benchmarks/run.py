"""Benchmark: whole-process timings of vraaghulp against references measured in the same run.

Usage:
    python benchmarks/run.py             # full run (logs of 1,000, 10,000, 100,000 and 1,000,000 records)
    python benchmarks/run.py --snel      # quick run (1,000 and 100,000 records, fewer runs)
    python benchmarks/run.py --zonder-pyc   # also the memory targets on an install without .pyc files

Logs are built through the project's own store code in temporary VRAAGHULP_HOME folders (the
large ones by repeating 10,000 built records with fresh ids). Every case runs as a whole
process, after a warm-up, in pairs with its reference (A B A B ...): every ratio printed is
the median of the ratios of the pairs, so drift on a noisy machine hits both sides of a pair.
Only the standard library is used: wall time from time.perf_counter, peak memory from GNU
time (/usr/bin/time) when it is there (without it the memory column stays empty and memory
targets are not judged). The crisis check is timed inside one fresh process.

Without .pyc (`--zonder-pyc`, always in the full run): a temporary venv gets the project and
its dependencies with `pip install --no-compile`, and its cases run with
PYTHONDONTWRITEBYTECODE=1, so every module is compiled from source in every process.
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
ROOT = HERE.parent
BUILT = 10_000  # records built through the store; larger logs repeat them with fresh ids


def vraaghulp_cmd(python: str = PYTHON) -> list[str]:
    exe = shutil.which("vraaghulp", path=os.path.dirname(python))
    if exe is None and python == PYTHON:
        exe = shutil.which("vraaghulp")
    return [exe] if exe else [python, "-m", "vraaghulp"]


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


BENCH_DEVICE = "bench234"  # every built record carries a version stamp, as every stored record does


def built_lines(count: int, seed: int = 7) -> list[bytes]:
    sys.path.insert(0, str(ROOT / "src"))
    from vraaghulp.light.records import record_line, stamped_new
    from vraaghulp.models import Ask, Rating, Script
    from vraaghulp.store import new_id

    rng = random.Random(seed)
    start = datetime(2020, 1, 1, 8, 0, tzinfo=timezone.utc)
    lines: list[bytes] = []
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
        lines.append(record_line(stamped_new(record.model_dump(mode="json"), BENCH_DEVICE)))  # as codec.new_line
    return lines


def build_log(home: Path, count: int) -> Path:
    """A journal of `count` records; beyond BUILT, earlier copies of the built records come first
    (ids tagged with the copy number, still valid and unique), so the newest lines are the built ones."""
    sys.path.insert(0, str(ROOT / "src"))
    os.environ["VRAAGHULP_HOME"] = str(home)
    from vraaghulp.store import Journal

    journal = Journal(home / "logboek.jsonl")
    lines = built_lines(min(count, BUILT))
    copies, rest = divmod(count, len(lines))
    journal.append_lines(lines[len(lines) - rest:] if rest else [])
    for copy in range(copies - 1, -1, -1):
        tag = b'"id":"' + (b"k%d" % copy if copy else b"")
        batch = [line.replace(b'"id":"', tag, 1) for line in lines] if copy else lines
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
    target: float | None  # median of the pair ratios of wall time, A/B (None: not judged)
    mem_target: float | None = None  # the same for peak memory
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
    pairs = [(run_a(), run_once(_argv(case.ref_cmd), case.ref_env)) for _ in range(runs)]
    ratio = statistics.median(a.wall / b.wall for a, b in pairs)
    peaks = [(a.peak_mib, b.peak_mib) for a, b in pairs if a.peak_mib and b.peak_mib]
    mem_ratio = statistics.median(a / b for a, b in peaks) if peaks else None
    ok = case.target is None or ratio <= case.target
    if case.mem_target is not None and mem_ratio is not None:
        ok = ok and mem_ratio <= case.mem_target
    a_walls, b_walls = [a.wall for a, _b in pairs], [b.wall for _a, b in pairs]
    return {
        "case": case,
        "a": (statistics.median(a_walls), min(a_walls), max(a_walls), max((a for a, _b in peaks), default=None)),
        "b": (statistics.median(b_walls), max((b for _a, b in peaks), default=None)),
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


def rewrite_cases(vh: list[str], work: Path, homes: dict[int, Path], runs: int) -> list[Case]:
    """afronden and wis at 100,000 against the streaming floor (time), and against themselves
    at 1,000 (peak memory: the rewrite streams, it is not built in memory)."""
    need = 4 * (runs + 1) + 4
    sizes = [1_000, 100_000]
    pools = {size: OpenAsks(homes[size], work / f"rewrite{size}", need) for size in sizes}
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
                 make(small_pool), env_for(small_pool.home), None, 1.3),
        ]
    return cases


def env_for(home: Path | None, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)  # as people run it
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "100"
    if home is not None:
        env["VRAAGHULP_HOME"] = str(home)
    env.update(extra)
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
    for size in (min(sizes), 100_000):
        locked[size] = work / f"versleuteld{size}"
        shutil.copytree(homes[size], locked[size])
    locked["leeg"] = work / "versleuteld-leeg"
    for home in locked.values():
        subprocess.run([PYTHON, __file__, "--versleutel", str(home)], env=encrypted_env(home, keyring_file), check=True)
    big, small = 100_000, min(sizes)  # the 1M log is not encrypted: that would take minutes
    add = [*vh, "oefen", "--wie", "Sam", "--vraag", "Sam, kun je morgen bellen?", "--angst", "5", "--kans", "60"]
    return [
        Case(f"🔒 log -n 20 @ {big:,}", [*vh, "log", "-n", "20"], encrypted_env(locked[big], keyring_file),
             f"🔒 log -n 20 @ {small:,}", [*vh, "log", "-n", "20"], encrypted_env(locked[small], keyring_file), 1.2),
        Case(f"🔒 log overzicht @ {big:,}", [*vh, "log", "overzicht"], encrypted_env(locked[big], keyring_file),
             f"log overzicht @ {big:,}", [*vh, "log", "overzicht"], env_for(homes[big]), 3.0),
        Case(f"🔒 add one @ {big:,}", add, encrypted_env(locked[big], keyring_file),
             "🔒 add one @ empty", add, encrypted_env(locked["leeg"], keyring_file), 1.1),
    ]


HEADER = (f"{'case':<34}{'median s':>9}{'min':>8}{'max':>8}{'peak MiB':>10}   {'reference':<32}{'median s':>9}"
          f"{'peak MiB':>10}{'ratio':>8}{'mem':>7}{'target':>16}  result")


def print_row(r: dict) -> None:
    case, a, b = r["case"], r["a"], r["b"]
    mem = f"{r['mem_ratio']:.2f}" if r["mem_ratio"] is not None else "-"
    target = (f"≤{case.target:g}" if case.target is not None else "-") + (f"/≤{case.mem_target:g}m" if case.mem_target else "")
    peak_a = f"{a[3]:.1f}" if a[3] else "-"
    peak_b = f"{b[1]:.1f}" if b[1] else "-"
    print(f"{case.name:<34}{a[0]:>9.3f}{a[1]:>8.3f}{a[2]:>8.3f}{peak_a:>10}   {case.ref_name:<32}{b[0]:>9.3f}{peak_b:>10}"
          f"{r['ratio']:>8.2f}{mem:>7}{target:>16}  {'PASS' if r['ok'] else 'FAIL'}", flush=True)


# ----------------------------------------------------------------------------------------
# References
# ----------------------------------------------------------------------------------------
JSON_FLOOR = "import json,sys\nfor line in open(sys.argv[1],'rb'):\n    json.loads(line)"
# Adding one line the bare way: flock on the lock file, append, fsync (as the journal does).
APPEND_FLOOR = """import fcntl, json, os, sys
home = sys.argv[1]
line = json.dumps({"id": "x", "soort": "vraag", "wie": sys.argv[2]}, ensure_ascii=False).encode() + b"\\n"
lock = os.open(os.path.join(home, "logboek.jsonl.lock"), os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
fcntl.flock(lock, fcntl.LOCK_EX)
fd = os.open(os.path.join(home, "logboek.jsonl"), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
os.write(fd, line)
os.fsync(fd)
os.close(fd)
fcntl.flock(lock, fcntl.LOCK_UN)
"""


def build_cases(vh: list[str], homes: dict[int, Path], empty: Path, scratch: Path) -> list[Case]:
    """Every case of the run; the sizes present decide which (the quick run has no 10,000 or 1M)."""
    sizes = sorted(homes)
    small, big = homes[sizes[0]], homes[100_000]
    python_pass = [PYTHON, "-c", "pass"]
    plain_json = [PYTHON, "-c", JSON_FLOOR, str(big / "logboek.jsonl")]
    add = [*vh, "oefen", "--wie", "Sam", "--vraag", "Sam, kun je morgen bellen?", "--angst", "5", "--kans", "60"]
    bare_home = scratch / "bare-append"
    bare_home.mkdir(mode=0o700, exist_ok=True)
    add_home = scratch / "add"
    add_home.mkdir(mode=0o700, exist_ok=True)
    start = [*vh]
    cases = [
        Case("kaart", [*vh, "kaart"], env_for(empty), "python -c pass", python_pass, env_for(None), 4.0),
        Case("--help", [*vh, "--help"], env_for(empty), "python -c pass", python_pass, env_for(None), 12.0),
        Case("start screen @ 1,000", start, env_for(small), "python -c pass", python_pass, env_for(None), 8.0),
    ]
    for size in sizes[1:]:
        if size == 100_000:
            continue
        cases.append(Case(f"start screen @ {size:,}", start, env_for(homes[size]), "start screen @ 1,000", start,
                          env_for(small), 1.3 if size <= 10_000 else None, 1.3))
        cases.append(Case(f"log -n 20 @ {size:,}", [*vh, "log", "-n", "20"], env_for(homes[size]),
                          "log -n 20 @ 1,000", [*vh, "log", "-n", "20"], env_for(small), 1.2))
    cases += [
        Case("log -n 20 @ 100,000", [*vh, "log", "-n", "20"], env_for(big), "log -n 20 @ 1,000",
             [*vh, "log", "-n", "20"], env_for(small), 1.2),
        Case("log --zoek @ 100,000", [*vh, "log", "--zoek", "ziekenhuis"], env_for(big),
             "json.loads every line", plain_json, env_for(None), 2.5, 1.5),
        Case("log overzicht @ 100,000", [*vh, "log", "overzicht"], env_for(big),
             "json.loads every line", plain_json, env_for(None), 2.5, 1.5),
        Case("log --json @ 100,000", [*vh, "log", "--json"], env_for(big),
             "json.loads every line", plain_json, env_for(None), 2.5, 1.5),
        Case("add one @ 100,000", add, env_for(big), "add one @ empty", add, env_for(add_home), 1.1),
        Case("add one (oefen --wie ...)", add, env_for(add_home), "bare append+flock+fsync",
             [PYTHON, "-c", APPEND_FLOOR, str(bare_home), "Sam"], env_for(None), 8.0),
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
    return cases


def no_pyc_cases(python: str, homes: dict[int, Path]) -> list[Case]:
    """The memory targets again, on an install without .pyc files (see the module docstring)."""
    vh = vraaghulp_cmd(python)
    big = homes[100_000]
    plain_json = [python, "-c", JSON_FLOOR, str(big / "logboek.jsonl")]
    env = {"PYTHONDONTWRITEBYTECODE": "1"}
    return [
        Case(f"no .pyc: {name} @ 100,000", [*vh, *args], installed_env(big, **env), "no .pyc: json.loads every line",
             plain_json, installed_env(None, **env), None, 1.5)
        for name, args in (("log --zoek", ["log", "--zoek", "ziekenhuis"]), ("log overzicht", ["log", "overzicht"]),
                           ("log --json", ["log", "--json"]))
    ]


def installed_env(home: Path | None, **extra: str) -> dict[str, str]:
    """`env_for` without PYTHONPATH (round 46): run as `PYTHONPATH=src python benchmarks/run.py`, the venv
    without .pyc imported vraaghulp from the source tree, whose __pycache__ holds every .pyc, so its rows
    measured compiled code instead of the install."""
    env = env_for(home, **extra)
    env.pop("PYTHONPATH", None)
    return env


def install_without_pyc(where: Path) -> str:
    """A venv in `where` with the project installed by `pip install --no-compile`; its python."""
    subprocess.run([PYTHON, "-m", "venv", str(where)], check=True)
    python = str(where / ("Scripts" if os.name == "nt" else "bin") / "python")
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-compile", str(ROOT)], check=True, env=env)
    for cache in list(where.rglob("__pycache__")):  # what venv itself compiled (pip, setuptools)
        shutil.rmtree(cache)
    left = list(where.rglob("*.pyc"))
    if left:
        raise SystemExit(f"the install without .pyc still has {len(left)} .pyc files, e.g. {left[0]}")
    return python


# ----------------------------------------------------------------------------------------
# The crisis check, inside one fresh process
# ----------------------------------------------------------------------------------------
# Round 31 (c31s): an ordinary long message of varied sentences (the probe text below repeats two), ~2,000 characters.
CRISIS_VARIED = (
    'Hoi, ik wil je even bijpraten over deze week, want er gebeurde best veel. Maandag begon ik aan mijn nieuwe '
    'rooster op het werk en dat was wennen: om zeven uur op de fiets, nog donker, en de koffieautomaat op de '
    'afdeling deed het weer eens niet. Mijn collega Fatima had gelukkig een thermoskan mee. Dinsdag moest ik met de'
    ' kat naar de dierenarts voor haar jaarlijkse prik; ze heeft de hele rit in de auto zitten miauwen en daarna '
    'twee uur onder het bed gelegen. Woensdagavond kwam mijn broer eten. We hebben lasagne gemaakt, veel te veel '
    'trouwens, dus ik heb nu nog drie bakjes in de vriezer. Hij vertelde dat hij in het voorjaar wil verhuizen naar'
    ' Utrecht, dichter bij zijn vriendin, en hij vroeg of ik wil helpen met dozen sjouwen. Natuurlijk, zei ik, als '
    'hij pizza regelt. Donderdag had ik een gesprek met mijn leidinggevende over de cursus Excel die ik graag wil '
    'volgen. Ze vond het een goed plan en ik mag hem in maart starten, twee middagen per maand. Vrijdag was de '
    'verjaardag van mijn nichtje, ze werd negen en wilde per se een taart met een eenhoorn erop. Het werd een '
    'beetje een scheve eenhoorn, maar ze was er blij mee. Zaterdag heb ik de hele ochtend in de tuin gewerkt: '
    'bladeren geharkt, de schutting geverfd en de fietsen in de schuur opnieuw neergezet. Mijn buurman kwam kijken '
    'en gaf me een stekje van zijn vijgenboom. Zondag regende het de hele dag, dus ben ik met een boek op de bank '
    'gaan liggen en heb ik een serie afgekeken over een bakkerij in Schotland. Volgende week wordt rustiger, hoop '
    'ik. Ik wil de tandarts bellen voor een controle, de verzekering opzeggen die ik dubbel heb en eindelijk die '
    "brief aan de gemeente over de parkeervergunning afmaken. Heb jij nog tips om zo'n brief kort en duidelijk te "
    'houden? En zullen we binnenkort weer eens samen wandelen in het bos bij jou in de buurt? Laat maar weten welke'
    ' dag je kan, ik ben vrij na vieren. Oh ja, en mam vroeg of we met kerst bij haar komen, ze wil gourmetten '
    'zoals vroeger. Groetjes en tot snel!'
)

CRISIS_PROBE = """import json, statistics, sys, time
t0 = time.perf_counter()
from vraaghulp import cli
from vraaghulp.env import Environment
import io
cli.run(["kaart"], Environment(stdout=io.StringIO(), stderr=io.StringIO()))
loaded = sorted(m for m in sys.modules if m.startswith("vraaghulp.coach.crisis."))
from vraaghulp.coach import crisis
text = (("Vandaag vroeg ik mijn zus of ze me naar het ziekenhuis kan brengen; ze zei ja en dat viel mee. "
         "Morgen probeer ik het bij Sam, met een kleinere vraag. ") * 20)[:2000]
t1 = time.perf_counter()
crisis.assess(text)
first = time.perf_counter() - t1
def warm_of(text):
    warm = []
    for n in range(21):
        t = time.perf_counter()
        crisis.assess(text[n:] + text[:n])
        warm.append(time.perf_counter() - t)
    return statistics.median(warm)
varied = json.loads(sys.argv[1])
crisis.assess(varied)
print(json.dumps({"loaded_by_kaart": loaded, "first": first, "warm": warm_of(text), "varied": warm_of(varied)}))
"""


def crisis_rows(runs: int) -> bool:
    """The crisis check's cost: nothing for a command that checks no text; ≤ 5 ms on 2,000 characters."""
    import json

    results = []
    for _ in range(max(3, runs)):
        done = subprocess.run([PYTHON, "-c", CRISIS_PROBE, json.dumps(CRISIS_VARIED)], capture_output=True, text=True, env=env_for(None), check=True)
        results.append(json.loads(done.stdout))
    loaded = sorted({name for r in results for name in r["loaded_by_kaart"]})
    first = statistics.median(r["first"] for r in results) * 1000
    warm = statistics.median(r["warm"] for r in results) * 1000
    varied = statistics.median(r["varied"] for r in results) * 1000
    rows = [
        ("crisis: modules a command without text loads", ", ".join(loaded) or "none", "none", not loaded),
        ("crisis: one check of 2,000 characters", f"{warm:.1f} ms", "≤5 ms", warm <= 5.0),
        ("crisis: the same, varied sentences", f"{varied:.1f} ms", "≤5 ms", varied <= 5.0),
        ("crisis: first check in a fresh process", f"{first:.1f} ms", "(loads the rules)", True),
    ]
    for name, figure, target, ok in rows:
        print(f"{name:<50}{figure:>16}{target:>20}  {'PASS' if ok else 'FAIL'}")
    return all(ok for *_rest, ok in rows)


# ----------------------------------------------------------------------------------------
# The run
# ----------------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--snel", action="store_true", help="quick run: fewer runs, no 10,000 or 1M log")
    parser.add_argument("--runs", type=int, default=None, help="counted pairs per case")
    parser.add_argument("--alleen", metavar="TEKST", help="only the cases whose name contains TEKST")
    parser.add_argument("--zonder-pyc", action="store_true", help="also the memory targets without .pyc (full run: always)")
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
    sizes = [1_000, 100_000] if args.snel else [1_000, 10_000, 100_000, 1_000_000]
    work = Path(tempfile.mkdtemp(prefix="vraaghulp-bench-"))
    try:
        return run_all(args, runs, sizes, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def compile_installed(python: str = PYTHON) -> None:
    """Write the .pyc files of the installed package, as `pip install` does: an editable install
    gets them at its first run, but not in a shell with PYTHONDONTWRITEBYTECODE set, and then
    every case would compile the program from source (the references use compiled libraries).
    Cases without .pyc are measured on purpose by --zonder-pyc."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    where = subprocess.run([python, "-c", "import os, vraaghulp; print(os.path.dirname(vraaghulp.__file__))"],
                           env=env, capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run([python, "-m", "compileall", "-q", where], env=env, check=True)


def run_all(args, runs: int, sizes: list[int], work: Path) -> int:
    t0 = time.perf_counter()
    compile_installed()
    homes: dict[int, Path] = {}
    for size in sizes:
        homes[size] = work / f"log{size}"
        subprocess.run([PYTHON, __file__, "--bouw", str(homes[size]), str(size)], check=True)
    empty = work / "empty"
    empty.mkdir()
    print(f"logs built in {time.perf_counter() - t0:.1f} s: {', '.join(f'{s:,}' for s in sizes)} records")
    cases = build_cases(vraaghulp_cmd(), homes, empty, work)
    cases += rewrite_cases(vraaghulp_cmd(), work, homes, runs)
    cases += encrypted_cases(work, homes, sizes, empty, vraaghulp_cmd())
    if (args.zonder_pyc or not args.snel) and (not args.alleen or args.alleen in "no .pyc: log --zoek overzicht --json"):
        print("installing without .pyc (pip install --no-compile) ...", flush=True)
        cases += no_pyc_cases(install_without_pyc(work / "venv-no-pyc"), homes)
    if args.alleen:
        cases = [case for case in cases if args.alleen in case.name]
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    print(f"{runs} counted pairs per case after 1 warm-up pair; ratios are medians of the pair ratios"
          + (f"; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}" if load else "") + "\n")
    print(HEADER)
    print("-" * len(HEADER))
    all_ok = True
    for case in cases:
        result = measure(case, runs, 1)
        print_row(result)
        all_ok = all_ok and result["ok"]
    if not args.alleen or "crisis" in args.alleen:
        print()
        all_ok = crisis_rows(runs) and all_ok
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    print(f"\n{'all targets PASS' if all_ok else 'some targets FAIL'} (total {time.perf_counter() - t0:.0f} s"
          + (f"; load average at the end {load[0]:.2f}" if load else "") + ")")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
