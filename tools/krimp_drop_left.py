"""Which must-drop items (``weg``) are still in krimp's results, by kind, sure and not sure? (round 52, k52b)

Runs today's engine over a directory of corpus files (default: copies of the outside files are not made;
pass ``--map DIR`` holding e.g. ``tuning-ho*.toml`` and ``tuning*-p.toml``) and, for every result that keeps
a must-drop item, sorts that item into one kind by its words (the first kind whose pattern matches):

- ``aanhef``     a greeting or salutation (hoi, hallo, geachte, beste, dag mevrouw, goedemiddag …)
- ``afsluiting`` a sign-off or thanks at the end (groet, groetjes, mvg, liefs, alvast bedankt, merci …)
- ``excuus``     an apology (sorry, excuses, het spijt me, pardon …)
- ``last``       burden talk (tot last, storen, druk, genoeg aan je hoofd, moeite …)
- ``uitweg``     an escape hatch (alleen als je toch, geen probleem als, je mag nee zeggen, zoals ge wilt …)
- ``vragen``     talk about the asking itself (ik weet dat …, ik vind het moeilijk om te vragen, ik schaam me,
                 ik vroeg me af, ik weet niet goed hoe ik dit moet vragen, een vraagje …)
- ``afzwakker``  a hedge or filler (misschien, eventueel, even, efkes, ff, gewoon, echt, honestly …)
- ``ander``      anything else

A result counts once per kind (a result with two apologies left counts once under ``excuus``).

Usage: PYTHONPATH=src python tools/krimp_drop_left.py --map DIR [--lijst] [--soort KIND] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from krimp_eval import fold, score, still_there  # noqa: E402

KINDS: tuple[tuple[str, str], ...] = (
    ("aanhef", r"^(hoi|hey|hei|hallo|hello|hi|dag|daag|beste|geachte|goede(morgen|middag|avond|ndag)|lieve|yo|"
               r"hee|hoewist|allo|salut|heej|mevrouw|meneer|hoi hoi)\b"),
    ("afsluiting", r"groet|groetjes|\bmvg\b|\bgr\b|liefs|\bxx?\b|dank|bedankt|merci|thanks|thx|\bdikke kus|"
                   r"tot (straks|morgen|dan|gauw)|\bkus\b|doei|ciao|\bcheers\b"),
    ("excuus", r"sorry|sory|excuus|excuses|spijt|pardon|sorri|\bsry\b|vergeef"),
    ("last", r"\blast\b|lastig|\bstoor|\bstoren|druk|genoeg aan (je|uw|jouw) hoofd|moeite|belast|opzadel|"
             r"\bbelasten|tijd (voor mij )?vrijmaken|\bplagen\b|\bzagen\b|ambetant|op je dak|"
             r"\bvol zit|\bal zoveel"),
    ("uitweg", r"alleen als|enkel als|allee(n|z) as|als het niet|as 't nie|als 't niet|geen probleem|geen punt|"
               r"geen ramp|nee zeggen|neen zeggen|niet erg|nie erg|snap (het|ik)|begrijp (het|ik)|versta|"
               r"zoals (ge|je|u) wil|geen verplichting|mag ook|meugt|\bals je toch|as ge toch|als het (past|uitkomt|lukt)|"
               r"geen man overboord|geen stress|no stress|geen zorgen|maakt niet uit|zeg het gerust|"
               r"as ge tijd|als je tijd|als u tijd|indien mogelijk|als het kan|als 't kan|moest het"),
    ("vragen", r"vroeg me af|vraag me af|vroeg mij af|vraag mij af|hoe ik|oe da|oe dak|moeilijk|schaam|durf|"
               r"\bik weet d|'k weet|ik weet dat|weet nie|weet niet|vind het|vervelend|vraagje|kleine vraag|"
               r"even vragen|wilde vragen|wou vragen|wil vragen|wilde je vragen|wou u vragen|vragen of|"
               r"rare vraag|raar|beetje gek|stomme vraag|normaal vraag|vraag ik|vraag het|vroag|hate asking|"
               r"\bhaat\b|ongemakkelijk|gênant|genant"),
    ("afzwakker", r"misschien|mss|eventueel|evt|\beven\b|eventjes|efkes|effe|\bff\b|gewoon|\becht\b|honestly|"
                  r"eigenlijk|toevallig|een beetje|beetje|literally|basically|zo vrij|\bheel\b|\bmaar\b|\bwel\b|"
                  r"\bnou\b|\bhoor\b|\bzo\b|soms|ergens|per chance|sowieso|\bseg\b|\ballee\b"),
)


def kind_of(item: str) -> str:
    folded = fold(item)
    for name, pattern in KINDS:
        if re.search(pattern, folded):
            return name
    return "ander"


def rows_for(directory: Path) -> list[dict]:
    out = []
    for path in sorted(directory.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            scored = score(case, "tuning", path.name)
            left = [w for w in case.get("weg", []) if still_there(scored.sentence, w)]
            out.append({
                "id": case["id"], "file": path.name, "sure": scored.sure, "acceptable": scored.acceptable,
                "wrong_sure": scored.wrong_sure, "sentence": scored.sentence, "left": left,
                "kinds": sorted({kind_of(w) for w in left}), "draft": " ".join(case["concept"].split()),
            })
    return out


def tally(rows: list[dict]) -> None:
    left = [r for r in rows if r["left"]]
    n = len(rows)
    print(f"{n} concepten; {sum(r['acceptable'] for r in rows)} aanvaardbaar, {sum(r['sure'] for r in rows)} zeker, "
          f"{sum(r['wrong_sure'] for r in rows)} fout en toch zeker")
    print(f"met een weg-item over: {len(left)} ({sum(r['sure'] for r in left)} zeker); "
          f"niet aanvaardbaar daarvan: {sum(not r['acceptable'] for r in left)} "
          f"({sum(r['sure'] and not r['acceptable'] for r in left)} zeker)")
    by_kind: Counter = Counter()
    by_kind_sure: Counter = Counter()
    for r in left:
        for k in r["kinds"]:
            by_kind[k] += 1
            by_kind_sure[k] += r["sure"]
    print(f"\n  {'soort':12s} {'samen':>6s} {'zeker':>6s} {'onzeker':>8s}")
    for k, _p in KINDS + (("ander", ""),):
        print(f"  {k:12s} {by_kind[k]:6d} {by_kind_sure[k]:6d} {by_kind[k] - by_kind_sure[k]:8d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--map", type=Path, required=True)
    parser.add_argument("--lijst", action="store_true", help="toon elk resultaat met een weg-item")
    parser.add_argument("--soort", help="alleen deze soort in de lijst")
    parser.add_argument("--json", type=Path, help="schrijf alle rijen als JSON")
    args = parser.parse_args(argv)
    rows = rows_for(args.map)
    tally(rows)
    if args.lijst:
        for r in rows:
            if r["left"] and (not args.soort or args.soort in r["kinds"]):
                sure = "ZEKER" if r["sure"] else "onzeker"
                print(f"\n[{r['id']}] {sure} {'/'.join(r['kinds'])} — nog {r['left']}")
                print(f"  concept: {r['draft'][:300]}")
                print(f"  krimp:   {r['sentence']}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
