"""How do the offered sentences of crisis drafts differ from the golds? (round 52, k52c; issue 12 point 7)

Every krimp corpus draft with crisis language — "crisis" in `soorten`, or a crisis result — is judged with
krimp_eval's judge and, when not acceptable, sorted into kinds by comparing the offered sentence with the golds:

- `niet-herkend`: "crisis" in `soorten`, yet the result is no crisis result (a matter of the crisis check);
- `nood-weg`: a statement of how bad it is that a gold keeps (a gold sentence before the question) is missing
  from the result: fewer than half of its words are there;
- `nood-korter`: such a gold statement is there but shorter: one to three of its words are missing ('ik wil er
  gewoon niet meer zijn' -> 'ik wil er niet meer zijn');
- `nu-mist`: every gold question has 'nu', the result's question has not; `nu-teveel`: the reverse; `nu-plek`: both
  have it, in another place;
- `last-blijft`: a must-drop item (burden talk, an apology) is still in the result;
- `klaarzin-ipv-vraag`: the ready 'Kun je nu bij me zijn?' is offered while no gold asks it (the draft held a request);
  `vraag-ipv-klaarzin`: every gold is the ready ask and the result asks something else;
- `mist-houden`: a must-keep item lost that none of the kinds above explains; `anders`: the rest.

A case may have several kinds. Reads a snapshot (tools/krimp_snapshot.py, one JSON line per case with `file`) when
given one, else runs `shrink` itself over the crisis drafts (the draft's tier from the crisis check decides, with
`soorten`, which drafts are read). `--buiten`: only the outside authors' files (tuning-ho*, tuning*-p).

Usage: PYTHONPATH=src python tools/krimp_crisis_tally.py [SNAPSHOT] [--buiten] [--lijst] [--soort KIND]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from krimp_eval import judge, norm_words, still_there  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "krimp"
READY_ASK = "bij me zijn"


def outside(name: str) -> bool:
    return name.startswith("tuning-ho") or name.endswith("-p.toml")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.!?]+[.!?]*", text) if norm_words(s)]


def statements(gold: str) -> list[str]:
    """The gold's sentences before its (first) question, without a name alone in front."""
    out = []
    for part in sentences(gold):
        if part.endswith("?"):
            break
        out.append(part)
    return out


def question(text: str) -> list[str]:
    asks = [s for s in sentences(text) if s.endswith("?")]
    return norm_words(asks[-1]) if asks else []


def _missing(state: str, result: str) -> list[str]:
    """The words of a gold statement the result lacks, matched in order (runs of the writer's words)."""
    words, there = norm_words(state), norm_words(result)
    blocks = SequenceMatcher(None, words, there, autojunk=False).get_matching_blocks()
    hit = set()
    for block in blocks:
        hit.update(range(block.a, block.a + block.size))
    return [w for k, w in enumerate(words) if k not in hit]


def kinds(case: dict, sentence: str, crisis: bool) -> list[str]:
    golds = case.get("goud", [])
    out: list[str] = []
    if "crisis" in case.get("soorten", []) and not crisis:
        out.append("niet-herkend")
    name_only = {w.lower() for w in norm_words(case.get("wie") or "")}
    lost_states, short_states = [], []
    for gold in golds:
        for state in statements(gold):
            words = [w for w in norm_words(state) if w not in name_only]
            if len(words) < 3:
                continue
            gone = [w for w in _missing(state, sentence) if w not in name_only]
            if len(gone) * 2 > len(words):
                lost_states.append(state)
            elif gone and len(gone) <= 3:
                short_states.append((state, gone))
    # a kind counts only when no gold is met on that point: one gold keeping the state in full is enough
    if lost_states and all(any(s in lost_states for s in statements(g)) for g in golds if statements(g)) \
            and any(statements(g) for g in golds):
        out.append("nood-weg")
    elif short_states and not any(statements(g) and not any(s in lost_states or s in dict(short_states)
                                                             for s in statements(g)) for g in golds):
        out.append("nood-korter")
    asked = question(sentence)
    gold_asks = [question(g) for g in golds if question(g)]
    if gold_asks:
        if all("nu" in q for q in gold_asks) and "nu" not in asked:
            out.append("nu-mist")
        elif not any("nu" in q for q in gold_asks) and "nu" in asked:
            out.append("nu-teveel")
        elif "nu" in asked and all("nu" in q and q.index("nu") != asked.index("nu") for q in gold_asks):
            out.append("nu-plek")
    if any(still_there(sentence, w) for w in case.get("weg", [])):
        out.append("last-blijft")
    ready = READY_ASK in " ".join(asked)
    gold_ready = [READY_ASK in " ".join(q) for q in gold_asks]
    if ready and gold_asks and not any(gold_ready):
        out.append("klaarzin-ipv-vraag")
    elif not ready and gold_asks and all(gold_ready):
        out.append("vraag-ipv-klaarzin")
    return out


