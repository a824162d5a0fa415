"""Leave-one-set-out: a rule chosen on the older outside sets, measured on the newer ones (round 46, k46b).

Two rounds' mends did not move the fresh sets: each reached only its own wording. This tool judges a candidate the
honest way: it is chosen on the OLDER outside sets (tuning-ho17 … ho40b and the probes tuning37-p … tuning40-p) and
only then measured on the NEWER ones (tuning-ho41a … ho45b and tuning41-p … tuning45-p), which it never looked at.

- ``soorten``: per set, why results are not acceptable, by the counterfactual kinds of tools/krimp_kind_tally.py
  (a kind is responsible when mending it alone in the result makes it acceptable): at first sight (the rows of
  benchmarks/krimp_first_sight.json) and with today's engine; a kind that recurs across authors is responsible in
  most sets, one that belongs to one author in a few.
- ``terugzetten``: every sentence beside the ask that today's engine drops (tools/krimp_sentence_keep.py's rows and
  its put-back edit), described by simple features of its text (kind, distance to the ask, length, a digit, a
  capital inside, a negation, a first-person or pointer start, sure or not). On the older sets every combination of
  up to three features where putting the sentence back gains more results than it loses; those candidates measured
  on the newer sets.
- ``zeker``: the codes of `Shrunk.withheld` (tools/krimp_unsure.py) on the older sets, acceptable results with every
  must-keep kept that each holds (alone), and for ``--lift`` codes the drafts run again with the check off
  (tools/krimp_zeker_lift.py): sure, acceptable, wrong and sure on the older sets, then on the newer.

Usage: PYTHONPATH=src python tools/krimp_leave_out.py soorten|terugzetten|zeker [--lift CODE,CODE]
(each runs today's engine on the 3,330 outside drafts: a few minutes on a quiet machine)
"""
from __future__ import annotations

import argparse
import itertools
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

import krimp_eval as ke  # noqa: E402
from krimp_fail_tally import main_reason  # noqa: E402
from krimp_first_sight import OUTSIDE  # noqa: E402
from krimp_kind_tally import kinds_of  # noqa: E402

FOLDER = ROOT / "tests" / "corpus" / "krimp"
LAST_OLD = 40  # the newest round whose sets a rule may be written on
OLDER = tuple(f for f in OUTSIDE if int(f[9:11]) <= LAST_OLD) + tuple(f"tuning{n}-p" for n in range(37, LAST_OLD + 1))
NEWER = tuple(f for f in OUTSIDE if int(f[9:11]) > LAST_OLD) + tuple(
    p.stem for p in sorted(FOLDER.glob("tuning4*-p.toml")) if int(p.stem[6:8]) > LAST_OLD)
WORD_KINDS = ("vulsel", "afzwakker", "groet", "aanloop", "vraagvorm", "tijd-object")
SKIP_KINDS = ("afsluiting", "groet", "excuus", "uitweg", "aanloop", "last", "dank", "angst", "tweede")


def cases_of(files) -> dict[str, dict]:
    out = {}
    for name in files:
        for c in tomllib.loads((FOLDER / f"{name}.toml").read_text(encoding="utf-8")).get("case", []):
            out[c["id"]] = dict(c, _file=name)
    return out


def today(cases: dict[str, dict]) -> list[dict]:
    """krimp_zeker's row (judge, sure, withheld codes) of today's engine for every case."""
    from krimp_zeker import row  # noqa: PLC0415
    from vraaghulp.coach.krimp import shrink  # noqa: PLC0415

    return [row(c, c["_file"], shrink(c["concept"].strip("\n"), person=c.get("wie") or None,
                                      moment=c.get("wanneer") or None)) for c in cases.values()]


def kind_rows(cases: dict[str, dict], now: list[dict]) -> list[dict]:
    first = {r["id"]: r for r in json.loads((ROOT / "benchmarks" / "krimp_first_sight.json").read_text("utf-8"))}
    out = []
    for r in now:
        pairs = [("nu", r["sentence"])] + ([("eerste", first[r["id"]]["sentence"])] if r["id"] in first else [])
        for src, sentence in pairs:
            case, reasons = cases[r["id"]], ke.judge(sentence, cases[r["id"]])[-1]
            resp = kinds_of(sentence, case)[0] if reasons else []
            out.append(dict(id=r["id"], file=r["file"], src=src, ok=not reasons, resp=resp,
                            reden=main_reason(reasons) if reasons else ""))
    return out


def kinds_table(rows: list[dict], src: str) -> None:
    part = [r for r in rows if r["src"] == src]
    bad = [r for r in part if not r["ok"]]
    print(f"\n== {src}: {len(part)} results, {len(bad)} not acceptable, {len({r['file'] for r in part})} sets")
    print(f"{'kind':13s} {'resp.':>6s} {'alone':>6s} {'sets':>5s} {'sets>=2':>8s}  largest set")
    for kind, n in Counter(k for r in bad for k in r["resp"]).most_common():
        resp = [r for r in bad if kind in r["resp"]]
        per = Counter(r["file"] for r in resp)
        top = per.most_common(1)[0]
        print(f"{kind:13s} {n:6d} {sum(len(r['resp']) == 1 for r in resp):6d} {len(per):5d} "
              f"{sum(v >= 2 for v in per.values()):8d}  {top[0]} {top[1]}")
    print(f"no kind alone enough: {sum(not r['resp'] for r in bad)}")
    print("| set | n | not acc. | zin-tekort | zin-teveel | volgorde | word kinds | none |")
    for f in sorted({r["file"] for r in part}, key=lambda f: (f.endswith("-p"), f)):
        rs = [r for r in part if r["file"] == f]
        bad_f = [r for r in rs if not r["ok"]]
        cells = [sum(k in r["resp"] for r in bad_f) for k in ("zin-tekort", "zin-teveel", "volgorde")]
        cells += [sum(any(k in WORD_KINDS for k in r["resp"]) for r in bad_f), sum(not r["resp"] for r in bad_f)]
        print(f"| {f} | {len(rs)} | {len(bad_f)} | " + " | ".join(map(str, cells)) + " |")


