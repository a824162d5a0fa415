"""Inside the `zeker` codes that hold back most acceptable results on fresh text (round 58, k58a).

Round 57 (k57a, tools/krimp_zeker_release.py) counted per code what it holds back ALONE on the outside files; no
code could be released whole: `geheel-twijfel` and `weg-woord` hold back the most acceptable results and the most
wrong ones. This tool looks inside: it runs again the drafts a code holds alone (rows of
``tools/krimp_code_tally.py --json``) with probes on the checks that raise the code, and labels each result with
what the check saw:

- `weg-woord` (safe.py or first_sight.py): which branch of ``safe.clause_cost`` cost the result (the request lost a
  word, a clause without a verb, a condition, a maybe-honest clause, a limit, a rule, when or where, …), the role of
  the clause and the kinds of its dropped words; or the kept apology or greeting of first_sight.py;
- `geheel-twijfel` (whole.py): the model's estimate, how far over the threshold, and its largest features;
- every code: the draft's words, sentences, the result's words, the form of the result (question, statement);
- ``heel``: the shape round 58 found — the released result only deletes (every word of it stands in the draft, in the
  same order) and loses no content word outside the phrases the engine removes on purpose (the whole-result model's
  ``weg_*`` counts: ``lost``); 'ja' or 'nee'.

Per label: results, acceptable, wrong, author files. ``--leave`` judges a narrowed release leave-one-set-out: a
label qualifies on the other files (≥ ``--min`` acceptable over ≥ ``--auteurs`` files, none wrong, ≥ 95 %) and is
counted on the file held out.

Usage: PYTHONPATH=src python tools/krimp_zeker_inside.py ROWS.json --code weg-woord [--leave] [--list LABEL]
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from krimp_zeker_release import alone, outside  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "krimp"
SEEN: dict[str, list] = {"branch": [], "whole": [], "out": []}
_WORDS = re.compile(r"[\w'À-ÿ€]+")


def only_deleted(draft: str, result: str) -> bool:
    """Every word of the result stands in the draft, in the same order (case aside): the result only deletes."""
    left = iter(w.lower() for w in _WORDS.findall(draft))
    return all(any(w == x for x in left) for w in (w.lower() for w in _WORDS.findall(result)))


def lost(out, sentence: str) -> int:
    """Content words of the draft the sentence loses outside the phrases removed on purpose (whole.py's counts)."""
    import math
    from vraaghulp.coach.krimp import whole
    f = whole.features(out.analysis, out, sentence)
    return sum(round(math.expm1(f.get(f"weg_{k}", 0.0))) for k in whole.CLASSES)


def _branch(safe, an, c, kinds: set[str], place) -> str:
    """Which test of safe.clause_cost said yes (the same order as there)."""
    from vraaghulp.coach.krimp.account import word_classes
    from vraaghulp.coach.krimp.no_loss import moment_no_loss
    from vraaghulp.coach.krimp.ownverb import own_verb
    d, w = an.d, word_classes()
    if id(c) in place.inside:
        return "in-verzoek"
    if id(c) in place.cut:
        return "geleend"
    if "moment" in kinds and moment_no_loss(an, c, [d.word(i) for i in d.content(c.a, c.b)]):
        kinds = kinds - {"moment"}
    if c.role == "wrap":
        return "kader-vraag" if safe._wraps_request(an, c) else "kader-moment"
    words = [d.word(i) for i in d.content(c.a, c.b)]
    first = d.word(c.start) if c.start >= 0 else ""
    if not own_verb(an, c):
        return "zonder-werkwoord-" + ("moment" if "moment" in kinds else "voorwaarde" if "voorwaarde" in kinds else "naast")
    if first in w.condition_start and id(c) in place.adjacent:
        return "voorwaarde"
    if safe._maybe_honest(an, c, words, place, w):
        return "misschien-eerlijk"
    if safe._unwilling(an, c, words, place, w):
        return "wil-niet"
    if first in w.reason_start:
        return "reden-moment"
    if "voorwaarde" in kinds and (set(words) & w.limits or set(words) & w.reader):
        return "grens"
    return "volzin-" + ("moment" if "moment" in kinds else "rest")


def probe() -> None:
    """Wrap the checks so each run leaves what they saw in SEEN: every clause safe.py would charge (not only the
    first), and the whole-result model's estimate."""
    from vraaghulp.coach.krimp import safe, whole
    cost, estimate, lost = safe.clause_cost, whole.estimate, safe.lost_words

    def clause_cost(an, c, kinds, place):
        said = cost(an, c, kinds, place)
        if said:
            words = [an.d.word(i) for i in an.d.content(c.a, c.b)]
            SEEN["branch"].append((_branch(safe, an, c, set(kinds), place), c.role, sorted(kinds), " ".join(words)))
        return said

    def lost_words(an, main, others, parts, req, text, shown, timed, weighed=frozenset()):
        said = lost(an, main, others, parts, req, text, shown, timed, weighed)
        if said and SEEN["branch"]:
            _every(safe, an, main, others, parts, req, text, shown, timed, weighed)
        return said

    def guess(feats, m=None):
        p = estimate(feats, m)
        SEEN["whole"].append((p, feats))
        return p

    safe.clause_cost, whole.estimate, safe.lost_words = clause_cost, guess, lost_words
    module = importlib.import_module("vraaghulp.coach.krimp.shrink")
    read = module.analyse

    def analyse(*args, **kwargs):
        got = read(*args, **kwargs)
        SEEN["out"].append(got)
        return got

    module.analyse = analyse
    for name in ("_lost_vocative", "_points_at_dropped", "_when_points_back"):
        real = getattr(safe, name)
        setattr(safe, name, _marked(real, name))


def _every(safe, an, main, others, parts, req, text, shown, timed, weighed) -> None:
    """Charge every dropped clause (safe.lost_words stops at the first), for the labels."""
    from vraaghulp.coach.krimp.account import unaccounted
    from vraaghulp.coach.krimp.checks import text_words
    ordered = text_words(text)
    drops = unaccounted(an, parts, others, req, shown, set(ordered))
    place = safe.Place(an, main, parts, timed, shown, ordered)
    by_clause: dict[int, list] = {}
    for x in drops:
        if id(x.clause) not in weighed:
            by_clause.setdefault(id(x.clause), []).append(x)
    first = SEEN["branch"][0]
    SEEN["branch"].clear()
    for xs in by_clause.values():
        safe.clause_cost(an, xs[0].clause, {x.kind for x in xs}, place)
    if not SEEN["branch"]:
        SEEN["branch"].append(first)


def _marked(real, name: str):
    def run(*args):
        said = real(*args)
        if said:
            SEEN["branch"].append((name.strip("_"), "", [], ""))
        return said
    return run


def labels(code: str, case: dict, result) -> dict:
    """What the probes saw for one draft, and plain shapes of the draft and the result."""
    from vraaghulp.coach.krimp import first_sight, whole
    draft = case["concept"].strip("\n")
    words = len(draft.split())
    out = {"draft_words": "≤20" if words <= 20 else "21-40" if words <= 40 else "41-70" if words <= 70 else ">70",
           "form": "vraag" if result.sentence.rstrip().endswith("?") else "zin",
           "sentences": str(min(3, result.sentence.count(". ") + result.sentence.count("? ") + 1))}
    if code == "weg-woord":
        kept = "weg-woord" in first_sight.kept_kinds(result.sentence)
        seen = SEEN["branch"] or [("first-sight" if kept else "?", "", [], "")]
        first = seen[0]
        out.update(branch=first[0], branches="+".join(sorted({b[0] for b in seen})), role=first[1],
                   kinds="+".join(first[2]) or "-", clause=" | ".join(b[3] for b in seen), charged=str(min(3, len(seen))))
    if code == "geheel-twijfel" and SEEN["whole"]:
        p, feats = SEEN["whole"][-1]
        m = whole.model()
        over = p / float(m["drempel"])
        out["p"] = "<1.25" if over < 1.25 else "<1.5" if over < 1.5 else "<2" if over < 2 else "<3" if over < 3 else "≥3"
        top = sorted(((v * m["gewichten"].get(k, 0.0), k) for k, v in feats.items()), reverse=True)[:2]
        out["top"] = "+".join(k for _v, k in top)
        out["pval"] = round(p, 4)
    return out


def run(rows: list[dict], code: str) -> list[dict]:
    from krimp_zeker import judged
    from krimp_zeker_lift import lifted
    from vraaghulp.coach.krimp import shrink
    probe()
    cases = {}
    for r in alone(rows).get(code, []):
        if r["file"] not in cases:
            data = tomllib.loads((CORPUS / f"{r['file']}.toml").read_text(encoding="utf-8"))
            cases[r["file"]] = {c["id"]: c for c in data.get("case", [])}
    out = []
    for r in alone(rows).get(code, []):
        case = cases[r["file"]][r["id"]]
        for seen in SEEN.values():
            seen.clear()
        result = shrink(case["concept"].strip("\n"), person=case.get("wie") or None, moment=case.get("wanneer") or None)
        marks = labels(code, case, result)
        with lifted(code):
            then = judged(case, r["file"])
        first = SEEN["out"][0] if SEEN["out"] else None
        whole_kept = first is not None and first.analysis is not None and not then["crisis"] and \
            only_deleted(first.analysis.d.original, then["sentence"]) and not lost(first, then["sentence"])
        marks["heel"] = "ja" if whole_kept else "nee"
        out.append({**r, "labels": marks, "draft": case["concept"].strip(), "lifted": then})
    return out


def made(rs: list[dict]) -> list[dict]:
    """The results the code's release makes sure (run again with it switched off: the sure path's sentence, every
    later check met), as judged then."""
    return [r["lifted"] for r in rs if r["lifted"]["sure"]]


def tally(done: list[dict], key: str) -> list[str]:
    by = collections.defaultdict(list)
    for r in done:
        by[r["labels"].get(key, "-")].append(r)
    lines = [f"  {key}:  (held alone / acceptable as offered / released: sure, acceptable, wrong, files)"]
    for value, rs in sorted(by.items(), key=lambda kv: -len(kv[1])):
        sure = made(rs)
        ok = sum(r["ok"] for r in sure)
        share = f"{100 * ok / len(sure):3.0f} %" if sure else "  - "
        lines.append(f"    {value[:44]:44s} {len(rs):4d} {sum(r['ok'] for r in rs):4d}  |  {len(sure):4d} {ok:4d} {share} "
                     f"{sum(r['wrong'] for r in sure):3d}  {len({r['file'] for r in sure if r['ok']}):3d}")
    return lines


def leave(done: list[dict], key: str, least: int, authors: int) -> list[str]:
    """Per label value: decided on the other files (released there: ≥ least acceptable over ≥ authors files, none
    wrong, ≥ 95 % acceptable), counted on each file held out (summed)."""
    files = sorted({r["file"] for r in done})
    out: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    for f in files:
        rest = collections.defaultdict(list)
        for r in done:
            if r["file"] != f:
                rest[r["labels"].get(key, "-")].append(r)
        for value, rs in rest.items():
            sure = made(rs)
            ok = [r for r in sure if r["ok"]]
            if len(ok) < least or len({r["file"] for r in ok}) < authors or any(r["wrong"] for r in sure) \
                    or len(ok) < 0.95 * len(sure):
                continue
            mine = made([r for r in done if r["file"] == f and r["labels"].get(key, "-") == value])
            t = out[value]
            t[0] += 1
            t[1] += len(mine)
            t[2] += sum(r["ok"] for r in mine)
            t[3] += sum(r["wrong"] for r in mine)
    return [f"    held out: {v[:40]:40s} folds {a:3d}  made sure {b:3d}  acc {c:3d}  wrong {d:2d}"
            for v, (a, b, c, d) in out.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--code", required=True)
    parser.add_argument("--leave", action="store_true")
    parser.add_argument("--min", type=int, default=3)
    parser.add_argument("--auteurs", type=int, default=3)
    parser.add_argument("--list", help="KEY=VALUE: list the results with this label")
    parser.add_argument("--json", type=Path, help="write the labelled rows")
    parser.add_argument("--uit", type=Path, help="read labelled rows written by --json instead of running")
    args = parser.parse_args(argv)
    rows = [r for r in json.loads(args.rows.read_text(encoding="utf-8")) if outside(r["file"])]
    done = json.loads(args.uit.read_text(encoding="utf-8")) if args.uit else run(rows, args.code)
    print(f"{args.code}: held alone {len(done)}, acceptable {sum(r['ok'] for r in done)}, "
          f"wrong {sum(r['wrong'] for r in done)}, files {len({r['file'] for r in done})}")
    keys = sorted({k for r in done for k in r["labels"] if k not in ("clause", "pval")})
    for key in keys:
        print("\n".join(tally(done, key)))
        if args.leave:
            print("\n".join(leave(done, key, args.min, args.auteurs)))
    if args.list:
        key, value = args.list.split("=", 1)
        for r in done:
            if r["labels"].get(key) == value:
                x = r["lifted"]
                mark = "W" if x["wrong"] else ("+" if x["ok"] else "-") if x["sure"] else "."
                print(f"  {mark} {r['id']:10s} {r['labels'].get('clause', '')[:70]!r}\n      -> {x['sentence']}")
    if args.json:
        args.json.write_text(json.dumps(done, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
