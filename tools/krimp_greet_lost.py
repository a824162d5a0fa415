"""How often a name right after a greeting is lost, on the outside files (round 55, k55a).

A draft counts when it opens with one to three greeting words (a word of the lexicon's ``groet`` list, or a word the
engine does not know at all: 'ayo', 'hewa', 'siema') and then a word written as a name that some gold keeps ('ayo
Gio mi bro …' with the gold 'Gio, mag ik …'). Per file kind it prints how many such drafts there are, in how many
the result loses the name (sure or not), and in how many the result keeps a greeting word the golds drop in front
of the name ('Ayo Gio, …'; a word some gold keeps, 'Ome Henk', does not count). Reads the rows of tools/krimp_k54a_rows.py (``ROWS``), so it costs no engine run;
``--lijst`` prints every lost or kept case.

Usage: PYTHONPATH=src python tools/krimp_greet_lost.py ROWS [--lijst]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

CORPUS = ROOT / "tests" / "corpus" / "krimp"
_WORD = re.compile(r"[^\W\d_]+")
_OPEN = re.compile(r"\s*((?:[^\W\d_]+[ \t]+){1,3}?)([A-ZÀ-Ý][a-zà-ÿ]+)(?![^\W\d_])")


def greetings() -> frozenset[str]:
    """The one-word greetings of content/nl/krimp.toml ``groet`` (patterns left out), lower case."""
    data = tomllib.loads((ROOT / "content" / "nl" / "krimp.toml").read_text(encoding="utf-8"))
    words = set()
    for item in data["zinnen"]["groet"]:
        text = item if isinstance(item, str) else item.get("zin", "")
        for w in text.replace("*", "").split():
            if w.isalpha():
                words.add(w.lower())
    return frozenset(words)


def name_after_greeting(draft: str, golds: list[str], greet: frozenset[str]) -> tuple[str, str] | None:
    """(the greeting words, the name) when the draft opens with greetings and a name some gold keeps; else None."""
    from vraaghulp.coach.krimp.greet_unknown import _unknown
    from vraaghulp.coach.krimp.lexicon import lexicon

    m = _OPEN.match(draft)
    if m is None:
        return None
    lead, name = _WORD.findall(m.group(1)), m.group(2)
    lex = lexicon()
    if not all(w.lower() in greet or _unknown(lex, w.lower()) for w in lead):
        return None
    if not any(re.search(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", g) for g in golds):
        return None
    return " ".join(lead), name


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--lijst", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "tools"))
    from krimp_code_tally import outside

    rows = {(r["file"], r["id"]): r for r in map(json.loads, args.rows.read_text(encoding="utf-8").splitlines())}
    greet = greetings()
    tally: dict[str, list[int]] = {"outside": [0] * 5, "own": [0] * 5}
    for path in sorted(CORPUS.glob("tuning*.toml")):
        part = "outside" if outside(path.stem) else "own"
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            r = rows.get((path.name, case["id"]))
            found = name_after_greeting(case["concept"].strip(), case.get("goud", []), greet) if r else None
            if found is None:
                continue
            lead, name = found
            t = tally[part]
            t[0] += 1
            gone = re.search(rf"(?i)(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", r["sentence"]) is None
            first = re.escape(lead.split()[0])
            kept = not gone and re.match(rf"(?i)\s*{first}\b", r["sentence"]) is not None \
                and not any(re.search(rf"(?i)(?<![^\W\d_]){first}(?![^\W\d_])", g) for g in case.get("goud", []))
            t[1] += gone
            t[2] += gone and r["sure"]
            t[3] += kept
            t[4] += kept and r["sure"]
            if args.lijst and (gone or kept):
                print(f"{case['id']} {'zeker' if r['sure'] else 'niet zeker'} {'naam weg' if gone else 'groet voor naam'}"
                      f" [{lead} {name}]  {r['sentence']}")
    for part, (n, gone, gone_sure, kept, kept_sure) in tally.items():
        print(f"{part}: {n} drafts with a name after a greeting; name lost {gone} (sure {gone_sure}); "
              f"greeting kept before it {kept} (sure {kept_sure})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
