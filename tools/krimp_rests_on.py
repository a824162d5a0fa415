"""Round 37 (k37a): what the ask rests on, said beside it — do the outside golds keep it?

Counted on the outside files (``tuning-ho2*``, ``tuning-ho3*``, ``tuning*-z*``: drafts by authors who never read the
engine; ``--alle``: every tuning file). Per draft that has the piece, the golds that show at least half of its
content words: all of them (`K`), some (`m`) or none (`d`); `H`: the piece holds a must-keep item; and today's
engine: the result shows it (`K`/`d`) and is sure (`Z`) or not (`-`). Four kinds (one per option):

- default: a plain sentence right before or right after the ask's sentences (3–14 words, read as plain text or as the
  writer's state), by shape (rests_on.shape_of: `kwijt` what broke or went, `staat`, `moet`, `heb`, `ander`);
- ``--goed``: a draft that is exactly the ask and one short tidy statement after it (fact_beside.py's shape: capital,
  full stop, 3–8 words; the ask with no apology, hedge or hatch the engine names);
- ``--oorzaak``: the short clause joined by 'en' right before the honest state in one sentence (state_cause.py);
- ``--elders``: the sentence right after the draft's question that says the writer is elsewhere then ('Ik ben de hele
  dag op taalschool.', self_away.py; round 39, k39a);
- ``--gelegenheid``: a condition on the reader's visit or trip said inside the ask ('wil je als je zondag komt …',
  occasion.py), visit (a verb of coming) and trip apart.

The counts are what rests_on.py, fact_beside.py, state_cause.py and occasion.py cite.

Usage: PYTHONPATH=src python tools/krimp_rests_on.py [--goed | --oorzaak | --gelegenheid | --elders] [--rijen] [--alle]
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import krimp_eval as ke  # noqa: E402
from vraaghulp.coach.krimp import shrink  # noqa: E402
from vraaghulp.coach.krimp.checks import lower_words  # noqa: E402
from vraaghulp.coach.krimp.engine import analyse  # noqa: E402
from vraaghulp.coach.krimp.occasion import VISIT  # noqa: E402
from vraaghulp.coach.krimp.rests_on import shape_of  # noqa: E402
from vraaghulp.coach.krimp.self_away import piece as away  # noqa: E402

_OUTSIDE = re.compile(r"^tuning(?:-ho[23]\d*[ab]?|\d+-z\d*)$")
_PADDING = frozenset({"excuus", "last", "uitweg", "aanloop", "afzwakker", "oordeel", "angst"})
_SMALL = frozenset({"de", "het", "een", "en", "ik", "je", "jij", "ge", "u", "is", "ben", "zijn", "van", "op", "in",
                    "aan", "te", "er", "dat", "da", "die", "mijn", "mn", "m'n", "me", "mij", "heb", "nog", "al",
                    "ook", "om", "met", "voor", "naar", "bij", "dan", "niet", "ni", "nie", "wel", "zo", "maar"})


def outside(stem: str) -> bool:
    return bool(_OUTSIDE.match(stem))


def shows(words: list[str], sentence: str) -> bool:
    """At least half of the piece's content words stand in the sentence."""
    content = [w for w in words if w not in _SMALL] or words
    seen = set(ke.norm_words(sentence))
    return sum(bool(ke.norm_words(w)) and ke.norm_words(w)[0] in seen for w in content) * 2 >= len(content)


def beside(an) -> list[tuple[str, str]]:
    """(where, text) for the plain sentence right before and right after the ask's sentences."""
    d, asked = an.d, sorted({c.sent for c in an.main})
    out = []
    for where, k in (("voor", asked[0] - 1), ("na", asked[-1] + 1)):
        if not 0 <= k < len(d.sentences) or any(d.tok_text(i) == "?" for i in range(*d.sentences[k])):
            continue
        clauses = [c for c in an.clauses if c.sent == k and c.role in ("tekst", "staat")]
        text = " ".join(d.raw(c.start if c.start >= 0 else c.a, c.b) for c in clauses)
        if clauses and 3 <= len(lower_words(text)) <= 14:
            out.append((where, text))
    return out


_PARTS = re.compile(r"[^.?!\n]+[.?!]*")


def good(text: str, result) -> list[tuple[str, str]]:
    """The statement of a draft that is exactly a clean ask and one short tidy statement after it."""
    parts = [m.group(0).strip() for m in _PARTS.finditer(text) if lower_words(m.group(0))]
    if len(parts) != 2 or "\n" in text or not parts[0].endswith("?") or parts[1].endswith("?"):
        return []
    fact = parts[1]
    if not 3 <= len(lower_words(fact)) <= 8 or not fact[:1].isupper() or not fact.endswith("."):
        return []
    return [] if any(f.kind in _PADDING for f in result.findings) else [("na", fact)]


