"""Before and after on the drafts a change can reach, without the whole tuning run (round 51, k51c).

Runs `shrink` (and `compose` for ``kanaal = "oefen"`` cases) from a given source tree over every tuning case whose
draft matches ``--patroon`` (a regex on the folded draft, one line) or, with ``--oefen``, every practice case, and
prints one JSON line per case (id, file, sentence, sure, compose sentence). ``--vergelijk A B`` reads two such
outputs and prints, judged as benchmarks/krimp_eval.py judges: acceptable, sure, wrong and sure, and compose
acceptable, before and after, with every case that changed.

Usage: python tools/krimp_reach.py --src SRC [--patroon RX] [--oefen] [--ids FILE] > out.jsonl
       python tools/krimp_reach.py --vergelijk before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "krimp"


def _cases():
    for path in sorted(CORPUS.glob("tuning*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            yield path.name, case


def run(src: str, pattern: str | None, oefen: bool, ids: set[str] | None = None) -> None:
    sys.path.insert(0, src)
    from vraaghulp.coach.krimp import compose, shrink
    from vraaghulp.coach.text import fold

    rx = re.compile(pattern) if pattern else None
    for name, case in _cases():
        draft = case["concept"].strip("\n")
        practice = case.get("kanaal") == "oefen"
        if not ((rx and rx.search(fold(" ".join(draft.split())))) or (oefen and practice) or (ids and case["id"] in ids)):
            continue
        person, moment = case.get("wie") or None, case.get("wanneer") or None
        matched = bool(rx and rx.search(fold(" ".join(draft.split())))) or bool(ids and case["id"] in ids)
        result = shrink(draft, person=person, moment=moment) if matched else None  # a practice case alone: compose only
        row = {"id": case["id"], "file": name, "sentence": result and result.sentence, "sure": bool(result and result.sure),
               "compose": compose(person, draft, moment) if practice else None}
        print(json.dumps(row, ensure_ascii=False), flush=True)


def compare(before: str, after: str) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT / "src"))
    from krimp_eval import judge

    cases = {case["id"]: case for _name, case in _cases()}
    rows = [{json.loads(x)["id"]: json.loads(x) for x in Path(p).read_text(encoding="utf-8").splitlines()} for p in (before, after)]
    figures = []
    for side in rows:
        ok = sure = wrong = c_ok = c_n = 0
        for key, row in side.items():
            case = cases[key]
            if row["sentence"] is not None:
                _b, _g, kept, _gone, bad, reasons = judge(row["sentence"], case)
                ok += not reasons
                sure += row["sure"]
                wrong += row["sure"] and (kept < len(case.get("houden", [])) or bad)
            if row["compose"] is not None:
                c_n += 1
                c_ok += not judge(row["compose"], case)[-1]
        figures.append((sum(r["sentence"] is not None for r in side.values()), ok, sure, wrong, c_ok, c_n))
    for label, (n, ok, sure, wrong, c_ok, c_n) in zip(("voor", "na"), figures):
        print(f"{label}: {n} gevallen, aanvaardbaar {ok}, zeker {sure}, fout en zeker {wrong}, oefen via compose {c_ok}/{c_n}")
    for key in rows[0]:
        a, b = rows[0][key], rows[1].get(key)
        if b and (a["sentence"], a["sure"], a["compose"]) != (b["sentence"], b["sure"], b["compose"]):
            case = cases[key]
            for what in ("sentence", "compose"):
                if a[what] is not None and a[what] != b[what] or (what == "sentence" and a["sure"] != b["sure"]):
                    ra, rb = judge(a[what], case)[-1], judge(b[what], case)[-1]
                    print(f"[{key}] {what} {'ok' if not ra else 'NIET'} -> {'ok' if not rb else 'NIET'}"
                          f"{'  zeker ' + str(a['sure']) + '->' + str(b['sure']) if what == 'sentence' else ''}")
                    print(f"   voor: {a[what]}\n   na:   {b[what]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--src", default=str(ROOT / "src"))
    parser.add_argument("--patroon")
    parser.add_argument("--oefen", action="store_true")
    parser.add_argument("--ids", type=Path, help="a file of case ids (one a line) to run as well")
    parser.add_argument("--vergelijk", nargs=2)
    args = parser.parse_args(argv)
    if args.vergelijk:
        compare(*args.vergelijk)
    else:
        ids = set(args.ids.read_text(encoding="utf-8").split()) if args.ids else None
        run(args.src, args.patroon, args.oefen, ids)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
