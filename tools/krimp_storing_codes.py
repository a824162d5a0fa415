"""The disturbed drafts of ``benchmarks/krimp_eval.py --storing``, with the codes that withheld `zeker` (round 50, k50c).

``--storing`` runs every tuning draft (not ``oefen``) five times disturbed the way chat disturbs text and prints
acceptable / sure / wrong-and-sure per disturbance. This tool runs exactly the same disturbed drafts (the same files in
the same order, the same seeded random choices) and also records ``Shrunk.withheld``, so that a change that only
narrows some codes can be measured on the disturbed drafts those codes held: ``--json OUT`` writes every row; ``--uit
ROWS --opnieuw CODE,…`` runs again only the disturbed drafts one of those codes withheld, with today's engine, keeps
the other rows as they were and prints the figures per disturbance before and after (and every draft that turned
wrong-and-sure). A draft no named code held cannot change by narrowing a code; a whole ``--storing`` run after the
change confirms it.

Usage: PYTHONPATH=src python tools/krimp_storing_codes.py --json ROWS
       PYTHONPATH=src python tools/krimp_storing_codes.py --uit ROWS --opnieuw weg-woord,context
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import krimp_eval as ev  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "krimp"


def tuning_cases() -> list[dict]:
    """The tuning drafts in the order krimp_eval.py --storing reads them."""
    out = []
    for path in sorted(CORPUS.glob("*.toml")):
        if ev.part_of(path) == "tuning":
            out += tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])
    return [c for c in out if c.get("kanaal") != "oefen"]


def one(text: str, case: dict, name: str) -> dict:
    result = ev.shrink(text)
    _best, _gold, kept, _gone, wrong_meaning, reasons = ev.judge(result.sentence, case)
    wrong = kept < len(case.get("houden", [])) or wrong_meaning
    return dict(id=case["id"], storing=name, text=text, sentence=result.sentence, sure=bool(result.sure),
                withheld=list(result.withheld), ok=not reasons, wrong=bool(wrong))


def rows() -> list[dict]:
    cases, out = tuning_cases(), []
    for name, change in ev.DISTURB.items():
        rnd = random.Random(7)
        out += [one(change(c["concept"].strip("\n"), c, rnd), c, name) for c in cases]
    return out


def figures(data: list[dict], title: str) -> None:
    print(f"\n{title}: acceptable / sure / wrong and sure")
    for name in ev.DISTURB:
        rs = [r for r in data if r["storing"] == name]
        print(f"  {name:16s} {sum(r['ok'] for r in rs):5d}  {sum(r['sure'] for r in rs):5d}  "
              f"{sum(r['sure'] and r['wrong'] for r in rs):4d}   ({len(rs)} concepten)")


def again(data: list[dict], codes: set[str]) -> list[dict]:
    cases = {c["id"]: c for c in tuning_cases()}
    out = []
    for r in data:
        if codes & set(r["withheld"]):
            new = one(r["text"], cases[r["id"]], r["storing"])
            if new["sure"] and new["wrong"] and not (r["sure"] and r["wrong"]):
                print(f"  NEW wrong and sure: {r['id']} ({r['storing']}): {new['sentence']}")
            r = new
        out.append(r)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--uit", type=Path)
    parser.add_argument("--opnieuw", default="")
    args = parser.parse_args(argv)
    data = json.loads(args.uit.read_text(encoding="utf-8")) if args.uit else rows()
    if args.json:
        args.json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    figures(data, "before" if args.opnieuw else "disturbed drafts")
    if args.opnieuw:
        figures(again(data, set(args.opnieuw.split(","))), "after (the drafts the codes held run again)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
