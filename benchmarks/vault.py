"""Benchmark of the devices and encryption building blocks (in-process, prints figures).

Usage:
    python benchmarks/vault.py          # full figures
    python benchmarks/vault.py --snel   # fewer repetitions

Measured (median of several rounds, wall time via time.perf_counter):
- encrypt + decrypt of one typical journal line (AES-256-GCM, base64, one JSON line);
- decrypt + json.loads of 100,000 lines against json.loads alone (what an encrypted
  `log overzicht` adds);
- merge of two 10,000-record journals that went apart (5% changed on each side, 2% new on
  each side, a few clashes and deletes), plain and encrypted;
- key stretching (scrypt, the default parameters) and `is_locked` (what `kaart` pays).
No targets are judged here: the issue's targets are whole-command ratios for the store stage.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from vraaghulp.sync import versions as ver  # noqa: E402
from vraaghulp.sync.merge import merge_lines  # noqa: E402
from vraaghulp.vault import keyfile as kf  # noqa: E402
from vraaghulp.vault.cipher import LineCipher  # noqa: E402
from vraaghulp.vault.detect import is_locked  # noqa: E402

LAPTOP, WERK = "laptop01", "werkpc02"


def typical(index: int) -> dict:
    return {
        "id": f"r{index:07d}", "soort": "vraag", "v": 1, "gemaakt": f"2026-{1 + index % 12:02d}-01T09:00:00",
        "wie": "Sam", "vraag": "Wil je morgen om acht uur even tien minuten bellen over de verhuizing?",
        "wanneer": "morgen", "niveau": 2, "verwachting": "Dat ze geen tijd heeft.", "angst_voor": 6, "kans": 60,
        "volheid": 7, "script": None, "status": "gedaan", "uitkomst": "ja", "vergelijking": "beter",
        "angst_na": 2, "geleerd": "Het viel mee; ze was blij dat ik het vroeg.", "afgerond": "2026-01-02T20:00:00",
    }


def timed(fn, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bench_line(cipher: LineCipher, rounds: int) -> None:
    line = json.dumps(ver.stamp_new(typical(1), LAPTOP), ensure_ascii=False).encode()
    repeat = 2000
    seconds = timed(lambda: [cipher.decrypt(cipher.encrypt(line)) for _ in range(repeat)], rounds)
    sealed = cipher.encrypt(line)
    print(f"one line: {len(line)} bytes plain, {len(sealed)} bytes encrypted")
    print(f"encrypt + decrypt of one line: {seconds / repeat * 1e6:8.1f} µs")


def bench_bulk(cipher: LineCipher, rounds: int, count: int) -> None:
    plain = [json.dumps(typical(i), ensure_ascii=False).encode() for i in range(count)]
    sealed = [cipher.encrypt(x) for x in plain]
    floor = timed(lambda: [json.loads(x) for x in plain], rounds)
    opened = timed(lambda: [json.loads(cipher.decrypt(x)) for x in sealed], rounds)
    print(f"json.loads of {count:,} lines:            {floor * 1000:8.1f} ms")
    print(f"decrypt + json.loads of {count:,} lines:  {opened * 1000:8.1f} ms  ({opened / floor:.2f}x)")


def diverged(size: int, seed: int = 7) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    shared = [ver.stamp_new(typical(i), LAPTOP) for i in range(size)]
    a, b = list(shared), list(shared)
    for side, device in ((a, LAPTOP), (b, WERK)):
        for i in rng.sample(range(size), size // 20):
            field = rng.choice(["geleerd", "status", "angst_na"])
            value = {"geleerd": f"notitie {device} {i}", "status": "afgezien", "angst_na": rng.randint(0, 10)}[field]
            side[i] = ver.stamp_change(side[i], {**side[i], field: value}, device)
        for i in rng.sample(range(size), size // 200):
            side[i] = ver.tombstone(side[i], device)
        side.extend(ver.stamp_new(typical(size * (2 if device == WERK else 3) + j), device) for j in range(size // 50))
    return a, b


def bench_merge(cipher: LineCipher, rounds: int, size: int) -> None:
    a, b = diverged(size)
    codecs = {
        "plain": (json.loads, lambda d: json.dumps(d, ensure_ascii=False).encode()),
        "encrypted": (
            lambda raw: json.loads(cipher.open(raw)),
            lambda d: cipher.encrypt(json.dumps(d, ensure_ascii=False).encode()),
        ),
    }
    for name, (decode, encode) in codecs.items():
        lines_a = [encode(d) for d in a]
        lines_b = [encode(d) for d in b]
        result = {}

        def run() -> None:
            result["outcome"] = merge_lines(lines_a, [(Path("kopie"), lines_b)], decode, encode)

        seconds = timed(run, rounds)
        outcome = result["outcome"]
        print(
            f"merge of two {size:,}-record journals ({name}): {seconds * 1000:8.1f} ms  "
            f"[{outcome.added} added, {outcome.updated} updated, {len(outcome.clashes)} clashes]"
        )


def bench_kdf(rounds: int) -> None:
    seconds = timed(lambda: kf.create("een lange zin als wachtwoord"), max(1, rounds // 2))
    print(f"key stretching, scrypt n=2^17 r=8 p=1 (create): {seconds * 1000:8.1f} ms")
    keyfile, _ = kf.create("een lange zin als wachtwoord")
    seconds = timed(lambda: kf.unwrap(keyfile, "een lange zin als wachtwoord"), max(1, rounds // 2))
    print(f"unlock with the passphrase (unwrap):            {seconds * 1000:8.1f} ms")


def bench_detect(cipher: LineCipher, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        keyfile, _ = kf.create("een lange zin als wachtwoord", n=2**14)
        (Path(folder) / "sleutel.json").write_bytes(kf.dumps(keyfile))
        repeat = 2000
        seconds = timed(lambda: [is_locked(folder) for _ in range(repeat)], rounds)
        print(f"is_locked (what kaart asks):  {seconds / repeat * 1e6:8.1f} µs")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--snel", action="store_true", help="fewer repetitions")
    quick = parser.parse_args().snel
    rounds = 3 if quick else 7
    cipher = LineCipher(kf.create("een lange zin als wachtwoord", n=2**14)[1])
    bench_line(cipher, rounds)
    bench_bulk(cipher, rounds, 10_000 if quick else 100_000)
    bench_merge(cipher, max(1, rounds // 2), 10_000)
    bench_kdf(rounds)
    bench_detect(cipher, rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
