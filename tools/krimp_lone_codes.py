"""Which codes alone withhold `zeker` from acceptable results, and how many not-acceptable results each guards (round
30, k30c).

Reads the rows ``tools/krimp_onzeker.py --json OUT`` writes (one per tuning draft: its problem codes, sure, acceptable,
lost a must-keep, a meaning pattern). A not-sure result whose problem list holds ONE code is withheld by that code
alone: lifting it would make the result sure. Per code: acceptable (lifting gains a sure and acceptable result), not
acceptable, and of those how many would be wrong-and-sure (a must-keep lost or a meaning pattern shown), for the whole
tuning part and for the outside files (OUTSIDE in tools/krimp_first_sight.py) apart. ``--code C --lijst`` lists them;
``--uitleg`` with ``--code weg-ontkend`` prints the negated clauses that went (first_sight.dropped_kinds' reading).

Usage: PYTHONPATH=src python tools/krimp_lone_codes.py ROWS.json [--code C] [--lijst] [--uitleg] [--top N]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from krimp_first_sight import OUTSIDE  # noqa: E402


def lone(rows: list[dict]) -> dict[str, list[dict]]:
    by: dict[str, list[dict]] = collections.defaultdict(list)
    for r in rows:
        if not r["sure"] and len(r["problems"]) == 1:
            by[r["problems"][0]].append(r)
    return by


def _line(rs: list[dict]) -> str:
    ok = sum(r["ok"] for r in rs)
    wrong = sum(1 for r in rs if r["lost"] or r["meaning"])
    return f"{len(rs):4d}  ok {ok:4d}  not ok {len(rs) - ok:3d}  would be wrong {wrong:3d}"


def tally(rows: list[dict], top: int) -> None:
    outside = [r for r in rows if r["file"][:-5] in OUTSIDE]
    for title, part in (("whole tuning part", rows), ("outside files", outside)):
        by = lone(part)
        print(f"\n{title} ({len(part)} drafts, {sum(r['sure'] for r in part)} sure): a code alone withholds `zeker`")
        for code, rs in sorted(by.items(), key=lambda kv: -sum(r["ok"] for r in kv[1]))[:top]:
            print(f"  {code:34s} {_line(rs)}")


def explain(rs: list[dict]) -> None:
    from vraaghulp.coach.krimp import engine, shrink as shrink_fn  # noqa: PLC0415
    from vraaghulp.coach.krimp.checks import text_words  # noqa: PLC0415
    import importlib  # noqa: PLC0415

    mod = importlib.import_module("vraaghulp.coach.krimp.shrink")
    first: list = []
    real = engine.analyse

    def rec(draft, **kw):
        out = real(draft, **kw)
        first.append(out)
        return out

    mod.analyse = rec
    for r in rs:
        first.clear()
        res = shrink_fn(r["draft"])
        an = first[0].analysis
        shown = set(text_words(res.sentence))
        ask = next((c.sent for c in an.clauses if c.role == "vraag"), None)
        tag = "OK " if r["ok"] else ("FOUT" if r["lost"] or r["meaning"] else "nok")
        print(f"\n{tag} {r['id']} {r['draft'][:150]}\n   -> {r['sentence']}")
        d = an.d
        for c in an.clauses:
            words = [d.word(i) for i in range(c.a, c.b) if d.is_word(i)]
            if c.role not in ("staat", "tekst") or len(words) < 3 or sum(w in shown for w in words) * 2 >= len(words):
                continue
            kinds = sorted({k for i in range(c.a, c.b) for k in an.cover.get(i, ())})
            where = "?" if ask is None else ("voor" if c.sent < ask else "na" if c.sent > ask else "zelfde")
            print(f"   [{c.role} {where} {kinds}] {' '.join(words)}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("rows", type=Path)
    p.add_argument("--code")
    p.add_argument("--lijst", action="store_true")
    p.add_argument("--uitleg", action="store_true")
    p.add_argument("--buiten", action="store_true", help="only the outside files")
    p.add_argument("--top", type=int, default=15)
    a = p.parse_args()
    rows = json.loads(a.rows.read_text(encoding="utf-8"))
    if not a.code:
        tally(rows, a.top)
        return 0
    rs = [r for r in lone(rows).get(a.code, []) if not a.buiten or r["file"][:-5] in OUTSIDE]
    print(a.code, _line(rs))
    if a.uitleg:
        explain(rs)
    elif a.lijst:
        for r in rs:
            print(f"{'OK ' if r['ok'] else 'nok'} {r['id']:10s} {r['sentence'][:110]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
