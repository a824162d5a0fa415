"""Crisis language in outside krimp drafts that krimp did not flag as crisis at first sight (round 44, c44k).

Every outside krimp file (``OUTSIDE`` of ``tools/krimp_first_sight.py`` and the probe files tuning37-p …
tuning43-p) was first read by the engine of the commit before the commit that brought it in. For each draft the
outside author marked as holding crisis language (``soorten`` has "crisis") this script runs that older engine
(``git archive`` of ``src`` and ``content`` of ``COMMIT^``) and today's engine: the care check's tier on the
whole draft (``acuut``, ``zorg`` or none), its signals, and whether krimp's result is a crisis result
(``r.crisis``). The rows go to ``benchmarks/krimp_crisis_first_sight.json``; ``--lijst`` prints the missed ones
from the stored rows (no engine run), grouped by what the check said then and now.

Usage: PYTHONPATH=src python tools/krimp_crisis_first_sight.py [--schrijf]   (one old engine at a time: minutes)
       PYTHONPATH=src python tools/krimp_crisis_first_sight.py --lijst      (the stored rows, today's engine: seconds)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
OUT = ROOT / "benchmarks" / "krimp_crisis_first_sight.json"
PROBES = tuple(f"tuning{n}-p" for n in range(37, 44))
# Why each first-sight miss was missed, judged by hand (round 44): the group of what carries the crisis.
GROUPS = {
    "M": "a means at hand or just used, with a state or a place ('sta in de schuur met het touw', pills on the table)",
    "D": "a death wish said in own, veiled or typo'd words ('wil er niet meer zijn', 'leeven', 'of ik morgen wil halen')",
    "P": "a place or an act beside an urge ('op de boot … zin om erin te springen')",
    "K": "fear of harming one's child ('bang dat ik de baby iets aandoe')",
    "U": "exhaustion or despair in own words: gentle by issue 13 ('ik trek het niet meer', 'zie het niet meer zitten')",
    "V": "wanting to disappear or everything to stop, no death, means or place: gentle ('ik wil gewoon verdwijnen')",
    "A": "a panic attack, 'ik denk dat ik doodga': the safety-net gentle line",
    "G": "danger from someone else (a violent partner, a boy at a party): no self-harm signal",
}
LABELS = {
    "h17-060": "D", "h17-084": "M", "h19-018": "U", "h19-029": "U", "h19-043": "G", "h19-064": "U", "h19-082": "A",
    "h19-091": "G", "h19-092": "U", "h37b-047": "A", "h38a-017": "D", "h38b-029": "M", "h38b-038": "M",
    "h39a-036": "D", "h39b-038": "M", "h40b-011": "V", "h41b-035": "V", "h42a-014": "U", "h42a-020": "U",
    "h42a-032": "D", "h42a-045": "V", "h42b-021": "P", "h43a-015": "M", "p38-030": "K", "p38-043": "M",
    "p39-009": "V", "p39-038": "D", "p40-028": "U", "p42-050": "U",
}


def _files() -> tuple[str, ...]:
    from krimp_first_sight import OUTSIDE

    return tuple(OUTSIDE) + PROBES


def _crisis_cases(name: str) -> list[dict]:
    path = ROOT / "tests" / "corpus" / "krimp" / f"{name}.toml"
    cases = tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])
    return [c for c in cases if "crisis" in c.get("soorten", [])]


def _jobs(cases: list[dict]) -> list[dict]:
    return [dict(id=c["id"], concept=c["concept"].strip("\n"), wie=c.get("wie") or None,
                 wanneer=c.get("wanneer") or None) for c in cases]


def _read(src: str) -> None:
    """Child process: the care check and krimp of the engine in `src` on the drafts on stdin."""
    sys.path.insert(0, src)
    from vraaghulp.coach.crisis import assess
    from vraaghulp.coach.krimp import shrink

    rows = []
    for job in json.loads(sys.stdin.read()):
        found = assess(job["concept"])
        res = shrink(job["concept"], person=job["wie"], moment=job["wanneer"])
        signals = [[s.family, s.level, s.phrase] for s in found.signals]
        rows.append(dict(id=job["id"], tier=found.tier, signals=signals, crisis=bool(res.crisis),
                         sentence=res.sentence))
    print(json.dumps(rows, ensure_ascii=False))


def _run(src: Path, cases: list[dict]) -> list[dict]:
    out = subprocess.run([sys.executable, __file__, "--lees", str(src)], input=json.dumps(_jobs(cases)),
                         stdout=subprocess.PIPE, text=True, check=True).stdout
    return json.loads(out)


def _old_tree(commit: str, work: Path) -> Path:
    tree = work / commit[:10]
    if not tree.exists():
        tree.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", f"{commit}^", "src", "content"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree / "src"


def rebuild() -> list[dict]:
    from krimp_first_sight import _added

    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="c44k-crisis-") as tmp:
        for name in _files():
            cases = _crisis_cases(name)
            if not cases:
                continue
            commit = _added(name)
            then = _run(_old_tree(commit, Path(tmp)), cases)
            for case, old in zip(cases, then):
                rows.append(dict(file=name, commit=commit[:10], id=case["id"], concept=case["concept"].strip("\n"),
                                 then=dict(tier=old["tier"], crisis=old["crisis"], signals=old["signals"])))
            part = [r for r in rows if r["file"] == name]
            print(f"{name:14s} {commit[:10]}^  crisis {len(part):2d}  toen {sum(r['then']['crisis'] for r in part):2d}",
                  flush=True)
    return _today(rows)


def _state(side: dict) -> str:
    """'geen signaal', 'zorg', 'acuut-niet-gebruikt' (the check said acuut, krimp did not use it), 'crisis'."""
    if side["crisis"]:
        return "crisis"
    if side["tier"] == "acuut":
        return "acuut-niet-gebruikt"
    return side["tier"] or "geen signaal"


def _today(rows: list[dict]) -> list[dict]:
    """The rows with today's engine's verdict in `now` (run in this process)."""
    from vraaghulp.coach.crisis import assess
    from vraaghulp.coach.krimp import shrink

    out = []
    for r in rows:
        found = assess(r["concept"])
        res = shrink(r["concept"])
        signals = [[s.family, s.level, s.phrase] for s in found.signals]
        out.append({**r, "now": dict(tier=found.tier, crisis=bool(res.crisis), signals=signals)})
    return out


def report(rows: list[dict]) -> None:
    missed = [r for r in rows if not r["then"]["crisis"]]
    print(f"{len(rows)} drafts met crisistaal; bij eerste lezing niet als crisis herkend: {len(missed)}; "
          f"vandaag niet: {sum(not r['now']['crisis'] for r in rows)}")
    print("toen -> nu:", dict(Counter(f"{_state(r['then'])} -> {_state(r['now'])}" for r in missed)))
    for key, text in GROUPS.items():
        part = [r for r in missed if LABELS.get(r["id"]) == key]
        brought = sorted({r["commit"] for r in part})
        print(f"  {key} {len(part):2d} gemist in {len(brought):2d} inbreng(en), nu crisis "
              f"{sum(r['now']['crisis'] for r in part):2d}: {text}")
    unlabelled = [r["id"] for r in missed if r["id"] not in LABELS]
    print(f"  zonder groep: {', '.join(unlabelled) or '-'}")
    for r in missed:
        print(f"\n{r['id']} ({r['file']}, {r['commit']}^)  toen {_state(r['then'])}  nu {_state(r['now'])}")
        print("   " + r["concept"].replace("\n", " / "))
        for label in ("then", "now"):
            sig = "; ".join(f"{f}:{lv}:{p}" for f, lv, p in r[label]["signals"]) or "-"
            print(f"   {label:4s} {sig}")


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--lees":
        _read(sys.argv[2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--schrijf", action="store_true", help=f"write the rows to {OUT.relative_to(ROOT)}")
    parser.add_argument("--lijst", action="store_true", help="the stored rows with today's engine, no old engine")
    args = parser.parse_args()
    if args.lijst:
        rows = _today(json.loads(OUT.read_text(encoding="utf-8")))
    else:
        rows = rebuild()
    if args.schrijf:
        OUT.write_text(json.dumps(rows, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    report(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
