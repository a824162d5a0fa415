"""Which kind of text makes a result on the outside krimp files not acceptable? (round 27, k27b)

Today's engine on the outside files (``krimp_first_sight.OUTSIDE``). For every result that is not acceptable:
its main reason (must-keep lost, a ``fout`` pattern, must-drop kept, only far from the gold; as
``krimp_fail_tally.main_reason``) and the kinds of text found responsible. A kind is *responsible* when mending
that kind alone in the result (a counterfactual edit of the sentence, never of the draft) makes it acceptable;
a kind is *present* when its text is in the result and not in the closest gold. Kinds:

- ``vulsel``      a filler left in: even/efkes/ff/effe/eens/ne keer/gewoon/echt/wel/eigenlijk/trouwens/allee/hoor …
- ``afzwakker``   a hedge: misschien/mss/eventueel/toevallig/liefst/een beetje/als het kan …
- ``groet``       a greeting or sign-off, an endearment after the name ('Sanne lieverd', 'Robbe manneke')
- ``aanloop``     a lead-in kept ('ik zou willen vragen of', 'graag zou ik willen weten', 'ik wilde even laten weten')
- ``volgorde``    state and ask in another order than the gold (the result's sentences reordered reach it)
- ``vraagvorm``   the ask's verb form (kun/wil/mag/kan … in another form than the gold's)
- ``tijd-object`` words of the ask in another order (time/object): the same words as the gold's ask
- ``zin-teveel``  a sentence kept that the gold drops (dropping one sentence of the result reaches it)
- ``zin-tekort``  a sentence of the gold the result lacks (adding it reaches it: a fact or state beside the ask)

Usage: PYTHONPATH=src python tools/krimp_kind_tally.py [--bestand NAME …] [--lijst] [--json OUT]
"""

from __future__ import annotations

import argparse
import itertools
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

from krimp_eval import judge, norm_words  # noqa: E402
from krimp_fail_tally import main_reason  # noqa: E402
from krimp_first_sight import OUTSIDE  # noqa: E402

FOLDER = ROOT / "tests" / "corpus" / "krimp"
_FILLER = (r"even|eventjes|efkes|efkens|ff+|effe|effen|eens|es|'ns|ne keer|nen keer|ene keer|een keer|gewoon|echt|"
           r"wel|eigenlijk|trouwens|allee|allez|alé|hoor|he|hè|hé|eh|hein|toch|nou|ofzo|of zo|even snel|ff snel|"
           r"heel even|heel efkes|serieus|dan")
_HEDGE = r"misschien|mss|eventueel|toevallig|liefst|een beetje|beetje|als het kan|als het lukt|mogelijk|soms"
_GREET = (r"hoi|hey|hee+|heej|hallo|dag|beste|lieve|geachte|yo|jo|ey|hi|allé|mannekes|mannen|guys|"
          r"groetjes|groeten|groet|merci|bedankt|thx|thanks|dank je|dank u|doei|liefs|kus|dikke kus|"
          r"lieverd|schat|manneke|jong|meiske|ventje|bro|moeder|pa|mam|opa|oma|bomma")
_LEADIN = re.compile(r"(?i)\b(?:ik (?:zou|wou|wil|wilde) (?:je |u |jou )?(?:willen |even )?(?:vragen|weten|laten weten)"
                     r"|graag zou ik willen weten|ik vroeg me af|ik moet eerlijk zijn|'k zou (?:u |willen )?"
                     r"(?:willen )?vragen|ik heb een vraag|vraagje|ik moet (?:je|u) iets vragen|zoals besproken"
                     r"|zoals je weet|allereerst|hierbij)\b,?:?\s*")
_MODALS = ("kun", "kan", "kunt", "wil", "wilt", "mag", "zou", "zoudt", "moogt", "kunnen", "willen", "mogen")
_SENT = re.compile(r"(?<=[.?!])\s+")


def acceptable(sentence: str, case: dict) -> bool:
    return not judge(sentence, case)[-1]


def _drop_words(sentence: str, pattern: str, gold: str) -> str:
    gold_words = set(norm_words(gold))
    rx = re.compile(rf"(?i)(?<![\w'])(?:{pattern})(?![\w'])[,]?\s*")

    def one(m: re.Match) -> str:
        return m.group(0) if set(norm_words(m.group(0))) <= gold_words else ""
    out = rx.sub(one, sentence)
    out = re.sub(r"\s+([?.!,])", r"\1", out).strip()
    return out[:1].upper() + out[1:] if out else out


def _sentences(text: str) -> list[str]:
    return [p for p in _SENT.split(text.strip()) if p]


def _question(text: str) -> str:
    return next((s for s in _sentences(text) if s.endswith("?")), "")


