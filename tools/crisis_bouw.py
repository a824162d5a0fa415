"""Write content/nl/crisis_regels.json: the crisis rules in a form that loads fast.

Usage: python tools/crisis_bouw.py [--telling-houden]

Run it after every change to content/nl/crisis_signalen.toml or crisis_begrippen.toml
(a test fails when the JSON is out of date). The program checks the JSON's checksums
against the TOML files when it starts checking, and builds from the TOML files itself
when they differ: slower, never stale.

Round 33 (c33t): first it counts, over the ordinary texts of the repo's corpora (the `geen`
lines of tests/corpus/crisis/*.toml and the drafts of tests/corpus/krimp/*.toml, read as the
engine reads them; never tests/corpus/incoming/), how many texts hold each word, and writes
content/nl/crisis_woordtelling.json (words in at least MIN_TEXTS texts): each pattern is then
looked up by the key set ordinary text holds least often (`build.Rarity`). With
--telling-houden the count file is kept as it is.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


MIN_TEXTS = 10  # a word in fewer ordinary texts counts as rare (0): the count file stays small


def main() -> int:
    from vraaghulp.coach.crisis.snapshot import SNAPSHOT_FILE, dumps, make
    from vraaghulp.coach.crisis.table import Table

    start = time.perf_counter()
    if "--telling-houden" not in sys.argv[1:]:
        write_counts()
    snapshot = make({})  # every key set worked out afresh
    check(snapshot)
    target = ROOT / "content" / "nl" / SNAPSHOT_FILE
    target.write_text(dumps(snapshot), encoding="utf-8")
    patterns = len(snapshot["signalen"]["patronen"])
    lexicon = snapshot["begrippen"]["begrippen"]
    single = Table(lexicon["enkel"])
    forms = sum(len(f) for _n, f in lexicon["vormen"].values()) + sum(len(single.get(w)) for w in single.keys())
    print(f"{patterns} patronen en {forms} begripsvormen geschreven naar {target} "
          f"({time.perf_counter() - start:.1f} s)")
    return 0


def ordinary_texts() -> list[str]:
    """The `geen` lines of the crisis corpus and the krimp drafts (tests/corpus/incoming/ is never read)."""
    import tomllib

    texts = []
    for folder, section, field in (("crisis", "regel", "tekst"), ("krimp", "case", "concept")):
        for path in sorted((ROOT / "tests" / "corpus" / folder).glob("*.toml")):
            with path.open("rb") as handle:
                rows = tomllib.load(handle).get(section, [])
            texts += [row[field] for row in rows if folder == "krimp" or row.get("verwacht") == "geen"]
    return texts


def write_counts() -> None:
    """content/nl/crisis_woordtelling.json: per word of the engine's reading, how many ordinary texts hold it."""
    import json
    from collections import Counter

    from vraaghulp.coach.crisis import compiled_rules
    from vraaghulp.coach.crisis.build import COUNTS_FILE

    normaliser = compiled_rules().normaliser
    texts = ordinary_texts()
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(normaliser.readings(text)[0].split()))
    kept = {word: n for word, n in sorted(counts.items()) if n >= MIN_TEXTS}
    data = {"uitleg": "Per woord: in hoeveel gewone teksten het staat (de geen-regels van het crisiscorpus en de "
                      "krimp-concepten, gelezen zoals de controle leest). Geschreven door tools/crisis_bouw.py; "
                      "bepaalt alleen de volgorde waarin patronen worden opgezocht, nooit een uitkomst.",
            "teksten": len(texts), "minimum": MIN_TEXTS, "woorden": kept}
    target = ROOT / "content" / "nl" / COUNTS_FILE
    target.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(kept)} woorden uit {len(texts)} gewone teksten geteld naar {target}")


def check(snapshot) -> None:
    """Every rule built once, as a changed TOML file is: the program reads the stored [[samen]]
    rules one at a time when a text needs them, and then no longer checks the names they use."""
    from vraaghulp.coach.crisis.rules import from_digest
    from vraaghulp.coach.crisis.weigh import build_concepts

    rules = from_digest(snapshot["signalen"])
    build_concepts(snapshot["begrippen"], rules)


if __name__ == "__main__":
    sys.exit(main())
