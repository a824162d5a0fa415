"""Round 53 (k53a): the clause of the ask's own typed sentence that the result cuts, counted on the outside files.

Reads a snapshot of the engine's results (tools/krimp_snapshot.py, JSON lines with file, id, sentence, zeker, crisis,
findings) and the outside files (every tuning-ho* and tuning*-p). Two tables:

1. `--verlies` (default): every result that loses a must-keep item (krimp_eval's judge), by where the lost words sat in
   the draft: in the ask's typed sentence after the ask (`na`), before it (`voor`), inside its span (`binnen`), in a
   sentence of its own before (`zin-voor`) or after (`zin-na`), nowhere as typed (`elders`); and for the ask's own
   sentence, what opened the clause ('want', 'omdat', 'zodat', 'om', 'als', a comma, nothing: a run-on, 'ik weet dat').
2. `--groepen`: every clause of the ask's typed sentence that the result does not show (not only those holding a lost
   item), by place, opening and content kind (`tijd`, `plaats`, `probleem`, `staat`, `last` — burden, an apology, a way
   out: what must go —, `eigen`, `feit`); golds keeping it all / some / none; how many hold a lost must-keep item or a
   must-drop item; what one put-back of that clause does (+ / − acceptable, judged with krimp_eval's judge): a clause
   after the ask as a sentence of its own after the question ('want' cut) or, after 'zodat'/'om'/'omdat'/'als', inside
   the question; a clause before the ask as typed in front of it. Sure results are counted apart (`zeker`).
`--rijen PLACE OPENING` lists the clauses of one group with the result and the nearest gold.

Usage: PYTHONPATH=src python tools/krimp_clause_keep.py SNAPSHOT.jsonl [--groepen] [--rijen na want]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

import krimp_eval as ke  # noqa: E402
from krimp_offer_keep import _PROBLEM, _SMALL, _STATE, _TIME, content, load_cases, outside_files, shows  # noqa: E402
from vraaghulp.coach.krimp.before_ask import ask_index  # noqa: E402
from vraaghulp.coach.krimp.lone_statement import split  # noqa: E402

_TOKEN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
_CUT = re.compile(r"\s*(?:[,;:]|\s-\s|\b(?:want|omdat|zodat|maar|anders|dus|als|aangezien|vermits)\b)\s*", re.I)
_BURDEN = re.compile(r"(?i)\b(?:sorry|sory|sorri|excuus|excuses|lastig|lastigvallen|storen|stoor|druk|niet\s+erg|geen"
                     r"\s+probleem|geen\s+punt|moeite|schaam|durf|vervelend|snap\s+het|begrijp|bedankt|dank|alvast"
                     r"|ik\s+weet\s+het|mag\s+ook|hoeft\s+niet|lukt\s+niet|niet\s+lukt|ni\s+lukt|uitkomt|zeg\s+het"
                     r"|laat\s+maar|wil\s+(?:je|u|ge|jou)\s+(?:niet|ni|nie)|hoor|haha|xx|groetjes)\b")
_PLACE = re.compile(r"(?i)\b(?:naar|in|bij|op|aan|uit|van)\s+(?:de\s+|het\s+|'t\s+|den\s+)?[A-Z\w]")
# the rest of the ask's own verb cluster, left behind when the engine turned a frame ('in te plannen', 'mee kunnen
# nemen', 'van me over willen nemen'): no clause of its own
_VERB_REST = re.compile(r"(?i)^(?:[\w'-]+\s+){0,3}(?:te\s+)?(?:\w+en|\w+t)\s*$|^(?:van|in|mee|nog|langs|terug|over|op)\b")
_OWN = re.compile(r"(?i)^(?:ik|'k|k|we|wij)\s+(?:moet|moeten|werk|werken|ga|gaan|zit|sta|heb|ben)\b")


def fold_words(text: str) -> list[str]:
    return ke.norm_words(text)


def tokens(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), ke.spelled(ke.fold(m.group(0)))) for m in _TOKEN.finditer(sentence)]


def ask_span(sentence: str, result: str) -> tuple[int, int] | None:
    """The character span of the sentence from its first to its last content word the result shows."""
    have = set(fold_words(result))
    toks = tokens(sentence)
    hits = [k for k, (_s, _e, w) in enumerate(toks) if w in have and w not in _SMALL and len(w) > 2]
    if not hits:
        return None
    runs = [[hits[0]]]
    for k in hits[1:]:
        gap = sum(1 for j in range(runs[-1][-1] + 1, k) if toks[j][2] not in have)
        if gap > 3:
            runs.append([k])
        else:
            runs[-1].append(k)
    best = max(runs, key=len)  # the densest run: a name in front or a word of the tail said again is no part of it
    return toks[best[0]][0], toks[best[-1]][1]


def opening(clause: str) -> str:
    words = [w.lower() for w in _TOKEN.findall(clause)]
    if not words:
        return "-"
    if re.match(r"(?i)\s*(?:ik|'k|k)\s+(?:weet|wist|besef|hoorde|zag|las)\s+(?:dat|da)\b", clause):
        return "ik-weet-dat"
    if words[0] in ("want", "omdat", "zodat", "om", "als", "wanneer", "anders", "maar", "en", "dus", "aangezien",
                    "vermits", "voor", "tot", "die", "dat", "da", "dan"):
        return words[0]
    return "los"


def kind_of(clause: str) -> str:
    if _BURDEN.search(clause):
        return "last"
    if _STATE.search(clause):
        return "staat"
    if _PROBLEM.search(clause):
        return "probleem"
    body = re.sub(r"(?i)^\s*(?:want|omdat|maar|en|dus)\s+", "", clause)
    if _OWN.search(body):
        return "eigen"
    if _TIME.search(clause):
        return "tijd"
    if _PLACE.search(clause):
        return "plaats"
    return "feit"


def clauses(sentence: str, span: tuple[int, int]) -> list[dict]:
    """The clause right after the ask's span and the one right before it (as typed; a comma, a conjunction or the end
    of the sentence closes it)."""
    out = []
    tail = sentence[span[1]:]
    tail_text = re.sub(r"^[\s?!.]+", "", tail)
    if _TOKEN.search(tail_text):
        lead = re.match(r"\s*[,;:]?\s*", tail_text).end()
        body = tail_text[lead:]
        m = _CUT.search(body, re.match(r"\s*\w+", body).end() if re.match(r"\s*\w+", body) else 0)
        clause = body[:m.start()] if m else body
        clause = clause.strip(" ,.;:!?")
        comma = bool(re.match(r"\s*[,;:]", tail_text))
        if len(_TOKEN.findall(clause)) >= 3 and (comma or not _VERB_REST.match(clause)):
            op = opening(clause)
            out.append(dict(place="na", opening=op if op != "los" else ("komma" if comma else "los"), clause=clause))
    head = sentence[:span[0]]
    parts = [p for p in re.split(r"[,;:]|\s-\s", head) if _TOKEN.search(p)]
    if parts and len(parts) > 0:
        clause = parts[-1].strip(" ,.;:!?")
        if len(_TOKEN.findall(clause)) >= 3:
            out.append(dict(place="voor", opening=opening(clause), clause=clause))
    return out


def where_lost(item: str, parts: list[str], at: int, sentence_span, ask_sentence: str) -> str:
    folded = ke.spelled(ke.fold(item))
    if folded in ke.spelled(ke.fold(ask_sentence)):
        if sentence_span is None:
            return "binnen"
        pos = ke.spelled(ke.fold(ask_sentence)).find(folded)
        if pos >= sentence_span[1]:
            return "na"
        if pos + len(folded) <= sentence_span[0]:
            return "voor"
        return "binnen"
    for k, said in enumerate(parts):
        if folded in ke.spelled(ke.fold(said)):
            return "zin-voor" if k < at else "zin-na"
    return "elders"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def put_back(result: str, c: dict) -> str:
    """One put-back of the clause (see the docstring)."""
    clause = c["clause"]
    parts = [p for p in re.split(r"(?<=[.?!])\s+", result.strip()) if p]
    q = next((i for i, p in enumerate(parts) if p.endswith("?")), len(parts) - 1)
    if c["place"] == "voor":
        lead = re.match(r"^([^,]{1,30}), ", parts[0]) if q == 0 else None
        head = parts[q]
        if lead and lead.group(1).lower() not in clause.lower():
            parts[q] = f"{lead.group(0)}{clause[:1].lower()}{clause[1:]}, {head[lead.end():][:1].lower()}{head[lead.end() + 1:]}"
        else:
            parts[q] = f"{_cap(clause)}, {head[:1].lower()}{head[1:]}"
        return " ".join(parts)
    if c["opening"] in ("zodat", "om", "omdat", "als", "wanneer", "tot", "voor"):
        parts[q] = parts[q].rstrip("?") + ("" if c["opening"] == "om" else ",") + " " + clause + "?"
        return " ".join(parts)
    said = re.sub(r"(?i)^(?:want|en|maar|dus)\s+", "", clause)
    parts.insert(q + 1, _cap(said) + ".")
    return " ".join(parts)


def read(snapshot: Path, cases: dict[str, dict]) -> list[dict]:
    rows = []
    for line in snapshot.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["id"] in cases and cases[r["id"]]["_file"] + ".toml" == r["file"]:
            rows.append(r)
    return rows


def ok(sentence: str, case: dict) -> bool:
    return not ke.judge(sentence, case)[-1]


def analyse(r: dict, case: dict) -> dict:
    draft = case["concept"].strip("\n")
    parts = split(draft)
    at = ask_index(parts, r["sentence"])
    lost = [w for w in case.get("houden", []) if not ke.contains(r["sentence"], w)]
    out = dict(lost=lost, places=[], clauses=[])
    if at is None:
        out["places"] = ["elders"] * len(lost)
        return out
    sentence = parts[at]
    span = ask_span(sentence, r["sentence"])
    out["places"] = [where_lost(w, parts, at, span, sentence) for w in lost]
    if span is None:
        return out
    for c in clauses(sentence, span):
        words = content(c["clause"], sentence[span[0]:span[1]], "")
        if not words or shows(words, r["sentence"]):
            continue
        golds = [shows(words, g) for g in case.get("goud", [])]
        c["gold"] = "alle" if all(golds) else "geen" if not any(golds) else "deels"
        c["kind"] = kind_of(c["clause"])
        c["lost"] = [w for w in lost if ke.contains(c["clause"], w)]
        c["dropitem"] = [w for w in case.get("weg", []) if ke.still_there(c["clause"], w)]
        out["clauses"].append(c)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("snapshot", type=Path)
    ap.add_argument("--groepen", action="store_true")
    ap.add_argument("--rijen", nargs=2, metavar=("PLACE", "OPENING"))
    ap.add_argument("--verloren", action="store_true", help="every result that loses a must-keep in the ask's sentence")
    args = ap.parse_args(argv)
    cases = load_cases(outside_files())
    rows = read(args.snapshot, cases)
    bad = [r for r in rows if not ok(r["sentence"], cases[r["id"]])]
    print(f"outside files: {len(rows)} results, {len(bad)} not acceptable, "
          f"{sum(1 for r in bad if any(not ke.contains(r['sentence'], w) for w in cases[r['id']].get('houden', [])))}"
          " lose a must-keep item")
    by_place: Counter = Counter()
    by_clause: Counter = Counter()
    groups: dict[tuple, Counter] = defaultdict(Counter)
    listed = []
    for r in rows:
        case = cases[r["id"]]
        a = analyse(r, case)
        good = ok(r["sentence"], case)
        if a["lost"] and args.verloren and set(a["places"]) & {"na", "voor", "binnen"}:
            print(f"{r['id']} {'Z' if r['zeker'] else ' '} {list(zip(a['lost'], a['places']))}\n    {case['concept'].strip()[:300]!r}"
                  f"\n    -> {r['sentence']}\n    gold {case['goud'][0]}")
        if a["lost"]:
            for place in dict.fromkeys(a["places"]):
                by_place[(place, "zeker" if r["zeker"] else "-")] += 1
            for c in a["clauses"]:
                if c["lost"]:
                    by_clause[(c["place"], c["opening"], c["kind"])] += 1
        for c in a["clauses"]:
            key = (c["place"], c["opening"], c["kind"])
            g = groups[key]
            g["n"] += 1
            g[c["gold"]] += 1
            g["lost"] += bool(c["lost"])
            g["weg"] += bool(c["dropitem"])
            g["zeker"] += bool(r["zeker"])
            g["crisis"] += bool(r["crisis"])
            if r["crisis"]:
                continue
            after = ok(put_back(r["sentence"], c), case)
            g["+"] += after and not good
            g["-"] += good and not after
            if args.rijen and (c["place"], c["opening"]) == tuple(args.rijen):
                listed.append((r["id"], c, r["sentence"], put_back(r["sentence"], c), good, after, r["zeker"]))
    print("\nresults that lose a must-keep item, by where the lost words sat (a result may count in more than one row):")
    for (place, sure), n in sorted(by_place.items(), key=lambda kv: -kv[1]):
        print(f"  {place:9s} {sure:6s} {n}")
    print("\nlost inside the ask's own sentence, by clause (place, opening, kind):")
    for key, n in by_clause.most_common(40):
        print(f"  {' / '.join(key):36s} {n}")
    if args.groepen:
        print("\nevery clause of the ask's sentence the result does not show (put-back: non-crisis results only)")
        print("| place | opening | kind | n | golds all / some / none | holds lost | holds must-drop | sure | put back + / − |")
        print("|---|---|---|---|---|---|---|---|---|")
        for key, g in sorted(groups.items(), key=lambda kv: -kv[1]["n"]):
            if g["n"] < 3:
                continue
            print(f"| {key[0]} | {key[1]} | {key[2]} | {g['n']} | {g['alle']} / {g['deels']} / {g['geen']} | {g['lost']} "
                  f"| {g['weg']} | {g['zeker']} | +{g['+']} / −{g['-']} |")
    for cid, c, was, now, good, after, sure in listed:
        mark = "+" if after and not good else "-" if good and not after else "="
        print(f"{mark} {cid} {'Z' if sure else ' '} [{c['kind']}/{c['gold']}] «{c['clause']}»\n    {was}\n    {now}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
