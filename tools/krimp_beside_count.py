"""Round 47 (k47a): the one short statement beside a clean ask — what the outside golds do, sure and not sure.

Counts, over every outside file (OUTSIDE of tools/krimp_first_sight.py) and every outside probe (tuning37-p …
tuning46-p), the drafts of one clean ask and one short statement beside it whose result drops the statement, and
whether the golds keep it (all golds show it: `K`), split (`m`) or drop it (`d`): at first sight (the rows of
benchmarks/krimp_first_sight.json; files brought in after the last --schrijf, ho46a/b and the probes, have their first
sight in BEFORE, today's engine at the start of the round, which no mend had yet seen them with) and with a snapshot
of an engine (tools/krimp_snapshot.py). Sure and not-sure results apart, older sets (≤ round 40, as
tools/krimp_leave_out.py) and newer ones apart. With --proef: the statement put back into the result (after the
question, or before it after the vocative, as lone_statement.offer does), judged by krimp_eval's judge: + / −.

Shapes (lone_statement.statement's, and wider ones that name why they are not it):
- `na`, `voor`, `drie-na`, `drie-voor`: lone_statement's (a careful statement, a clean ask);
- `na-chat`: two sentences, the statement after the question written as chat (no capital or no full stop);
- `na-vulling`: the statement right after the only question, careful, while the draft holds padding (an apology,
  a hatch …) or more sentences: 'Hoi Sjoukje, sorry dat … Zou Jelmer … helpen melken? Douwe ligt plat met griep.
  Als het niet uitkomt snap ik dat hoor!';
- `komma`: the fact after a comma inside the question's own sentence ('Kun je komen, mijn auto is kapot?').

Usage: PYTHONPATH=src python tools/krimp_beside_count.py SNAPSHOT.jsonl [BEFORE.jsonl] [--rijen] [--proef]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

import krimp_eval as ke  # noqa: E402
from krimp_first_sight import OUTSIDE  # noqa: E402
from vraaghulp.coach.krimp import lone_statement as ls  # noqa: E402
from vraaghulp.coach.krimp.checks import lower_words  # noqa: E402

FOLDER = ROOT / "tests" / "corpus" / "krimp"
PROBES = tuple(p.stem for p in sorted(FOLDER.glob("tuning*-p.toml")) if p.stem[6:8].isdigit() and
               int(p.stem[6:8]) >= 37)
LAST_OLD = 40


def newer(stem: str) -> bool:
    return int(stem[9:11] if stem.startswith("tuning-ho") else stem[6:8]) > LAST_OLD


def shape_of(draft: str, kinds: set[str]) -> tuple[str, str]:
    shape, said = ls.statement(draft, kinds)
    if shape:
        return shape, said
    if "\n" in draft.strip():
        return "", ""
    parts = ls.split(draft)
    asks = [k for k, p in enumerate(parts) if p.endswith("?")]
    if len(asks) != 1:
        return _comma(parts, asks)
    k = asks[0]
    if k + 1 < len(parts):
        said = parts[k + 1]
        n = len(lower_words(said))
        if len(parts) == 2 and not ls.careful(said) and ls._MIN_WORDS <= n <= ls._MAX_WORDS and not ls.left_out(
                said, parts[k]):
            return "na-chat", said
        if ls.careful(said) and not ls.left_out(said, parts[k]):
            return "na-vulling", said
    return _comma(parts, asks)


def _comma(parts: list[str], asks: list[int]) -> tuple[str, str]:
    if len(asks) != 1 or "," not in parts[asks[0]]:
        return "", ""
    tail = parts[asks[0]].rsplit(",", 1)[1].strip(" ?")
    n = len(lower_words(tail))
    if 3 <= n <= 10 and re.match(r"(?i)(?:want\s+)?(?:ik|mijn|m'n|mn|hij|ze|zij|het|de|die|we|ons|onze)\b", tail):
        return "komma", tail
    return "", ""


def put_back(result: str, said: str, draft: str) -> str:
    if result.rstrip().endswith("?"):
        return f"{result.rstrip()} {said}"
    return f"{said} {result}"


def load(path: str) -> dict[tuple[str, str], dict]:
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rows[(r["file"].removesuffix(".toml"), r["id"])] = r
    return rows


def first_sight(before: dict) -> dict[tuple[str, str], dict]:
    rows = {}
    for r in json.loads((ROOT / "benchmarks" / "krimp_first_sight.json").read_text(encoding="utf-8")):
        rows[(r["file"], r["id"])] = {"sentence": r["sentence"], "zeker": r["sure"], "crisis": False}
    for key, r in before.items():
        rows.setdefault(key, r)
    return rows


def count(rows: dict, kinds_from: dict, label: str, rijen: bool, proef: bool) -> None:
    per: dict[tuple, Counter] = defaultdict(Counter)
    for stem in OUTSIDE + PROBES:
        for case in tomllib.loads((FOLDER / f"{stem}.toml").read_text(encoding="utf-8")).get("case", []):
            key = (stem, case.get("id"))
            r, k = rows.get(key), kinds_from.get(key)
            if r is None or k is None or k["crisis"]:
                continue
            draft = case["concept"].strip("\n")
            shape, said = shape_of(draft, {f[0] for f in k["findings"]})
            if not shape or ls.shown(said, r["sentence"]):
                continue
            golds = [ls.shown(said, g) for g in case["goud"]]
            gold = "K" if all(golds) else "d" if not any(golds) else "m"
            cell = per[(shape, "zeker" if r["zeker"] else "niet", "nieuw" if newer(stem) else "oud")]
            cell[gold] += 1
            if proef:
                was = not ke.judge(r["sentence"], case)[-1]
                now = not ke.judge(put_back(r["sentence"], said, draft), case)[-1]
                cell["+"] += now and not was
                cell["-"] += was and not now
            if rijen:
                print(f"{label} {case['id']:10s} {shape:10s} {'Z' if r['zeker'] else '-'} {gold} | {said} || "
                      f"{r['sentence']}")
    print(f"{label}: shape      result  sets   keep / split / drop" + ("   put back + / -" if proef else ""))
    for (shape, sure, age), n in sorted(per.items()):
        extra = f"   +{n['+']} / -{n['-']}" if proef else ""
        print(f"{label}: {shape:10s} {sure:6s} {age:5s} {n['K']:4d} / {n['m']:4d} / {n['d']:4d}{extra}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("snapshot")
    ap.add_argument("before", nargs="?")
    ap.add_argument("--rijen", action="store_true")
    ap.add_argument("--proef", action="store_true")
    args = ap.parse_args(argv)
    now = load(args.snapshot)
    base = load(args.before) if args.before else now
    count(first_sight(base), base, "eerste", args.rijen, args.proef)
    count(now, now, "vandaag", args.rijen, args.proef)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
