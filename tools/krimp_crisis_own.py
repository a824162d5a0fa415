"""Round 28 (k28a): the ready crisis sentence and the writer's own words — choices counted on every crisis case.

For each case with "crisis" in `soorten` (tuning files and the own files), the engine runs with crisis_own.ACTIVE
set to each choice: `uit` (the ready sentence as before, `zeker` as the engine said), `onzeker` (the ready sentence,
never sure when it replaced the draft's words), `erbij` (the writer's own acute sentences before the whole ready
sentence), `eigen` (the writer's own acute sentences instead of the ready 'Het gaat niet goed met me.', the shipped
choice). A bare task before the crisis words is asked (crisis_note.py) in all but `uit`/`onzeker`.
Per choice: acceptable / sure / wrong-and-sure (krimp_eval.judge) / every must-keep kept, and the results that differ.

Usage: PYTHONPATH=src python tools/krimp_crisis_own.py [--lijst]
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import krimp_eval as ke  # noqa: E402
from vraaghulp.coach.krimp import crisis_own, shrink  # noqa: E402

CHOICES = ("uit", "onzeker", "erbij", "eigen")


def _cases() -> list[tuple[str, dict]]:
    out = []
    for path in sorted((ROOT / "tests" / "corpus" / "krimp").glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            if "crisis" in case.get("soorten", []):
                out.append((path.stem, case))
    return out


def _run(case: dict, choice: str) -> tuple[str, bool]:
    crisis_own.ACTIVE = {"uit": "", "onzeker": "onzeker"}.get(choice, choice)
    r = shrink(case["concept"].strip("\n"), person=case.get("wie") or None, moment=case.get("wanneer") or None)
    return r.sentence, r.sure


def main(argv: list[str]) -> int:
    totals = {c: [0, 0, 0, 0] for c in CHOICES}
    cases = _cases()
    for stem, case in cases:
        got = {c: _run(case, c) for c in CHOICES}
        for c, (sentence, sure) in got.items():
            _best, _gold, kept, _gone, wrong, reasons = ke.judge(sentence, case)
            lost = kept < len(case.get("houden", []))
            for k, v in enumerate((not reasons, sure, sure and (lost or wrong), not lost)):
                totals[c][k] += v
        if "--lijst" in argv and len({s for s, _ in got.values()} | {str(z) for _, z in got.values()}) > 2:
            print(case["id"], stem, {c: (s, z) for c, (s, z) in got.items()})
    crisis_own.ACTIVE = "eigen"
    print(f"crisis cases: {len(cases)}")
    print("| keuze | aanvaardbaar | zeker | fout en zeker | alle houden bewaard |")
    for c in CHOICES:
        print(f"| {c} | " + " | ".join(str(v) for v in totals[c]) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
