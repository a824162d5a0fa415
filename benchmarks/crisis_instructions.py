"""Instructions per crisis check, counted by valgrind (load-free, unlike time on a shared machine).

Round 52 (s52). Runs one process that checks the text K times (rotated by 1..K characters, as `run.py` does, so
that no cache helps) and one that checks it zero times, each after the same warm-up check, both under
``valgrind --tool=cachegrind --cache-sim=no`` with ``PYTHONHASHSEED=0``, and prints the difference divided by K.

    PYTHONPATH=src .venv/bin/python benchmarks/crisis_instructions.py            # both texts, K = 10
    PYTHONPATH=src .venv/bin/python benchmarks/crisis_instructions.py --tekst gevarieerd -k 20

``gevarieerd`` is `run.CRISIS_VARIED` (the row "crisis: the same, varied sentences"); ``herhaald`` the probe's two
sentences repeated to 2,000 characters (the row "one check of 2,000 characters").
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import CRISIS_VARIED  # noqa: E402  (benchmarks/run.py: the text of the benchmark row)

REPEATED = (("Vandaag vroeg ik mijn zus of ze me naar het ziekenhuis kan brengen; ze zei ja en dat viel mee. "
             "Morgen probeer ik het bij Sam, met een kleinere vraag. ") * 20)[:2000]
TEXTS = {"gevarieerd": CRISIS_VARIED, "herhaald": REPEATED}

PROBE = """import json, sys
from vraaghulp.coach import crisis
text, k = json.loads(sys.argv[1]), int(sys.argv[2])
crisis.assess(text)  # the warm-up: the rules are built, the patterns of this text compiled
for n in range(1, k + 1):
    crisis.assess(text[n:] + text[:n])
"""


def instructions(text: str, k: int, python: str) -> int:
    """The instructions of one process that checks `text` k times after the warm-up."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg.out"
        env = dict(os.environ, PYTHONHASHSEED="0")
        done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
                               python, "-c", PROBE, json.dumps(text), str(k)],
                              capture_output=True, text=True, env=env, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tekst", choices=sorted(TEXTS), action="append", help="which text (default: both)")
    parser.add_argument("-k", type=int, default=10, help="checks counted (default 10)")
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    results = {}
    for name in args.tekst or sorted(TEXTS):
        text = TEXTS[name]
        per_check = (instructions(text, args.k, args.python) - instructions(text, 0, args.python)) / args.k
        results[name] = per_check
        print(f"{name:<12}{len(text):>6} characters  {per_check / 1e6:8.2f} million instructions per check")
    if len(results) > 1:
        print(json.dumps({name: round(value) for name, value in results.items()}))


if __name__ == "__main__":
    main()
