"""Which practice cases (``kanaal = "oefen"``) fail through ``compose``, the way `vraaghulp oefen` shrinks?

Runs ``compose(person, draft, moment)`` for every oefen case of the chosen corpus files (default: the outside
authors' files, every ``tuning-ho*`` and ``tuning*-p``) and prints each one that krimp_eval would not accept, with
the typed person and moment, compose's sentence, the nearest gold and the reasons. ``--alle`` takes every tuning file.

Usage: python tools/krimp_oefen_fails.py [--alle] [--bestand GLOB] [--stil]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from krimp_eval import judge  # noqa: E402
from vraaghulp.coach.krimp import compose  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "krimp"


def outside(path: Path) -> bool:
    return path.name.startswith("tuning-ho") or path.name.endswith("-p.toml")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--alle", action="store_true", help="every tuning file, not only the outside authors'")
    parser.add_argument("--bestand", default="tuning*.toml", help="glob of corpus files")
    parser.add_argument("--stil", action="store_true", help="only the figures")
    args = parser.parse_args(argv)
    files = [p for p in sorted(CORPUS.glob(args.bestand)) if args.alle or outside(p)]
    total = ok = 0
    for path in files:
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            if case.get("kanaal") != "oefen":
                continue
            person, moment = case.get("wie") or None, case.get("wanneer") or None
            draft = case["concept"].strip("\n")
            sentence = compose(person, draft, moment)
            _best, gold, _kept, _gone, _wrong, reasons = judge(sentence, case)
            total += 1
            ok += not reasons
            if reasons and not args.stil:
                print(f"[{case['id']}] {', '.join(reasons)}")
                print(f"  wie: {person!r}  wanneer: {moment!r}")
                print(f"  concept: {' '.join(draft.split())}")
                print(f"  compose: {sentence}")
                print(f"  goud:    {gold}")
    print(f"\noefen via compose aanvaardbaar: {ok} van {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
