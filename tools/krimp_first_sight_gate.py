"""Measure the first-sight gate (``coach/krimp/first_sight.py``) on the first-sight results of the outside files.

Reads ``benchmarks/krimp_first_sight.json`` (``tools/krimp_first_sight.py --schrijf``: what the engine of the
commit before said when each outside file came in), computes every candidate shape on each sure result (the
draft analysed by today's engine, the sentence as the old engine gave it) and prints:

1. per shape: how many wrong-and-sure and right-and-sure results it fires on;
2. leave-one-file-out: for each file, the shapes are chosen on the OTHER files only (at least two wrong-and-sure
   hits and at most four right-and-sure per wrong one), then applied to the left-out file: sure and
   wrong-and-sure before → after;
3. the same with the shipped shapes of round 24 (chosen by looking at all files: not a held-out figure);
4. round 26 (k26g), the label ACCEPTABLE: per shape of the result (``first_sight.kept_kinds`` and broader candidates
   of ``ROUND26_EXTRA``) how many sure-but-not-acceptable and sure-and-acceptable results it fires on among those the
   round-24 shapes let through; then leave-one-file-out (shapes chosen on the other files: at least ``MIN_BAD``
   not-acceptable hits and at most as many acceptable ones): per file sure, sure results acceptable and
   wrong-and-sure, first sight → with the round-24 shapes → with the shapes chosen without the file.

Usage: PYTHONPATH=src python tools/krimp_first_sight_gate.py   (under a minute)
"""

from __future__ import annotations

import json
import re
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
ROUND24 = first_sight.CODES[:5]
ROUND26 = ("weg-woord", "even-vulsel", "lang-resultaat")
MIN_BAD = 3
_W = re.compile(r"[\w'À-ÿ]+")


def round26_extra(sentence: str) -> set[str]:
    """Broader candidates of round 26 that were measured and not shipped (README, round 26 k26g)."""
    parts = [p for p in re.split(r"(?<=[.?!])\s+", sentence.strip()) if p]
    asks = [i for i, p in enumerate(parts) if p.endswith("?")]
    found = {f"lang>={n}" for n in (20, 25) if len(_W.findall(sentence)) >= n}
    found |= {"drie-zinnen"} if len(parts) >= 3 else set()
    found |= {"zin-voor-vraag"} if asks and asks[0] > 0 else set()
    found |= {"zin-na-vraag"} if asks and asks[0] < len(parts) - 1 else set()
    found |= {"lange-vraag"} if any(len(_W.findall(parts[i])) >= 22 for i in asks) else set()
    found |= {"geen-vraag"} if not asks else set()
    return found


ROUND26_EXTRA = ("lang>=20", "lang>=25", "drie-zinnen", "zin-voor-vraag", "zin-na-vraag", "lange-vraag", "geen-vraag")


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
    return found | round26_extra(row["sentence"])


def chosen(rows: list[dict]) -> set[str]:
    """Round 24: shapes with at least two wrong-and-sure hits and at most four right-and-sure per wrong one."""
    picked = set()
    for code in (*ROUND24, *EXTRA):
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


def chosen26(rows: list[dict]) -> set[str]:
    """Round 26: among the sure results the round-24 shapes let through, a shape with at least ``MIN_BAD`` hits
    that are not acceptable and at most as many acceptable ones (each withheld `zeker` buys at least one bad)."""
    left = [r for r in rows if not r["shapes"] & set(ROUND24)]
    picked = set()
    for code in (*ROUND26, *ROUND26_EXTRA):
        bad = sum(1 for r in left if code in r["shapes"] and not r["ok"])
        good = sum(1 for r in left if code in r["shapes"] and r["ok"])
        picked |= {code} if bad >= MIN_BAD and good <= bad else set()
    return picked


def _share(ok: int, n: int) -> str:
    return f"{100 * ok / n:5.1f}" if n else "    -"


def table26(rows: list[dict], files: list[str], pick) -> None:
    print(f"  {'bestand':14s} {'zeker':>16s} {'zeker en aanvaardbaar %':>27s} {'fout-zeker':>14s}  vormen")
    tot = [0] * 9
    for f in files:
        part = [r for r in rows if r["file"] == f and r["sure"]]
        mid = [r for r in part if not r["shapes"] & set(ROUND24)]
        codes = pick(f)
        after = [r for r in mid if not r["shapes"] & codes]
        v = [n for xs in (part, mid, after) for n in (len(xs), sum(r["ok"] for r in xs), sum(r["wrong"] for r in xs))]
        tot = [a + b for a, b in zip(tot, v)]
        print(f"  {f:14s} {v[0]:4d} → {v[3]:3d} → {v[6]:3d}   {_share(v[1], v[0])} → {_share(v[4], v[3])} → "
              f"{_share(v[7], v[6])}   {v[2]:3d} → {v[5]:2d} → {v[8]:2d}  {', '.join(sorted(codes))}")
    shares = " → ".join(_share(tot[i + 1], tot[i]) for i in (0, 3, 6))
    print(f"  {'samen':14s} {tot[0]:4d} → {tot[3]:3d} → {tot[6]:3d}   {shares}   {tot[2]:3d} → {tot[5]:2d} → {tot[8]:2d}")


def main() -> int:
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    for r in rows:
        r["shapes"] = shapes(r) if r["sure"] else set()
    sure = [r for r in rows if r["sure"]]
    print(f"eerste blik: {len(rows)} concepten, {len(sure)} zeker, {sum(r['wrong'] for r in sure)} fout-zeker")
    print("1. per vorm (op de zekere resultaten): fout-zeker / goed-zeker")
    for code in (*ROUND24, *EXTRA):
        print(f"  {code:18s} {sum(1 for r in sure if code in r['shapes'] and r['wrong']):3d} / "
              f"{sum(1 for r in sure if code in r['shapes'] and not r['wrong']):3d}")
    files = list(dict.fromkeys(r["file"] for r in rows))
    print("2. leave-one-file-out (vormen gekozen op de andere bestanden)")
    table(rows, files, lambda f: chosen([r for r in sure if r["file"] != f]))
    print("3. de geleverde vormen van ronde 24 (gekozen met alle bestanden in zicht)")
    table(rows, files, lambda f: set(ROUND24))
    left = [r for r in sure if not r["shapes"] & set(ROUND24)]
    print(f"4. ronde 26, label aanvaardbaar: {len(left)} zeker na de vormen van ronde 24, "
          f"{sum(not r['ok'] for r in left)} niet aanvaardbaar; per vorm niet aanvaardbaar / aanvaardbaar")
    for code in (*ROUND26, *ROUND26_EXTRA):
        print(f"  {code:18s} {sum(1 for r in left if code in r['shapes'] and not r['ok']):3d} / "
              f"{sum(1 for r in left if code in r['shapes'] and r['ok']):3d}")
    print("   leave-one-file-out: eerste blik → met ronde 24 → met de vormen gekozen zonder het bestand")
    table26(rows, files, lambda f: chosen26([r for r in sure if r["file"] != f]))
    print("   de geleverde vormen van ronde 26 (first_sight.kept_kinds)")
    table26(rows, files, lambda f: set(ROUND26))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
