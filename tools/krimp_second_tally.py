"""Second requests on fresh outside text, both ways, by kind and per author (round 47, k47c).

Runs today's engine over every outside set and probe (``OUTSIDE`` of tools/krimp_first_sight.py and every
``tuning*-p``) and sorts:

- every draft WITHOUT ``tweede`` whose result still offers a second request ("verzonnen"), by the kind of text taken
  for a request (a condition, a let-off, the writer's own words, small talk, a real task in a set that marks none …);
- every draft WITH ``tweede`` whose second request is not the gold one ("gemist"), by what went wrong (none offered,
  another clause offered, the gold keeps a reason, a filler or condition kept …).

Each kind is counted in drafts and in sets (one set, one author); the older/newer split is tools/krimp_leave_out.py's
(ho41 … ho46 and p41 … p46 are newer). The kinds are read off the text with simple patterns: a rough sort for
deciding what to mend, not a judgement of each draft.

Usage: PYTHONPATH=src python tools/krimp_second_tally.py [--json FILE] [--lijst]   (a few minutes)
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

import krimp_eval as ke  # noqa: E402
from krimp_first_sight import OUTSIDE  # noqa: E402

FOLDER = ROOT / "tests" / "corpus" / "krimp"
UNMARKED = ("tuning-ho24a", "tuning-ho24b", "tuning-ho25a", "tuning-ho25b", "tuning-ho26a", "tuning-ho26b",
            "tuning12-p")  # sets whose author marks no `tweede` at all (round 39): their seconds are often real
INVENTED = (
    ("een voorwaarde zonder vraag ('Mocht dat niet uitkomen', 'Wie het vergeet')",
     r"^(?:mocht|mochten|moest|moesten|indien|tenzij|pas als|als)\b|^wie (?:het|'t|dat|da|dit)\b"),
    ("een Franse uitweg ('pas de souci', 'pas grave')", r"^(?:c'est )?pas (?:de|grave|d')"),
    ("de lezer hoeft niets ('hoeft u niets te doen')", r"^(?:\w+ )?hoef\w* (?:u|je|ge|gij|jij)\b"),
    ("alleen een antwoord ('graag even reageren', 'laat u maar iets weten', 'laat het dan')",
     r"\b(?:reageren|zeggen|laat\b.*\b(?:weten|horen|dan|maar))\b"),
    ("een gevolg na 'dan' ('…, dan kan ik wat slapen')", r"^(?:kan|kunnen|mag) (?:ik|we|'k)\b"),
    ("de schrijver zelf: gedachte, gevoel, reden, Limburgs 'doe höbs'",
     r"^(?:ik|'k|doe)\b(?! (?:wilde|wil|zou|mag)\b)"),
    ("beleefdheid of zorg ('wil je niet storen', 'ik wil niet dat je je schuldig voelt')",
     r"\b(?:storen|belasten|lastig\w*|schuldig|excuses)\b"),
    ("een echte tweede taak ('kun je ook …', 'mag ik ook …')", r"\b(?:ook|daarnaast|nog)\b.*|^(?:wie|kan iemand|heeft iemand)"),
)


def cases(files) -> list[dict]:
    out = []
    for name in files:
        for c in tomllib.loads((FOLDER / f"{name}.toml").read_text(encoding="utf-8")).get("case", []):
            out.append(dict(c, _file=name))
    return out


def run() -> list[dict]:
    from vraaghulp.coach.krimp import shrink  # noqa: PLC0415

    files = list(OUTSIDE) + sorted(p.stem for p in FOLDER.glob("tuning*-p.toml"))
    rows = []
    for c in cases(files):
        res = shrink(c["concept"].strip("\n"), person=c.get("wie") or None, moment=c.get("wanneer") or None)
        raw = next((f.text for f in res.findings if f.kind == "meer-vragen"), "")
        gold = c.get("tweede", "")
        rows.append(dict(id=c["id"], file=c["_file"], tweede=gold, second=res.second, raw=raw, sentence=res.sentence,
                         found=bool(gold and res.second and ke.similarity(res.second, gold) >= ke.THRESHOLD)))
    return rows


def invented_kind(r: dict) -> str:
    said = re.sub(r"(?i)^(?:(?:en|maar|oh|ook|dus|allee)[\s,]+)+", "", r["raw"].strip()).lower()
    if r["file"] in UNMARKED:
        return "een tweede taak in een set die er geen aanduidt (ho24–ho26, t12p)"
    if ke.similarity(r["second"], r["sentence"]) >= 0.6:
        return "de hoofdvraag nog eens"
    return next((kind for kind, pattern in INVENTED if re.search(pattern, said)), "anders (kort gesprek, fragment …)")


_NEGATIVE = re.compile(r"(?i)\b(?:vergeet|niet|nie|ni|niks|geen)\b")
_KNOW = re.compile(r"(?i)^(?:[\w ]+, )?(?:weet|kent|kende|weette|heb|hebt|heeft|hebde)\b")


def missed_kind(r: dict) -> str:
    gold, second = r["tweede"], r["second"]
    if not second:
        if _NEGATIVE.search(gold) and not gold.rstrip().endswith("?"):
            return "niet gevonden: een opdracht om iets niet te doen of niet te vergeten"
        if _KNOW.match(gold):
            return "niet gevonden: een vraag naar wat de lezer weet of heeft ('Weet iemand of …')"
        return "niet gevonden: anders"
    if ke.similarity(second, gold) < 0.5:
        return "een andere zin als tweede gekozen"
    if re.search(r"[?.!]\s+\S", gold.strip()):
        return "gevonden, het goud houdt een zin erbij (de reden)"
    if re.match(r"(?i)^(?:als|moest|mocht)\b", second) and not re.match(r"(?i)^(?:als|moest|mocht)\b", gold):
        return "gevonden, een voorwaarde erbij gehouden"
    if re.search(r"(?i)\b(?:ook|ne keer|daarna|dan|even|efkes|nog)\b", second) and not re.search(
            r"(?i)\b(?:ook|ne keer|daarna|dan|even|efkes|nog)\b", gold):
        return "gevonden, een vulwoord ('ook', 'daarna', 'ne keer') gehouden"
    if re.match(r"^\w+(?: \w+)?, ", gold) and not re.match(r"^\w+(?: \w+)?, ", second):
        return "gevonden, zonder de naam van het goud"
    return "gevonden, anders verwoord (een voornaamwoord, de volgorde)"


def table(title: str, rows: list[dict], kind, listing: bool) -> None:
    newer = {f for f in {r["file"] for r in rows} if re.search(r"ho4[1-9]|tuning4[1-9]-p", f)}
    by = defaultdict(list)
    for r in rows:
        by[kind(r)].append(r)
    print(f"\n== {title}: {len(rows)} drafts in {len({r['file'] for r in rows})} sets")
    print("| kind | drafts | sets | older / newer drafts |\n|---|---|---|---|")
    for k, rs in sorted(by.items(), key=lambda kv: -len(kv[1])):
        new = sum(r["file"] in newer for r in rs)
        print(f"| {k} | {len(rs)} | {len({r['file'] for r in rs})} | {len(rs) - new} / {new} |")
        for r in rs if listing else []:
            print(f"|   {r['id']} | {r['raw'] or r['tweede']!r} → {r['second']!r} | | |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", help="read the rows from this file, or write them there after a run")
    ap.add_argument("--lijst", action="store_true", help="list every draft under its kind")
    a = ap.parse_args()
    path = Path(a.json) if a.json else None
    rows = json.loads(path.read_text("utf-8")) if path and path.exists() else run()
    if path and not path.exists():
        path.write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
    single = [r for r in rows if not r["tweede"]]
    twins = [r for r in rows if r["tweede"]]
    print(f"verzonnen {sum(bool(r['second']) for r in single)} van {len(single)} zonder tweede; "
          f"gevonden {sum(r['found'] for r in twins)} van {len(twins)} met tweede")
    table("tweede vraag verzonnen", [r for r in single if r["second"]], invented_kind, a.lijst)
    table("tweede vraag gemist", [r for r in twins if not r["found"]], missed_kind, a.lijst)


if __name__ == "__main__":
    main()