def cause(an) -> list[tuple[str, str]]:
    """The short clause joined by 'en' right before a state clause in one sentence."""
    d = an.d
    clauses = [c for c in an.clauses if c.role != "leeg"]
    out = []
    for before, state in zip(clauses, clauses[1:]):
        between = [d.word(i) for i in range(before.b, state.start if state.start >= 0 else state.a) if d.is_word(i)]
        if state.role == "staat" and before.role == "tekst" and before.sent == state.sent and between == ["en"]:
            text = d.raw(before.start if before.start >= 0 else before.a, before.b)
            if 3 <= len(lower_words(text)) <= 8:
                out.append(("voor", text))
    return out


_OCCASION = re.compile(r"(?i)\b(?:kun|kunt|kan|wil|wilt|zou|zoudt|ken|kunde)\s+(?:je|jij|ge|gij|u)\b[^.?!\n]{0,40}?"
                       r"\b((?:als|wanneer)\s+(?:je|jij|ge|gij|u)\b[^.?!,\n]*)")
_TRIP = frozenset({"gaat", "ga", "gaan", "rijdt", "langsgaat"})


def occasion(text: str) -> list[tuple[str, str]]:
    """A condition on the reader's visit ('bezoek': a verb of coming) or trip ('reis') inside the ask."""
    m = _OCCASION.search(text)
    if m is None:
        return []
    words = m.group(1).split()
    for k, w in enumerate(words[2:10], start=2):
        low = w.lower()
        if low in VISIT or low in _TRIP:
            return [("bezoek" if low in VISIT else "reis", " ".join(words[:k + 1]))]
    return []


def rows(kind: str, everything: bool) -> list[dict]:
    out = []
    for path in sorted((ROOT / "tests" / "corpus" / "krimp").glob("tuning*.toml")):
        if not everything and not outside(path.stem):
            continue
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            text = case["concept"].strip()
            result = shrink(text, person=case.get("wie") or None, moment=case.get("wanneer") or None)
            an = analyse(text).analysis if kind in ("rond", "oorzaak") else None
            if an is not None and not getattr(an, "main", None):
                continue
            found = {"rond": lambda: beside(an), "goed": lambda: good(text, result), "oorzaak": lambda: cause(an),
                     "gelegenheid": lambda: occasion(text), "elders": lambda: [("na", away(text))] if away(text) else []}[kind]()
            for where, said in found:
                words = lower_words(said)
                golds = [shows(words, g) for g in case["goud"]]
                out.append(dict(id=case["id"], where=where, said=said, shape=shape_of(said) if kind == "rond" else "*",
                                gold="K" if all(golds) else "d" if not any(golds) else "m",
                                houden=any(ke.contains(said, h) for h in case["houden"]),
                                engine=shows(words, result.sentence), sure=result.sure, sentence=result.sentence))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for flag in ("--goed", "--oorzaak", "--gelegenheid", "--elders", "--rijen", "--alle"):
        parser.add_argument(flag, action="store_true")
    args = parser.parse_args(argv)
    kind = "goed" if args.goed else "oorzaak" if args.oorzaak else "gelegenheid" if args.gelegenheid else \
        "elders" if args.elders else "rond"
    table = rows(kind, args.alle)
    if args.rijen:
        for r in table:
            print(f"{r['id']:11s} {r['where']:6s} {r['shape']:6s} goud={r['gold']} {'H' if r['houden'] else '-'} "
                  f"krimp={'K' if r['engine'] else 'd'}{'Z' if r['sure'] else '-'} | {r['said']} || {r['sentence']}")
    per: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for r in table:
        for key in {(r["where"], r["shape"]), (r["where"], "*"), ("*", "*")}:
            n = per[key]
            n[r["gold"]] += 1
            n["H"] += r["houden"]
            n["zeker-weg"] += r["sure"] and not r["engine"]
            n["zeker-weg-K"] += r["sure"] and not r["engine"] and r["gold"] == "K"
            n["zeker-weg-H"] += r["sure"] and not r["engine"] and r["houden"]
    print("waar   vorm    stukken  goud: alle houden / verdeeld / alle weg   houden-item   zeker zonder (goud K, houden)")
    for (where, shape), n in sorted(per.items()):
        total = n["K"] + n["m"] + n["d"]
        print(f"{where:6s} {shape:7s} {total:5d}    {n['K']:4d} ({100 * n['K'] / total:3.0f} %) / {n['m']:3d} / {n['d']:4d}"
              f"        {n['H']:4d}         {n['zeker-weg']:4d} ({n['zeker-weg-K']}, {n['zeker-weg-H']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
