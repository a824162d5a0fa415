"""Round 56 (c56a): count the harmless outside lines at the full panel by what raised them.

Reads the results `benchmarks/crisis_same.py --schrijf FILE` wrote for a tree (one JSON line per corpus line: where,
tier, families, signals) and the corpus files for the expected tier. Outside files: tuning-ho*.toml, tuning*-cp.toml
and their `open/` files; a `tuning-ho*` file is one author, the probes are CP (cp37-40, cp51-55) and Q (cp41-50).

    .venv/bin/python benchmarks/crisis_same.py --schrijf /tmp/r.jsonl
    .venv/bin/python tools/crisis_false_panel_count.py /tmp/r.jsonl [--lijst]

Prints, per raising key (the families of the acute signals, sorted), the harmless outside lines at the panel, their
authors, and the real acuut lines of the whole corpus at the panel with exactly that key; then per author.
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
CORPUS = ROOT / "tests" / "corpus" / "crisis"
_OUTSIDE = re.compile(r"^(?:open/)?(tuning-ho\w+|tuning(\d+)-cp)(?:-open)?\.toml$")


def author(name: str) -> str | None:
    """The outside author of a corpus file (relative to the crisis corpus), or None for an own file."""
    found = _OUTSIDE.match(name)
    if found is None:
        return None
    if found.group(2) is None:
        return found.group(1).removeprefix("tuning-")
    return "Q" if 41 <= int(found.group(2)) <= 50 else "CP"


def expected() -> dict[str, tuple[str, str]]:
    """where -> (expected tier, text) for every crisis corpus line, as crisis_same names them."""
    found = {}
    for path in sorted(CORPUS.glob("*.toml")) + sorted((CORPUS / "open").glob("*.toml")):
        rows = tomllib.loads(path.read_text(encoding="utf-8")).get("regel", [])
        for n, row in enumerate(rows):
            found[f"{path.relative_to(ROOT)}#{n}"] = (row["verwacht"], row["tekst"])
    return found


def key_of(signals: list[list]) -> tuple[str, ...]:
    """The families of the acute signals (the panel's raisers), with the modules that add one named."""
    keys = set()
    for family, level, phrase, *_ in signals:
        if level != "acuut":
            continue
        kind = phrase.split(" (")[0]
        module = {"het-einde": "said_end55", "wakker-liever-niet": "said_end", "einde-en-overdracht": "said_end",
                  "brief-voor-na": "said_end", "plek-en-einde": "said_end"}.get(kind)
        keys.add(f"{family}[{module}]" if module else family)
    if not keys:  # two gentle signals together (the rules' own combination): their families, marked
        keys = {f"{family}~zorg" for family, level, *_ in signals if level == "zorg" and family != "inschatting"}
    return tuple(sorted(keys))


# General shapes read in the raw text (no author's nouns): does a shape separate the harmless panels from the real ones?
SHAPES = {
    "joke or laugh marker": re.compile(r"(?i)\b(?:haha\w*|hihi|lol|xd|grapje|jk)\b|😂|🤣|💀|😅|😭"),
    "exclamation !!": re.compile(r"!!"),
    "ends in a question to the reader": re.compile(r"\?\s*\W{0,3}$"),
    "told as past or finished (vroeger, was, geweest)": re.compile(r"(?i)\b(?:vroeger|toen|geweest|eindelijk|gelukt)\b"),
    "a place name after in/naar (capital)": re.compile(r"\b(?:in|naar) (?!De |Het |Een |Mijn |Ons )[A-Z][a-z]{2,}"),
    "absence bound to a place or time ('niet meer nodig in', 'er niet bij ... op')": re.compile(
        r"(?i)\b(?:niet|nie|ni) (?:meer |mier )?(?:nodig(?: hebben)?|bij (?:ben|was|zijn)|(?:ben|was|zijn)) (?:\w+ )?"
        r"(?:in|op|bij|tijdens|uit) \w+|\bzonder mij in de \w+"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results")
    parser.add_argument("--lijst", action="store_true", help="list every harmless outside line at the panel")
    args = parser.parse_args(argv)
    wanted = expected()
    harmless: dict[tuple[str, ...], list[tuple[str, str, str]]] = defaultdict(list)
    real: Counter[tuple[str, ...]] = Counter()
    real_by_family: Counter[str] = Counter()
    per_author: Counter[str] = Counter()
    opinion = 0
    shape_real: Counter[str] = Counter()
    shape_harmless: dict[str, Counter[str]] = defaultdict(Counter)
    for line in Path(args.results).read_text(encoding="utf-8").splitlines():
        where, tier, _families, signals = json.loads(line)
        if where not in wanted or tier != "acuut":
            continue
        verwacht, text = wanted[where]
        key = key_of(signals)
        shapes = [name for name, pattern in SHAPES.items() if pattern.search(text)]
        if verwacht == "acuut":
            shape_real.update(shapes)
            real[key] += 1
            for family in key:
                real_by_family[family] += len(key) == 1
            continue
        if verwacht != "geen":
            continue
        name = where.split("tests/corpus/crisis/", 1)[1].split("#")[0]
        who = author(name)
        if who is None:
            continue
        harmless[key].append((who, where, text))
        for name in shapes:
            shape_harmless[name][who] += 1
        per_author[who] += 1
        opinion += any(family == "inschatting" for family, *_ in signals)
    total = sum(len(rows) for rows in harmless.values())
    print(f"harmless outside lines at the panel: {total} ({opinion} with a note of the second opinion)")
    print("| what raised it (acute families) | harmless outside | authors | real acuut lines at the panel, same key |")
    print("|---|---|---|---|")
    for key, rows in sorted(harmless.items(), key=lambda item: (-len(item[1]), item[0])):
        who = Counter(row[0] for row in rows)
        names = ", ".join(f"{a} ×{n}" if n > 1 else a for a, n in sorted(who.items()))
        print(f"| {' + '.join(key)} | {len(rows)} | {len(who)}: {names} | {real[key]} |")
    print("| shape in the raw text | harmless outside at the panel (authors) | real acuut lines at the panel with it |")
    print("|---|---|---|")
    for name in SHAPES:
        who = shape_harmless[name]
        print(f"| {name} | {sum(who.values())} ({len(who)}) | {shape_real[name]} |")
    print("per author:", ", ".join(f"{a} {n}" for a, n in per_author.most_common()))
    if args.lijst:
        for key, rows in sorted(harmless.items()):
            for who, where, text in rows:
                print(f"{' + '.join(key)}\t{who}\t{where}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