def _rows(snapshot: Path | None, only_outside: bool):
    by_key = {}
    if snapshot:
        for line in snapshot.open(encoding="utf-8"):
            row = json.loads(line)
            by_key[(row["file"], row["id"])] = row
    for path in sorted(CORPUS.glob("*.toml")):
        if only_outside and not outside(path.name):
            continue
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            row = by_key.get((path.name, case.get("id")))
            if row is None and snapshot:
                continue
            if row is None:
                row = _run(case)
                if row is None:
                    continue
            if "crisis" in case.get("soorten", []) or row["crisis"]:
                yield path.name, case, row


def _run(case: dict) -> dict | None:
    from vraaghulp.coach.krimp import shrink
    from vraaghulp.coach.krimp.care import acute

    draft = case["concept"].strip("\n")
    if "crisis" not in case.get("soorten", []) and not acute(draft):
        return None
    r = shrink(draft, person=case.get("wie") or None, moment=case.get("wanneer") or None)
    return {"id": case.get("id"), "sentence": r.sentence, "zeker": r.sure, "crisis": r.crisis}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("snapshot", nargs="?", type=Path)
    parser.add_argument("--buiten", action="store_true", help="only the outside authors' files")
    parser.add_argument("--lijst", action="store_true", help="every case that is not acceptable, with its kinds")
    parser.add_argument("--soort", default="", help="list only the cases of this kind")
    parser.add_argument("--rijen", type=Path, help="write one line per case (id, acceptable, sure, sentence)")
    args = parser.parse_args(argv)
    total = ok = recognised = sure = wrong_sure = 0
    tally: Counter = Counter()
    rows = args.rijen.open("w", encoding="utf-8") if args.rijen else None
    for name, case, row in _rows(args.snapshot, args.buiten):
        sentence = row["sentence"]
        _best, gold, kept, _gone, wrong, reasons = judge(sentence, case)
        total += 1
        recognised += bool(row["crisis"])
        sure += bool(row["zeker"])
        wrong_sure += bool(row["zeker"]) and (kept < len(case.get("houden", [])) or wrong)
        if rows:
            rows.write(json.dumps({"id": case["id"], "ok": not reasons, "zeker": row["zeker"], "crisis": row["crisis"],
                                   "sentence": sentence}, ensure_ascii=False) + "\n")
        if not reasons:
            ok += 1
            continue
        found = kinds(case, sentence, bool(row["crisis"]))
        if not found:
            found = ["mist-houden"] if any(r.startswith("mist") for r in reasons) else ["anders"]
        tally.update(found)
        if args.lijst and (not args.soort or args.soort in found):
            flag = ("zeker " if row["zeker"] else "") + ("crisis" if row["crisis"] else "geen-crisis")
            print(f"[{case['id']}] ({name}) {' '.join(found)} [{flag}]")
            print(f"  concept: {' '.join(case['concept'].split())}")
            print(f"  krimp:   {sentence}")
            print(f"  goud:    {gold}")
            print(f"  reden:   {', '.join(reasons)}")
    print(f"crisisconcepten: {total}; aanvaardbaar {ok}; crisis herkend {recognised}; zeker {sure}; "
          f"fout en zeker {wrong_sure}")
    print("soorten (niet aanvaardbaar): " + ", ".join(f"{k} {v}" for k, v in tally.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
