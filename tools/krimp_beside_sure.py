"""Round 57 (k57c): the sure results that are not acceptable on the outside files, by kind, and for the largest kind
(a sentence beside the ask the golds keep, dropped while sure) which features of the dropped sentence tell a sentence
the golds keep from one they drop.

Rows: a snapshot of an engine over the outside files (`tuning-ho*`, `tuning*-p`), one JSON line per draft with at least
`file`, `id`, `sentence`, `sure` (tools/krimp_snapshot.py writes `zeker`: both are read), and the first-sight rows of
benchmarks/krimp_first_sight.json (what the engine said when a sealed set came in). The kinds are
krimp_kind_tally.kinds_of's (a kind is responsible when mending it alone makes the result acceptable).

The sentences beside the ask: the draft's sentences (lone_statement.split) right before and right after the ask's
sentence (before_ask.ask_index), not a greeting alone, of which the result shows fewer than half the content words
(before_ask.mostly_shown). Label: `houden` every gold shows it, `weg` no gold does, `half` the golds split.
Features (`features`): a place, a reason ('want', 'omdat', 'het is voor', 'anders'), a moment, a person
(a name or a kin word), a number, padding (an apology, burden, a word to the reader), its length and its side.

--kant: per feature the sure results that dropped such a sentence, golds keep / split / drop; --lijst: the sure results
that dropped a sentence the golds keep or split on; --helften: candidate doubts (beside_keep.here and the plain
features) counted on the older files (rounds up to 40) and the newer ones apart, chosen on one half and counted on the
other (leave one set out; the gain weighs a wrong-and-sure result as 25 sure ones).

Usage: PYTHONPATH=src python tools/krimp_beside_sure.py SNAPSHOT.jsonl [--eerste] [--kant] [--lijst]
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

from krimp_eval import judge  # noqa: E402
from krimp_kind_tally import kinds_of  # noqa: E402

from vraaghulp.coach.krimp import beside_keep  # noqa: E402
from vraaghulp.coach.krimp.before_ask import mostly_shown  # noqa: E402
from vraaghulp.coach.krimp.checks import lower_words  # noqa: E402

FOLDER = ROOT / "tests" / "corpus" / "krimp"


def outside_cases() -> dict[str, dict]:
    cases = {}
    for path in sorted(FOLDER.glob("tuning-ho*.toml")) + sorted(FOLDER.glob("tuning*-p.toml")):
        for c in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            cases[c["id"]] = dict(c, _file=path.stem)
    return cases


_PLACE = re.compile(r"(?i)\b(?:in|bij|aan|op|achter|onder|naast|voor|tegen|naar|langs|thuis|hier|daar)\s+(?:de|het|'t|een|"
                    r"mijn|m'n|mn|ons|onze|jullie|hun|zijn|haar|[A-Z]\w+)\b|\bthuis\b|\b(?:garage|parking|station|school"
                    r"|ziekenhuis|winkel|kantoor|werk|huis|kamer|straat|ingang|halte|deur|poort|kelder|zolder)\b")
_REASON = re.compile(r"(?i)\b(?:want|omdat|aangezien|daarom|anders|zodat|vandaar|wegens|door)\b|^\W*(?:het|'t|dat|da)\s+"
                     r"(?:is|was|zou)\s+(?:\w+\s+)?voor\b|\bvoor\s+(?:de|het|mijn|m'n|onze|ons|zijn|haar)\s+\w+")
_TIME = re.compile(r"(?i)\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|vanavond|vannacht|vanmiddag"
                   r"|vanochtend|vanmorgen|vandaag|overmorgen|straks|weekend|uur|u|half|kwart|week|januari|februari|maart"
                   r"|april|mei|juni|juli|augustus|september|oktober|november|december|\d{1,2}[.:u]\d{0,2})\b")
_KIN = re.compile(r"(?i)\b(?:oma|opa|mama|mam|papa|pap|moeder|vader|zoon|dochter|zus|zuster|broer|man|vrouw|vriend|vriendin"
                  r"|buurman|buurvrouw|kind|kinderen|baby|dokter|huisarts|baas|collega|meme|pepe|bomma|bompa|tante|nonkel"
                  r"|oom|neef|nicht|schoonmoeder|schoonvader|kleinzoon|kleindochter)\b")
_NUMBER = re.compile(r"\d")
_SHORT = 8  # words


def features(said: str, side: str) -> list[str]:
    """What the sentence holds: plaats, reden, tijd, persoon, getal, vulsel (padding), lezer (a word to the reader),
    kort/lang, and its side (voor/na)."""
    words = lower_words(said)
    out = [name for name, rx in (("plaats", _PLACE), ("reden", _REASON), ("tijd", _TIME), ("getal", _NUMBER),
                                 ("vulsel", beside_keep.PAD)) if rx.search(said)]
    named = any(t[:1].isupper() and t.strip(".,!?:;").isalpha() and t.strip(".,!?:;") not in ("Ik", "I")
                for t in said.split()[1:])
    out += ["persoon"] if named or _KIN.search(said) else []
    out += ["lezer"] if beside_keep.READER & set(words) else []
    out += ["kort" if len(words) <= _SHORT else "lang", side]
    return out


def label(said: str, golds: list[str]) -> str:
    shown = sum(mostly_shown(said, g) for g in golds)
    return "houden" if golds and shown == len(golds) else "weg" if not shown else "half"


def rows_of(snapshot: list[dict], cases: dict[str, dict]) -> list[dict]:
    out = []
    for r in snapshot:
        case = cases.get(r["id"])
        if case is None:
            continue
        sure = r.get("sure", r.get("zeker"))
        reasons = judge(r["sentence"], case)[-1]
        kinds = kinds_of(r["sentence"], case)[0] if reasons else []
        side = [dict(zin=s, kant=k, label=label(s, case.get("goud", [])), kenmerken=features(s, k))
                for s, k in beside_keep.beside(case["concept"].strip("\n"), r["sentence"])]
        out.append(dict(id=r["id"], file=case["_file"], sentence=r["sentence"], sure=bool(sure), ok=not reasons,
                        crisis=bool(r.get("crisis", "crisis" in case.get("soorten", []))),
                        reasons=reasons, kinds=kinds, beside=side))
    return out


def kinds_report(title: str, rows: list[dict]) -> None:
    bad = [r for r in rows if r["sure"] and not r["ok"]]
    print(f"\n== {title}: {len(rows)} results, {sum(r['sure'] for r in rows)} sure, {len(bad)} sure and not acceptable")
    kinds = Counter(k for r in bad for k in r["kinds"])
    for kind, n in kinds.most_common():
        files = {r["file"] for r in bad if kind in r["kinds"]}
        alone = sum(1 for r in bad if r["kinds"] == [kind])
        print(f"  {kind:<12} {n:>4} (alone {alone:>3}) in {len(files):>3} files")
    print(f"  {'no kind':<12} {sum(1 for r in bad if not r['kinds']):>4}")
    lost = [r for r in bad if "zin-tekort" in r["kinds"] and any(b["label"] != "weg" for b in r["beside"])]
    print(f"  of them a dropped sentence beside the ask the golds keep or split on: {len(lost)} in "
          f"{len({r['file'] for r in lost})} files")


def side_report(rows: list[dict], only: set[str] | None = None) -> None:
    """Per feature: the sure results that dropped a sentence beside the ask with it, by the golds' label."""
    table: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        if not r["sure"] or (only is not None and r["file"] not in only):
            continue
        for b in r["beside"]:
            for f in b["kenmerken"]:
                table[f][b["label"]] += 1
            table["(alle)"][b["label"]] += 1
    print(f"  {'kenmerk':<16}{'houden':>7}{'half':>6}{'weg':>6}   keep share")
    for f, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        print(f"  {f:<16}{c['houden']:>7}{c['half']:>6}{c['weg']:>6}   {c['houden'] / n:.2f}")


