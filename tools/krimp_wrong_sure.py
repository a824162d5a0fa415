"""List the results that are wrong and still `zeker`, on the tuning drafts as they are and under
every disturbance of `benchmarks/krimp_eval.py --storing` (its own functions), with a summary line
per disturbance: acceptable / zeker / wrong and sure / acceptable among the sure results.

Usage: PYTHONPATH=src python tools/krimp_wrong_sure.py [--json FILE]   (a few minutes)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

import krimp_eval as ke  # noqa: E402
from vraaghulp.coach.krimp import shrink  # noqa: E402


def _rows(cases: list[dict], name: str) -> list[dict]:
    rnd = random.Random(7)  # the eval's own seed: the same disturbed drafts
    out = []
    for case in cases:
        if name != "zoals" and case.get("kanaal") == "oefen":
            continue
        draft = case["concept"].strip("\n")
        person = moment = None
        if name == "zoals":
            person, moment = case.get("wie") or None, case.get("wanneer") or None
        else:
            draft = ke.DISTURB[name](draft, case, rnd)
        res = shrink(draft, person=person, moment=moment)
        _best, gold, kept, _gone, wrong, reasons = ke.judge(res.sentence, case)
        ws = res.sure and (kept < len(case.get("houden", [])) or wrong)
        out.append(dict(storing=name, id=case["id"], draft=draft, sentence=res.sentence, sure=res.sure,
                        ok=not reasons, ws=ws, reasons=reasons, gold=gold))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, help="write every result here")
    args = parser.parse_args()
    cases = []
    for path in sorted((ROOT / "tests" / "corpus" / "krimp").glob("tuning*.toml")):
        cases += tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])
    rows = []
    for name in ["zoals", *ke.DISTURB]:
        part = _rows(cases, name)
        rows += part
        sure = [r for r in part if r["sure"]]
        print(f"{name:16s} aanvaardbaar {ke.pct(sum(r['ok'] for r in part), len(part))}  zeker "
              f"{ke.pct(len(sure), len(part))}  fout-zeker {sum(r['ws'] for r in part):3d}  "
              f"aanvaardbaar als zeker {ke.pct(sum(r['ok'] for r in sure), len(sure))}")
        for r in (r for r in part if r["ws"]):
            print(f"  [{r['id']}] {', '.join(r['reasons'])}\n    concept: {' '.join(r['draft'].split())[:300]}"
                  f"\n    krimp:   {r['sentence']}\n    goud:    {r['gold']}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
