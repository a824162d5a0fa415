"""Per `zeker` code: what it holds back on the outside-author files, and what it holds back alone (round 50, k50c).

The outside files are every ``tuning-ho*.toml`` and ``tuning*-p.toml`` of tests/corpus/krimp/ (drafts by people who
never read the engine). Each draft is shrunk with today's engine and judged with benchmarks/krimp_eval.judge
(tools/krimp_zeker.row). For every code of ``Shrunk.withheld`` (the codes the engine decides `zeker` with: a result is
sure exactly when the tuple is empty) it prints: how many results the code holds back, how many of those are
acceptable, how many would be wrong if sure (a must-keep lost or a ``fout`` pattern shown); then the same for the
results the code holds ALONE (the result's only doubt). A code alone with many acceptable and no wrong results is a
candidate to narrow; a code with any wrong result alone is not. ``--zeker-fout`` lists the sure results that are not
acceptable (the reverse question); ``--code C`` lists the results C holds alone. ``--eigen`` adds the project's own
tuning files as a second table; ``--json OUT`` writes the rows, ``--uit ROWS`` reads them instead of running.

``--uit ROWS --opnieuw CODE,…`` runs again only the rows a change can reach (every sure row, for a new doubt, and
the rows those codes hold alone, for a narrowed one) and keeps the rest: a quick after-figure.

Usage: PYTHONPATH=src python tools/krimp_code_tally.py [--eigen] [--zeker-fout] [--code C] [--json OUT] [--uit ROWS]
       PYTHONPATH=src python tools/krimp_code_tally.py --eigen --uit BEFORE.json --opnieuw weg-kwijt --json AFTER.json
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

CORPUS = ROOT / "tests" / "corpus" / "krimp"


def outside(name: str) -> bool:
    """A file by an outside author: a held-out set brought in (tuning-ho*) or a round probe (tuning*-p)."""
    return name.startswith("tuning-ho") or (name.startswith("tuning") and name.endswith("-p"))


def files(own: bool) -> list[Path]:
    every = sorted(CORPUS.glob("tuning*.toml"))
    return [p for p in every if own or outside(p.stem)]


def rows(own: bool) -> list[dict]:
    from krimp_zeker import judged  # the engine is imported only when drafts are run
    out = []
    for path in files(own):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            out.append(judged(case, path.stem))
    return out


def again(data: list[dict], codes: set[str]) -> list[dict]:
    """Rows run again with today's engine where a change can reach them: the sure results (a new doubt) and those a
    code of `codes` holds alone (a narrowed doubt); the other rows as they were."""
    from krimp_zeker import judged
    cases = {p.stem: {c["id"]: c for c in tomllib.loads(p.read_text(encoding="utf-8")).get("case", [])}
             for p in files(True)}
    return [judged(cases[r["file"]][r["id"]], r["file"]) if r["sure"] or set(r["withheld"]) <= codes and r["withheld"]
            else r for r in data]


def counts(rs: list[dict]) -> tuple[int, int, int]:
    return len(rs), sum(r["ok"] for r in rs), sum(r["wrong"] for r in rs)


def overview(title: str, rs: list[dict]) -> None:
    sure = [r for r in rs if r["sure"]]
    n, ok, _ = counts(rs)
    print(f"\n{title}: {n} drafts, acceptable {ok} ({100 * ok / max(n, 1):.1f} %), sure {len(sure)} "
          f"({100 * len(sure) / max(n, 1):.1f} %), wrong and sure {sum(r['wrong'] for r in sure)}, "
          f"sure and acceptable {sum(r['ok'] for r in sure)} ({100 * sum(r['ok'] for r in sure) / max(len(sure), 1):.1f} % "
          f"of sure: 'aanvaardbaar als zeker'), acceptable not sure {sum(r['ok'] and not r['sure'] for r in rs)}")


def table(rs: list[dict], top: int) -> None:
    held, alone = collections.defaultdict(list), collections.defaultdict(list)
    for r in rs:
        for code in r["withheld"]:
            held[code].append(r)
        if len(r["withheld"]) == 1:
            alone[r["withheld"][0]].append(r)
    print(f"  {'code':26s} {'held':>5s} {'acc.':>5s} {'wrong':>5s}   {'alone':>5s} {'acc.':>5s} {'wrong':>5s} {'files':>5s}")
    for code, hs in sorted(held.items(), key=lambda kv: -sum(r["ok"] for r in alone.get(kv[0], [])))[:top]:
        a = alone.get(code, [])
        print(f"  {code:26s} {len(hs):5d} {sum(r['ok'] for r in hs):5d} {sum(r['wrong'] for r in hs):5d}   "
              f"{len(a):5d} {sum(r['ok'] for r in a):5d} {sum(r['wrong'] for r in a):5d} "
              f"{len({r['file'] for r in a if r['ok']}):5d}")


def listed(rs: list[dict], title: str) -> None:
    print(f"\n{title}: {len(rs)}")
    for r in rs:
        mark = "W" if r["wrong"] else ("+" if r["ok"] else "-")
        print(f"  {mark} {r['id']:12s} {r['sentence']}   [{', '.join(r['reasons'])}]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eigen", action="store_true", help="also the project's own tuning files")
    parser.add_argument("--zeker-fout", action="store_true", help="list sure results that are not acceptable")
    parser.add_argument("--code", help="list the results this code holds alone")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--uit", type=Path, help="read rows written with --json instead of running the engine")
    parser.add_argument("--opnieuw", help="with --uit: run again the sure rows and those these codes hold alone")
    args = parser.parse_args(argv)
    data = json.loads(args.uit.read_text(encoding="utf-8")) if args.uit else rows(args.eigen)
    data = again(data, set(args.opnieuw.split(","))) if args.uit and args.opnieuw else data
    if args.json:
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    parts = [("outside files", [r for r in data if outside(r["file"])])]
    if args.eigen:
        parts.append(("own files", [r for r in data if not outside(r["file"])]))
    if args.eigen:
        overview("whole tuning part", data)
    for title, rs in parts:
        overview(title, rs)
        table(rs, args.top)
        if args.code:
            listed([r for r in rs if r["withheld"] == [args.code]], f"{args.code} alone ({title})")
        if args.zeker_fout:
            listed([r for r in rs if r["sure"] and not r["ok"]], f"sure, not acceptable ({title})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
