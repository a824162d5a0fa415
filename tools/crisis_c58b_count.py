"""Round 58 (c58b): outside authors' real lines missed or acuut only at the gentle line, listed for counting by kind.

Reads every outside file (tests/corpus/crisis/tuning-ho*.toml, tuning*-cp.toml and their open/ lines) with `assess`
and prints, per author, every real line with no tier and every expected-acuut line only at `zorg`, with what fired.
With `--harmless` it prints the harmless lines that reach a tier instead; with `--json FILE` it writes every line
(author, place, expected, found, signals) for a later comparison.

Usage: PYTHONPATH=src python tools/crisis_c58b_count.py [--harmless] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import tomllib
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "crisis"
# CP wrote cp37-40 and cp51-54, Q cp41-50; the later probes are their own authors (README, round 56 and 57)
_CP = {**{n: "CP" for n in (37, 38, 39, 40, 51, 52, 53, 54)}, **{n: "Q" for n in range(41, 51)}}


def author(stem: str) -> str:
    """The author of an outside file: a tuning-ho file is one author; the cp probes as the README names them."""
    stem = stem.removesuffix("-open")
    found = re.fullmatch(r"tuning(\d+)-cp", stem)
    if found:
        return _CP.get(int(found.group(1)), f"cp{found.group(1)}")
    return stem.removeprefix("tuning-")


def outside_files() -> list[Path]:
    files = sorted(CORPUS.glob("tuning-ho*.toml")) + sorted(CORPUS.glob("tuning*-cp.toml"))
    files += sorted((CORPUS / "open").glob("tuning-ho*-open.toml")) + sorted((CORPUS / "open").glob("tuning*-cp-open.toml"))
    return files


def lines() -> list[dict]:
    from vraaghulp.coach.crisis import assess

    out = []
    for path in outside_files():
        with path.open("rb") as handle:
            rows = tomllib.load(handle).get("regel", [])
        for place, row in enumerate(rows, 1):
            result = assess(row["tekst"])
            out.append({"file": path.stem, "author": author(path.stem), "place": place, "text": row["tekst"],
                        "expected": row["verwacht"], "family": row.get("familie", ""), "found": result.tier,
                        "signals": [f"{s.family}:{s.level}:{s.phrase}" for s in result.signals]})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--harmless", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args()
    rows = lines()
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    for row in rows:
        if args.harmless:
            wanted = row["expected"] == "geen" and row["found"]
        else:
            wanted = row["expected"] != "geen" and (not row["found"] or row["expected"] == "acuut" and row["found"] == "zorg")
        if wanted:
            mark = "MISSED" if not row["found"] else row["found"]
            print(f"{row['author']}\t{row['file']}#{row['place']}\t{mark}\t{row['expected']}\t{row['family']}\t"
                  f"{row['text']}\t{' | '.join(s for s in row['signals'] if ':hint:' not in s)[:200]}")
    real = [r for r in rows if r["expected"] != "geen"]
    print(f"# {len(rows)} lines, {len(real)} real: missed {sum(1 for r in real if not r['found'])}, acuut at zorg "
          f"{sum(1 for r in real if r['expected'] == 'acuut' and r['found'] == 'zorg')}; harmless at acuut "
          f"{sum(1 for r in rows if r['expected'] == 'geen' and r['found'] == 'acuut')}, at zorg "
          f"{sum(1 for r in rows if r['expected'] == 'geen' and r['found'] == 'zorg')}")


if __name__ == "__main__":
    main()
