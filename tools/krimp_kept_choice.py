"""Which sentence stays beside the ask: the engine's choice against the golds' (round 25, k25w)

When krimp keeps one sentence beside the ask (the honest sentence, a fact `needed.py` or a restriction keeps), is
it the one the authors keep? Over every tuning file (the outside files ``krimp_first_sight.OUTSIDE`` against the
rest), with today's engine:

- ``anders``: results that keep exactly one sentence beside the ask while no gold keeps it and a gold keeps
  another one instead, by the kind of each (``gevoel``: an honest sentence that only says what the writer feels,
  'Ik maak me grote zorgen'; ``staat``: any other honest sentence, 'ik lig met griep in bed'; ``feit``: the rest,
  'De lift is kapot', 'Op 3 april kreeg ik een brief');
- ``keuze``: BOTH directions of one choice, so a rule does not just trade one author's style for another's: where the
  engine keeps an honest sentence (or only a feeling) and a fact sentence stands beside it too, which one the golds
  keep (the honest one only, the fact only, both across the golds, neither), also for a fact that shares a content
  word with the ask (one that carries the request: 'Ik kreeg een brief …' before '… wat ik met die brief moet doen');
  the same for a fact kept after the ask
  while a sentence before it stands (``erna``/``ervoor``);
- ``zinsdeel``: one sentence of two clauses, one honest ('ik ben vandaag ontslagen en ik voel me waardeloos', 'ik
  trek het niet meer, ik ben op'): which clause the engine keeps and which the golds keep;
- ``ruil``: the narrowest fact-before-feeling rule tried on the text: a kept feeling (no illness, no number) swapped
  for the last fact sentence before the ask that holds a number or a name (3–16 words); acceptable before and after.

A sentence is kept when at least half of its content words (longer than 3 letters, not in the ask's sentence) show.
The sentences are read with ``engine.analyse`` on the draft as typed (shrink's first readers, such as titled.py,
may change a few drafts first). Usage: PYTHONPATH=src python tools/krimp_kept_choice.py [--voorbeelden] [--json OUT]
(all tuning files: about two minutes)
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

from krimp_eval import judge, norm_words  # noqa: E402
from krimp_first_sight import OUTSIDE  # noqa: E402

FOLDER = ROOT / "tests" / "corpus" / "krimp"
_JOINERS = ("en", "maar", "dus", "want")
_FRAME_ROLES = frozenset({"groet", "afsluiting", "naam", "leeg"})
# a feeling that only colours the ask, as opposed to how the body is or what happened (measurement only)
_FEELING = re.compile(r"(?i)\b(?:zorgen|bang|angst\w*|voel|voelt|hulpeloos|verdrietig|schaam|durf|durven|paniek|"
                      r"bezorgd|ongerust|stress|gestrest|zenuwachtig|wanhopig|eenzaam|boos|radeloos)\b")
_BODY_OR_EVENT = re.compile(r"(?i)\b(?:ziek\w*|griep|pijn|geopereerd|operatie|gebroken|ziekenhuis|migraine|koorts|"
                            r"diagnose|overleden|ontslagen)\b|\d")


def share(words: list[str], text: str) -> float:
    shown = set(norm_words(text))
    return sum(w in shown for w in words) / len(words) if words else 0.0


def kind(text: str, roles: list[str]) -> str:
    """'gevoel', 'staat' or 'feit' (see the module docstring)."""
    if "staat" not in roles:
        return "feit"
    return "gevoel" if _FEELING.search(text) and not _BODY_OR_EVENT.search(text) else "staat"


def _span(d, a: int, b: int) -> str:
    return d.original[d.toks[a].start:d.toks[b - 1].end]


def sentences(an) -> list[dict]:
    """The draft's sentences outside the ask's, with their content words, roles, kind and place."""
    asks = {c.sent for c in an.main}
    grouped: dict[int, list] = {}
    for c in an.clauses:
        grouped.setdefault(c.sent, []).append(c)
    ask_words = {w for s in asks for w in norm_words(_span(an.d, grouped[s][0].a, grouped[s][-1].b))}
    out = []
    for s, cs in sorted(grouped.items()):
        if s in asks or all(c.role in _FRAME_ROLES for c in cs):
            continue
        text = _span(an.d, cs[0].a, cs[-1].b)
        words = [w for w in norm_words(text) if len(w) > 3 and w not in ask_words]
        if len(words) >= 2:
            roles = [c.role for c in cs]
            out.append(dict(sent=s, text=text, words=words, roles=roles, kind=kind(text, roles),
                            before=s < min(asks), frame=any(r in _FRAME_ROLES for r in roles)))
    return out


def two_clauses(an, result: str, golds: list[str]) -> list[dict]:
    """Sentences outside the ask of exactly two clauses (honest or plain text), one of them honest, where the
    result shows one and not the other: which one, and which the golds show."""
    asks = {c.sent for c in an.main}
    grouped: dict[int, list] = {}
    for c in an.clauses:
        if c.sent not in asks and c.role in ("staat", "tekst"):
            grouped.setdefault(c.sent, []).append(c)
    out = []
    for cs in grouped.values():
        texts = [_span(an.d, c.a, c.b) for c in cs]
        words = [[w for w in norm_words(t) if len(w) > 3] for t in texts]
        if len(cs) != 2 or "staat" not in [c.role for c in cs] or not all(words):
            continue
        shown = [share(w, result) >= 0.5 for w in words]
        if shown[0] == shown[1]:
            continue
        out.append(dict(shape="+".join(c.role for c in cs), join=_joiner(an.d, cs[0], cs[1]),
                        engine="1e" if shown[0] else "2e", texts=texts, whole=_span(an.d, cs[0].a, cs[-1].b),
                        golds=label([share(words[0], g) >= 0.5 for g in golds], [share(words[1], g) >= 0.5 for g in golds],
                                    ("1e", "2e"))))
    return out


def _joiner(d, first, second) -> str:
    """The word that joins two clauses of one sentence ('en', 'maar', 'dus', 'want'), else ',' (nothing or a comma)."""
    around = range(first.b - 1, max(second.a, second.start) + 1)
    return next((d.word(i) for i in around if d.is_word(i) and d.word(i) in _JOINERS), ",")


def label(first: list[bool], second: list[bool], names: tuple[str, str]) -> str:
    """What the golds keep of two candidates: one of `names`, 'beide' (kept together or split across golds) or 'geen'."""
    a, b = any(first), any(second)
    return "beide" if a and b else names[0] if a else names[1] if b else "geen"


def row_of(case: dict, file: str) -> dict | None:
    from vraaghulp.coach.krimp import shrink
    from vraaghulp.coach.krimp.engine import analyse

    draft, who, when = case["concept"].strip("\n"), case.get("wie") or None, case.get("wanneer") or None
    an = analyse(draft, person=who, moment=when).analysis
    if an is None or not getattr(an, "main", None):
        return None
    result = shrink(draft, person=who, moment=when).sentence
    golds = case.get("goud", [])
    sents = sentences(an)
    ask = sorted({w for m in an.main for w in norm_words(_span(an.d, m.a, m.b)) if len(w) > 4})
    for s in sents:  # a fact that carries the request shares a content word with the ask ('de brief' … 'die brief')
        s["carries"] = bool(set(ask) & {w for w in norm_words(s["text"]) if len(w) > 4})
    return dict(id=case["id"], file=file, outside=file in OUTSIDE, result=result, golds=golds, sents=sents,
                ok=not judge(result, case)[-1], kept=[s["sent"] for s in sents if share(s["words"], result) >= 0.5],
                gold_kept=[[s["sent"] for s in sents if share(s["words"], g) >= 0.5] for g in golds],
                clauses=two_clauses(an, result, golds))


def _one_kept(row: dict) -> dict | None:
    if len(row["kept"]) != 1:
        return None
    return next(s for s in row["sents"] if s["sent"] == row["kept"][0])


def chosen_otherwise(rows: list[dict]) -> list[tuple[tuple, dict, dict]]:
    """('anders') one sentence kept beside the ask, no gold keeps it, a gold keeps another one: (key, row, theirs)."""
    out = []
    for row in rows:
        ours = _one_kept(row)
        if ours is None or ours["frame"] or any(ours["sent"] in g for g in row["gold_kept"]):
            continue
        theirs = Counter(s for g in row["gold_kept"] for s in g).most_common(1)
        if not theirs:
            continue
        other = next(s for s in row["sents"] if s["sent"] == theirs[0][0])
        key = ("buiten" if row["outside"] else "rest", ours["kind"], other["kind"], "aanvaardbaar" if row["ok"] else "niet")
        out.append((key, row, other))
    return out


def choice(rows: list[dict], ours_kind: tuple[str, ...], candidate, names: tuple[str, str]) -> Counter:
    """('keuze') the engine keeps one sentence of a kind in `ours_kind`; among the other sentences those for which
    candidate(sentence, ours) holds: which the golds keep. Counted per (group, label)."""
    out: Counter = Counter()
    for row in rows:
        ours = _one_kept(row)
        if ours is None or ours["frame"] or ours["kind"] not in ours_kind:
            continue
        others = {s["sent"] for s in row["sents"] if s["sent"] != ours["sent"] and not s["frame"] and candidate(s, ours)}
        if others:
            mine = [ours["sent"] in g for g in row["gold_kept"]]
            theirs = [bool(others & set(g)) for g in row["gold_kept"]]
            out["buiten" if row["outside"] else "rest", label(mine, theirs, names)] += 1
    return out


def _named(text: str) -> bool:
    return any(ch.isdigit() for ch in text) or any(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", text)[1:])


def swap_candidate(s: dict, ours: dict) -> bool:
    """The narrowest fact-before-feeling rule: a fact sentence before the ask with a number or a name, 3–16 words."""
    return s["kind"] == "feit" and s["before"] and _named(s["text"]) and 3 <= len(s["text"].split()) <= 16


def swapped(row: dict) -> str | None:
    """The result with its kept feeling swapped for the last swap candidate (text only), or None."""
    ours = _one_kept(row)
    if ours is None or ours["kind"] != "gevoel":
        return None
    facts = [s for s in row["sents"] if swap_candidate(s, ours)]
    if not facts:
        return None
    parts = re.split(r"(?<=[.!?])\s+", row["result"])
    at = max(range(len(parts)), key=lambda i: share(ours["words"], parts[i]))
    fact = facts[-1]["text"].strip()
    fact = fact[0].upper() + fact[1:] + ("" if fact.endswith((".", "!", "?")) else ".")
    return " ".join(parts[:at] + [fact] + parts[at + 1:])


def whole_sentence(row: dict, clause: dict) -> str:
    """('heel') the result with the kept clause of a two-clause sentence replaced by the whole sentence (text only)."""
    kept = clause["texts"][0 if clause["engine"] == "1e" else 1]
    words = [w for w in norm_words(kept) if len(w) > 3]
    parts = re.split(r"(?<=[.!?])\s+", row["result"])
    at = max(range(len(parts)), key=lambda i: share(words, parts[i]))
    whole = clause["whole"].strip()
    whole = whole[0].upper() + whole[1:] + ("" if whole.endswith((".", "!", "?")) else ".")
    return " ".join(parts[:at] + [whole] + parts[at + 1:])


def collect(files: list[Path]) -> list[dict]:
    rows = []
    for path in files:
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            row = row_of(case, path.stem)
            if row is not None:
                rows.append(dict(row, case=case))
    return rows


def _table(title: str, counts: Counter, labels: tuple[str, ...]) -> None:
    print(f"\n  {title}")
    print(f"    {'':<8}" + "".join(f"{lab:>10}" for lab in labels))
    for group in ("buiten", "rest"):
        print(f"    {group:<8}" + "".join(f"{counts[group, lab]:>10}" for lab in labels))


def report(rows: list[dict], examples: bool) -> dict:
    other = chosen_otherwise(rows)
    print(f"== {len(rows)} resultaten met een vraag; {sum(1 for r in rows if len(r['kept']) == 1)} houden één zin naast de vraag")
    print("\n  anders gekozen (groep, motor, goud, oordeel):")
    for key, n in sorted(Counter(k for k, _r, _o in other).items()):
        print(f"    {' / '.join(key):<44}{n:>4}")
    is_fact = lambda s, ours: s["kind"] == "feit"  # noqa: E731
    tables = {
        "keuze: eerlijke zin gehouden, een feitzin ernaast": (choice(rows, ("staat", "gevoel"), is_fact, ("eerlijk", "feit")),
                                                               ("eerlijk", "feit", "beide", "geen")),
        "keuze: eerlijke zin gehouden, een feitzin die een woord van de vraag deelt": (
            choice(rows, ("staat", "gevoel"), lambda s, ours: s["kind"] == "feit" and s["carries"], ("eerlijk", "feit")),
            ("eerlijk", "feit", "beide", "geen")),
        "keuze: alleen een gevoel gehouden, een feitzin ernaast": (choice(rows, ("gevoel",), is_fact, ("eerlijk", "feit")),
                                                                   ("eerlijk", "feit", "beide", "geen")),
        "keuze: gevoel gehouden, een feitzin ervoor met getal of naam": (
            choice(rows, ("gevoel",), swap_candidate, ("eerlijk", "feit")), ("eerlijk", "feit", "beide", "geen")),
        "keuze: een zin na de vraag gehouden, een zin ervoor staat": (
            choice(rows, ("feit", "staat", "gevoel"), lambda s, ours: s["before"] and not ours["before"], ("erna", "ervoor")),
            ("erna", "ervoor", "beide", "geen")),
    }
    for title, (counts, labels) in tables.items():
        _table(title, counts, labels)
    clauses = Counter(("buiten" if r["outside"] else "rest", c["shape"], c["join"], "motor " + c["engine"], "goud " + c["golds"])
                      for r in rows for c in r["clauses"])
    print("\n  zinsdeel: één zin van twee delen, één eerlijk (groep, vorm, verbinding, motor, goud):")
    for key, n in sorted(clauses.items()):
        print(f"    {' / '.join(key):<52}{n:>4}")
    whole = Counter()
    for row in rows:
        for c in row["clauses"]:
            new = whole_sentence(row, c)
            whole["buiten" if row["outside"] else "rest", c["shape"] + " " + c["join"], row["ok"],
                  not judge(new, row["case"])[-1]] += 1
    print("\n  heel (de zin van twee delen helemaal gehouden): aanvaardbaar voor -> na")
    for (group, shape, before, after), n in sorted(whole.items()):
        print(f"    {group:<8}{shape:<18}{str(before):>6} -> {str(after):<6}{n:>4}")
    trial = Counter()
    for row in rows:
        new = swapped(row)
        if new is not None:
            trial["buiten" if row["outside"] else "rest", row["ok"], not judge(new, row["case"])[-1]] += 1
    print("\n  ruil (feit met getal of naam voor het gevoel): aanvaardbaar voor -> na")
    for (group, before, after), n in sorted(trial.items()):
        print(f"    {group:<8}{str(before):>6} -> {str(after):<6}{n:>4}")
    if examples:
        print("\n  anders gekozen, buitenbestanden:")
        for key, row, theirs in other:
            if row["outside"]:
                ours = _one_kept(row)
                print(f"    {row['id']:<9} {key[1]}->{key[2]} {key[3]:<12} '{ours['text'][:50]}' / goud '{theirs['text'][:50]}'")
    return dict(anders=[dict(id=r["id"], sleutel=k, goud=o["text"]) for k, r, o in other],
                keuze={t: {" ".join(k): n for k, n in c.items()} for t, (c, _l) in tables.items()},
                zinsdeel={" / ".join(k): n for k, n in clauses.items()},
                ruil={f"{g} {b}->{a}": n for (g, b, a), n in trial.items()},
                heel={f"{g} {v} {b}->{a}": n for (g, v, b, a), n in whole.items()})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bestand", nargs="*", help="tuning files by stem (default: all)")
    ap.add_argument("--voorbeelden", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    files = sorted(FOLDER.glob("tuning*.toml"))
    if args.bestand:
        files = [p for p in files if p.stem in args.bestand]
    data = report(collect(files), args.voorbeelden)
    if args.json:
        Path(args.json).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
