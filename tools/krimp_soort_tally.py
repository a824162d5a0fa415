"""Which kinds of draft are hard? A tally by the kinds the outside authors say are present (round 54, k54b).

Every outside case (``tests/corpus/krimp/tuning-ho*.toml`` and ``tuning*-p.toml``) carries ``soorten``: the kinds its
author says are in the draft (aanloop, excuus, last, uitweg, moment, vlaams, chat, crisis …). Per ``soort``, per
``kanaal``, per ``taal`` and per author file: drafts, acceptable %, sure %, wrong and sure, the weighted gap (drafts not
acceptable; and how many more than the drafts' share would give at the overall rate, ``boven``) and the most common
reasons for not acceptable, by kind of krimp_eval's ``judge`` reasons:

- ``mist``   a must-keep item lost ("mist '…'")
- ``nog``    a must-drop item still there ("nog '…'")
- ``fout``   a ``fout`` pattern matches (a changed meaning)
- ``ver``    nothing else wrong, only below the similarity threshold to every gold

Results come from the engine of this tree (``krimp_eval.score``), or from a ``tools/krimp_snapshot.py`` file (faster,
and fixed: ``--snapshot FILE``). ``--soort X`` lists the not-acceptable drafts of kind X (result, closest gold,
reasons); ``--bestand NAME`` keeps one file (repeatable).

Usage: PYTHONPATH=src python tools/krimp_soort_tally.py [--snapshot FILE] [--soort X] [--bestand NAME …] [--min N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from krimp_eval import judge  # noqa: E402

FOLDER = ROOT / "tests" / "corpus" / "krimp"
REASON_KINDS = ("mist", "nog", "fout", "ver")


@dataclass
class Row:
    file: str
    case: dict
    sentence: str
    sure: bool
    acceptable: bool
    wrong_sure: bool
    reasons: list[str]
    gold: str

    @property
    def kinds(self) -> list[str]:
        return sorted(set(self.case.get("soorten", [])))


def outside_files(folder: Path = FOLDER) -> list[Path]:
    files = set(folder.glob("tuning-ho*.toml")) | set(folder.glob("tuning*-p.toml"))
    return sorted(files)


def reason_kinds(reasons: list[str]) -> list[str]:
    """The reason kinds of one result; ``ver`` only when nothing else is wrong."""
    found = []
    for kind, test in (("mist", lambda r: r.startswith("mist ")), ("nog", lambda r: r.startswith("nog ")),
                       ("fout", lambda r: r == "fout-patroon")):
        if any(test(r) for r in reasons):
            found.append(kind)
    if not found and reasons:
        found.append("ver")
    return found


def scored(file: str, case: dict, sentence: str, sure: bool) -> Row:
    _best, gold, kept, _gone, wrong, reasons = judge(sentence, case)
    wrong_sure = sure and (kept < len(case.get("houden", [])) or wrong)
    return Row(file, case, sentence, sure, not reasons, wrong_sure, reasons, gold)


def load_rows(files: list[Path], snapshot: Path | None = None) -> list[Row]:
    stored = {}
    if snapshot is not None:
        with open(snapshot, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                stored[(r["file"], r["id"])] = r
    else:
        from vraaghulp.coach.krimp import shrink
    rows = []
    for path in files:
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            if snapshot is not None:
                r = stored[(path.name, case["id"])]
                sentence, sure = r["sentence"], r["zeker"]
            else:
                result = shrink(case["concept"].strip("\n"), person=case.get("wie") or None,
                                moment=case.get("wanneer") or None)
                sentence, sure = result.sentence, result.sure
            rows.append(scored(path.name, case, sentence, sure))
    return rows


def group(rows: list[Row], key) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for r in rows:
        for k in key(r):
            out.setdefault(k, []).append(r)
    return out


def summary(rows: list[Row], base_bad: float) -> dict:
    n = len(rows)
    bad = [r for r in rows if not r.acceptable]
    reasons = Counter(k for r in bad for k in reason_kinds(r.reasons))
    return {"n": n, "acceptable": n - len(bad), "sure": sum(r.sure for r in rows),
            "wrong_sure": sum(r.wrong_sure for r in rows), "bad": len(bad),
            "above": len(bad) - n * base_bad, "reasons": reasons}


def pct(a: int, n: int) -> str:
    return f"{100 * a / n:5.1f}" if n else "    –"


def table(title: str, groups: dict[str, list[Row]], base_bad: float, minimum: int) -> list[str]:
    lines = [f"\n== {title}", f"  {'':24s} {'n':>5s} {'aanv%':>6s} {'zeker%':>6s} {'fz':>3s} {'niet':>5s} {'boven':>6s}  redenen"]
    stats = {k: summary(v, base_bad) for k, v in groups.items() if len(v) >= minimum}
    for k, s in sorted(stats.items(), key=lambda kv: -kv[1]["above"]):
        why = " · ".join(f"{r} {c}" for r, c in s["reasons"].most_common())
        lines.append(f"  {k[:24]:24s} {s['n']:5d} {pct(s['acceptable'], s['n']):>6s} {pct(s['sure'], s['n']):>6s} "
                     f"{s['wrong_sure']:3d} {s['bad']:5d} {s['above']:+6.1f}  {why}")
    return lines


def listing(rows: list[Row], kind: str) -> list[str]:
    lines = []
    for r in rows:
        if kind not in r.kinds or r.acceptable:
            continue
        draft = " ".join(r.case["concept"].split())
        mark = "ZEKER" if r.sure else "onzeker"
        lines += [f"\n  [{r.case['id']}] {mark}{' FOUT-ZEKER' if r.wrong_sure else ''} — {', '.join(r.reasons)}",
                  f"    soorten: {', '.join(r.kinds)}",
                  f"    concept: {draft[:220]}{'…' if len(draft) > 220 else ''}",
                  f"    krimp:   {r.sentence}", f"    goud:    {r.gold}"]
    return lines


def file_kinds(rows: list[Row], minimum: int = 3) -> list[str]:
    """Per author file: acceptable against what its mix of kinds predicts (each draft the mean of its kinds' rates
    over all files), and the kinds that fail more in this file than over all files (drafts not acceptable above the
    kind's own rate), so that a hard file shows whether its kinds or its way of writing them make it hard."""
    rate = {k: sum(r.acceptable for r in v) / len(v) for k, v in group(rows, lambda r: r.kinds).items()}
    overall = sum(r.acceptable for r in rows) / len(rows)
    lines = ["\n== per bestand: aanvaardbaar tegen wat de soorten voorspellen; soorten die hier vaker mislukken",
             f"  {'':16s} {'n':>4s} {'aanv%':>6s} {'verw%':>6s}  soorten boven hun eigen peil (niet aanvaardbaar − verwacht)"]
    per_file = group(rows, lambda r: [r.file.removesuffix(".toml")])
    for name, part in sorted(per_file.items(), key=lambda kv: sum(r.acceptable for r in kv[1]) / len(kv[1])):
        expected = sum(sum(rate[k] for k in r.kinds) / len(r.kinds) if r.kinds else overall for r in part)
        above = []
        for kind, sub in group(part, lambda r: r.kinds).items():
            if len(sub) >= minimum:
                above.append((sum(not r.acceptable for r in sub) - len(sub) * (1 - rate[kind]), kind, len(sub)))
        worst = ", ".join(f"{k} {a:+.1f}/{n}" for a, k, n in sorted(above, reverse=True)[:4] if a > 0)
        lines.append(f"  {name[:16]:16s} {len(part):4d} {pct(sum(r.acceptable for r in part), len(part)):>6s} "
                     f"{pct(expected, len(part)):>6s}  {worst}")
    return lines


def report(rows: list[Row], minimum: int) -> list[str]:
    n = len(rows)
    bad = sum(not r.acceptable for r in rows)
    base_bad = bad / n if n else 0.0
    s = summary(rows, base_bad)
    lines = [f"buitenbestanden: {n} concepten, aanvaardbaar {pct(s['acceptable'], n)} %, zeker {pct(s['sure'], n)} %, "
             f"fout en zeker {s['wrong_sure']}"]
    lines += table("per soort (volgens de auteur)", group(rows, lambda r: r.kinds), base_bad, minimum)
    lines += table("per kanaal", group(rows, lambda r: [str(r.case.get("kanaal", "?"))]), base_bad, minimum)
    lines += table("per taal", group(rows, lambda r: [str(r.case.get("taal", "?"))]), base_bad, minimum)
    lines += table("per bestand", group(rows, lambda r: [r.file.removesuffix(".toml")]), base_bad, 1)
    lines += file_kinds(rows)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--snapshot", type=Path, help="a tools/krimp_snapshot.py file instead of running the engine")
    parser.add_argument("--soort", help="list the not-acceptable drafts of this kind")
    parser.add_argument("--bestand", action="append", default=[], help="only this file (name, with or without .toml)")
    parser.add_argument("--min", type=int, default=20, help="leave out kinds with fewer drafts (default 20)")
    args = parser.parse_args(argv)
    files = outside_files()
    if args.bestand:
        wanted = {b.removesuffix(".toml") for b in args.bestand}
        files = [f for f in files if f.stem in wanted]
    if not files:
        print("Geen buitenbestanden gevonden.")
        return 1
    rows = load_rows(files, args.snapshot)
    lines = listing(rows, args.soort) if args.soort else report(rows, args.min)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
