"""Round 58 (k58c): which of the writer's own words about how bad it is does a crisis result drop, and which do the
golds keep? (issue 12 point 7)

For every draft with "crisis" in `soorten` of the chosen files, `shrink` runs (with the typed person and moment) and
each clause of the draft (its sentences, cut at a comma, ';', ':' or before 'en', 'maar', 'want', 'dus', 'omdat') that
does not ask ('… ?'), is no greeting, apology or burden talk (a must-drop item of the case), and has three words or
more, is read: is it shown in the result (three quarters of its words in runs, in order), and how many golds keep it
(half of its words in order)? Dropped clauses are sorted by a simple shape (`SHAPES`, first match) and counted:
dropped, all golds keep it, at least one gold keeps it. `--vragen`: the draft's own questions instead — does the
result keep the writer's question or offer another, and what do the golds ask?

Usage: PYTHONPATH=src python tools/krimp_k58c_own.py [--buiten] [--lijst] [--vorm SHAPE] [--vragen] [--bestand GLOB]
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from krimp_eval import norm_words  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "krimp"
_SENT = re.compile(r"[^.!?\n]+[.!?]*")
_CUT = re.compile(r"\s*[,;:]\s*|\s+(?=(?:en|maar|ma|mor|want|dus|omdat)\s)", re.IGNORECASE)
SHAPES = (
    ("angst", r"\b(?:bang|schrik|angst|durf|durven|doodsbang|paniek|banger)\b"),
    ("alleen", r"\balleen\b"),
    ("lijf", r"\b(?:tril\w*|slaap|slapen|sliep|eet|eten|gegeten|bloed\w*|pijn|adem\w*|hart)\b"),
    ("geweld", r"\b(?:geslagen|slaat|sloeg|schopt|geschopt|bedreigd|dreigt|gewurgd|pakte|duwde)\b"),
    ("weet-niet", r"\b(?:weet|weten)\s+(?:\w+\s+){0,3}?(?:niet|nie|ni|geen)\b"),
    ("middel", r"\b(?:pillen|touw|mes|brug|spoor|trein|medicijnen|tabletten)\b"),
    ("verlies", r"\b(?:weg|overleden|dood|gestorven|kwijt|verloren|verkocht)\b"),
)


def outside(name: str) -> bool:
    return name.startswith("tuning-ho") or name.endswith("-p.toml")


def share(clause: str, text: str) -> float:
    words, there = norm_words(clause), norm_words(text)
    if not words:
        return 1.0
    runs = SequenceMatcher(None, words, there, autojunk=False).get_matching_blocks()
    return sum(r.size for r in runs if r.size >= 2 or len(words) <= 2) / len(words)


def shape(clause: str) -> str:
    low = clause.lower()
    return next((name for name, pattern in SHAPES if re.search(pattern, low)), "anders")


def clauses(case: dict) -> list[str]:
    draft = case["concept"].strip()
    drop = [w.lower() for w in case.get("weg", [])]
    out = []
    for match in _SENT.finditer(draft):
        sentence = match.group(0).strip()
        if sentence.endswith("?"):
            continue
        for part in _CUT.split(sentence.rstrip(".!")):
            part = (part or "").strip()
            low = part.lower()
            if len(norm_words(part)) < 3 or any(d and (d in low or low in d) for d in drop):
                continue
            out.append(part)
    return out


def questions(draft: str) -> list[str]:
    return [m.group(0).strip() for m in _SENT.finditer(draft) if m.group(0).strip().endswith("?")]


def cases(only_outside: bool, pattern: str):
    for path in sorted(CORPUS.glob(pattern)):
        if only_outside and not outside(path.name):
            continue
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            if "crisis" in case.get("soorten", []):
                yield path.name, case


def main(argv: list[str] | None = None) -> int:
    from vraaghulp.coach.krimp import shrink

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--buiten", action="store_true")
    parser.add_argument("--lijst", action="store_true")
    parser.add_argument("--vorm", default="")
    parser.add_argument("--vragen", action="store_true")
    parser.add_argument("--bestand", default="*.toml")
    args = parser.parse_args(argv)
    tally: dict[str, Counter] = defaultdict(Counter)
    files: dict[str, set] = defaultdict(set)
    for name, case in cases(args.buiten, args.bestand):
        r = shrink(case["concept"].strip(), person=case.get("wie") or None, moment=case.get("wanneer") or None)
        if not r.crisis:
            continue
        golds = case.get("goud", [])
        if args.vragen:
            for q in questions(case["concept"]):
                kept = share(q, r.sentence) >= 0.75
                in_golds = sum(share(q, g) >= 0.5 for g in golds)
                key = ("gehouden" if kept else "weg") + f", goud {in_golds}/{len(golds)}"
                tally["vraag"][key] += 1
                if args.lijst and not kept:
                    print(f"[{case['id']}] {q!r} -> {r.sentence!r}\n   goud: {golds[:1]}")
            continue
        for clause in clauses(case):
            if share(clause, r.sentence) >= 0.75:
                continue
            kind = shape(clause)
            keep = sum(share(clause, g) >= 0.5 for g in golds)
            tally[kind]["weg"] += 1
            tally[kind]["alle-goud"] += bool(golds) and keep == len(golds)
            tally[kind]["een-goud"] += keep > 0
            if keep == len(golds) and golds:
                files[kind].add(name)
            if args.lijst and (not args.vorm or args.vorm == kind):
                print(f"[{case['id']}] {kind} goud {keep}/{len(golds)} zeker={r.sure}: {clause!r}\n   -> {r.sentence}")
    for kind, counts in sorted(tally.items(), key=lambda kv: -kv[1]["weg"] if "weg" in kv[1] else 0):
        print(f"{kind:10} " + ", ".join(f"{k} {v}" for k, v in counts.items())
              + (f"; bestanden (alle goud) {len(files[kind])}" if files.get(kind) else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
