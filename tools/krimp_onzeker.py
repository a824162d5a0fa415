"""Where is acceptability lost on the not-sure path of `krimp`? (an analysis aid, standard library)

Runs every tuning draft once, as benchmarks/krimp_eval.py does, and records per draft what the
rules found (the problem codes of the first analysis: a hard one sends the result down the
fallback path, "the user's own request with only the surely removable parts cut"; soft ones only
withhold `zeker`; `geheel-twijfel` is the whole-result model's). Prints, for the not-sure results:
acceptable on the fallback path, with no request found and on the soft path, the codes most often behind a not-sure result that was acceptable all the same (what
withholds `zeker` needlessly) and behind one that was not, why not-acceptable results fail (a
must-keep word lost, too long or too short against the nearest gold, a must-drop word kept), and
a per-file table (column ok-unsure: acceptable among the not-sure results). ``--json FILE`` writes every row (to compare two engines with ``--vergelijk``).

Usage: python tools/krimp_onzeker.py [--json OUT] [--vergelijk OLD.json [--veranderd]]
       KRIMP_WORTEL=/work/main python tools/krimp_onzeker.py --json main.json   (another checkout)
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import os
import sys
import tomllib
from pathlib import Path

# KRIMP_WORTEL: another checkout to measure (its src and corpus), e.g. main, to compare with --vergelijk
ROOT = Path(os.environ.get("KRIMP_WORTEL") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import krimp_eval as ev  # noqa: E402

from vraaghulp.coach.krimp import engine  # noqa: E402

shrink_mod = importlib.import_module("vraaghulp.coach.krimp.shrink")

_FIRST: list = []
LATER = frozenset({"geheel-twijfel", "geen-vraag"})  # the whole-result model (shrink.py); no request found


def _recording(real):
    def analyse(draft, **kw):
        out = real(draft, **kw)
        _FIRST.append(out)
        return out
    return analyse


def rows() -> list[dict]:
    shrink_mod.analyse = _recording(engine.analyse)
    out = []
    for path in sorted((ROOT / "tests" / "corpus" / "krimp").glob("tuning*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            _FIRST.clear()
            r = ev.score(case, "tuning", path.name)
            first = _FIRST[0]
            hard = [p for p in first.problems if p not in engine.SOFT and p not in LATER]
            words = len(ev.norm_words(r.sentence))
            gold = len(ev.norm_words(r.gold)) if r.gold else 0
            out.append({
                "id": case["id"], "file": path.name, "sentence": r.sentence, "sure": r.sure,
                "ok": r.acceptable, "wrong_sure": r.wrong_sure, "best": round(r.best, 3), "gold": r.gold,
                "problems": sorted(set(first.problems)), "fallback": bool(hard), "reasons": r.reasons,
                "no_request": "geen-vraag" in first.problems,
                "lost": r.kept < r.keep_total, "kept_drop": r.gone < r.gone_total, "meaning": r.wrong_meaning,
                "words": words, "gold_words": gold, "draft": " ".join(case["concept"].split()),
            })
    return out


def pct(n: int, total: int) -> str:
    return f"{100 * n / total:5.1f} %" if total else "   –   "


def summary(data: list[dict]) -> None:
    n = len(data)
    unsure = [r for r in data if not r["sure"]]
    fb = [r for r in unsure if r["fallback"]]
    none = [r for r in unsure if r.get("no_request")]
    soft = [r for r in unsure if not r["fallback"] and not r.get("no_request")]
    print(f"{n} drafts: acceptable {pct(sum(r['ok'] for r in data), n)}, zeker {pct(n - len(unsure), n)}, "
          f"wrong and sure {sum(r['wrong_sure'] for r in data)}")
    print(f"not sure: {len(unsure)}; acceptable {pct(sum(r['ok'] for r in unsure), len(unsure))}")
    print(f"  fallback (a hard check failed) {len(fb):4d}  acceptable {pct(sum(r['ok'] for r in fb), len(fb))}")
    print(f"  no request found (geen-vraag)  {len(none):4d}  acceptable {pct(sum(r['ok'] for r in none), len(none))}")
    print(f"  soft (offered, not sure)       {len(soft):4d}  acceptable {pct(sum(r['ok'] for r in soft), len(soft))}")
    bad = [r for r in data if not r["ok"]]
    print(f"not acceptable: {len(bad)}: lose a must-keep {pct(sum(r['lost'] for r in bad), len(bad))}, "
          f"keep a must-drop {pct(sum(r['kept_drop'] for r in bad), len(bad))}, meaning {pct(sum(r['meaning'] for r in bad), len(bad))}, "
          f"below 0.80 {pct(sum(r['best'] < ev.THRESHOLD for r in bad), len(bad))}")
    low = [r for r in bad if r["best"] < ev.THRESHOLD]
    longer = sum(r["words"] > r["gold_words"] * 1.25 for r in low)
    shorter = sum(r["words"] < r["gold_words"] * 0.8 for r in low)
    print(f"  of those below 0.80: much longer than the gold {longer}, much shorter {shorter}")
    for title, group in (("not sure but acceptable", [r for r in unsure if r["ok"]]),
                         ("not sure and not acceptable", [r for r in unsure if not r["ok"]])):
        count = collections.Counter(p for r in group for p in r["problems"])
        alone = collections.Counter(r["problems"][0] for r in group if len(r["problems"]) == 1)
        print(f"\n{title} ({len(group)}): codes (alone)")
        print("  " + ", ".join(f"{c} {k} ({alone.get(c, 0)})" for c, k in count.most_common(24)))


def per_file(data: list[dict], old: list[dict] | None) -> None:
    before = {r["id"]: r for r in old or []}
    print(f"\n{'file':18s} {'n':>4s} {'acceptable':>10s} {'zeker':>8s} {'wrong':>5s} {'ok-unsure':>9s}" +
          ("   Δacc  Δzeker Δwrong" if old else ""))
    for name in sorted({r["file"] for r in data}):
        rs = [r for r in data if r["file"] == name]
        n = len(rs)
        line = (f"{name:18s} {n:4d} {pct(sum(r['ok'] for r in rs), n):>10s} {pct(sum(r['sure'] for r in rs), n):>8s} "
                f"{sum(r['wrong_sure'] for r in rs):5d} {pct(sum(r['ok'] for r in rs if not r['sure']), sum(not r['sure'] for r in rs)):>9s}")
        if old:
            bs = [before[r["id"]] for r in rs if r["id"] in before]
            line += (f"  {sum(r['ok'] for r in rs) - sum(b['ok'] for b in bs):+4d}  {sum(r['sure'] for r in rs) - sum(b['sure'] for b in bs):+5d}"
                     f"  {sum(r['wrong_sure'] for r in rs) - sum(b['wrong_sure'] for b in bs):+4d}")
        print(line)


def changes(data: list[dict], old: list[dict]) -> None:
    before = {r["id"]: r for r in old}
    for r in data:
        b = before.get(r["id"])
        if b is None or (b["sentence"], b["sure"]) == (r["sentence"], r["sure"]):
            continue
        mark = {(False, True): "+", (True, False): "-"}.get((b["ok"], r["ok"]), "=")
        print(f"\n{mark} [{r['id']}] {'Z' if b['sure'] else 'o'}->{'Z' if r['sure'] else 'o'}  {', '.join(r['reasons'])}")
        print(f"    was: {b['sentence']}")
        print(f"    nu:  {r['sentence']}")
        print(f"    goud: {r['gold']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--vergelijk", type=Path)
    parser.add_argument("--veranderd", action="store_true", help="list every draft whose result changed (with --vergelijk)")
    args = parser.parse_args(argv)
    data = rows()
    old = json.loads(args.vergelijk.read_text(encoding="utf-8")) if args.vergelijk else None
    if args.json:
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    summary(data)
    per_file(data, old)
    if old and args.veranderd:
        changes(data, old)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
