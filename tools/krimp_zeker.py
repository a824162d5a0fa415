"""When is a krimp result `zeker`? Why each outside result is or is not sure (round 37, k37b).

For every draft of the outside files (``OUTSIDE`` of tools/krimp_first_sight.py, plus tuning34-z*, tuning35-y*,
tuning36-z) this runs today's ``shrink`` and records the codes of every check that withheld `zeker`
(``Shrunk.withheld``, internal: never shown), and judges the result with benchmarks/krimp_eval.py's own judge
(acceptable; a lost must-keep item; a ``fout`` pattern). It prints:

1. per code: the drafts it withheld, how many of those it withheld alone, how many of them were acceptable all the
   same (the offered sentence), how many lost a must-keep item (the gate was right), on how many files it fired;
2. ``--lift``: per code (every code held three drafts or more, or the codes named: ``CODE``, ``a+b`` together, or
   ``alle``: every check at once), the drafts it withheld run again with it switched off everywhere it is made (the
   result takes the sure path, with that path's sentence, and meets every later check; tools/krimp_zeker_lift.py):
   how many become sure, of those acceptable, and wrong (lost a must-keep or a ``fout`` pattern), on how many files
   and per outside set, and which checks still hold the rest;
3. the sure results that are not acceptable, each with what went wrong and the shape of what was dropped (the
   draft sentence that held a lost must-keep item: a condition, a number, a day, a place, a first-person state),
   and the kind of check that should have caught it;
4. what a gate on the shape of a dropped sentence would cost: per shape, the sure results that drop such a
   sentence, acceptable (the cost) and wrong (the catch).

Usage: PYTHONPATH=src python tools/krimp_zeker.py [--alles] [--lift [CODE ...]] [--json OUT] [--vergelijk OLD.json]
       (part 1 and 3: about two minutes; --lift: a few minutes more; --alles: every tuning file, three times as long)
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

import krimp_eval as ev  # noqa: E402
from krimp_first_sight import OUTSIDE  # noqa: E402
from krimp_zeker_shape import caught_by, dropped_shapes, tighten_table  # noqa: E402

from vraaghulp.coach.krimp import shrink  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "krimp"
FRESH = ("tuning34-z*", "tuning35-y*", "tuning36-z")  # the focused outside sets of rounds 34-36


def files(every: bool = False) -> list[Path]:
    """The outside files; `every`: every tuning file (what a change costs on the rest of the corpus)."""
    if every:
        return sorted(CORPUS.glob("tuning*.toml"))
    named = [CORPUS / f"{name}.toml" for name in OUTSIDE]
    return named + sorted(p for pattern in FRESH for p in CORPUS.glob(f"{pattern}.toml"))


def group(name: str) -> str:
    """The outside set a file belongs to: ho1* (17-19), ho2*, ho3*, z* (the focused sets 34-36); 'rest' (--alles)."""
    if name not in OUTSIDE and not any(Path(name).match(pattern) for pattern in FRESH):
        return "rest"
    if name.startswith("tuning-ho3"):
        return "ho3*"
    if name.startswith("tuning-ho2"):
        return "ho2*"
    return "ho1*" if name.startswith("tuning-ho1") else "z*"


def judged(case: dict, file: str) -> dict:
    """One draft: shrink it, and the judgement of benchmarks/krimp_eval.py."""
    result = shrink(case["concept"].strip("\n"), person=case.get("wie") or None, moment=case.get("wanneer") or None)
    return row(case, file, result)


def row(case: dict, file: str, result) -> dict:
    _best, _gold, kept, _gone, wrong, reasons = ev.judge(result.sentence, case)
    lost = kept < len(case.get("houden", []))
    return dict(id=case["id"], file=file, sure=bool(result.sure), withheld=list(result.withheld), ok=not reasons,
                lost=lost, fout=wrong, wrong=lost or wrong, reasons=reasons, sentence=result.sentence,
                crisis=bool(result.crisis))


def rows(every: bool = False) -> tuple[list[dict], dict[str, dict]]:
    out, cases = [], {}
    for path in files(every):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            cases[case["id"]] = case
            out.append(judged(case, path.stem))
    return out, cases


def pct(n: int, total: int) -> str:
    return f"{100 * n / total:5.1f} %" if total else "    – "


def overview(data: list[dict]) -> None:
    print(f"{'set':8s} {'n':>5s} {'acceptable':>10s} {'zeker':>12s} {'sure acc.':>9s} {'wrong+sure':>10s} "
          f"{'acc. unsure':>11s}")
    for name in ("ho1*", "ho2*", "ho3*", "z*", "rest", "alle"):
        rs = [r for r in data if name == "alle" or group(r["file"]) == name]
        if not rs:
            continue
        sure = [r for r in rs if r["sure"]]
        print(f"{name:8s} {len(rs):5d} {sum(r['ok'] for r in rs):10d} {len(sure):5d} {pct(len(sure), len(rs))} "
              f"{pct(sum(r['ok'] for r in sure), len(sure)):>9s} {sum(r['wrong'] for r in sure):10d} "
              f"{sum(r['ok'] and not r['sure'] for r in rs):11d}")


def per_code(data: list[dict]) -> None:
    print("\n== 1. per code that withheld `zeker` (the offered sentence judged)")
    print(f"{'code':24s} {'held':>5s} {'alone':>5s} {'acc.':>5s} {'%acc':>7s} {'lost':>5s} {'files':>5s}"
          f"   alone: acc. / lost")
    by = collections.defaultdict(list)
    for r in data:
        for code in r["withheld"]:
            by[code].append(r)
    for code, rs in sorted(by.items(), key=lambda kv: -len(kv[1])):
        alone = [r for r in rs if len(r["withheld"]) == 1]
        print(f"{code:24s} {len(rs):5d} {len(alone):5d} {sum(r['ok'] for r in rs):5d} {pct(sum(r['ok'] for r in rs), len(rs))} "
              f"{sum(r['lost'] for r in rs):5d} {len({r['file'] for r in rs}):5d}   "
              f"{sum(r['ok'] for r in alone):4d} / {sum(r['lost'] for r in alone)}")


def sure_wrong(data: list[dict], cases: dict[str, dict]) -> None:
    bad = [r for r in data if r["sure"] and not r["ok"]]
    print(f"\n== 3. sure but not acceptable: {len(bad)} (wrong and sure: {sum(r['wrong'] for r in bad)})")
    tally = collections.Counter()
    for r in bad:
        case = cases[r["id"]]
        shapes = dropped_shapes(case, r["sentence"])
        check = caught_by(r, shapes, case)
        tally[check] += 1
        mark = "FOUT-ZEKER" if r["wrong"] else "zeker"
        print(f"  [{r['id']}] {mark} — {', '.join(r['reasons'])}\n      vorm: {', '.join(shapes) or '-'}; "
              f"had moeten vangen: {check}\n      krimp: {r['sentence']}")
    print("  per check: " + ", ".join(f"{k} {n}" for k, n in tally.most_common()))


def compare(data: list[dict], old: list[dict]) -> None:
    before = {r["id"]: r for r in old}
    print("\n== changed against the old rows (sure, sentence)")
    for r in data:
        b = before.get(r["id"])
        if b is None or (b["sure"], b["sentence"]) == (r["sure"], r["sentence"]):
            continue
        print(f"  [{r['id']}] {'Z' if b['sure'] else 'o'}->{'Z' if r['sure'] else 'o'} ok {b['ok']}->{r['ok']} "
              f"wrong-sure {b['sure'] and b['wrong']}->{r['sure'] and r['wrong']}  was {','.join(b['withheld'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lift", nargs="*", metavar="CODE", help="part 2: run the withheld drafts again per code")
    parser.add_argument("--alles", action="store_true", help="every tuning file, not only the outside ones")
    parser.add_argument("--json", type=Path, help="write every row")
    parser.add_argument("--vergelijk", type=Path, help="rows of an earlier run (--json) to compare with")
    args = parser.parse_args(argv)
    data, cases = rows(args.alles)
    if args.json:
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    overview(data)
    per_code(data)
    if args.lift is not None:
        from krimp_zeker_lift import lift_table  # noqa: PLC0415

        lift_table(data, cases, args.lift)
    sure_wrong(data, cases)
    tighten_table(data, cases)
    if args.vergelijk:
        compare(data, json.loads(args.vergelijk.read_text(encoding="utf-8")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
