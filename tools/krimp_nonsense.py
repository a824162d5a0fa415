"""Count the signs of a broken result per kind (round 48, k48b; issue 12 "never offer nonsense").

Reads results (a ``tools/krimp_snapshot.py`` file, or the stored first-sight rows with ``--eerste``) and the drafts
of tests/corpus/krimp/tuning*.toml, and asks ``coach/krimp/nonsense.signs`` what each result shows: a span said twice
(``dubbel``), a comma put before a pronoun (``komma``), 'te' moved or a split verb glued (``te``), a subordinate
clause without its main clause (``bijzin``), a preposition glued to a verb (``geplakt``), a pointer replaced by a name or a person (``verwijzing``), an address
found only in the signature (``aanspreking``). Per kind: sure and not sure, on the outside sets (tuning-ho*, the
tuning*-p probes) and on the whole tuning part.

``--sets BEFORE AFTER``: acceptable / sure / wrong-and-sure per outside set (krimp_eval's judge) in two snapshots, and
the sets where they differ.

Usage: PYTHONPATH=src python tools/krimp_nonsense.py SNAPSHOT [--voorbeelden]
       PYTHONPATH=src python tools/krimp_nonsense.py --eerste [--voorbeelden]
       PYTHONPATH=src python tools/krimp_nonsense.py --sets BEFORE AFTER
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from vraaghulp.coach.krimp.nonsense import signs  # noqa: E402

KINDS = ("dubbel", "komma", "te", "geplakt", "bijzin", "verwijzing", "aanspreking")


def _cases() -> dict[str, tuple[str, dict]]:
    out = {}
    for path in sorted((ROOT / "tests" / "corpus" / "krimp").glob("tuning*.toml")):
        for c in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            out[c["id"]] = (path.stem, c)
    return out


def _outside(name: str) -> bool:
    return re.fullmatch(r"tuning-ho\d+[ab]?|tuning\d+-p", name) is not None


def _rows(argv: list[str]) -> list[dict]:
    if "--eerste" in argv:
        rows = json.loads((ROOT / "benchmarks" / "krimp_first_sight.json").read_text(encoding="utf-8"))
        return [dict(id=r["id"], sentence=r["sentence"], zeker=r["sure"]) for r in rows]
    path = [a for a in argv if not a.startswith("-")][0]
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def _score(path: str, cases: dict[str, tuple[str, dict]]) -> Counter:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from krimp_eval import judge

    tally: Counter = Counter()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        name, case = cases.get(row["id"], ("", {}))
        if not _outside(name):
            continue
        _best, _gold, kept, _gone, wrong, reasons = judge(row["sentence"], case)
        tally[name, "n"] += 1
        tally[name, "acc"] += not reasons
        tally[name, "zeker"] += bool(row["zeker"])
        tally[name, "fout-zeker"] += bool(row["zeker"]) and (kept < len(case.get("houden", [])) or wrong)
    return tally


def sets(before: str, after: str) -> None:
    """Acceptable / sure / wrong-and-sure per outside set, before -> after (only the sets that differ, and the sum)."""
    cases = _cases()
    one, two = _score(before, cases), _score(after, cases)
    names = sorted({k[0] for k in one})
    for name in names + ["alle buitensets"]:
        get = (lambda t, key: sum(t[n, key] for n in names)) if name == "alle buitensets" else (lambda t, key: t[name, key])
        a, b = [(get(t, "acc"), get(t, "zeker"), get(t, "fout-zeker")) for t in (one, two)]
        if a != b or name == "alle buitensets":
            print(f"{name:16} n={get(one, 'n'):4}  aanvaardbaar {a[0]} -> {b[0]}  zeker {a[1]} -> {b[1]}  "
                  f"fout-zeker {a[2]} -> {b[2]}")


def main(argv: list[str]) -> int:
    if "--sets" in argv:
        before, after = [a for a in argv if not a.startswith("-")]
        sets(before, after)
        return 0
    if not any(not a.startswith("-") for a in argv) and "--eerste" not in argv:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    cases, tally = _cases(), Counter()
    for row in _rows(argv):
        if row["id"] not in cases:
            continue
        name, case = cases[row["id"]]
        found = signs(case["concept"].strip("\n"), row["sentence"], case.get("wie") or None)
        parts = ("buiten", "tuning") if _outside(name) else ("tuning",)
        for kind in found:
            for part in parts:
                tally[part, kind, bool(row["zeker"])] += 1
            if "--voorbeelden" in argv:
                print(f"{kind:11} {'ZEKER' if row['zeker'] else 'niet '} {row['id']:12} {found[kind]!r} | {row['sentence']}")
    print(f"{'soort':12} {'buiten zeker':>13} {'buiten niet':>12} {'tuning zeker':>13} {'tuning niet':>12}")
    for kind in KINDS + ("totaal",):
        get = (lambda p, s: sum(tally[p, k, s] for k in KINDS)) if kind == "totaal" else (lambda p, s: tally[p, kind, s])
        print(f"{kind:12} {get('buiten', True):>13} {get('buiten', False):>12} {get('tuning', True):>13} "
              f"{get('tuning', False):>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
