"""Round 57 (c57a): count the harmless outside lines with a tier, by the kind of harmlessness and by what fired.

Reads what `benchmarks/crisis_same.py --schrijf FILE` wrote for a tree, and every outside file (tuning-ho*.toml,
tuning*-cp.toml and their `open/` files; a `tuning-ho*` file is one author, the probes CP and Q as round 56's
`tools/crisis_false_panel_count.py` names them, cp56 counted with CP). The kind is read from the author's own
`familie` label of the harmless line (sorted by the words in it, first match wins: `KINDS`), never from the engine.

    .venv/bin/python benchmarks/crisis_same.py --schrijf /tmp/r.jsonl
    .venv/bin/python tools/crisis_harmless_kind_count.py /tmp/r.jsonl [--lijst]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crisis_false_panel_count import author, expected, key_of  # noqa: E402

import tomllib  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "crisis"

# the author's `familie` label -> the kind of harmlessness (first match wins)
KINDS = (
    ("joke or game (a film, a song, a game, a laugh)", re.compile(
        r"grap|lach|humor|meme|game|gaming|spel|film|fictie|serie|boek|roman|lied|song|muziek|theater|podcast|"
        r"true-crime|verhaal|plot|kettingbrief|overdrijv|zelfspot|literatuur|kunst|taalgrap")),
    ("the trouble belongs to someone else", re.compile(
        r"ander|rouw|uitvaart|begrafenis|overlijden|overleden|hospice|herdenking|condoleance|zorg-om|zorg-voor|"
        r"voogdij|mantelzorg|euthanasie|nieuws|geschiedenis|kind|oppas|ouderdom|grootouder")),
    ("a medical fact (medicine, a doctor, an injury's care)", re.compile(
        r"medic|pil|dosis|arts|dokter|ziekte|ziekenhuis|blessure|herstel|pijn|diagnose|wond|verwond|jeuk|"
        r"letsel|dieet|vasten|supplement|recept|apotheek|ziekenzalving")),
    ("a work place or work task", re.compile(
        r"werk|beroep|dienst|nachtdienst|boer|slacht|jacht|dak|klus|ladder|stelling|spoorwerk|brugwerk|politie|"
        r"zorgwerk|verpleging|zorgpersoneel|stage|ontslag|pensioen|zaak|bedrijf|baan")),
    ("a thing, not a person (a battery, a plant, a device, an animal)", re.compile(
        r"batterij|accu|plant|apparaat|toestel|machine|gsm|telefoon|ding|object|auto|fiets|dier|huisdier|hond|"
        r"kat|tuin|dood-|dode-")),
    ("a story that is over", re.compile(r"verleden|voorbij|afgerond|overleven|veerkracht|nieuw-begin")),
    ("an idiom (dead tired, 'ik kan niet meer' laughing)", re.compile(r"idioom|doodmoe|kapot-moe|doodschamen")),
    ("an everyday cause named (a move, a trip, a party, a task done)", re.compile(r".")),
)


def kind_of(familie: str) -> str:
    return next(name for name, pattern in KINDS if pattern.search(familie))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results")
    parser.add_argument("--lijst", action="store_true", help="list every counted line")
    args = parser.parse_args(argv)
    wanted = expected()
    labels = {}
    for path in sorted(CORPUS.glob("*.toml")) + sorted((CORPUS / "open").glob("*.toml")):
        for n, row in enumerate(tomllib.loads(path.read_text(encoding="utf-8")).get("regel", [])):
            labels[f"{path.relative_to(ROOT)}#{n}"] = row.get("familie", "")
    table: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    fired: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    per_file: dict[str, Counter[str]] = defaultdict(Counter)
    rows = []
    for line in Path(args.results).read_text(encoding="utf-8").splitlines():
        where, tier, _families, signals = json.loads(line)
        if where not in wanted or tier is None or wanted[where][0] != "geen":
            continue
        name = where.split("tests/corpus/crisis/", 1)[1].split("#")[0]
        who = author(name)
        if who is None:
            continue
        kind = kind_of(labels[where])
        if tier == "acuut":
            key = " + ".join(key_of(signals))
        else:
            key = " + ".join(sorted({s[0] for s in signals if s[1] == "zorg"} - {"tijd"})) or "?"
        table[(kind, tier)][who] += 1
        fired[(kind, tier)][key] += 1
        per_file[name.removeprefix("open/").removesuffix("-open.toml").removesuffix(".toml")][tier] += 1
        rows.append((kind, tier, who, where, key, wanted[where][1]))
    print("| kind of harmlessness (author's familie) | tier | lines | authors | what fired (most) |")
    print("|---|---|---|---|---|")
    for (kind, tier), who in sorted(table.items(), key=lambda item: (item[0][1], -sum(item[1].values()))):
        names = ", ".join(f"{a} ×{n}" if n > 1 else a for a, n in sorted(who.items(), key=lambda i: (-i[1], i[0])))
        keys = ", ".join(f"{k} {n}" for k, n in fired[(kind, tier)].most_common(4))
        print(f"| {kind} | {tier} | {sum(who.values())} | {len(who)}: {names} | {keys} |")
    print("per author file (acuut, zorg):", ", ".join(
        f"{f} {c['acuut']}/{c['zorg']}" for f, c in sorted(per_file.items(), key=lambda i: (-i[1]['acuut'], i[0]))))
    if args.lijst:
        for row in sorted(rows):
            print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
