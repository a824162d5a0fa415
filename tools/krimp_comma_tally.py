"""Count, over every outside file, how often the golds keep the clause said after a comma (or 'want') in the ask's own
sentence, and of which kind; and what comma_beside.py changes (round 50, k50a).

For every draft of the outside files (krimp_first_sight.OUTSIDE and every probe tuning*-p), the engine runs with
comma_beside switched off; the first clause after the main ask in its own sentence, tied by a comma, that the engine
left as story (`comma_beside.candidate`) is classed by kind (reden, probleem, belofte, eigen-tijd, toestand, feit) and
by the rule's verdict (keep / unsure / drop), and counted: is it dropped by the result, do the golds keep it (all /
some / none), does the gold nearest the result keep it. Then the engine runs again with the rule on for the drafts it
touches: acceptable + / −, sure, wrong and sure, before -> after.

Usage: PYTHONPATH=src python tools/krimp_comma_tally.py [--lijst] [--alle]   (--alle: every tuning file, not only the
outside ones; --lijst: print every counted clause)
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

from krimp_eval import judge  # noqa: E402
from krimp_first_sight import OUTSIDE  # noqa: E402
from vraaghulp.coach.krimp import comma_beside, shrink  # noqa: E402
from vraaghulp.coach.krimp.lone_statement import shown  # noqa: E402

KINDS = (("probleem", re.compile(r"(?i)^(?!(?:want\s+|maar\s+)?(?:ik|'k|k)\b).*(?:\b(?:werkt|werken|doet\s+het|doen\s+het|"
                                 r"start|starten|sluit|brandt|springt|gaat\s+(?:\w+\s+)?(?:open|dicht|aan|uit))\s+"
                                 r"(?:\w+\s+){0,4}?(?:niet|ni|nie|nimeer)\b|\bwilt?\s+(?:\w+\s+)?(?:niet|ni|nie)\s+"
                                 r"(?:starten|aan|open|dicht)\b|\b(?:lekt|lekken|kapot|stuk|defect|begeven|pech|verstopt|"
                                 r"kaduuk|uitgevallen|storing)\b)")),
         ("belofte", re.compile(r"(?i)^(?:want\s+)?(?:ik|'k|k|we|wij)\s+(?:betaal|breng|geef|zorg|trakteer|stort|"
                                r"leg)\b")),
         ("eigen-tijd", re.compile(r"(?i)^(?:want\s+)?(?:ik|'k|k|we|wij)\s+\w+\s+(?:\w+\s+){0,3}?(?:pas|tot|vanaf|om|"
                                   r"rond|na|voor)\s+\d")),
         ("toestand", re.compile(r"(?i)\b(?:rug|knie|been|benen|arm|ziek|griep|pijn|slecht|moe|geopereerd|operatie|"
                                 r"zwanger|gebroken|gips|koorts)\b")),
         ("reden", re.compile(r"(?i)^want\b")))


def kind_of(said: str) -> str:
    return next((name for name, rx in KINDS if rx.search(said)), "feit")


def _files(alle: bool) -> list[Path]:
    every = sorted((ROOT / "tests" / "corpus" / "krimp").glob("tuning*.toml"))
    if alle:
        return every
    return [p for p in every if p.stem in OUTSIDE or re.fullmatch(r"tuning\d+-p", p.stem)]


def _run(case: dict, active: bool):
    seen: list[tuple[str, str, bool]] = []
    orig = comma_beside.candidate

    def spy(an, draft=""):
        got = orig(an, draft)
        seen.append(got)
        return got
    comma_beside.ACTIVE, comma_beside.candidate = True, spy
    was = comma_beside.kept

    def off(out, sentence, sure, draft=""):
        if not out.crisis:
            spy(out.analysis, draft)
        return sentence, "", sure
    try:
        if not active:
            comma_beside.kept = off
        r = shrink(case["concept"].strip("\n"), person=case.get("wie") or None, moment=case.get("wanneer") or None)
    finally:
        comma_beside.candidate, comma_beside.kept = orig, was
    return r, (seen[-1] if seen else ("", "", False))


def _verdict(r, case: dict) -> tuple[bool, bool, bool]:
    best, gold, kept, gone, wrong, reasons = judge(r.sentence, case)
    return not reasons, r.sure, r.sure and (kept < len(case.get("houden", [])) or wrong)


def main(argv: list[str]) -> int:
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    moved = Counter()
    for path in _files("--alle" in argv):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            r, (said, ask, fits) = _run(case, False)
            if not fits or r.crisis:
                continue
            bare = comma_beside._LINK.sub("", said.strip(" ,.;"))
            verdict, kind = comma_beside.judged(said, ask), kind_of(said)
            golds = case.get("goud", [])
            keeps = sum(shown(bare, g) for g in golds)
            near = judge(r.sentence, case)[1]
            row = table[(kind, verdict)]
            row["n"] += 1
            row["dropped"] += not shown(bare, r.sentence)
            row["all keep" if keeps == len(golds) else "some" if keeps else "none keep"] += 1
            row["near keeps"] += shown(bare, near)
            if "--lijst" in argv:
                print(f"{case['id']:10s} {kind:10s} {verdict:6s} golds {keeps}/{len(golds)} | {said}")
            if verdict != "drop":
                before = _verdict(r, case)
                after = _verdict(_run(case, True)[0], case)
                moved["+"] += after[0] and not before[0]
                moved["-"] += before[0] and not after[0]
                if "--lijst" in argv and before[:2] != after[:2]:
                    print(f"   {'+' if after[0] > before[0] else '-' if after[0] < before[0] else '='} acceptable "
                          f"{before[0]} -> {after[0]}, sure {before[1]} -> {after[1]}")
                for k, name in ((1, "sure"), (2, "wrong and sure")):
                    moved[f"{name} before"] += before[k]
                    moved[f"{name} after"] += after[k]
    print(f"{'kind':11s} {'verdict':7s} {'n':>4s} {'dropped':>8s} {'all keep':>9s} {'some':>5s} {'none':>5s} "
          f"{'near keeps':>10s}")
    for (kind, verdict), row in sorted(table.items()):
        print(f"{kind:11s} {verdict:7s} {row['n']:4d} {row['dropped']:8d} {row['all keep']:9d} {row['some']:5d} "
              f"{row['none keep']:5d} {row['near keeps']:10d}")
    print(f"rule on, drafts it touches: acceptable +{moved['+']} / -{moved['-']}, sure {moved['sure before']} -> "
          f"{moved['sure after']}, wrong and sure {moved['wrong and sure before']} -> {moved['wrong and sure after']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
