"""Write content/nl/crisis_regels.json: the crisis rules in a form that loads fast.

Usage: python tools/crisis_bouw.py

Run it after every change to content/nl/crisis_signalen.toml or crisis_begrippen.toml
(a test fails when the JSON is out of date). The program checks the JSON's checksums
against the TOML files when it starts checking, and builds from the TOML files itself
when they differ: slower, never stale.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    from vraaghulp.coach.crisis.snapshot import SNAPSHOT_FILE, dumps, make
    from vraaghulp.coach.crisis.table import Table

    start = time.perf_counter()
    snapshot = make({})  # every key set worked out afresh
    check(snapshot)
    target = ROOT / "content" / "nl" / SNAPSHOT_FILE
    target.write_text(dumps(snapshot), encoding="utf-8")
    patterns = len(snapshot["signalen"]["patronen"])
    lexicon = snapshot["begrippen"]["begrippen"]
    single = Table(lexicon["enkel"])
    forms = sum(len(f) for _n, f in lexicon["vormen"].values()) + sum(len(single.get(w)) for w in single.keys())
    print(f"{patterns} patronen en {forms} begripsvormen geschreven naar {target} "
          f"({time.perf_counter() - start:.1f} s)")
    return 0


def check(snapshot) -> None:
    """Every rule built once, as a changed TOML file is: the program reads the stored [[samen]]
    rules one at a time when a text needs them, and then no longer checks the names they use."""
    from vraaghulp.coach.crisis.rules import from_digest
    from vraaghulp.coach.crisis.weigh import build_concepts

    rules = from_digest(snapshot["signalen"])
    build_concepts(snapshot["begrippen"], rules)


if __name__ == "__main__":
    sys.exit(main())
