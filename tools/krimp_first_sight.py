"""Rebuild what the engine said about each outside krimp file on FIRST SIGHT (round 24, k24z).

Every outside file (tuning-ho17 … tuning-ho24b) was first read by the engine of the commit before the
commit that brought it in (``git log --diff-filter=A``). This script takes that older engine (``git
archive`` of ``src`` and ``content`` of ``COMMIT^`` into a temporary folder), runs its ``shrink`` on the
file's drafts, and judges the results with today's case definitions (``benchmarks/krimp_eval.judge``):
sure, wrong (lost a must-keep or shows a ``fout`` pattern, as the eval counts wrong-and-sure), keeps a
``weg`` item, acceptable; since round 26 (k26g) also the reasons a result is not acceptable (``redenen``: which
must-keep item is missing, which ``weg`` item is still there, ``fout-patroon``, the gold closeness below the bar)
and the closeness to the nearest gold (``gelijkenis``). The rows go to ``benchmarks/krimp_first_sight.json``
(the data the gate of ``coach/krimp/first_sight.py`` is measured on: ``tools/krimp_first_sight_gate.py``).

Usage: PYTHONPATH=src python tools/krimp_first_sight.py [--schrijf]   (a few minutes, one engine at a time)
       PYTHONPATH=src python tools/krimp_first_sight.py --herbeoordeel [--schrijf]   (the stored sentences judged
       again with today's case definitions, no old engine run: seconds)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
OUT = ROOT / "benchmarks" / "krimp_first_sight.json"
OUTSIDE = ("tuning-ho17", "tuning-ho18", "tuning-ho19", "tuning-ho21a", "tuning-ho21b", "tuning-ho22a",
           "tuning-ho22b", "tuning-ho23a", "tuning-ho23b", "tuning-ho24a", "tuning-ho24b", "tuning-ho25a",
           "tuning-ho25b", "tuning-ho26a", "tuning-ho26b", "tuning-ho27a", "tuning-ho27b",
           "tuning-ho28a", "tuning-ho28b", "tuning-ho29a", "tuning-ho29b",
           "tuning-ho30a", "tuning-ho30b", "tuning-ho31a", "tuning-ho31b",
           "tuning-ho32a", "tuning-ho32b",
           "tuning-ho33a", "tuning-ho33b",
           "tuning-ho34a", "tuning-ho34b",
           "tuning-ho35a", "tuning-ho35b",
           "tuning-ho36a", "tuning-ho36b",
           "tuning-ho37a", "tuning-ho37b",
           "tuning-ho38a", "tuning-ho38b",
           "tuning-ho39a", "tuning-ho39b",
           "tuning-ho40a", "tuning-ho40b",
           "tuning-ho41a", "tuning-ho41b",
           "tuning-ho42a", "tuning-ho42b",
           "tuning-ho43a", "tuning-ho43b",
           "tuning-ho44a", "tuning-ho44b",
           "tuning-ho45a", "tuning-ho45b",
           "tuning-ho46a", "tuning-ho46b",
           "tuning-ho47a", "tuning-ho47b",
           "tuning-ho48a", "tuning-ho48b",
           "tuning-ho49a", "tuning-ho49b",
           "tuning-ho50a", "tuning-ho50b",
           "tuning-ho51a", "tuning-ho51b", "tuning-ho52a", "tuning-ho52b",
           "tuning-ho53a", "tuning-ho53b",
           "tuning-ho54a", "tuning-ho54b",
           "tuning-ho55a", "tuning-ho55b", "tuning-ho56a", "tuning-ho56b",
           "tuning-ho57a", "tuning-ho57b")


def _added(name: str) -> str:
    log = subprocess.run(["git", "-C", str(ROOT), "log", "--diff-filter=A", "--format=%H", "--",
                          f"tests/corpus/krimp/{name}.toml"], capture_output=True, text=True, check=True).stdout
    return log.split()[-1]


def _run_old(commit: str, cases: list[dict], work: Path) -> list[dict]:
    tree = work / commit[:10]
    if not tree.exists():
        tree.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", f"{commit}^", "src", "content"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    jobs = [dict(id=c["id"], concept=c["concept"].strip("\n"), wie=c.get("wie") or None,
                 wanneer=c.get("wanneer") or None) for c in cases]
    out = subprocess.run([sys.executable, __file__, "--lees", str(tree / "src")], input=json.dumps(jobs),
                         stdout=subprocess.PIPE, text=True, check=True).stdout
    return json.loads(out)


def _read(src: str) -> None:
    """Child process: run the old engine on the drafts on stdin, print its results."""
    sys.path.insert(0, src)
    from vraaghulp.coach.krimp import shrink

    rows = []
    for job in json.loads(sys.stdin.read()):
        res = shrink(job["concept"], person=job["wie"], moment=job["wanneer"])
        rows.append(dict(id=job["id"], sentence=res.sentence, sure=bool(res.sure)))
    print(json.dumps(rows, ensure_ascii=False))


def _judged(sentence: str, case: dict) -> dict:
    """Today's judgement of a first-sight sentence: lost a must-keep, a `fout` pattern, a `weg` item kept, …"""
    import krimp_eval as ke

    best, _gold, kept, _gone, wrong, reasons = ke.judge(sentence, case)
    lost = kept < len(case.get("houden", []))
    weg = any(x.startswith("nog ") for x in reasons)
    return dict(lost=lost, fout=wrong, weg=weg, wrong=lost or wrong, ok=not reasons, redenen=reasons,
                gelijkenis=round(best, 3))


def rejudge() -> list[dict]:
    """The stored rows judged again with today's case definitions (the old engines are not run)."""
    rows = json.loads(OUT.read_text(encoding="utf-8"))
    cases: dict[str, dict] = {}
    for name in dict.fromkeys(r["file"] for r in rows):
        path = ROOT / "tests" / "corpus" / "krimp" / f"{name}.toml"
        cases.update({c["id"]: c for c in tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])})
    return [{**r, **_judged(r["sentence"], cases[r["id"]])} for r in rows]


def rebuild() -> list[dict]:
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="k24z-first-") as tmp:
        for name in OUTSIDE:
            path = ROOT / "tests" / "corpus" / "krimp" / f"{name}.toml"
            cases = tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])
            commit = _added(name)
            by_id = {c["id"]: c for c in cases}
            for r in _run_old(commit, cases, Path(tmp)):
                case = by_id[r["id"]]
                rows.append(dict(file=name, commit=commit[:10], id=r["id"], concept=case["concept"].strip("\n"),
                                 wie=case.get("wie") or None, wanneer=case.get("wanneer") or None,
                                 sentence=r["sentence"], sure=r["sure"], **_judged(r["sentence"], case)))
            part = [r for r in rows if r["file"] == name]
            print(f"{name:14s} {commit[:10]}^  drafts {len(part):3d}  zeker {sum(r['sure'] for r in part):3d}  "
                  f"fout-zeker {sum(r['sure'] and r['wrong'] for r in part):2d}  "
                  f"weg-zeker {sum(r['sure'] and r['weg'] for r in part):2d}  "
                  f"aanvaardbaar {sum(r['ok'] for r in part):3d}", flush=True)
    return rows


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--lees":
        _read(sys.argv[2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--schrijf", action="store_true", help=f"write the rows to {OUT.relative_to(ROOT)}")
    parser.add_argument("--herbeoordeel", action="store_true", help="judge the stored sentences again, run no engine")
    args = parser.parse_args()
    rows = rejudge() if args.herbeoordeel else rebuild()
    if args.schrijf:
        OUT.write_text(json.dumps(rows, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
