"""The not-acceptable results of some outside files, grouped into kinds by the judge's reasons, beside the earlier
outside files (round 55, k55a).

Reads the rows of tools/krimp_k54a_rows.py (no engine run). A reason ``mist 'X'`` is a must-keep lost: a time, day or
amount when X holds a digit or a day or time word, a name or place when X opens with a capital, else other words.
``nog 'X'`` is a must-drop kept: an apology ('sorry', 'excuses'), dictated punctuation ('komma', 'vraagteken'), a
way out or condition ('als', 'indien'), else other. ``fout-patroon`` a meaning pattern; ``gelijkenis`` alone: only too
far from every gold. A result may count in more than one kind. ``--nieuw`` names the files of the round (the rest of
the outside files are "earlier"); ``--lijst`` prints the new files' results per kind.

Usage: python tools/krimp_reason_kinds.py ROWS --nieuw tuning-ho54a.toml,tuning-ho54b.toml,tuning54-p.toml [--lijst]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

_TIME = re.compile(r"\d|(?:maan|dins|woens|donder|vrij|zater|zon)dag|morgen|avond|middag|nacht|week|maand|uur|sinds|"
                   r"vandaag|gisteren|periode|weekend", re.IGNORECASE)
_SAID = re.compile(r"(?i)^(?:komma|punt|vraagteken|uitroepteken)$")


def kinds(reasons: list[str]) -> set[str]:
    out = set()
    for reason in reasons:
        m = re.match(r"(mist|nog) '(.*)'$", reason)
        if m and m.group(1) == "mist":
            item = m.group(2)
            out.add("kwijt: tijd, dag of aantal" if _TIME.search(item) else
                    "kwijt: naam of plaats" if item[:1].isupper() or item[:1] == "@" else "kwijt: andere woorden")
        elif m:
            item = m.group(2).lower()
            out.add("blijft: gedicteerd leesteken" if _SAID.match(item) else
                    "blijft: excuus" if re.search(r"sorry|excuse|excuus", item) else
                    "blijft: uitweg of voorwaarde" if re.match(r"(als|indien|moest|zeg)\b", item) else "blijft: ander")
        elif reason.startswith("fout"):
            out.add("betekenis (fout-patroon)")
    return out or {"alleen te ver van elk goud"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--nieuw", required=True)
    parser.add_argument("--lijst", action="store_true")
    args = parser.parse_args(argv)
    new = set(args.nieuw.split(","))
    rows = [json.loads(line) for line in args.rows.read_text(encoding="utf-8").splitlines()]
    count: dict[str, Counter] = defaultdict(Counter)
    listed: dict[str, list[str]] = defaultdict(list)
    totals = Counter()
    for r in rows:
        if not r["outside"]:
            continue
        part = "nieuw" if r["file"] in new else "eerder"
        totals[part, "n"] += 1
        if r["ok"]:
            continue
        totals[part, "fail"] += 1
        for kind in kinds(r["reasons"]):
            count[kind][part] += 1
            count[kind][part + "-zeker"] += r["sure"]
            if part == "nieuw":
                listed[kind].append(f"{r['id']}{' (zeker)' if r['sure'] else ''}")
    print(f"new: {totals['nieuw', 'n']} drafts, {totals['nieuw', 'fail']} not acceptable; earlier: "
          f"{totals['eerder', 'n']} drafts, {totals['eerder', 'fail']} not acceptable")
    print(f"{'kind':34} {'new':>5} {'earlier':>8} {'sure new/earlier':>18}")
    for kind, c in sorted(count.items(), key=lambda kv: -kv[1]["nieuw"]):
        print(f"{kind:34} {c['nieuw']:5} {c['eerder']:8} {c['nieuw-zeker']:>9} / {c['eerder-zeker']}")
        if args.lijst:
            print("    " + ", ".join(listed[kind]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
