"""Round 58 (c58b): `said_end58`'s shapes judged leave-one-author-out, by vocabulary.

For each outside author (a tuning-ho file, CP, Q, or a later cp probe; see `crisis_c58b_count.author`), every top-level
alternative of the shapes' positive word lists is kept only where it also matches, on the first reading, some line of
another outside author (any line, any tier); the guards (the ordinary causes) stay whole. The shapes so built on the
other authors are run on that author's lines: how many of the lines the whole module raises stay raised, and how
many of the author's harmless lines are raised.

Usage: PYTHONPATH=src python tools/crisis_c58b_loao.py [RAISED]
RAISED: a file of texts, one a line (the lines this round raised, from `crisis_c58b_count.py --json` before and
after); without it every real line the shapes match counts, also those older rules already put at the panel.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crisis_c58b_count import author, outside_files  # noqa: E402

# the positive word lists; the guards (`*_ORDINARY`, `_DENIED`) are left whole
POSITIVE = ("_ACCIDENT", "_WELCOME", "_INSURANCE", "_ON_ACCIDENT", "_LOOKED", "_BETTER_OFF", "_STOPPED", "_LET_COME",
            "_KEPT_FROM", "_BLADE", "_SLEEVES", "_WORSE", "_HIDDEN", "_STANCE", "_LAST_WORD")


def main() -> None:
    from vraaghulp.coach.crisis import normalised
    from vraaghulp.coach.crisis import said_end58 as shapes
    from vraaghulp.coach.crisis.said_end import top_level as alternatives

    lines = []  # (author, expected, text, reading)
    for path in outside_files():
        for row in tomllib.loads(path.read_text(encoding="utf-8")).get("regel", []):
            lines.append((author(path.stem), row["verwacht"], row["tekst"], normalised(row["tekst"])))
    whole = {name: getattr(shapes, name) for name in POSITIVE}
    parts = {name: [re.compile(part) for part in alternatives(whole[name].pattern)] for name in POSITIVE}
    # which authors each alternative matches
    seen: dict[tuple[str, int], set[str]] = defaultdict(set)
    for who, _, _, reading in lines:
        for name in POSITIVE:
            for n, part in enumerate(parts[name]):
                if part.search(reading):
                    seen[(name, n)].add(who)
    only = set(Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()) if len(sys.argv) > 1 else None
    raised_whole = {i for i, (_, _, text, reading) in enumerate(lines)
                    if shapes.raised(reading, [], text) and (only is None or text in only)}
    kept = lost = harmless = 0
    per_shape: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for who in sorted({line[0] for line in lines}):
        for name in POSITIVE:
            keep = [alt for n, alt in enumerate(alternatives(whole[name].pattern)) if seen[(name, n)] - {who}]
            setattr(shapes, name, re.compile("|".join(keep) if keep else r"(?!x)x"))
        for i, (author_of, expected, text, reading) in enumerate(lines):
            if author_of != who:
                continue
            note = shapes.raised(reading, [], text)
            if expected == "geen" and note is not None:
                harmless += 1
                print(f"harmless raised held out: {who}: {text}")
            if i in raised_whole and expected != "geen":
                full = _shape_of(shapes, whole, reading, text)
                if note is not None:
                    kept += 1
                    per_shape[full][0] += 1
                else:
                    lost += 1
                    per_shape[full][1] += 1
                    print(f"lost held out: {who}: {full}: {text[:140]}")
        for name in POSITIVE:
            setattr(shapes, name, whole[name])
    print(f"real lines the whole module raises (any tier before): kept held out {kept}, lost {lost}; "
          f"harmless lines raised held out: {harmless}")
    for shape, (k, lo) in sorted(per_shape.items()):
        print(f"  {shape}: {k} of {k + lo}")


def _shape_of(shapes, whole: dict, reading: str, text: str) -> str:
    """The name of the shape the whole module raises `reading` with."""
    saved = {name: getattr(shapes, name) for name in whole}
    for name, pattern in whole.items():
        setattr(shapes, name, pattern)
    note = shapes.raised(reading, [], text)
    for name, pattern in saved.items():
        setattr(shapes, name, pattern)
    return note.phrase.split(" (")[0] if note else "?"


if __name__ == "__main__":
    main()
