"""Measure the first-sight gate (``coach/krimp/first_sight.py``) on the first-sight results of the outside files.

Reads ``benchmarks/krimp_first_sight.json`` (``tools/krimp_first_sight.py --schrijf``: what the engine of the
commit before said when each outside file came in), computes every candidate shape on each sure result (the
draft analysed by today's engine, the sentence as the old engine gave it) and prints:

1. per shape: how many wrong-and-sure and right-and-sure results it fires on;
2. leave-one-file-out: for each file, the shapes are chosen on the OTHER files only (at least two wrong-and-sure
   hits and at most four right-and-sure per wrong one), then applied to the left-out file: sure and
   wrong-and-sure before → after;
3. the same with the shipped shapes (``first_sight.CODES``, chosen by looking at all files: not a held-out figure).

Usage: PYTHONPATH=src python tools/krimp_first_sight_gate.py   (under a minute)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from vraaghulp.coach.krimp import first_sight  # noqa: E402
from vraaghulp.coach.krimp.checks import text_words  # noqa: E402
from vraaghulp.coach.krimp.engine import analyse  # noqa: E402

DATA = ROOT / "benchmarks" / "krimp_first_sight.json"
_FIRST = frozenset({"ik", "'k", "mijn", "me", "mij", "we", "wij", "ons", "onze"})
EXTRA = ("weg-na-vraag", "weg-ik")  # candidates that were looked at and not shipped


def _extra(an, sentence: str) -> list[str]:
    """Broader candidates: any clause that goes after the ask's sentence, or with the writer in it."""
    d, shown = an.d, set(text_words(sentence))
    ask = min((c.sent for c in (getattr(an, "main", None) or [])), default=0)
    codes = set()
    for c in an.clauses:
        words = [d.word(i) for i in range(c.a, c.b) if d.is_word(i)]
        if c.role not in ("staat", "tekst") or len(words) < 3 or sum(w in shown for w in words) * 2 >= len(words):
            continue
        codes |= {"weg-na-vraag"} if c.sent > ask else set()
        codes |= {"weg-ik"} if set(words) & _FIRST else set()
    return sorted(codes)


def shapes(row: dict) -> set[str]:
    out = analyse(row["concept"], person=row.get("wie"), moment=row.get("wanneer"))
    an = out.analysis
    found = set(first_sight.result_kinds(row["sentence"]))
    if an is not None and not out.crisis:  # as first_sight.doubts: a crisis result's dropped clauses do not count
        found |= set(first_sight.dropped_kinds(an, row["sentence"])) | set(_extra(an, row["sentence"]))
    return found


def chosen(rows: list[dict]) -> set[str]:
    picked = set()
    for code in (*first_sight.CODES, *EXTRA):
        wrong = sum(1 for r in rows if code in r["shapes"] and r["wrong"])
        right = sum(1 for r in rows if code in r["shapes"] and not r["wrong"])
        if wrong >= 2 and right <= 4 * wrong:
            picked.add(code)
    return picked


def table(rows: list[dict], files: list[str], pick) -> None:
    print(f"  {'bestand':14s} {'n':>4s} {'zeker voor → na':>18s} {'fout-zeker voor → na':>22s}  vormen")
    tot = [0, 0, 0, 0, 0]
    for f in files:
        part = [r for r in rows if r["file"] == f]
        codes = pick(f)
        sure = [r for r in part if r["sure"]]
        after = [r for r in sure if not (r["shapes"] & codes)]
        v = [len(part), len(sure), len(after), sum(r["wrong"] for r in sure), sum(r["wrong"] for r in after)]
        tot = [a + b for a, b in zip(tot, v)]
        print(f"  {f:14s} {v[0]:4d} {v[1]:8d} → {v[2]:4d} {v[3]:12d} → {v[4]:3d}      {', '.join(sorted(codes))}")
    print(f"  {'samen':14s} {tot[0]:4d} {tot[1]:8d} → {tot[2]:4d} {tot[3]:12d} → {tot[4]:3d}")


def main() -> int:
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    for r in rows:
        r["shapes"] = shapes(r) if r["sure"] else set()
    sure = [r for r in rows if r["sure"]]
    print(f"eerste blik: {len(rows)} concepten, {len(sure)} zeker, {sum(r['wrong'] for r in sure)} fout-zeker")
    print("1. per vorm (op de zekere resultaten): fout-zeker / goed-zeker")
    for code in (*first_sight.CODES, *EXTRA):
        print(f"  {code:18s} {sum(1 for r in sure if code in r['shapes'] and r['wrong']):3d} / "
              f"{sum(1 for r in sure if code in r['shapes'] and not r['wrong']):3d}")
    files = list(dict.fromkeys(r["file"] for r in rows))
    print("2. leave-one-file-out (vormen gekozen op de andere bestanden)")
    table(rows, files, lambda f: chosen([r for r in sure if r["file"] != f]))
    print("3. de geleverde vormen (first_sight.CODES, gekozen met alle bestanden in zicht)")
    table(rows, files, lambda f: set(first_sight.CODES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
