"""Round 27 (k27a): keep the fact beside a clean ask, or withhold `zeker` — both choices counted.

Runs the engine over the tuning files twice, with ``fact_beside.ACTIVE`` off and on. Where the shape fires (the
result with it on differs from the one with it off), three choices are counted: `uit` (the engine without the rule),
`houden` (the fact kept: the shipped rule) and `onzeker` (the result without the fact, `zeker` withheld).
Per part (outside files tuning-ho*, the rest) and for the named files: acceptable / sure / wrong-and-sure.

Usage: PYTHONPATH=src python tools/krimp_fact_beside.py [FILE_STEM …]   (all tuning files: about 8 minutes)
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import krimp_eval as ke  # noqa: E402
from vraaghulp.coach.krimp import fact_beside, shrink  # noqa: E402


def _row(case: dict) -> tuple[str, bool, bool, bool]:
    result = shrink(case["concept"].strip("\n"), person=case.get("wie") or None, moment=case.get("wanneer") or None)
    _best, _gold, kept, _gone, wrong, reasons = ke.judge(result.sentence, case)
    lost = kept < len(case.get("houden", [])) or wrong
    return result.sentence, not reasons, result.sure, result.sure and lost


def rows(stems: list[str]) -> list[tuple[str, tuple, tuple]]:
    out = []
    for path in sorted((ROOT / "tests" / "corpus" / "krimp").glob("tuning*.toml")):
        if stems and path.stem not in stems:
            continue
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            fact_beside.ACTIVE = False
            off = _row(case)
            fact_beside.ACTIVE = True
            on = _row(case)
            out.append((path.stem, off, on))
    return out


def main(argv: list[str]) -> int:
    table = rows(argv)
    parts = {"buiten (tuning-ho*)": lambda s: s.startswith("tuning-ho"), "rest": lambda s: not s.startswith("tuning-ho")}
    parts.update({stem: (lambda s, stem=stem: s == stem) for stem in argv})
    print(f"de vorm vuurt bij {sum(1 for _s, off, on in table if off[0] != on[0])} van {len(table)} concepten")
    for name, pick in parts.items():
        chosen = [(off, on) for stem, off, on in table if pick(stem)]
        fired = [off[0] != on[0] for off, on in chosen]
        choices = {
            "uit": [off for off, _on in chosen],
            "houden": [on for _off, on in chosen],
            "onzeker": [(off[0], off[1], off[2] and not f, off[3] and not f) for (off, _on), f in zip(chosen, fired)],
        }
        cells = [f"{k}: {sum(r[1] for r in v)} / {sum(r[2] for r in v)} / {sum(r[3] for r in v)}" for k, v in choices.items()]
        print(f"{name} ({len(chosen)}), aanvaardbaar / zeker / fout-en-zeker — " + "; ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