def _round(name: str) -> int:
    digits = "".join(c if c.isdigit() else " " for c in name).split()
    return int(digits[0]) if digits else 0


RULES = {  # candidate doubts, each on a dropped sentence beside the ask (b: a row's `beside` entry)
    "geen": lambda b: False,
    "staat-nu": lambda b: beside_keep.here(b["zin"]),
    "plaats": lambda b: "plaats" in b["kenmerken"] and "vulsel" not in b["kenmerken"] and "lezer" not in b["kenmerken"],
    "plaats-voor": lambda b: b["kant"] == "voor" and "plaats" in b["kenmerken"] and "vulsel" not in b["kenmerken"]
    and "lezer" not in b["kenmerken"],
    "reden": lambda b: "reden" in b["kenmerken"] and "vulsel" not in b["kenmerken"],
    "persoon": lambda b: "persoon" in b["kenmerken"] and "vulsel" not in b["kenmerken"] and "lezer" not in b["kenmerken"],
    "tijd": lambda b: "tijd" in b["kenmerken"] and "vulsel" not in b["kenmerken"] and "lezer" not in b["kenmerken"],
    "getal": lambda b: "getal" in b["kenmerken"] and "vulsel" not in b["kenmerken"],
}
PRICE = 25  # a wrong-and-sure result is worth 25 sure ones (whole.py's price); a sure one not acceptable counts 1


