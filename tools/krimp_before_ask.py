"""Round 44 (k44b): the sentence before the ask's sentence, dropped by the engine — what it holds, and do the golds keep it?

Reads a snapshot written by tools/krimp_snapshot.py (one JSON line per corpus draft), so the engine runs once per
state. Over the OUTSIDE files (tools/krimp_first_sight.py) and the probes tuning37-p … tuning43-p, for every draft
(no crisis) the ask's sentence is the draft sentence with a '?' (else any) that shares most content words with the
result; every sentence before it of which the result shows fewer than half the content words (longer than three
letters) is "dropped". Per dropped sentence:
- what it holds (`before_ask.shape_of`, first that fits): `excuus`, `ontkend` (a negation), `tijd` (a digit, a day, a
  clock word), `naam` (a capital word not first), `plaats` (in/bij/aan/op/… + the/my/a name), `staat` (ik ben/zit …),
  `ander` (the rest);
- where: right before the ask's sentence (`vlak`) or earlier (`eerder`), `+woord` when it shares a content word with
  the ask, `+wijst` when the ask holds a pointer word, `~vulsel` when it is no plain fact (padding the engine named,
  an apology or burden word, a word to the reader, a question: `before_ask.plain_fact`);
- how the ask leans on it (`before_ask.thin`): `wijst` (a bare pointer object: 'Kun je dat doorgeven aan Wim?'),
  `kom` ('kun je nu met de trekker komen?', nothing said of where or what for), or `-`;
- the golds that show at least half its content words: all (`K`), some (`m`), none (`d`);
- whether a must-keep item (`houden`) of the draft stood in it and the result lost it (`verloren`);
- the engine's `zeker`.
Prints per shape and lean keep / split / drop, the keep share, sure, sure-and-dropped-while-golds-keep-some, lost.

With --proef: every tuning draft whose not-sure result drops a sentence of before_ask.leaned_on's shape, rerun with
before_ask.OFFER on (the sentence put back in front): acceptable gained and lost, outside and the rest apart.
With --na AFTER: the tuning part before -> after per changed file, outside / rest / all (acceptable, sure,
wrong-and-sure), every changed result with --rijen.

Usage: PYTHONPATH=src python tools/krimp_before_ask.py SNAPSHOT.jsonl [--rijen] [--vorm SHAPE] [--alle]
       [--maat vorm|waar|beide] [--proef] [--na AFTER.jsonl]
       (--alle: every tuning file, the helpers' files as 'rest'; --maat: count by what the sentence holds, by where
       it stands and how the ask points at it, or both)
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
from vraaghulp.coach.krimp import before_ask as ba  # noqa: E402

PROBES = tuple(f"tuning{n}-p" for n in range(37, 44))


def outside(stem: str) -> bool:
    return stem in OUTSIDE or stem in PROBES


def load(path: str) -> dict[tuple[str, str], dict]:
    with open(path, encoding="utf-8") as fh:
        return {(r["file"], r["id"]): r for r in map(json.loads, fh)}


def cases(every: bool) -> list[tuple[str, dict]]:
    out = []
    for path in sorted((ROOT / "tests" / "corpus" / "krimp").glob("tuning*.toml")):
        if every or outside(path.stem):
            out += [(path.stem, c) for c in tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])]
    return out


def rows(snap: dict, every: bool):
    """(stem, case, result row, sentence, shape, thin, gold K/m/d, lost must-keep) per dropped sentence."""
    for stem, case in cases(every):
        r = snap.get((stem + ".toml", case.get("id")))
        if r is None or r["crisis"]:
            continue
        draft = case["concept"].strip("\n")
        for said, ask, gap in ba.dropped_before(draft, r["sentence"]):
            golds = [ba.mostly_shown(said, g) for g in case["goud"]]
            gold = "K" if all(golds) else "d" if not any(golds) else "m"
            lost = any(ke.contains(said, w) and not ke.contains(r["sentence"], w) for w in case.get("houden", []))
            where = ("vlak" if gap == 1 else "eerder") + ("+" + ba.linked(said, ask) if ba.linked(said, ask) else "")
            where += "" if ba.plain_fact(said, [f[1] for f in r["findings"] if f[0] in ba.PADDING]) else "~vulsel"
            yield stem, case, r, said, (ba.shape_of(said), where), ba.thin(ask), gold, lost


def trial(snap: dict, rijen: bool) -> None:
    """Rerun, with before_ask.OFFER on, every tuning draft whose not-sure result drops a sentence of the shape
    (before_ask.leaned_on); acceptable gained (+) and lost (-), outside files and the rest apart."""
    from vraaghulp.coach.krimp import shrink
    ba.OFFER = True
    per: dict[str, Counter] = defaultdict(Counter)
    for stem, case in cases(True):
        r = snap.get((stem + ".toml", case.get("id")))
        draft = case["concept"].strip("\n")
        if r is None or r["zeker"] or r["crisis"] or not ba.leaned_on(draft, r["sentence"]):
            continue
        new = shrink(draft, person=case.get("wie") or None, moment=case.get("wanneer") or None)
        ok = (not ke.judge(r["sentence"], case)[5], not ke.judge(new.sentence, case)[5])
        side = "buiten" if outside(stem) else "rest"
        mark = "+" if ok == (False, True) else "-" if ok == (True, False) else "="
        per[side][mark] += 1
        per[side]["zeker"] += new.sure != r["zeker"]
        if rijen:
            print(f"{case['id']:11s} {mark} | {r['sentence']} || {new.sentence}")
    ba.OFFER = False
    for side, n in sorted(per.items()):
        print(f"proef {side}: +{n['+']} -{n['-']} ={n['=']}, zeker anders {n['zeker']}")


def compare(before: dict, after: dict, rijen: bool) -> None:
    """Per tuning file that changed, and for the outside files, the rest and all: acceptable, sure and wrong-and-sure
    before -> after (krimp_eval's judge on two snapshots), and every changed result with --rijen."""
    per: dict[str, Counter] = defaultdict(Counter)
    for stem, case in cases(True):
        key = (stem + ".toml", case.get("id"))
        if key not in before or key not in after:
            continue
        sides = (stem, "buiten" if outside(stem) else "rest", "alles")
        for tag, r in (("v", before[key]), ("n", after[key])):
            _b, _g, kept, _gone, wrong, reasons = ke.judge(r["sentence"], case)
            for side in sides:
                per[side][tag + "ok"] += not reasons
                per[side][tag + "zeker"] += r["zeker"]
                per[side][tag + "fout"] += r["zeker"] and (kept < len(case.get("houden", [])) or wrong)
        a, b = before[key], after[key]
        if a["sentence"] != b["sentence"] or a["zeker"] != b["zeker"]:
            for side in sides:
                per[side]["anders"] += 1
            if rijen:
                ok = (not ke.judge(a["sentence"], case)[5], not ke.judge(b["sentence"], case)[5])
                mark = "+" if ok == (False, True) else "-" if ok == (True, False) else "="
                print(f"{case['id']:11s} {mark} {a['zeker']!s:5s}->{b['zeker']!s:5s} | {a['sentence']} || {b['sentence']}")
    print("bestand            aanvaardbaar       zeker          fout-zeker   anders")
    for stem, n in sorted(per.items(), key=lambda kv: (kv[0] in ("buiten", "rest", "alles"), kv[0])):
        if n["anders"] or stem in ("buiten", "rest", "alles"):
            print(f"{stem:18s} {n['vok']:4d} -> {n['nok']:4d}   {n['vzeker']:4d} -> {n['nzeker']:4d}   "
                  f"{n['vfout']:3d} -> {n['nfout']:3d}   {n['anders']:4d}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("snapshot")
    ap.add_argument("--rijen", action="store_true")
    ap.add_argument("--vorm", default="")
    ap.add_argument("--alle", action="store_true")
    ap.add_argument("--maat", choices=("vorm", "waar", "beide"), default="vorm", help="count by shape, place, both")
    ap.add_argument("--proef", action="store_true", help="try before_ask.OFFER on the tuning part")
    ap.add_argument("--na", default="", help="a second snapshot: compare the tuning part before -> after")
    args = ap.parse_args(argv)
    if args.na:
        compare(load(args.snapshot), load(args.na), args.rijen)
        return 0
    if args.proef:
        trial(load(args.snapshot), args.rijen)
        return 0
    per: dict[tuple, Counter] = defaultdict(Counter)
    for stem, case, r, said, shape, thin, gold, lost in rows(load(args.snapshot), args.alle):
        side = "buiten" if outside(stem) else "rest"
        keys = {"vorm": (side, shape[0], thin), "waar": (side, shape[1], thin), "beide": (side, " ".join(shape), thin)}
        for key in (keys[args.maat], keys[args.maat][:2] + ("*",), (side, "*", "*")):
            n = per[key]
            n[gold] += 1
            n["zeker"] += r["zeker"]
            n["zeker-weg"] += r["zeker"] and gold != "d"
            n["verloren"] += lost
            n["verloren-zeker"] += lost and r["zeker"]
        if args.rijen and (not args.vorm or args.vorm in shape):
            print(f"{case['id']:11s} {' '.join(shape):20s} {thin or '-':5s} goud={gold} "
                  f"{'Z' if r['zeker'] else 'o'}{' VERLOREN' if lost else ''} | {said} || {r['sentence']}")
    print("kant    vorm     dun  keep / split / drop   keep%  zeker  zeker-weg  verloren (zeker)")
    for (side, shape, thin), n in sorted(per.items(), key=lambda kv: (kv[0][0], kv[0][1] == "*", kv[0][1], str(kv[0][2]))):
        total = n["K"] + n["m"] + n["d"]
        tag = "*" if thin == "*" else thin or "-"
        print(f"{side:7s} {shape:20s} {tag:5s} {n['K']:4d} / {n['m']:4d} / {n['d']:4d}   {100 * n['K'] / total:4.0f} %"
              f"  {n['zeker']:5d}  {n['zeker-weg']:9d}  {n['verloren']:4d} ({n['verloren-zeker']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
