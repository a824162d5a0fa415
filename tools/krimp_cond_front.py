"""Round 56 (k56b): a condition or time clause on the reader in front of the ask, counted on the outside files.

'als ge dinsdag naar de markt gaat zoudt ge …', 'wanneer je klaar bent, kun je …', 'mocht u vrijdag komen, wilt u …':
every outside draft (tuning-ho*, tuning*-p) whose ask has one (fronted_if.condition: it opens the ask's sentence;
cond_mid.condition: in the middle of it, after 'maar', a comma, a state, or in a run-on), by place; whether the result
keeps it (a condition on the reader and most of its longer words) or cuts it (to its moment, or whole); sure or not;
whether the golds keep it (all / some / none); and whether the result is acceptable (krimp_eval's judge).

Reads the engine's results from a snapshot (tools/krimp_snapshot.py, JSON lines) or from the rows of
tools/krimp_code_tally.py --json, so two engines can be compared without running them again.
With --motor instead of a file, this tree's engine is run on the drafts with such a condition only (seconds).
Usage: PYTHONPATH=src python tools/krimp_cond_front.py SNAPSHOT.jsonl|--motor [--rijen]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

import krimp_eval as ke  # noqa: E402
from krimp_offer_keep import load_cases, outside_files  # noqa: E402
from vraaghulp.coach.krimp import cond_mid, fronted_if, reader_if  # noqa: E402
from vraaghulp.coach.krimp.checks import text_words  # noqa: E402



def keeps(cond: str, text: str) -> bool:
    """The text holds a condition on the reader and at least half of the condition's longer words."""
    long = [w for w in text_words(cond) if len(w) > 3] or text_words(cond)
    seen = set(text_words(text))
    return bool(reader_if.ON_READER.search(text)) and sum(w in seen for w in long) * 2 >= len(long)


def found(draft: str) -> tuple[str, str]:
    """(place, condition) for the draft's condition in front of the ask, or ("", "")."""
    cond, _said = fronted_if.condition(draft)
    if cond:
        return "opent-zin", cond
    cond, _said, _m = cond_mid.condition(draft)
    return ("midden", cond) if cond else ("", "")


def read_rows(path: str) -> list[dict]:
    """A snapshot (tools/krimp_snapshot.py, JSON lines, 'zeker') or the rows of tools/krimp_code_tally.py --json (one
    JSON list, 'sure')."""
    text = Path(path).read_text(encoding="utf-8")
    rows = json.loads(text) if text.lstrip().startswith("[") else [json.loads(line) for line in text.splitlines()]
    return [{**row, "sure": row.get("sure", row.get("zeker"))} for row in rows]


def run(cases: dict[str, dict]) -> dict[str, dict]:
    """This tree's results for the drafts with a condition in front of the ask."""
    from vraaghulp.coach.krimp import shrink
    out = {}
    for cid, case in cases.items():
        draft = case["concept"].strip("\n")
        if found(draft)[0]:
            r = shrink(draft, person=case.get("wie") or None, moment=case.get("wanneer") or None)
            out[cid] = {"id": cid, "sentence": r.sentence, "sure": r.sure}
    return out


def main(argv: list[str]) -> int:
    paths = [a for a in argv if not a.startswith("-")]
    if len(paths) != 1 and "--motor" not in argv:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    cases = load_cases(outside_files())
    rows = run(cases) if "--motor" in argv else {row["id"]: row for row in read_rows(paths[0]) if row["id"] in cases}
    tally: Counter = Counter()
    listed = []
    for cid, case in cases.items():
        row = rows.get(cid)
        if row is None:
            continue
        place, cond = found(case["concept"].strip("\n"))
        if not place:
            continue
        golds = case.get("goud", [])
        held = sum(keeps(cond, g) for g in golds)
        gold = "alle" if held == len(golds) else "geen" if held == 0 else "some"
        kept = "houdt" if keeps(cond, row["sentence"]) else "knipt"
        ok = not ke.judge(row["sentence"], case)[-1]
        tally[(place, kept, "zeker" if row["sure"] else "onzeker", gold, "ok" if ok else "niet-ok")] += 1
        listed.append((place, kept, row["sure"], gold, ok, cid, cond, row["sentence"]))
    print(f"{'plaats':10} {'resultaat':9} {'zeker':8} {'goud':5} {'aanvaardbaar':12} aantal")
    for key, n in sorted(tally.items()):
        print(f"{key[0]:10} {key[1]:9} {key[2]:8} {key[3]:5} {key[4]:12} {n}")
    by_gold = Counter((p, g) for p, _k, _s, g, *_ in listed)
    cut = Counter((p, s) for p, k, s, *_ in listed if k == "knipt")
    print("\ngoud houdt de voorwaarde:", dict(sorted(by_gold.items())))
    print("resultaat knipt hem (zeker/onzeker):", dict(sorted(cut.items())))
    if "--rijen" in argv:
        for place, kept, sure, gold, ok, cid, cond, sentence in sorted(listed):
            print(f"{cid:10} {place:9} {kept:5} {'Z' if sure else '-'} goud={gold:4} {'ok ' if ok else 'NOK'} "
                  f"[{cond}] {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
