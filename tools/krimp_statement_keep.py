"""Round 43 (k43a): the one short statement beside a clean ask — do the outside golds keep what a not-sure result drops?

Reads snapshots written by tools/krimp_snapshot.py (one JSON line per corpus draft, with its id), so the engine runs
once per state. Per draft of a shape (below) whose statement the not-sure result of BEFORE drops, the golds that show
at least half of its content words: all (`K`), some (`m`) or none (`d`), on the outside files (OUTSIDE of
tools/krimp_first_sight.py and the probes tuning37-p … tuning42-p) and on the rest of the tuning part apart.

Shapes (the statement: three to ten words, a capital first and a full stop last, none of lone_statement.left_out's
kinds: a way out, a word to the reader, a list, the writer's work beside a timed ask; the ask clean: no apology, hedge,
hatch … named, lone_statement.PADDING):
- `na`: exactly two sentences, the question and the statement after it (lone_statement.statement, shipped);
- `voor`: exactly two sentences, the statement and the question after it ('Ik moet vroeg naar het ziekenhuis. Kun je
  …?');
- `drie-na` / `drie-voor`: exactly three sentences, one question, the statement right after / right before it.

With AFTER as well: per tuning file, the drafts that became acceptable (+) or stopped being acceptable (−), sure and
wrong-and-sure before and after, and every changed result (`--rijen`).

With --proef SHAPE …: every tuning draft of those shapes rerun with them put back as well (lone_statement.SHAPES),
against AFTER: acceptable gained (+) and lost (−), outside files and the rest apart.

Usage: PYTHONPATH=src python tools/krimp_statement_keep.py BEFORE.jsonl [AFTER.jsonl] [--rijen [--rijen]]
       [--proef SHAPE …]
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

import krimp_eval as ke  # noqa: E402
from krimp_first_sight import OUTSIDE  # noqa: E402
from vraaghulp.coach.krimp import lone_statement as ls  # noqa: E402

PROBES = ("tuning37-p", "tuning38-p", "tuning39-p", "tuning40-p", "tuning41-p", "tuning42-p")


def outside(stem: str) -> bool:
    return stem in OUTSIDE or stem in PROBES


def shapes(draft: str, kinds: set[str]) -> list[tuple[str, str]]:
    """(shape, statement) for the draft (lone_statement.statement), or none."""
    shape, said = ls.statement(draft, kinds)
    return [(shape, said)] if shape else []


def load(path: str) -> dict[tuple[str, str], dict]:
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rows[(r["file"], r["id"])] = r
    return rows


def cases() -> list[tuple[str, dict]]:
    out = []
    for path in sorted((ROOT / "tests" / "corpus" / "krimp").glob("tuning*.toml")):
        out += [(path.stem, c) for c in tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])]
    return out


def counts(before: dict, rijen: bool) -> None:
    per: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for stem, case in cases():
        r = before.get((stem + ".toml", case.get("id")))
        if r is None or r["zeker"] or r["crisis"]:
            continue
        for shape, said in shapes(case["concept"].strip("\n"), {f[0] for f in r["findings"]}):
            if ls.shown(said, r["sentence"]):
                continue
            golds = [ls.shown(said, g) for g in case["goud"]]
            gold = "K" if all(golds) else "d" if not any(golds) else "m"
            side = "buiten" if outside(stem) else "rest"
            per[(side, shape)][gold] += 1
            if rijen and (side == "buiten" or rijen > 1):
                print(f"{case['id']:11s} {shape:9s} goud={gold} | {said} || {r['sentence']}")
    print("kant    vorm       keep / split / drop")
    for (side, shape), n in sorted(per.items()):
        total = n["K"] + n["m"] + n["d"]
        print(f"{side:7s} {shape:9s} {n['K']:4d} / {n['m']:4d} / {n['d']:4d}   ({100 * n['K'] / total:3.0f} % keep)")


def compare(before: dict, after: dict, rijen: bool) -> None:
    per: dict[str, Counter] = defaultdict(Counter)
    for stem, case in cases():
        key = (stem + ".toml", case.get("id"))
        if key not in before or key not in after:
            continue
        n = per[stem]
        for tag, r in (("v", before[key]), ("n", after[key])):
            best, _g, kept, _gone, wrong, reasons = ke.judge(r["sentence"], case)
            n[tag + "ok"] += not reasons
            n[tag + "zeker"] += r["zeker"]
            n[tag + "fout"] += r["zeker"] and (kept < len(case.get("houden", [])) or wrong)
        a, b = before[key], after[key]
        if a["sentence"] != b["sentence"] or a["zeker"] != b["zeker"]:
            n["anders"] += 1
            if rijen:
                ok = (not ke.judge(a["sentence"], case)[5], not ke.judge(b["sentence"], case)[5])
                print(f"{case['id']:11s} {'+' if ok == (False, True) else '-' if ok == (True, False) else '='} "
                      f"{a['zeker']!s:5s}->{b['zeker']!s:5s} | {a['sentence']} || {b['sentence']}")
    total = Counter()
    print("bestand            aanvaardbaar       zeker          fout-zeker   anders")
    for stem, n in sorted(per.items()):
        total.update(n)
        if n["anders"]:
            print(f"{stem:18s} {n['vok']:4d} -> {n['nok']:4d}   {n['vzeker']:4d} -> {n['nzeker']:4d}   "
                  f"{n['vfout']:3d} -> {n['nfout']:3d}   {n['anders']:4d}")
    print(f"{'alles':18s} {total['vok']:4d} -> {total['nok']:4d}   {total['vzeker']:4d} -> {total['nzeker']:4d}   "
          f"{total['vfout']:3d} -> {total['nfout']:3d}   {total['anders']:4d}")


def trial(after: dict, shapes_on: set[str], rijen: bool) -> None:
    """Rerun, with `shapes_on` put back as well, every tuning draft of such a shape; compare with AFTER."""
    from vraaghulp.coach.krimp import shrink
    ls.SHAPES = frozenset({"na"} | shapes_on)
    per: dict[str, Counter] = defaultdict(Counter)
    for stem, case in cases():
        r = after.get((stem + ".toml", case.get("id")))
        draft = case["concept"].strip("\n")
        if r is None or not any(s in shapes_on for s, _ in shapes(draft, {f[0] for f in r["findings"]})):
            continue
        new = shrink(draft, person=case.get("wie") or None, moment=case.get("wanneer") or None)
        if new.sentence == r["sentence"] and new.sure == r["zeker"]:
            continue
        ok = (not ke.judge(r["sentence"], case)[5], not ke.judge(new.sentence, case)[5])
        side = "buiten" if outside(stem) else "rest"
        per[side]["+" if ok == (False, True) else "-" if ok == (True, False) else "="] += 1
        per[side]["zeker"] += new.sure != r["zeker"]
        if rijen:
            print(f"{case['id']:11s} {'+' if ok == (False, True) else '-' if ok == (True, False) else '='} | "
                  f"{r['sentence']} || {new.sentence}")
    for side, n in sorted(per.items()):
        print(f"proef {sorted(shapes_on)} {side}: +{n['+']} -{n['-']} ={n['=']}, zeker anders {n['zeker']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before")
    ap.add_argument("after", nargs="?")
    ap.add_argument("--rijen", action="count", default=0, help="twice: the rest's rows too")
    ap.add_argument("--proef", nargs="+", default=[], help="shapes to try as well (voor, drie-na, drie-voor), on AFTER")
    args = ap.parse_args(argv)
    before = load(args.before)
    if args.proef:
        trial(load(args.after or args.before), set(args.proef), args.rijen > 0)
        return 0
    counts(before, args.rijen)
    if args.after:
        compare(before, load(args.after), args.rijen > 0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
