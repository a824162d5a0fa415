"""Count the outside drafts whose result takes the wrong clause as the request (round 40, k40b).

For every draft of the outside files (``krimp_first_sight.OUTSIDE`` and the ``tuning3*`` probes) whose result is not
acceptable, the engine's main request (``an.main``) is compared with the draft's other clauses: the draft counts when
another candidate request (a group ``groups.choose`` weighed, ``an.asks``) starts in a sentence that holds more of the
must-keep items (``houden``) than the main request's sentences do (sentence against sentence; the draft analysed with
the person and moment typed, as ``shrink`` gets them). Each such draft is printed
with its main request and the better clause, to be grouped by hand by why the wrong clause won.

Usage: PYTHONPATH=src python tools/krimp_wrong_clause.py [--ook-goed]   (--ook-goed: acceptable results too)
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "src"))

import krimp_eval as ke  # noqa: E402
from krimp_first_sight import OUTSIDE  # noqa: E402
from vraaghulp.coach.krimp import shrink  # noqa: E402
from vraaghulp.coach.krimp.engine import analyse  # noqa: E402

PROBES = ("tuning31-x", "tuning32-x", "tuning33-y", "tuning34-z", "tuning35-y", "tuning36-z", "tuning37-p",
          "tuning38-p", "tuning39-p")


def files() -> list[Path]:
    folder = ROOT / "tests" / "corpus" / "krimp"
    return [p for p in sorted(folder.glob("tuning*.toml")) if p.stem in OUTSIDE or p.stem.startswith(PROBES)]


def _held(text: str, keep: list[str]) -> int:
    return sum(1 for w in keep if ke.contains(text, w))


def wrong_clause(case: dict) -> tuple[str, str] | None:
    """(the main request's sentences, the sentence of another candidate that holds more must-keep items) when another clause wins, else None."""
    keep = case.get("houden", [])
    person, moment = case.get("wie") or None, case.get("wanneer") or None  # as shrink() gets them in main()
    an = analyse(case["concept"].strip("\n"), person=person, moment=moment).analysis
    if an is None or not getattr(an, "main", None) or not keep:
        return None
    d = an.d
    main_sents = sorted({c.sent for c in an.main})
    main_text = d.raw(d.sentences[main_sents[0]][0], d.sentences[main_sents[-1]][1])  # sentence against sentence
    asked = {c.sent for g in getattr(an, "asks", []) for c in g[:1]}  # sentences where a candidate request starts
    best = max(((_held(d.raw(*d.sentences[s]), keep), s) for s in asked if s not in main_sents), default=(0, -1))
    if best[0] > _held(main_text, keep) and best[0] >= 1:
        return main_text, d.raw(*d.sentences[best[1]])
    return None


def main(argv: list[str]) -> int:
    total = found = 0
    for path in files():
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            total += 1
            res = shrink(case["concept"].strip("\n"), person=case.get("wie") or None, moment=case.get("wanneer") or None)
            reasons = ke.judge(res.sentence, case)[-1]
            if not reasons and "--ook-goed" not in argv:
                continue
            hit = wrong_clause(case)
            if hit is None:
                continue
            found += 1
            print(f"{case['id']}\t{'zeker' if res.sure else 'onzeker'}\t{'; '.join(reasons) or 'goed'}")
            print(f"   uitkomst: {res.sentence}")
            print(f"   hoofd:    {' '.join(hit[0].split())}")
            print(f"   beter:    {' '.join(hit[1].split())}")
    print(f"{found} van {total} drafts: de hoofdvraag is een andere zin dan die met de meeste houden-woorden")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
