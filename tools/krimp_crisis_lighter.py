"""Crisis drafts made lighter: results that drop a clause with a crisis signal or where the writer is (round 48, k48c).

Issue 12 point 7: with crisis language the offered sentence keeps the person's own words about how bad it is; it is
never made lighter. For every corpus draft whose ``soorten`` has "crisis" (every tuning file and own.toml), this runs
today's ``shrink`` and reads each clause of the draft (its sentences, cut at a comma, 'en', 'maar', 'want', 'dus')
with the crisis check's own functions (krimp.care.heavy_signals, which asks coach.crisis.assess): a clause holds a
signal when the check finds one of the zorg or acuut level in it, or a dangerous place ('gevaar-plek', any level), or
it says where the writer is (crisis_place's place clause). Such a clause is dropped when the result neither shows its
signals (the same (family, phrase) pairs, assessed on the result) nor half of its words. A sentence that asks ('… ?')
is no statement of how bad it is and is skipped.

A second line gives crisis_every's own judgement over the crisis results (crisis_every.lost, round 48: a clause heavy
by a rule only, the same kind said otherwise shown).

Usage: PYTHONPATH=src python tools/krimp_crisis_lighter.py [--lijst]   (about a minute)
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from vraaghulp.coach.krimp import shrink  # noqa: E402
from vraaghulp.coach.krimp.care import heavy_signals as signals  # noqa: E402
from vraaghulp.coach.krimp.crisis_heavy import SENTENCES  # noqa: E402
from vraaghulp.coach.krimp.crisis_place import clause as place_clause  # noqa: E402

_CUT = re.compile(r"\s*,\s*|\s+(?=(?:en|maar|want|dus|mor)\s)", re.IGNORECASE)
_WORDS = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def _mostly(clause: str, result: str) -> bool:
    words = [w.lower() for w in _WORDS.findall(clause)]
    there = {w.lower() for w in _WORDS.findall(result)}
    return bool(words) and sum(w in there for w in words) * 2 >= len(words)


def heavy_clauses(draft: str) -> list[str]:
    """The draft's clauses that hold a signal or say where the writer is, in the draft's order."""
    place = place_clause(draft)
    out: list[str] = []
    for match in SENTENCES.finditer(draft):
        sentence = match.group(0).strip()
        if not sentence or sentence.endswith("?"):
            continue
        for clause in [c for c in _CUT.split(sentence) if c and c.strip()]:
            clause = clause.strip(" .!")
            if signals(clause) or (place and clause and clause.lower() in place.lower() + " " and len(clause) > 8):
                out.append(clause)
    if place and not any(place.lower() in c.lower() or c.lower() in place.lower() for c in out):
        out.append(place)
    return out


def dropped(draft: str, result: str) -> list[str]:
    shown = signals(result)
    return [c for c in heavy_clauses(draft) if not (signals(c) and signals(c) <= shown) and not _mostly(c, result)]


def _every_lost(draft: str, sentence: str) -> bool:
    """crisis_every's own judgement (round 48: by rule only, the same kind said otherwise counts as shown)."""
    try:
        from vraaghulp.coach.krimp.crisis_every import lost
    except ImportError:  # an engine before round 48
        return False
    return lost(draft, sentence)


def _cases():
    for path in sorted((ROOT / "tests" / "corpus" / "krimp").glob("*.toml")):
        if not (path.name.startswith("tuning") or path.name == "own.toml"):
            continue
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            if "crisis" in case.get("soorten", []):
                yield case


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lijst", action="store_true", help="toon elk resultaat dat iets laat vallen")
    args = parser.parse_args(argv)
    total = lighter = sure_lighter = acute = own = own_sure = 0
    for case in _cases():
        draft = case["concept"].strip()
        result = shrink(draft, person=case.get("wie") or None, moment=case.get("wanneer") or None)
        total += 1
        acute += result.crisis
        gone = dropped(draft, result.sentence)
        if result.crisis and _every_lost(draft, result.sentence):
            own += 1
            own_sure += result.sure
        if gone:
            lighter += 1
            sure_lighter += result.sure
            if args.lijst:
                flag = ("zeker " if result.sure else "") + ("crisis" if result.crisis else "geen-crisis")
                print(f"{case['id']} [{flag}] {result.sentence!r}")
                for clause in gone:
                    golds = sum(_mostly(clause, g) for g in case.get("goud", []))
                    families = sorted({f for f, _ in signals(clause)}) or ["plaats"]
                    print(f"    weg: {clause!r} ({', '.join(families)}; in {golds}/{len(case.get('goud', []))} gouden)")
    print(f"crisisconcepten: {total} (crisis-resultaat {acute}); "
          f"lichter gemaakt: {lighter}, waarvan zeker {sure_lighter}")
    print(f"crisisresultaten die volgens crisis_every.lost een zware zin missen: {own}, waarvan zeker {own_sure}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
