"""Round 48 (k48a): the dropped sentence beside the ask that carries a detail — do the golds keep it, by feature?

Sets written from the standing author file (tests/corpus/authors/AUTHOR-KRIMP.md, since round 36): the held-out sets
tuning-ho36a … ho45b, ho47a/b and the probes of the same rounds (tuning36-z, tuning37-p … tuning45-p, tuning47-p).
A rule is CHOSEN on rounds 36–43 and MEASURED on rounds 44–47 (never looked at while choosing); ho46a/b and
tuning46-p were written from other instructions and are counted apart.

For every content sentence beside the ask (distance 1–2, before or after) that today's engine drops
(tools/krimp_sentence_keep.py's rows, the exclusions of tools/krimp_leave_out.py left out): its detail features
(a digit or clock time, a day or date word, a place — a preposition and a capital, or a place noun —, a negation, a
condition, a pointer start, a first-person schedule), whether the best gold (the one nearest the result, as
krimp_eval judges) keeps it, and what putting it back where it stood does to the judge: + / −.

`--regel`: the candidate rules (RULES), per draft, every sentence a rule picks (at most two) put back together, as an
edit of today's result: + / − per set. `--motor`: the shipped rule (vraaghulp.coach.krimp.detail_beside) run in the
engine, on and off, over the three groups: acceptable + / −, sure, wrong and sure, per set.

Usage: PYTHONPATH=src python tools/krimp_detail_beside.py [--rijen FEATURE] [--regel] [--motor]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

import krimp_eval as ke  # noqa: E402
import krimp_sentence_keep as sk  # noqa: E402
from krimp_leave_out import SKIP_KINDS  # noqa: E402
from vraaghulp.coach.krimp import detail_beside, shrink  # noqa: E402
from vraaghulp.coach.krimp.detail_beside import detail  # noqa: E402

FOLDER = ROOT / "tests" / "corpus" / "krimp"
CHOOSE = tuple(f"tuning-ho{n}{s}" for n in range(36, 44) for s in "ab") + ("tuning36-z",) + tuple(
    f"tuning{n}-p" for n in range(37, 44))
MEASURE = tuple(f"tuning-ho{n}{s}" for n in (44, 45, 47) for s in "ab") + tuple(
    f"tuning{n}-p" for n in (44, 45, 47))
APART = ("tuning-ho46a", "tuning-ho46b", "tuning46-p")

def dropped(files) -> tuple[dict[str, dict], list[dict]]:
    """The rows of the engine without the rule (detail_beside.ACTIVE off: what it drops before round 48)."""
    detail_beside.ACTIVE = False
    cases, rows = {}, []
    for name in files:
        for case in tomllib.loads((FOLDER / f"{name}.toml").read_text(encoding="utf-8")).get("case", []):
            case = dict(case, _file=name)
            cases[case["id"]] = case
            for r in sk.rows_of(case, name):
                if r["engine"] or r["dist"] > 2 or r["kind"].split()[0].rstrip("*") in SKIP_KINDS:
                    continue
                best = ke.judge(r["sentence"], case)[1]
                before = not ke.judge(r["sentence"], case)[-1]
                after = not ke.judge(sk.flipped(dict(r, put_where=True)), case)[-1]
                words = [w for w in dict.fromkeys(sk.lower_words(r["said"]))
                         if w not in sk._SMALL and ke.norm_words(w)]
                rows.append(dict(r, feats=detail(r["said"]), best=sk.shows(words, best) if words else False,
                                 plus=int(after and not before), minus=int(before and not after)))
    return cases, rows


def where_of(r: dict) -> str:
    return r["where"]


def line(label: str, rs: list[dict]) -> str:
    keep = sum(r["best"] for r in rs)
    g = Counter(r["gold"] for r in rs)
    return (f"{label:40s} {len(rs):4d}  best gold keeps {keep:4d} ({100 * keep / max(len(rs), 1):3.0f} %)  "
            f"all/split/none {g['alle']:3d}/{g['deels']:3d}/{g['geen']:3d}  put back +{sum(r['plus'] for r in rs)}"
            f"/-{sum(r['minus'] for r in rs)}  sure {sum(r['sure'] for r in rs)}")


def report(parts: dict[str, list[dict]]) -> None:
    names = ("cijfer", "dag", "plaats", "ontkend", "voorwaarde", "wijzer", "schema")
    for label, rows in parts.items():
        print(f"\n== {label}: {len(rows)} dropped content sentences at distance 1-2 "
              f"({len({r['id'] for r in rows})} drafts)")
        print(line("all", rows))
        print(line("no detail feature", [r for r in rows if not r["feats"]]))
        for size in (1, 2):
            for combo in itertools.combinations(names, size):
                rs = [r for r in rows if set(combo) <= r["feats"]]
                if rs:
                    print(line(" & ".join(combo), rs))
        for where in ("voor", "na"):
            for dist in (1, 2):
                rs = [r for r in rows if where_of(r) == where and r["dist"] == dist and r["feats"]]
                print(line(f"any feature, {where} d={dist}", rs))
                for name in names:
                    rs = [r for r in rows if where_of(r) == where and r["dist"] == dist and name in r["feats"]]
                    if rs:
                        print(line(f"  {name}, {where} d={dist}", rs))


_DETAIL = frozenset({"cijfer", "dag", "plaats"})
_AGAINST = frozenset({"ontkend", "voorwaarde"})
RULES = {
    "na1 detail": lambda r: r["where"] == "na" and r["dist"] == 1 and r["feats"] & _DETAIL
    and not r["feats"] & _AGAINST,
    "na1 detail|wijzer": lambda r: r["where"] == "na" and r["dist"] == 1 and r["feats"] & (_DETAIL | {"wijzer"})
    and not r["feats"] & _AGAINST,
    "na1 detail (negation allowed)": lambda r: r["where"] == "na" and r["dist"] == 1 and r["feats"] & _DETAIL
    and "voorwaarde" not in r["feats"],
    "na1 detail + voor1 cijfer": lambda r: (r["where"] == "na" and r["dist"] == 1 and r["feats"] & _DETAIL
                                            and not r["feats"] & _AGAINST)
    or (r["where"] == "voor" and r["dist"] == 1 and "cijfer" in r["feats"] and not r["feats"] & _AGAINST),
    "na1-2 detail": lambda r: r["where"] == "na" and r["feats"] & _DETAIL and not r["feats"] & _AGAINST,
    "voor1 detail": lambda r: r["where"] == "voor" and r["dist"] == 1 and r["feats"] & _DETAIL
    and not r["feats"] & _AGAINST,
}


def rule_report(label: str, cases: dict[str, dict], rows: list[dict]) -> None:
    print(f"\n== rules, per draft, every picked sentence put back together ({label})")
    for name, rule in RULES.items():
        per_file: dict[str, Counter] = defaultdict(Counter)
        by_id: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            if rule(r):
                by_id[r["id"]].append(r)
        for cid, picked in by_id.items():
            case, r0 = cases[cid], picked[0]
            sentence = r0["sentence"]
            for r in picked[:2]:
                sentence = sk.flipped(dict(r, sentence=sentence, put_where=True))
            before, after = not ke.judge(r0["sentence"], case)[-1], not ke.judge(sentence, case)[-1]
            n = per_file[case["_file"]]
            n["n"] += 1
            n["+"] += after and not before
            n["-"] += before and not after
            n["sure"] += r0["sure"]
        tot = sum(per_file.values(), Counter())
        print(f"{name:32s} drafts {tot['n']:4d} +{tot['+']}/-{tot['-']} (sure {tot['sure']})  " + "  ".join(
            f"{f.replace('tuning-', '').replace('tuning', '')} +{c['+']}/-{c['-']}" for f, c in sorted(per_file.items())
            if c["+"] or c["-"]))


def engine_report() -> None:
    for label, files in (("choose (36-43)", CHOOSE), ("measure (44-47)", MEASURE), ("apart (46)", APART)):
        per: dict[str, Counter] = defaultdict(Counter)
        for name in files:
            for case in tomllib.loads((FOLDER / f"{name}.toml").read_text(encoding="utf-8")).get("case", []):
                got = []
                for on in (False, True):
                    detail_beside.ACTIVE = on
                    r = shrink(case["concept"].strip("\n"), person=case.get("wie") or None,
                               moment=case.get("wanneer") or None)
                    _b, _g, kept, _gone, wrong, reasons = ke.judge(r.sentence, case)
                    lost = kept < len(case.get("houden", []))
                    got.append((not reasons, r.sure, r.sure and (lost or wrong)))
                n = per[name]
                for key, k in (("ok", 0), ("sure", 1), ("wrong", 2)):
                    n[key + "0"] += got[0][k]
                    n[key + "1"] += got[1][k]
                n["+"] += got[1][0] and not got[0][0]
                n["-"] += got[0][0] and not got[1][0]
        detail_beside.ACTIVE = True
        tot = sum(per.values(), Counter())
        print(f"\n== engine, rule off -> on ({label}): acceptable {tot['ok0']} -> {tot['ok1']} (+{tot['+']} / "
              f"-{tot['-']}), sure {tot['sure0']} -> {tot['sure1']}, wrong and sure {tot['wrong0']} -> {tot['wrong1']}")
        print("  " + "  ".join(f"{f.replace('tuning-', '').replace('tuning', '')} +{c['+']}/-{c['-']}"
                               for f, c in per.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rijen", help="print the sentences with this feature ('*': all, '-': none)")
    ap.add_argument("--motor", action="store_true", help="the shipped rule in the engine, on and off")
    ap.add_argument("--regel", action="store_true", help="the candidate rules, per draft and per set")
    args = ap.parse_args(argv)
    if args.motor:
        engine_report()
        return 0
    parts, all_cases = {}, {}
    for label, files in (("choose (36-43)", CHOOSE), ("measure (44-47)", MEASURE), ("apart (46)", APART)):
        cases, parts[label] = dropped(files)
        all_cases.update(cases)
    if args.regel:
        for label, rows in parts.items():
            rule_report(label, all_cases, rows)
    else:
        report(parts)
    if args.rijen:
        for label, rows in parts.items():
            for r in rows:
                if args.rijen == "*" or (args.rijen == "-" and not r["feats"]) or args.rijen in r["feats"]:
                    print(f"{label[:7]} {r['id']:10s} {r['kind']:18s} d{r['dist']} best={'K' if r['best'] else 'd'} "
                          f"{'+' if r['plus'] else '-' if r['minus'] else ' '} {','.join(sorted(r['feats']))} | "
                          f"{r['said']} || {r['sentence']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
