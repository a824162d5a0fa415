"""Compose against krimp on the practice cases (round 54, k54c).

For every ``kanaal = "oefen"`` case of the outside authors' files (every ``tuning-ho*`` and ``tuning*-p``; ``--alle``
every tuning file) runs ``composed(person, draft, moment)`` and ``shrink(draft, person, moment)``, judges both as
benchmarks/krimp_eval.py does, and prints the figures per author (a file's id prefix): compose acceptable, sure,
wrong and sure; krimp the same; and how many cases compose and krimp give a different sentence. ``--lijst`` prints
every case where they differ or compose is not acceptable; ``--json FILE`` writes one row per case.

Usage: python tools/krimp_oefen_kinds.py [--alle] [--lijst] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from krimp_oefen_fails import CORPUS, judge, outside  # noqa: E402  (its paths: src, benchmarks)
from vraaghulp.coach.krimp import shrink  # noqa: E402
from vraaghulp.coach.krimp.compose import composed  # noqa: E402


def author(case_id: str) -> str:
    return re.sub(r"-\d+$", "", case_id)


def rows(every: bool):
    for path in sorted(CORPUS.glob("tuning*.toml")):
        if not (every or outside(path)):
            continue
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            if case.get("kanaal") != "oefen":
                continue
            person, moment = case.get("wie") or None, case.get("wanneer") or None
            draft = case["concept"].strip("\n")
            c, k = composed(person, draft, moment), shrink(draft, person=person, moment=moment)
            c_reasons, k_reasons = judge(c.sentence, case)[-1], judge(k.sentence, case)[-1]
            c_lost = any(r.startswith("mist") or r == "fout-patroon" for r in c_reasons)
            k_lost = any(r.startswith("mist") or r == "fout-patroon" for r in k_reasons)
            yield {"id": case["id"], "file": path.name, "wie": person, "wanneer": moment, "concept": " ".join(draft.split()),
                   "compose": c.sentence, "c_sure": c.sure, "c_ok": not c_reasons, "c_wrong_sure": c.sure and c_lost,
                   "c_reasons": c_reasons, "krimp": k.sentence, "k_sure": k.sure, "k_ok": not k_reasons,
                   "k_wrong_sure": k.sure and k_lost, "gold": judge(c.sentence, case)[1]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--alle", action="store_true")
    parser.add_argument("--lijst", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    table: dict[str, Counter] = {}
    out = []
    for row in rows(args.alle):
        out.append(row)
        c = table.setdefault(author(row["id"]), Counter())
        c["n"] += 1
        for key in ("c_ok", "c_sure", "c_wrong_sure", "k_ok", "k_sure", "k_wrong_sure"):
            c[key] += row[key]
        c["differ"] += row["compose"] != row["krimp"]
        c["c_sure_k_not"] += row["c_sure"] and not row["k_sure"]
        if args.lijst and (row["compose"] != row["krimp"] or not row["c_ok"]):
            print(f"[{row['id']}] compose {'ok' if row['c_ok'] else 'NIET'}{' zeker' if row['c_sure'] else ''}"
                  f" / krimp {'ok' if row['k_ok'] else 'NIET'}{' zeker' if row['k_sure'] else ''}  {', '.join(row['c_reasons'])}")
            print(f"  wie: {row['wie']!r}  wanneer: {row['wanneer']!r}")
            print(f"  concept: {row['concept']}")
            print(f"  compose: {row['compose']}")
            print(f"  krimp:   {row['krimp']}")
            print(f"  goud:    {row['gold']}")
    total = sum(table.values(), Counter())
    print(f"{'auteur':10} {'n':>4} {'c ok':>5} {'c zk':>5} {'c fz':>5} {'k ok':>5} {'k zk':>5} {'k fz':>5} {'anders':>6} {'c>k zk':>6}")
    for name, c in sorted(table.items()) + [("totaal", total)]:
        print(f"{name:10} {c['n']:4} {c['c_ok']:5} {c['c_sure']:5} {c['c_wrong_sure']:5} {c['k_ok']:5} {c['k_sure']:5}"
              f" {c['k_wrong_sure']:5} {c['differ']:6} {c['c_sure_k_not']:6}")
    if args.json:
        Path(args.json).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
