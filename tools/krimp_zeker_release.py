"""Which `zeker` codes could be released on fresh text, judged leave-one-set-out (round 57, k57a).

Reads the rows of ``tools/krimp_code_tally.py --json`` (today's engine on the outside files: every ``tuning-ho*`` and
``tuning*-p`` file, one author each) and ``benchmarks/krimp_first_sight.json`` (what the engine said about each draft on
first sight, when its file came in). Per code, over the results it holds back ALONE (its release would make exactly
those sure, in the sentence offered today, when the code only flips `zeker` at the end):

- how many, on how many author files; acceptable today, not acceptable, wrong (a must-keep lost or a ``fout``
  pattern); of those with a first-sight row, how many were acceptable on first sight (on how many files) and how many
  were not;
- and over every result the code holds back (alone or not): how many were not acceptable (the code guarding).

Then leave-one-set-out: the outside files are cut into sets (``--sets``: ``bestand``, each author file on its own, or
``helft``, the older half of the rounds against the newer). For each set held out, a code qualifies on the OTHER sets
when it holds back alone at least ``--min`` acceptable results over at least ``--auteurs`` files, none wrong, and at
least 95 % of what it holds alone there acceptable. Counted on the set held out: the results it would make sure, how
many acceptable, how many wrong. A code is worth releasing only when what it makes sure held out is acceptable in at
least 95 % and none is wrong.

Usage: PYTHONPATH=src python tools/krimp_zeker_release.py ROWS.json [--sets bestand|helft] [--min 3] [--auteurs 3]
       [--code C]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST = ROOT / "benchmarks" / "krimp_first_sight.json"


def outside(name: str) -> bool:
    return name.startswith("tuning-ho") or (name.startswith("tuning") and name.endswith("-p"))


def round_of(name: str) -> int:
    """The round an outside file came from: 'tuning-ho47a' -> 47, 'tuning51-p' -> 51 ('tuning-ho2' -> 2)."""
    found = re.search(r"(\d+)", name)
    return int(found.group(1)) if found else 0


def alone(rows: list[dict]) -> dict[str, list[dict]]:
    out = collections.defaultdict(list)
    for r in rows:
        if len(r["withheld"]) == 1:
            out[r["withheld"][0]].append(r)
    return out


def table(rows: list[dict], first: dict, top: int) -> list[str]:
    held = collections.defaultdict(list)
    for r in rows:
        for code in r["withheld"]:
            held[code].append(r)
    lone = alone(rows)
    lines = [f"  {'code':24s} {'alone':>5s} {'acc':>4s} {'not':>4s} {'wrong':>5s} {'files':>5s}  "
             f"{'1st:acc':>7s} {'files':>5s} {'1st:not':>7s}   {'held':>5s} {'held:not':>8s} {'held:wrong':>10s}"]
    order = sorted(lone, key=lambda c: -sum(r["ok"] for r in lone[c]))[:top]
    for code in order:
        a = lone[code]
        seen = [first[(r["file"], r["id"])] for r in a if (r["file"], r["id"]) in first]
        seen_files = len({s["file"] for s in seen if s["ok"]})
        hs = held[code]
        lines.append(f"  {code:24s} {len(a):5d} {sum(r['ok'] for r in a):4d} {sum(not r['ok'] for r in a):4d} "
                     f"{sum(r['wrong'] for r in a):5d} {len({r['file'] for r in a if r['ok']}):5d}  "
                     f"{sum(s['ok'] for s in seen):7d} {seen_files:5d} {sum(not s['ok'] for s in seen):7d}   "
                     f"{len(hs):5d} {sum(not r['ok'] for r in hs):8d} {sum(r['wrong'] for r in hs):10d}")
    return lines


def qualifies(rs: list[dict], least: int, authors: int) -> bool:
    ok = [r for r in rs if r["ok"]]
    return (len(ok) >= least and len({r["file"] for r in ok}) >= authors and not any(r["wrong"] for r in rs)
            and len(ok) >= 0.95 * len(rs))


def leave_out(rows: list[dict], how: str, least: int, authors: int) -> dict[str, list[int]]:
    """Per code: [sets where it qualified on the others, results made sure held out, of those acceptable, wrong]."""
    files = sorted({r["file"] for r in rows})
    if how == "helft":
        middle = sorted(round_of(f) for f in files)[len(files) // 2]
        sets = [[f for f in files if round_of(f) < middle], [f for f in files if round_of(f) >= middle]]
    else:
        sets = [[f] for f in files]
    out: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    for held_out in sets:
        rest = alone([r for r in rows if r["file"] not in held_out])
        mine = alone([r for r in rows if r["file"] in held_out])
        for code, rs in rest.items():
            if qualifies(rs, least, authors):
                made = mine.get(code, [])
                tally = out[code]
                tally[0] += 1
                tally[1] += len(made)
                tally[2] += sum(r["ok"] for r in made)
                tally[3] += sum(r["wrong"] for r in made)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--sets", choices=("bestand", "helft"), default="bestand")
    parser.add_argument("--min", type=int, default=3)
    parser.add_argument("--auteurs", type=int, default=3)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--code", help="list what this code holds alone")
    args = parser.parse_args(argv)
    rows = [r for r in json.loads(args.rows.read_text(encoding="utf-8")) if outside(r["file"])]
    first = {(s["file"], s["id"]): s for s in json.loads(FIRST.read_text(encoding="utf-8"))}
    print(f"outside files: {len({r['file'] for r in rows})}, drafts {len(rows)}, sure {sum(r['sure'] for r in rows)}, "
          f"held back {sum(not r['sure'] for r in rows)} (acceptable {sum(r['ok'] and not r['sure'] for r in rows)})")
    print("\n".join(table(rows, first, args.top)))
    print(f"\nleave-one-set-out ({args.sets}; qualifies on the other sets: ≥ {args.min} acceptable alone over ≥ "
          f"{args.auteurs} files, none wrong, ≥ 95 % acceptable)")
    print(f"  {'code':24s} {'sets':>4s} {'made sure':>9s} {'acc':>4s} {'wrong':>5s}")
    for code, (sets, made, ok, wrong) in sorted(leave_out(rows, args.sets, args.min, args.auteurs).items(),
                                               key=lambda kv: -kv[1][1]):
        share = f"{100 * ok / made:.0f} %" if made else "-"
        print(f"  {code:24s} {sets:4d} {made:9d} {ok:4d} {wrong:5d}   {share}")
    if args.code:
        for r in alone(rows).get(args.code, []):
            seen = first.get((r["file"], r["id"]))
            mark = "W" if r["wrong"] else ("+" if r["ok"] else "-")
            print(f"  {mark} {r['id']:10s} 1st:{'-' if seen is None else ('+' if seen['ok'] else 'x')} {r['sentence']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
