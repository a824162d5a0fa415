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
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import ROOT, vraaghulp_exe

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timezone
    from vraaghulp.models import Ask
    from vraaghulp.store import Journal, new_id

    journal = Journal()
    padding = "x" * int(sys.argv[1])
    while True:
        ask = Ask(id=new_id(), created=datetime.now(timezone.utc), person="Sam",
                  text="Kun je helpen? " + padding, fear_before=5, chance=50)
        journal.append(ask)
        sys.stdout.write(ask.id + "\\n")
        sys.stdout.flush()
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_at_random_moments_loses_no_reported_add(data_home):
    rng = random.Random(20261121)
    reported: list[str] = []
    env = dict(os.environ, VRAAGHULP_HOME=str(data_home))
    kills = 0
    for round_number in range(24):
        padding = rng.choice([10, 2000, 60000])  # small and large lines, so kills land mid-write too
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(padding)],
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        # Wait until the child has written at least once, then kill it at a random moment.
        first = child.stdout.readline().decode().strip()
        if first:
            reported.append(first)
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
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


def _cli(data_home, *args):
    env = dict(os.environ, VRAAGHULP_HOME=str(data_home))
    return subprocess.run([*vraaghulp_exe(), *args], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)


def _adder(data_home, worker: int, count: int) -> list[str]:
    codes = []
    for n in range(count):
        result = _cli(data_home, "oefen", "--wie", f"W{worker}", "--vraag", f"Vraag {worker}-{n}?", "--angst", "5", "--kans", "50")
        codes.append(result.returncode)
        assert result.returncode == 0, result.stderr
    return codes


def test_four_processes_adding_fifty_each_through_the_cli(data_home):
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda w: _adder(data_home, w, 50), range(4)))
    assert all(code == 0 for codes in results for code in codes)
    lines = (data_home / "logboek.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 200
    assert len({r["id"] for r in records}) == 200
    assert sorted(r["vraag"] for r in records) == sorted(f"Vraag {w}-{n}?" for w in range(4) for n in range(50))


def test_recording_outcomes_while_adds_run(data_home):
    seeds = []
    for n in range(10):
        result = _cli(data_home, "oefen", "--wie", "Sam", "--vraag", f"Eerst {n}?", "--angst", "6", "--kans", "60", "--json")
        seeds.append(json.loads(result.stdout)["items"][0]["id"])

    def finisher() -> None:
        for rid in seeds:
            result = _cli(data_home, "oefen", "--afronden", rid, "--uitkomst", "ja", "--angst-na", "2")
            assert result.returncode == 0, result.stderr

    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(_adder, data_home, w, 20) for w in range(2)] + [pool.submit(finisher)]
        for future in futures:
            future.result()
    records = [json.loads(line) for line in (data_home / "logboek.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 50 and len({r["id"] for r in records}) == 50
    by_id = {r["id"]: r for r in records}
    assert all(by_id[rid]["status"] == "gedaan" and by_id[rid]["uitkomst"] == "ja" for rid in seeds)
