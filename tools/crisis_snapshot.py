"""Every crisis result of the repo's corpora to one file, to tell whether a change altered any (round 31).

For each line of tests/corpus/crisis/*.toml and crisis/open/*.toml (round 42, c42f) and each draft of
tests/corpus/krimp/*.toml (and of tests/corpus/incoming/*.toml when --incoming is given): its place (file
and number), the tier and the families the check gave, and the signals found (family and level; with
--volledig their words too, the reasons that fired). No text of a line is written, so a held-out
line is never listed. Two snapshots of the same corpus compare with `diff`, or with --vergelijk,
which prints each changed place and a count (a speed change must show none).

Usage: PYTHONPATH=src python tools/crisis_snapshot.py OUT [--incoming] [--volledig]
       python tools/crisis_snapshot.py --vergelijk BEFORE AFTER
Standard library only (besides the engine it measures).
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("crisis", "crisis/open", "krimp")


def texts(incoming: bool) -> list[tuple[str, str]]:
    """(place, text) for every line and draft, in a fixed order."""
    folders = [*FOLDERS, "incoming"] if incoming else list(FOLDERS)
    out = []
    for folder in folders:
        for path in sorted((ROOT / "tests" / "corpus" / folder).glob("*.toml")):
            with path.open("rb") as handle:
                data = tomllib.load(handle)
            rows = [r["tekst"] for r in data.get("regel", [])] + [c["concept"] for c in data.get("case", [])]
            out += [(f"{folder}/{path.stem}#{n}", text) for n, text in enumerate(rows, 1)]
    return out


def snapshot(out: Path, incoming: bool, full: bool = False) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from vraaghulp.coach.crisis import assess

    with out.open("w", encoding="utf-8") as handle:
        rows = texts(incoming)
        for place, text in rows:
            result = assess(text)
            shown = (lambda s: ":".join(s)) if full else (lambda s: f"{s[0]}:{s[1]}")
            signals = sorted({shown(s) for s in result.signals}) if result.signals else []
            handle.write(json.dumps({"plek": place, "niveau": result.tier, "families": list(result.families),
                                     "signalen": signals}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} resultaten naar {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    def read(path: Path) -> dict[str, dict]:
        with path.open(encoding="utf-8") as handle:
            return {row["plek"]: row for row in map(json.loads, handle)}

    old, new = read(before), read(after)
    changed = [p for p in old if p in new and old[p] != new[p]]
    tiers = [p for p in changed if old[p]["niveau"] != new[p]["niveau"]]
    for place in changed:
        print(f"{place}: {old[place]['niveau']} {old[place]['families']} -> {new[place]['niveau']} {new[place]['families']}")
    print(f"{len(old)} voor, {len(new)} na, {len(changed)} veranderd (niveau anders: {len(tiers)}), "
          f"alleen voor: {len(old.keys() - new.keys())}, alleen na: {len(new.keys() - old.keys())}")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Elk crisisresultaat van de corpora naar een bestand.")
    parser.add_argument("uit", nargs="?", type=Path, help="het bestand om te schrijven")
    parser.add_argument("--incoming", action="store_true", help="ook tests/corpus/incoming")
    parser.add_argument("--volledig", action="store_true", help="ook de woorden van elk signaal")
    parser.add_argument("--vergelijk", nargs=2, type=Path, metavar=("VOOR", "NA"))
    args = parser.parse_args(argv)
    if args.vergelijk:
        return compare(*args.vergelijk)
    if args.uit is None:
        parser.error("geef een bestand om te schrijven, of --vergelijk VOOR NA")
    return snapshot(args.uit, args.incoming, args.volledig)


if __name__ == "__main__":
    raise SystemExit(main())