def halves_report(rows: list[dict], wrong: set[str]) -> None:
    """Leave one set out: every rule counted on the older files (rounds up to 40) and on the newer ones; the rule chosen
    on one half (the best gain: PRICE per wrong-and-sure result, 1 per other sure result not acceptable, minus the
    acceptable sure results made not sure) and what it does on the other. Crisis results are left out (their own rules
    keep where the writer is: crisis_place.py, crisis_facts.py, crisis_joined.py)."""
    half = {"oud": lambda r: _round(r["file"]) <= 40, "nieuw": lambda r: _round(r["file"]) > 40}
    table = {}
    print(f"  {'regel':<12}{'helft':<7}{'geraakt':>8}{'aanvaardb.':>11}{'niet':>6}{'fout+zeker':>11}{'winst':>7}")
    for rule, fits in RULES.items():
        for name, inside in half.items():
            hit = [r for r in rows if r["sure"] and not r["crisis"] and inside(r) and any(fits(b) for b in r["beside"])]
            ok = sum(r["ok"] for r in hit)
            ws = sum(r["id"] in wrong for r in hit)
            gain = PRICE * ws + (len(hit) - ok - ws) - ok
            table[rule, name] = gain
            print(f"  {rule:<12}{name:<7}{len(hit):>8}{ok:>11}{len(hit) - ok:>6}{ws:>11}{gain:>7}")
    for decide, count in (("oud", "nieuw"), ("nieuw", "oud")):
        best = max(RULES, key=lambda rule: table[rule, decide])
        print(f"  chosen on '{decide}': {best} (gain {table[best, decide]}); on '{count}': gain {table[best, count]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("snapshot")
    ap.add_argument("--eerste", action="store_true", help="also the first-sight rows")
    ap.add_argument("--kant", action="store_true", help="features of the dropped sentences beside the ask")
    ap.add_argument("--lijst", action="store_true", help="list the sure results that dropped a kept sentence")
    ap.add_argument("--helften", action="store_true", help="the candidate doubts, leave one set out")
    ap.add_argument("--json", help="write the rows")
    args = ap.parse_args(argv)
    cases = outside_cases()
    snap = [json.loads(line) for line in open(args.snapshot, encoding="utf-8")]
    rows = rows_of(snap, cases)
    kinds_report("today's engine", rows)
    first_rows = []
    if args.eerste:
        first = json.loads((ROOT / "benchmarks" / "krimp_first_sight.json").read_text(encoding="utf-8"))
        first_rows = rows_of(first, cases)
        kinds_report("first sight", first_rows)
    if args.kant:
        side_report(rows)
    if args.helften:
        wrong = {r["id"] for r in snap if r.get("ws")} or {r["id"] for r in rows if r["sure"] and any(
            x.startswith("mist") or x == "fout-patroon" for x in r["reasons"])}
        halves_report(rows, wrong)
        if first_rows:
            print("  first sight (what the engine of each round said when the set came in):")
            halves_report(first_rows, {r["id"] for r in first_rows if r["sure"] and any(
                x.startswith("mist") or x == "fout-patroon" for x in r["reasons"])})
    if args.lijst:
        for r in rows:
            for b in r["beside"]:
                if r["sure"] and b["label"] != "weg":
                    print(f"{r['id']:<10} {'ok ' if r['ok'] else 'NOK'} {b['label']:<6} {b['kant']:<4} "
                          f"{','.join(b['kenmerken']):<30} | {b['zin'][:90]}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
