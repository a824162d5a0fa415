"""Round 51 (k51a): the sentence right before the ask that the ask points into — counted, and the put-back measured.

Over every tuning draft (the outside files — every tuning-ho* and tuning*-p — and the rest apart), the engine runs with
fact_before.ON off; where its result is not sure, no crisis, and a sentence of the draft right before the ask's sentence
was dropped (before_ask.dropped_before), the row says how the ask as typed points back (fact_before.pointer: noun, bare,
then, or -), whether the sentence holds an anchor (a figure, a day or month, a capital name), whether it is plain, and
whether the golds keep it (all K / some m / none d). With --proef the drafts where fact_before.leaned fires are run
again with the rule on: acceptable gained (+) and lost (-), sure before and after (it must not change).

Only drafts with a '?' and a sentence before it are run (a cheap text filter), so the tool takes minutes, not an hour.

Usage: PYTHONPATH=src python tools/krimp_fact_before.py [--proef] [--rijen] [--buiten]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import krimp_eval as ke  # noqa: E402
from vraaghulp.coach.krimp import before_ask as ba  # noqa: E402
from vraaghulp.coach.krimp import fact_before as fb  # noqa: E402
from vraaghulp.coach.krimp import shrink  # noqa: E402
from vraaghulp.coach.krimp.lone_statement import split  # noqa: E402


def outside(stem: str) -> bool:
    return stem.startswith("tuning-ho") or stem.endswith("-p")


def cases(only_outside: bool):
    for path in sorted((ROOT / "tests" / "corpus" / "krimp").glob("tuning*.toml")):
        if only_outside and not outside(path.stem):
            continue
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            draft = case["concept"].strip("\n")
            parts = split(draft)
            asks = [k for k, p in enumerate(parts) if "?" in p]
            if len(parts) > 1 and any(fb.pointer(p) for p in (parts[k] for k in asks or range(1, len(parts)))):
                yield path.stem, case, draft


def run(case: dict, draft: str):
    return shrink(draft, person=case.get("wie") or None, moment=case.get("wanneer") or None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--proef", action="store_true")
    ap.add_argument("--rijen", action="store_true")
    ap.add_argument("--buiten", action="store_true", help="only the outside files")
    args = ap.parse_args(argv)
    per: dict[tuple, Counter] = defaultdict(Counter)
    trial: dict[str, Counter] = defaultdict(Counter)
    for stem, case, draft in cases(args.buiten):
        side = "buiten" if outside(stem) else "rest"
        fb.ON = False
        old = run(case, draft)
        if old.sure or old.crisis:
            continue
        for said, ask, gap in ba.dropped_before(draft, old.sentence):
            if gap != 1:
                continue
            golds = [ba.mostly_shown(said, g) for g in case["goud"]]
            gold = "K" if all(golds) else "d" if not any(golds) else "m"
            key = (side, fb.pointer(ask) or "-", "anker" if fb.anchor(said) else "-",
                   "kaal" if ba.plain_fact(said, []) else "vulsel")
            per[key][gold] += 1
        said = fb.leaned(draft, old.sentence, "")
        if not args.proef or not said:
            continue
        fb.ON = True
        new = run(case, draft)
        ok = (not ke.judge(old.sentence, case)[5], not ke.judge(new.sentence, case)[5])
        mark = "+" if ok == (False, True) else "-" if ok == (True, False) else "="
        trial[side][mark] += 1
        trial[side]["zeker"] += new.sure != old.sure
        if args.rijen:
            print(f"{case['id']:11s} {mark} | {old.sentence} || {new.sentence}")
    fb.ON = True
    print("kant    wijst  anker  kaal     keep / split / drop")
    for key, n in sorted(per.items()):
        print(f"{key[0]:7s} {key[1]:6s} {key[2]:6s} {key[3]:7s} {n['K']:4d} / {n['m']:4d} / {n['d']:4d}")
    for side, n in sorted(trial.items()):
        print(f"proef {side}: +{n['+']} -{n['-']} ={n['=']}, zeker anders {n['zeker']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