def edits(sentence: str, case: dict) -> dict[str, list[str]]:
    """Per kind the sentences the kind's mend could give (each checked against the case)."""
    golds = case.get("goud", [])
    out: dict[str, list[str]] = {}
    out["vulsel"] = [_drop_words(sentence, _FILLER, g) for g in golds]
    out["afzwakker"] = [_drop_words(sentence, _HEDGE, g) for g in golds]
    out["groet"] = [_drop_words(sentence, _GREET, g) for g in golds]
    out["aanloop"] = [_LEADIN.sub("", sentence)]
    parts = _sentences(sentence)
    out["volgorde"] = [" ".join(p) for p in itertools.permutations(parts)][1:] if len(parts) <= 4 else []
    out["zin-teveel"] = [" ".join(parts[:i] + parts[i + 1:]) for i in range(len(parts)) if not parts[i].endswith("?")]
    out["zin-tekort"] = []
    out["vraagvorm"] = []
    out["tijd-object"] = []
    ours_q = _question(sentence)
    for g in golds:
        extra = [s for s in _sentences(g) if set(norm_words(s)) - set(norm_words(sentence))]
        out["zin-tekort"] += [f"{sentence} {s}" for s in extra if not s.endswith("?")]
        out["zin-tekort"] += [f"{s} {sentence}" for s in extra if not s.endswith("?")]
        gold_q = _question(g)
        if ours_q and gold_q:
            ow, gw = norm_words(ours_q), norm_words(gold_q)
            om = next((w for w in ow[:4] if w in _MODALS), None)
            gm = next((w for w in gw[:4] if w in _MODALS), None)
            if om and gm and om != gm:
                out["vraagvorm"].append(re.sub(rf"(?i)\b{om}\b", gm, sentence, count=1))
            if sorted(ow) == sorted(gw) and ow != gw:
                out["tijd-object"].append(sentence.replace(ours_q, gold_q))
    return out


def kinds_of(sentence: str, case: dict) -> tuple[list[str], list[str]]:
    """(responsible, present): the kinds whose mend alone makes the result acceptable; the kinds whose text is
    in the result and not in the closest gold."""
    found = edits(sentence, case)
    responsible = [k for k, cands in found.items() if any(c != sentence and acceptable(c, case) for c in cands)]
    present = [k for k in ("vulsel", "afzwakker", "groet", "aanloop")
               if any(c != sentence for c in found[k])]
    present += [k for k in ("vraagvorm", "tijd-object") if found[k]]
    return responsible, present


def load(files) -> dict[str, dict]:
    cases = {}
    for name in files:
        for c in tomllib.loads((FOLDER / f"{name}.toml").read_text(encoding="utf-8")).get("case", []):
            cases[c["id"]] = dict(c, _file=name)
    return cases


def rows_now(cases: dict[str, dict]) -> list[dict]:
    from vraaghulp.coach.krimp import shrink

    rows = []
    for cid, case in cases.items():
        res = shrink(case["concept"].strip("\n"), person=case.get("wie") or None, moment=case.get("wanneer") or None)
        reasons = judge(res.sentence, case)[-1]
        if not reasons:
            continue
        responsible, present = kinds_of(res.sentence, case)
        rows.append(dict(id=cid, file=case["_file"], sentence=res.sentence, zeker=bool(res.sure),
                         reden=main_reason(reasons), redenen=reasons, verantwoordelijk=responsible, aanwezig=present))
    return rows


def report(title: str, rows: list[dict], n: int) -> None:
    print(f"\n== {title}: {n} resultaten, {len(rows)} niet aanvaardbaar")
    print("  hoofdreden: " + ", ".join(f"{k} {v}" for k, v in Counter(r["reden"] for r in rows).most_common()))
    print(f"  {'soort':<13}{'verantw.':>9}{'alleen':>8}{'aanwezig':>10}   per hoofdreden (verantwoordelijk)")
    kinds = Counter(k for r in rows for k in r["verantwoordelijk"] + r["aanwezig"])
    for kind, _n in kinds.most_common():
        resp = [r for r in rows if kind in r["verantwoordelijk"]]
        alone = sum(1 for r in resp if len(r["verantwoordelijk"]) == 1)
        pres = sum(1 for r in rows if kind in r["aanwezig"])
        per = Counter(r["reden"] for r in resp)
        print(f"  {kind:<13}{len(resp):>9}{alone:>8}{pres:>10}   " + ", ".join(f"{k} {v}" for k, v in per.most_common()))
    print(f"  geen enkele soort alleen verantwoordelijk: {sum(1 for r in rows if not r['verantwoordelijk'])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bestand", nargs="*", default=list(OUTSIDE))
    ap.add_argument("--lijst", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    cases = load(args.bestand)
    rows = rows_now(cases)
    report("buitenbestanden" if len(args.bestand) > 3 else ", ".join(args.bestand), rows, len(cases))
    fresh = [f for f in args.bestand if f in ("tuning-ho26a", "tuning-ho26b")]
    if fresh and len(fresh) < len(args.bestand):
        report(", ".join(fresh), [r for r in rows if r["file"] in fresh],
               sum(1 for c in cases.values() if c["_file"] in fresh))
    if args.lijst:
        for r in rows:
            print(f"  [{r['id']}] {r['reden']:<18} {','.join(r['verantwoordelijk']) or '-':<24} {r['sentence'][:90]}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
