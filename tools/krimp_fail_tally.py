"""Why are results on the outside krimp files not acceptable? (round 25, k25s)

Two sets of results on the outside files (``krimp_first_sight.OUTSIDE``: tuning-ho17 … tuning-ho23b):

- ``eerste``: the first-sight rows of ``benchmarks/krimp_first_sight.json`` (what the engine of the time offered
  when each file came in), judged again with today's cases (``krimp_eval.judge``);
- ``nu``: today's engine on the same drafts.

Printed per set: the main reason a result is not acceptable (must-keep lost, must-drop kept, ``fout`` pattern,
only the closeness to the gold), and for every lost must-keep item WHAT it is (the first kind that fits, in this
order: a reason clause, a condition, a negation, a number or clock time, a time word, a name, a place, the
writer's state, the object or content of the ask, a fact sentence) and WHERE it sat in the draft (inside the ask's
clause, in the ask's sentence before or after it, in a sentence of its own before or after the ask, not found
as such in the draft: a rewritten form). For results that fail only on closeness: whether the result is longer
or shorter than the closest gold and where the gold's extra words sat.

Usage: PYTHONPATH=src python tools/krimp_fail_tally.py [--bestand NAME …] [--voorbeelden N] [--json OUT]
(today's engine on 590 drafts: a minute or two)
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
sys.path.insert(0, str(ROOT / "tools"))

from krimp_eval import fold, judge, norm_words, similarity, spelled  # noqa: E402
from krimp_first_sight import OUTSIDE  # noqa: E402

FOLDER = ROOT / "tests" / "corpus" / "krimp"
DATA = ROOT / "benchmarks" / "krimp_first_sight.json"

_REASON = frozenset({"want", "omdat", "aangezien", "zodat", "anders", "dus", "daardoor", "doordat", "vermits", "omdat"})
_CONDITION = frozenset({"als", "tenzij", "mits", "indien", "zolang", "wanneer", "ingeval", "moest", "mocht"})
_NEGATION = frozenset({"niet", "geen", "ni", "nie", "nooit", "niks", "niets", "geen"})
_TIME = re.compile(r"(?i)\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|weekend|morgen|vandaag|"
                   r"overmorgen|vanavond|vanmiddag|vanochtend|vannacht|ochtend|middag|avond|nacht|week|maand|jaar|"
                   r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
                   r"uur|u\b|kwart|half|straks|zometeen|vroeger|later|eerst|daarna|tijdens|sinds|vanaf|tot|deadline)")
_PLACE = re.compile(r"(?i)\b(?:in|naar|bij|op|aan|uit|van)\s+(?:de|het|den|t|'t)?\s*[a-z]")
_STATE = re.compile(r"(?i)\b(?:ik|'k|k|we|wij)\s+(?:ben|zijn|voel|voelen|zit|zitten|heb|hebben|kan|kon)\b")
_PRIORITY = ("reden", "voorwaarde", "ontkenning", "getal", "tijd", "naam", "plaats", "staat")


def item_kinds(item: str, clause_text: str, clause_words: list[str]) -> list[str]:
    """The shape kinds of a lost must-keep item seen in its clause (general shapes and word classes)."""
    words = [w.lower() for w in re.findall(r"[^\W_]+", item)]
    found = set()
    if clause_words and clause_words[0] in _REASON:
        found.add("reden")
    if clause_words and clause_words[0] in _CONDITION:
        found.add("voorwaarde")
    if _NEGATION & set(words):
        found.add("ontkenning")
    if any(ch.isdigit() for ch in item):
        found.add("getal")
    if _TIME.search(item):
        found.add("tijd")
    if any(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", item)) and not clause_text.startswith(item.strip()):
        found.add("naam")
    if _PLACE.search(item):
        found.add("plaats")
    if _STATE.search(clause_text) and not found:
        found.add("staat")
    return [k for k in _PRIORITY if k in found]


def _token_at(d, pos: int) -> int | None:
    for i, t in enumerate(d.toks):
        if t.start <= pos < t.end or t.start >= pos:
            return i
    return None


def locate(an, draft: str, item: str):
    """The clause that holds the item in the draft (first occurrence), or None when it is not there as such."""
    folded = spelled(fold(draft))
    pos = folded.find(spelled(fold(item)))
    if pos < 0 or len(folded) != len(draft):
        pos = fold(draft).find(fold(item))
    if pos < 0:
        return None
    tok = _token_at(an.d, pos)
    if tok is None:
        return None
    return next((c for c in an.clauses if c.a <= tok < c.b), None)


def where(an, clause) -> str:
    main = list(getattr(an, "main", None) or [])
    if clause is None:
        return "niet-letterlijk"
    if any(clause is m or (clause.a >= m.a and clause.b <= m.b) for m in main):
        return "in-vraag"
    if not main:
        return "geen-vraag"
    sent = min(m.sent for m in main)
    if clause.sent == sent:
        return "zelfde-zin-ervoor" if clause.b <= main[0].a else "zelfde-zin-erna"
    if any(clause.sent == m.sent for m in main):
        return "zin-van-2e-vraag"
    return "zin-ervoor" if clause.sent < sent else "zin-erna"


def lost_items(case: dict, sentence: str) -> list[dict]:
    from vraaghulp.coach.krimp.engine import analyse
    from krimp_eval import contains

    draft = case["concept"].strip("\n")
    missing = [k for k in case.get("houden", []) if not contains(sentence, k)]
    if not missing:
        return []
    an = analyse(draft, person=case.get("wie") or None, moment=case.get("wanneer") or None).analysis
    out = []
    for item in missing:
        clause = locate(an, draft, item) if an is not None else None
        text = an.d.original[an.d.toks[clause.a].start:an.d.toks[clause.b - 1].end] if clause else ""
        cwords = [w.lower() for w in re.findall(r"[^\W_]+", text)]
        kinds = item_kinds(item, text, cwords)
        place = where(an, clause) if an is not None else "geen-analyse"
        kind = kinds[0] if kinds else ("inhoud-vraag" if place == "in-vraag" else "feit")
        out.append(dict(item=item, soort=kind, alle=kinds, plek=place, rol=clause.role if clause else "-",
                        zinsdeel=text))
    return out


def closeness(case: dict, sentence: str) -> dict:
    gold = max(case.get("goud", [""]), key=lambda g: similarity(sentence, g))
    ours, theirs = norm_words(sentence), norm_words(gold)
    extra = [w for w in ours if w not in theirs]
    short = [w for w in theirs if w not in ours]
    kind = "te-lang" if len(extra) > len(short) + 1 else "te-kort" if len(short) > len(extra) + 1 else "anders-gezegd"
    return dict(vorm=kind, extra=extra, mist=short, goud=gold)


def main_reason(reasons: list[str]) -> str:
    if any(r.startswith("mist") for r in reasons):
        return "houden-kwijt"
    if "fout-patroon" in reasons:
        return "fout-patroon"
    if any(r.startswith("nog") for r in reasons):
        return "weg-gebleven"
    return "alleen-gelijkenis"


def tally(rows: list[dict], cases: dict[str, dict]) -> dict:
    out = {"n": len(rows), "rijen": []}
    for row in rows:
        case = cases[row["id"]]
        *_rest, reasons = judge(row["sentence"], case)
        if not reasons:
            continue
        entry = dict(id=row["id"], file=row["file"], sentence=row["sentence"], zeker=row["sure"],
                     reden=main_reason(reasons), redenen=reasons, kwijt=lost_items(case, row["sentence"]))
        if entry["reden"] == "alleen-gelijkenis":
            entry["gelijkenis"] = closeness(case, row["sentence"])
        out["rijen"].append(entry)
    return out


def current_rows(cases: dict[str, dict], files: list[str]) -> list[dict]:
    from vraaghulp.coach.krimp import shrink

    rows = []
    for cid, case in cases.items():
        if case["_file"] not in files:
            continue
        res = shrink(case["concept"].strip("\n"), person=case.get("wie") or None, moment=case.get("wanneer") or None)
        rows.append(dict(id=cid, file=case["_file"], sentence=res.sentence, sure=bool(res.sure)))
    return rows


def report(title: str, data: dict, examples: int) -> None:
    rows = data["rijen"]
    print(f"\n== {title}: {data['n']} resultaten, {len(rows)} niet aanvaardbaar")
    for reason, n in Counter(r["reden"] for r in rows).most_common():
        print(f"  {reason:<20}{n:>5}")
    lost = [dict(k, id=r["id"]) for r in rows for k in r["kwijt"]]
    print(f"  -- kwijtgeraakte houden-items: {len(lost)} (in {sum(1 for r in rows if r['kwijt'])} resultaten)")
    places = [p for p, _n in Counter(k["plek"] for k in lost).most_common()]
    print(f"  {'soort':<14}{'samen':>6}" + "".join(f"{p[:16]:>17}" for p in places))
    for kind, n in Counter(k["soort"] for k in lost).most_common():
        cells = "".join(f"{sum(1 for k in lost if k['soort'] == kind and k['plek'] == p):>17}" for p in places)
        print(f"  {kind:<14}{n:>6}{cells}")
    print(f"  {'samen':<14}{len(lost):>6}" + "".join(f"{sum(1 for k in lost if k['plek'] == p):>17}" for p in places))
    print("  rol van het zinsdeel: " + ", ".join(f"{r} {n}" for r, n in Counter(k["rol"] for k in lost).most_common()))
    close = [r["gelijkenis"] for r in rows if "gelijkenis" in r]
    print(f"  -- alleen gelijkenis: {len(close)}: " + ", ".join(f"{v} {n}" for v, n in Counter(c["vorm"] for c in close).most_common()))
    for kind in Counter(k["soort"] for k in lost):
        for k in [k for k in lost if k["soort"] == kind][:examples]:
            print(f"     {kind:<12} {k['plek']:<18} {k['id']:<10} '{k['item']}' in '{k['zinsdeel'][:70]}'")


def load_cases() -> dict[str, dict]:
    cases = {}
    for name in OUTSIDE:
        for c in tomllib.loads((FOLDER / f"{name}.toml").read_text(encoding="utf-8")).get("case", []):
            cases[c["id"]] = dict(c, _file=name)
    return cases


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bestand", nargs="*", default=list(OUTSIDE))
    ap.add_argument("--voorbeelden", type=int, default=0)
    ap.add_argument("--json")
    ap.add_argument("--alleen-eerste", action="store_true")
    args = ap.parse_args(argv)
    cases = load_cases()
    first = [r for r in json.loads(DATA.read_text(encoding="utf-8")) if r["file"] in args.bestand and r["id"] in cases]
    sets = {"eerste": tally(first, cases)}
    if not args.alleen_eerste:
        sets["nu"] = tally(current_rows(cases, args.bestand), cases)
    for name, data in sets.items():
        report(f"{name} ({', '.join(args.bestand) if len(args.bestand) < 4 else 'buitenbestanden'})", data, args.voorbeelden)
    if args.json:
        Path(args.json).write_text(json.dumps(sets, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
