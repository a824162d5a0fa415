"""Why are acceptable krimp results offered as not sure? Reasons per check over all outside files (round 41, k41c).

For every draft of the outside-authored files (``OUTSIDE`` of tools/krimp_first_sight.py and the probes brought in as
tuning files: tuning3*-p, tuning39-p, tuning40-p; ``--fris`` adds the focused sets tuning34-z*, tuning35-y*,
tuning36-z) this runs today's ``shrink`` and reads the codes of every check that withheld `zeker` (``Shrunk.withheld``,
the very codes the engine decides with: a result is sure exactly when the tuple is empty). The result is judged with
benchmarks/krimp_eval.py's own judge (tools/krimp_zeker.row). It prints the overview, then per reason the not-sure
results it held, split by acceptable / not acceptable (and of those, how many lost a must-keep item or matched a
``fout`` pattern), how many it held alone, and ``--voorbeelden N`` examples of each side.

Usage: PYTHONPATH=src python tools/krimp_unsure.py [--fris] [--voorbeelden N] [--code CODE ...] [--json OUT]
       (about two minutes)
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

from krimp_first_sight import OUTSIDE  # noqa: E402
from krimp_zeker import FRESH, judged, pct  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "krimp"
PROBES = ("tuning3*-p", "tuning39-p", "tuning40-p")  # the round probes brought in as tuning files


def files(fresh: bool = False) -> list[Path]:
    """The outside-authored files: OUTSIDE, the probes, and with `fresh` the focused sets of rounds 34-36."""
    patterns = PROBES + (FRESH if fresh else ())
    found = {p for pattern in patterns for p in CORPUS.glob(f"{pattern}.toml")}
    return [CORPUS / f"{name}.toml" for name in OUTSIDE] + sorted(found)


def rows(fresh: bool = False) -> tuple[list[dict], dict[str, dict]]:
    out, cases = [], {}
    for path in files(fresh):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            cases[case["id"]] = case
            out.append(judged(case, path.stem))
    return out, cases


def overview(data: list[dict]) -> None:
    sure = [r for r in data if r["sure"]]
    unsure = [r for r in data if not r["sure"]]
    print(f"drafts {len(data)}, acceptable {sum(r['ok'] for r in data)} ({pct(sum(r['ok'] for r in data), len(data))})")
    print(f"zeker {len(sure)} ({pct(len(sure), len(data))}), of those acceptable "
          f"{pct(sum(r['ok'] for r in sure), len(sure))}, wrong and sure {sum(r['wrong'] for r in sure)}")
    print(f"not sure {len(unsure)}: acceptable {sum(r['ok'] for r in unsure)}, "
          f"not acceptable {sum(not r['ok'] for r in unsure)} (lost or fout: {sum(r['wrong'] for r in unsure)})")


def by_reason(data: list[dict]) -> dict[str, list[dict]]:
    by = collections.defaultdict(list)
    for r in data:
        for code in r["withheld"]:
            by[code].append(r)
    return by


def table(data: list[dict]) -> None:
    print("\n== not-sure results per reason (a result counts under every reason it got)")
    print(f"{'reason':24s} {'held':>5s} {'acc.':>5s} {'%acc':>7s} {'not':>5s} {'wrong':>5s} {'alone':>5s} "
          f"{'alone acc.':>10s} {'files':>5s}")
    for code, rs in sorted(by_reason(data).items(), key=lambda kv: -len(kv[1])):
        ok = sum(r["ok"] for r in rs)
        alone = [r for r in rs if len(r["withheld"]) == 1]
        print(f"{code:24s} {len(rs):5d} {ok:5d} {pct(ok, len(rs))} {len(rs) - ok:5d} {sum(r['wrong'] for r in rs):5d} "
              f"{len(alone):5d} {sum(r['ok'] for r in alone):10d} {len({r['file'] for r in rs}):5d}")


def examples(data: list[dict], cases: dict[str, dict], codes: list[str], n: int) -> None:
    by = by_reason(data)
    for code in codes or [c for c, _ in sorted(by.items(), key=lambda kv: -len(kv[1]))][:6]:
        for ok in (True, False):
            picked = [r for r in by.get(code, []) if r["ok"] == ok][:n]
            print(f"\n== {code}: {'acceptable' if ok else 'not acceptable'} ({len(picked)} shown)")
            for r in picked:
                draft = " ".join(cases[r["id"]]["concept"].split())
                others = ",".join(c for c in r["withheld"] if c != code) or "-"
                print(f"  [{r['id']}] also: {others}; {'; '.join(r['reasons']) or 'ok'}\n"
                      f"      concept: {draft}\n      krimp:   {r['sentence']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fris", action="store_true", help="add the focused outside sets tuning34-z*, 35-y*, 36-z")
    parser.add_argument("--voorbeelden", type=int, default=3, help="examples per side of each reason shown")
    parser.add_argument("--code", nargs="*", default=[], help="the reasons to show examples of (default: top six)")
    parser.add_argument("--json", type=Path, help="write every row")
    args = parser.parse_args(argv)
    data, cases = rows(args.fris)
    if args.json:
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    overview(data)
    table(data)
    examples(data, cases, args.code, args.voorbeelden)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
