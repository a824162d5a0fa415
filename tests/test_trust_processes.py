"""No data lost: real processes killed mid-write, and real concurrent writers."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timezone

import pytest

from tests.conftest import ROOT, vraaghulp_exe

# The store's own append (`append_lines`, what `Journal.append` ends in) with ready lines: the
# writers need no pydantic, so each process starts quickly and the kills land in the writing.
LINE = (
    "import json\n"
    "from datetime import datetime, timezone\n"
    "def line(record_id, person, text):\n"
    "    return json.dumps({'id': record_id, 'soort': 'vraag', 'v': 1, 'gemaakt': datetime.now(timezone.utc)"
    ".isoformat(), 'wie': person, 'vraag': text, 'angst_voor': 5, 'kans': 50}).encode()\n"
)

WRITER = LINE + textwrap.dedent(
    """
    import sys
    from vraaghulp.store import Journal, new_id

    journal = Journal()
    padding = "x" * int(sys.argv[1])
    while True:
        record_id = new_id()
        journal.append_lines([line(record_id, "Sam", "Kun je helpen? " + padding)])
        sys.stdout.write(record_id + "\\n")
        sys.stdout.flush()
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_at_random_moments_loses_no_reported_add(data_home):
    rng = random.Random(20261121)
    reported: list[str] = []
    env = dict(os.environ, VRAAGHULP_HOME=str(data_home))
    kills = 0
    for round_number in range(5):  # four writers at once each round: kills land while others write
        children = []
        for _ in range(4):
            padding = rng.choice([10, 2000, 60000])  # small and large lines, so kills land mid-write too
            children.append(subprocess.Popen([sys.executable, "-c", WRITER, str(padding)], stdout=subprocess.PIPE,
                                             env=env, cwd=ROOT))
        # Wait until each child has written at least once, then kill them at random moments.
        for child in children:
            first = child.stdout.readline().decode().strip()
            if first:
                reported.append(first)
        for child in children:
            time.sleep(rng.uniform(0.0, 0.05))
            child.send_signal(signal.SIGKILL)
        for child in children:
            rest, _ = child.communicate()
            reported.extend(line for line in rest.decode().split("\n") if len(line) == 8)
            child.wait()
            kills += 1
    assert kills >= 20 and reported

    from vraaghulp import store
    from vraaghulp.store import Journal

    store.take_reported()
    loaded = {record.id for record in Journal().records()}
    missing = [rid for rid in reported if rid not in loaded]
    assert missing == []
    # A torn line may exist (a kill mid-write); if so it is reported with its line number.
    raw_lines = (data_home / "logboek.jsonl").read_bytes().split(b"\n")
    broken = 0
    for line in raw_lines:
        if not line.strip():
            continue
        try:
            json.loads(line)
        except ValueError:
            broken += 1
    assert len(store.take_reported()) == broken


def _cli(data_home, *args) -> subprocess.Popen:
    env = dict(os.environ, VRAAGHULP_HOME=str(data_home))
    return subprocess.Popen([*vraaghulp_exe(), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True)


def _add(data_home, worker: int, n: int, *extra: str) -> subprocess.Popen:
    return _cli(data_home, "oefen", "--wie", f"W{worker}", "--vraag", f"Vraag {worker}-{n}?", "--angst", "5",
                "--kans", "50", *extra)


def _all_succeed(processes: list[subprocess.Popen]) -> list[str]:
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        outputs.append(out)
    return outputs


STORE_WRITER = LINE + textwrap.dedent(
    """
    import select, sys
    from vraaghulp.store import Journal, new_id

    journal = Journal()
    worker, count = sys.argv[1], int(sys.argv[2])
    sys.stdin.readline()  # all writers start together
    n = 0
    while n < count or (count == 0 and not select.select([sys.stdin], [], [], 0.003)[0]):
        # Until told to stop (0), an append every few milliseconds: with two writers a steady
        # stream through every rewrite (each takes milliseconds), leaving the CPU to the
        # commands raced (writers that spin starved them on two cores).
        journal.append_lines([line(new_id(), "W" + worker, f"Vraag {worker}-{n}?")])
        n += 1
    print(n)
    """
)


def _store_writers(data_home, workers: int, count: int) -> list[subprocess.Popen]:
    """Processes that append through the store: `count` each, or (0) until told to stop."""
    env = dict(os.environ, VRAAGHULP_HOME=str(data_home))
    return [subprocess.Popen([sys.executable, "-c", STORE_WRITER, str(w), str(count)], env=env, cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for w in range(workers)]


def _go(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()


def _journal(data_home) -> list[dict]:
    return [json.loads(line) for line in (data_home / "logboek.jsonl").read_text(encoding="utf-8").splitlines()]


def test_four_processes_adding_through_the_cli_at_the_same_moment(data_home):
    """Rounds of four real `vraaghulp oefen` processes started together, so their appends overlap."""
    for round_number in range(3):
        _all_succeed([_add(data_home, worker, round_number) for worker in range(4)])
    records = _journal(data_home)
    assert len(records) == 12 and len({r["id"] for r in records}) == 12
    assert sorted(r["vraag"] for r in records) == sorted(f"Vraag {w}-{n}?" for w in range(4) for n in range(3))


def test_four_writers_appending_fifty_each_through_the_store(data_home):
    """Many more overlapping appends than whole commands can give: four processes, one start signal."""
    writers = _store_writers(data_home, 4, 50)
    _go(writers)
    _all_succeed(writers)
    records = _journal(data_home)
    assert len(records) == 200 and len({r["id"] for r in records}) == 200
    assert sorted(r["vraag"] for r in records) == sorted(f"Vraag {w}-{n}?" for w in range(4) for n in range(50))


@pytest.mark.skipif(os.name != "posix", reason="select() on a pipe")
def test_recording_outcomes_while_adds_run(data_home):
    """`oefen --afronden` (a rewrite) through the CLI while other processes append: nothing lost."""
    from vraaghulp.flows.experiment import new_ask
    from vraaghulp.store import Journal

    journal = Journal()
    seeds = []
    for n in range(6):
        ask = new_ask(person="Sam", text=f"Eerst {n}?", fear=6, chance=60, when=datetime.now(timezone.utc))
        journal.append(ask)
        seeds.append(ask.id)
    writers = _store_writers(data_home, 2, 0)
    _go(writers)
    for first, second in zip(seeds[::2], seeds[1::2]):  # two rewrites at once, with the appends going on
        _all_succeed([_cli(data_home, "oefen", "--afronden", rid, "--uitkomst", "ja", "--angst-na", "2")
                      for rid in (first, second)])
    _go(writers)  # stop
    appended = sum(int(out) for out in _all_succeed(writers))
    records = _journal(data_home)
    assert appended > 0 and len(records) == 6 + appended and len({r["id"] for r in records}) == len(records)
    by_id = {r["id"]: r for r in records}
    assert all(by_id[rid]["status"] == "gedaan" and by_id[rid]["uitkomst"] == "ja" for rid in seeds)
