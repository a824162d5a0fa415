"""Does another source tree's crisis check give the same result on every corpus line? (round 52, s52)

Runs `crisis.assess` on every line of tests/corpus/crisis/*.toml and tests/corpus/crisis/open/*.toml and on every
krimp draft (tests/corpus/krimp/*.toml, field ``concept``), once with this tree's ``src`` and once with another
tree's (e.g. /work/main), each in its own process, and compares (tier, families, signals) line by line.

    .venv/bin/python benchmarks/crisis_same.py /work/main          # compare with main's src and content
    .venv/bin/python benchmarks/crisis_same.py --schrijf out.jsonl   # only write this tree's results

Prints the number of texts, how many give the same result, and every difference (file, line, both results);
exit code 1 when any differs. The held-out sets (tests/corpus/incoming/) are never read.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_WRITE = r"""
import json, sys, tomllib
from pathlib import Path
from vraaghulp.coach import crisis
root, out = Path(sys.argv[1]), sys.argv[2]
files = sorted((root / "tests/corpus/crisis").glob("*.toml")) + sorted((root / "tests/corpus/crisis/open").glob("*.toml"))
drafts = sorted((root / "tests/corpus/krimp").glob("*.toml"))
with open(out, "w", encoding="utf-8") as handle:
    for path, field, table in [(p, "tekst", "regel") for p in files] + [(p, "concept", None) for p in drafts]:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        rows = data.get(table, []) if table else [row for value in data.values() if isinstance(value, list)
                                                     for row in value if isinstance(row, dict)]
        for n, row in enumerate(rows):
            text = row.get(field)
            if not isinstance(text, str):
                continue
            found = crisis.assess(text)
            handle.write(json.dumps([f"{path.relative_to(root)}#{n}", found.tier, list(found.families),
                                     [list(s) for s in found.signals]], ensure_ascii=False) + "\n")
"""


def corpus_texts(root: Path = ROOT) -> list[tuple[str, str]]:
    """(where, text) of every crisis corpus line (open/ too) and every krimp draft, as the script reads them."""
    import tomllib

    files = sorted((root / "tests/corpus/crisis").glob("*.toml")) + sorted((root / "tests/corpus/crisis/open").glob("*.toml"))
    drafts = sorted((root / "tests/corpus/krimp").glob("*.toml"))
    found = []
    for path, field, table in [(p, "tekst", "regel") for p in files] + [(p, "concept", None) for p in drafts]:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        rows = data.get(table, []) if table else [row for value in data.values() if isinstance(value, list)
                                                     for row in value if isinstance(row, dict)]
        found += [(f"{path.relative_to(root)}#{n}", row[field]) for n, row in enumerate(rows)
                  if isinstance(row.get(field), str)]
    return found


def write(src: Path, out: str) -> None:
    """The results of the crisis check of the tree whose ``src`` is `src`, on this tree's corpus, into `out`."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    subprocess.run([sys.executable, "-c", _WRITE, str(ROOT), out], env=env, check=True)


def read(path: str) -> dict[str, list]:
    with open(path, encoding="utf-8") as handle:
        return {row[0]: row[1:] for row in map(json.loads, handle)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ander", nargs="?", help="the other tree (its src/ and content/ are used)")
    parser.add_argument("--schrijf", help="only write this tree's results to this file")
    args = parser.parse_args()
    if args.schrijf:
        write(ROOT / "src", args.schrijf)
        return 0
    if not args.ander:
        parser.error("geef de andere boom, of --schrijf")
    with tempfile.TemporaryDirectory() as tmp:
        mine, theirs = os.path.join(tmp, "mine.jsonl"), os.path.join(tmp, "theirs.jsonl")
        write(ROOT / "src", mine)
        write(Path(args.ander) / "src", theirs)
        a, b = read(mine), read(theirs)
    differ = [key for key in a if a[key] != b.get(key)]
    crisis_lines = sum(1 for key in a if key.startswith("tests/corpus/crisis/") and "/open/" not in key)
    open_lines = sum(1 for key in a if "/open/" in key)
    drafts = sum(1 for key in a if key.startswith("tests/corpus/krimp/"))
    print(f"{len(a)} texts ({crisis_lines} crisis lines, {open_lines} open/ lines, {drafts} krimp drafts): "
          f"{len(a) - len(differ)} the same, {len(differ)} different")
    for key in differ:
        print(f"{key}\n  here:  {a[key]}\n  there: {b.get(key)}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
