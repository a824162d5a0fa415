"""Why a first-sight result that was `zeker` is not acceptable (round 26, k26g): a tally by reason.

Reads ``benchmarks/krimp_first_sight.json`` (``tools/krimp_first_sight.py``; since round 26 its rows hold the
reasons) and the case files, and counts the sure-but-not-acceptable results by their first reason: lost a must-keep,
a ``fout`` pattern, a ``weg`` item kept (by the kind of word: apology or shame, greeting, the softener 'even',
Flemish filler, hedge, other), or only not close to the gold: the same sentences in another order (the result's
sentences reordered reach the bar), longer than the nearest gold (a sentence kept that the gold drops) or
shorter (the gold keeps a reason). ``--na`` counts only those the shipped first-sight gate lets through (the draft
analysed by today's engine, the sentence as the old engine gave it).

Usage: PYTHONPATH=src python tools/krimp_sure_tally.py [--na] [--lijst]   (seconds; --na under a minute)
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import krimp_eval as ke  # noqa: E402

DATA = ROOT / "benchmarks" / "krimp_first_sight.json"
WORD_KINDS = (  # the kind of a kept `weg` item, first match wins
    ("excuus-schaamte", re.compile(r"(?i)sor+[iy]|excu|spijt|schaam|schuld|schult|vervelend|schrik|last|klop")),
    ("groet", re.compile(r"(?i)^(?:he+[jy]+|hoi|hallo|hi|yo|jo+|guys|hee+|mannekes)$")),
    ("even", re.compile(r"(?i)^(?:ff+|effe|efkes|eventjes|even)$")),
    ("vlaams-vulsel", re.compile(r"(?i)^(?:ne keer|nen keer|allez|allee|seg)$")),
    ("afzwakker", re.compile(r"(?i)^(?:aub|alsjeblieft|misschien|moest ge tijd hebben|als het kan)$")),
)
_SENT = re.compile(r"(?<=[.?!])\s+")


def _cases(files) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for name in files:
        path = ROOT / "tests" / "corpus" / "krimp" / f"{name}.toml"
        out.update({c["id"]: c for c in tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])})
    return out


def reason(row: dict, case: dict) -> str:
    """The first reason a sure result is not acceptable, with its kind."""
    if row["lost"]:
        return "houden kwijt"
    if row["fout"]:
        return "fout-patroon"
    kept = [r[5:-1] for r in row["redenen"] if r.startswith("nog ")]
    if kept:
        kind = next((k for k, rx in WORD_KINDS if rx.search(kept[0])), "ander")
        return f"weg behouden: {kind}"
    parts = [p for p in _SENT.split(row["sentence"].strip()) if p]
    golds = case.get("goud", [])
    if len(parts) <= 5 and any(ke.similarity(" ".join(p), g) >= ke.THRESHOLD
                               for p in itertools.permutations(parts) for g in golds):
        return "ver van goud: andere volgorde"
    gold = max(golds, key=lambda g: ke.similarity(row["sentence"], g))
    longer = len(ke.fold(row["sentence"]).split()) > len(ke.fold(gold).split())
    return "ver van goud: " + ("langer (een zin te veel)" if longer else "korter (het goud houdt meer)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--na", action="store_true", help="only the results the shipped gate leaves sure")
    parser.add_argument("--lijst", action="store_true", help="print each result under its reason")
    args = parser.parse_args()
    rows = [r for r in json.loads(DATA.read_text(encoding="utf-8")) if r["sure"]]
    if args.na:
        from krimp_first_sight_gate import shapes  # noqa: PLC0415 (tools/ on the path: only for --na)

        from vraaghulp.coach.krimp import first_sight  # noqa: PLC0415
        rows = [r for r in rows if not shapes(r) & set(first_sight.CODES)]
    cases = _cases(dict.fromkeys(r["file"] for r in rows))
    bad = [r for r in rows if not r["ok"]]
    print(f"{len(rows)} zeker, {len(bad)} niet aanvaardbaar ({100 * len(bad) / max(len(rows), 1):.1f} %)")
    by = collections.defaultdict(list)
    for r in bad:
        by[reason(r, cases[r["id"]])].append(r)
    for why, rs in sorted(by.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(rs):3d}  {why}")
        for r in rs if args.lijst else ():
            print(f"         {r['id']:9s} {r['sentence'][:100]}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "tools"))
    raise SystemExit(main())
