"""Round 58 (c58a): leave one author out for `ordinary_kinds58`'s three kinds.

For each outside author (a `tuning-ho*` file is one author; the probes CP and Q as `crisis_false_panel_count.author`
names them), every word of the kinds' lists (`ordinary_kinds58.WORDS`) is kept only where it also stands in some
other outside author's line (any line, any tier); the kinds are built again from what is left and that author's lines
are checked. Counted against the same tree with the kinds switched off: harmless lines lowered, real lines lowered.

    PYTHONPATH=src .venv/bin/python tools/crisis_loao58.py [--lijst]
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crisis_false_panel_count import author  # noqa: E402

from vraaghulp.coach import crisis  # noqa: E402
from vraaghulp.coach.crisis import ordinary_kinds58  # noqa: E402
from vraaghulp.coach.crisis.ordinary_kinds51 import seen  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "crisis"


def outside_lines() -> list[tuple[str, str, str, str]]:
    """(author, where, expected tier, text) of every outside line, `open/` too."""
    found = []
    for path in sorted(CORPUS.glob("*.toml")) + sorted((CORPUS / "open").glob("*.toml")):
        name = str(path.relative_to(CORPUS))
        who = author(name)
        if who is None:
            continue
        for n, row in enumerate(tomllib.loads(path.read_text(encoding="utf-8")).get("regel", [])):
            found.append((who, f"{name}#{n}", row["verwacht"], row["tekst"]))
    return found


def tier_with(kinds: tuple, text: str) -> str | None:
    original = ordinary_kinds58.quieted
    ordinary_kinds58.quieted = lambda signals, reading, raw: original(signals, reading, raw, kinds)
    try:
        return crisis.assess(text).tier
    finally:
        ordinary_kinds58.quieted = original


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lijst", action="store_true", help="list every line a kind lowers")
    args = parser.parse_args(argv)
    lines = outside_lines()
    readings = {where: seen(crisis.normalised(text), text) for _who, where, _exp, text in lines}
    # which authors' lines each word stands in
    stands: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, words in ordinary_kinds58.WORDS.items():
        for word in words:
            pattern = re.compile(rf"\b(?:{word})\b")
            for who, where, _exp, _text in lines:
                if pattern.search(readings[where]):
                    stands[(key, word)].add(who)
    full, held = Counter(), Counter()
    shown = []
    for who in sorted({line[0] for line in lines}):
        words = {key: tuple(w for w in ws if stands[(key, w)] - {who}) for key, ws in ordinary_kinds58.WORDS.items()}
        kinds = ordinary_kinds58.build(words)
        for _who, where, expected, text in (line for line in lines if line[0] == who):
            before = tier_with((), text)
            if before is None:
                continue
            side = "harmless" if expected == "geen" else "real"
            after_full = tier_with(ordinary_kinds58.KINDS, text)
            after_held = tier_with(kinds, text)
            if after_full != before:
                full[side] += 1
                shown.append((side, who, where, before, after_full, after_held, text))
            if after_held != before:
                held[side] += 1
    print(f"whole lists: harmless lowered {full['harmless']}, real lowered {full['real']}")
    print(f"each author's own words left out: harmless lowered {held['harmless']}, real lowered {held['real']}")
    print(f"authors of the harmless lines lowered: {len({row[1] for row in shown if row[0] == 'harmless'})}")
    if args.lijst:
        for side, who, where, before, after_full, after_held, text in shown:
            print(f"{side}\t{who}\t{where}\t{before} -> {after_full} (held out: {after_held})\t{text[:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