def features(r: dict) -> frozenset[str]:
    said = r["said"]
    found = {"kind=" + r["kind"], f"dist={min(r['dist'], 2)}", f"sure={r['sure']}",
             "len=" + ("<=5" if r["words"] <= 5 else "<=9" if r["words"] <= 9 else "10+")}
    if re.search(r"\d", said):
        found.add("cijfer")
    if any(w[:1].isupper() for w in said.split()[1:]):
        found.add("hoofdletter")
    if re.search(r"(?i)\b(?:niet|nie|ni|geen|nooit|niks|niets)\b", said):
        found.add("ontkend")
    if re.search(r"(?i)^(?:ik|'k|k|we|wij|mijn|mn|m'n|ons|onze)\b", said):
        found.add("eerste-persoon-begin")
    if re.search(r"(?i)^(?:hij|zij|ze|die|het|dat|dit)\b", said):
        found.add("wijzer-begin")
    return frozenset(found)


def put_back(files) -> list[tuple[frozenset[str], int, int, str]]:
    """Per dropped content sentence: (features, gains, losses, file) when it is put back into the result."""
    import krimp_sentence_keep as sk  # noqa: PLC0415

    cases = cases_of(files)
    out = []
    for case in cases.values():
        for r in sk.rows_of(case, case["_file"]):
            if r["engine"] or r["kind"].split()[0].rstrip("*") in SKIP_KINDS:
                continue
            before = not ke.judge(r["sentence"], case)[-1]
            after = not ke.judge(sk.flipped(r), case)[-1]
            out.append((features(r), int(after and not before), int(before and not after), r["file"]))
    return out


def put_back_report() -> None:
    old = put_back(OLDER)
    names = sorted({f for d in old for f in d[0]})
    found = []
    for size in (1, 2, 3):
        for combo in itertools.combinations(names, size):
            if sum(c.startswith("kind=") for c in combo) > 1 or sum(c.startswith("sure=") for c in combo) > 1:
                continue
            picked = [d for d in old if set(combo) <= d[0]]
            gain, loss = sum(d[1] for d in picked), sum(d[2] for d in picked)
            if gain > loss and gain >= 4:
                found.append((gain - loss, combo))
    print(f"older sets: {len(old)} dropped content sentences; "
          f"put back all: +{sum(d[1] for d in old)} / -{sum(d[2] for d in old)}")
    new = put_back(NEWER)
    print(f"{'candidate (chosen on the older sets)':70s} older n +/-    newer n +/-")
    for _net, combo in sorted(found, reverse=True)[:10]:
        o = [d for d in old if set(combo) <= d[0]]
        n = [d for d in new if set(combo) <= d[0]]
        print(f"{' & '.join(combo):70s} {len(o):4d} +{sum(d[1] for d in o)}/-{sum(d[2] for d in o)}   "
              f"{len(n):4d} +{sum(d[1] for d in n)}/-{sum(d[2] for d in n)}")


def sure_report(lift: list[str]) -> None:
    from krimp_zeker_lift import lift_rows  # noqa: PLC0415

    for label, files in (("older", OLDER), ("newer", NEWER)):
        cases = cases_of(files)
        data = today(cases)
        sure = [r for r in data if r["sure"]]
        good = [r for r in data if not r["sure"] and r["ok"] and not r["lost"]]
        print(f"\n== {label}: {len(data)} drafts, acceptable {sum(r['ok'] for r in data)}, sure {len(sure)}, "
              f"wrong and sure {sum(r['wrong'] for r in sure)}; acceptable, every must-keep kept, not sure {len(good)}")
        by = defaultdict(list)
        for r in good:
            for code in r["withheld"]:
                by[code].append(r)
        for code, rs in sorted(by.items(), key=lambda kv: -len(kv[1]))[:12]:
            alone = [r for r in rs if len(r["withheld"]) == 1]
            sets = len({r["file"] for r in alone})
            print(f"  {code:22s} holds {len(rs):4d}  alone {len(alone):4d} in {sets:2d} sets")
        for code in lift:
            rows = [r for r in lift_rows(data, cases, code) if r["sure"]]
            wrong = [r["id"] for r in rows if r["wrong"]]
            print(f"  lift {code:22s} sure {len(rows):4d} acceptable {sum(r['ok'] for r in rows):4d} "
                  f"wrong {len(wrong)} {' '.join(wrong)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("deel", choices=("soorten", "terugzetten", "zeker"))
    ap.add_argument("--lift", default="", help="codes to switch off, comma-separated (part zeker)")
    args = ap.parse_args(argv)
    if args.deel == "soorten":
        for label, files in (("older", OLDER), ("newer", NEWER)):
            cases = cases_of(files)
            rows = kind_rows(cases, today(cases))
            print(f"\n######## {label} sets ({len(files)})")
            kinds_table(rows, "eerste")
            kinds_table(rows, "nu")
    elif args.deel == "terugzetten":
        put_back_report()
    else:
        sure_report([c for c in args.lift.split(",") if c])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
