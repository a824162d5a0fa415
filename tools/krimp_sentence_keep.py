"""Round 39 (k39b): keep or drop a whole sentence — what the outside golds do, kind by kind, against the engine.

Counted on the outside files (``krimp_first_sight.OUTSIDE`` and every ``tuning3*-*`` probe: drafts by authors who
never read the engine). Every sentence of a draft that holds no clause of the main ask is given a kind, from the
engine's own reading where it has one (the roles of its clauses: honest state, condition, limit, second request,
wrapper kinds, greeting, sign-off) and otherwise from its shape (a reason, what the writer cannot do themself, a
moment said apart, what broke or went, the writer must / has, a plain fact), and where it stands (before or after the
ask). Per sentence: the content words it adds (not in the ask's sentences, not the name of the person addressed);
a gold keeps it when it shows at least half of them. Per kind: drafts whose golds all keep it (`alle`), some
(`deels`) or none (`geen`), against what the engine does (keeps or drops; sure or not).

`--proef`: per kind, the other choice tried on the result as a counterfactual edit of the offered sentence (never of
the engine): a sentence the engine dropped put back (before the question when it stood before the ask, after it
otherwise; after the vocative), a sentence it kept taken out; judged with krimp_eval's judge, the drafts that become
acceptable (+) and stop being so (-). A kind whose flip does not clearly win here is not worth a rule.

Usage: PYTHONPATH=src python tools/krimp_sentence_keep.py [--rijen KIND] [--proef] [--json OUT]   (about 3 minutes)
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

import krimp_eval as ke  # noqa: E402
from krimp_first_sight import OUTSIDE  # noqa: E402
from vraaghulp.coach.krimp import shrink  # noqa: E402
from vraaghulp.coach.krimp.checks import lower_words  # noqa: E402
from vraaghulp.coach.krimp.edges import THANKS  # noqa: E402
from vraaghulp.coach.krimp.engine import analyse  # noqa: E402
from vraaghulp.coach.krimp.rests_on import shape_of  # noqa: E402

FOLDER = ROOT / "tests" / "corpus" / "krimp"
_SMALL = frozenset({"de", "het", "een", "en", "ik", "je", "jij", "ge", "gij", "u", "is", "ben", "zijn", "van", "op",
                    "in", "aan", "te", "er", "dat", "da", "die", "mijn", "mn", "m'n", "me", "mij", "heb", "nog", "al",
                    "ook", "om", "met", "voor", "naar", "bij", "dan", "niet", "ni", "nie", "wel", "zo", "maar", "'k",
                    "k", "t", "'t", "wat", "of", "als", "want", "omdat", "we", "wij", "ze", "zij", "hij", "jullie",
                    "heel", "echt", "even", "ff", "hoor", "toch", "nu", "dit", "deze", "was", "had", "wil", "kan",
                    "moet", "zou", "gaat", "ga", "heeft", "hebt", "kun", "kunt", "wilt"})
_REASON = frozenset({"want", "omdat", "aangezien", "doordat", "vermits", "sinds"})
_UNABLE = re.compile(r"(?i)^(?:(?:en|want|maar|mo)\s+)?(?:ik|'k|k)\s+(?:mag|kan|kon|kun|durf|geraak|lukt)\b"
                     r"(?=.*\b(?:niet|nie|ni|geen)\b)")
_MOMENT = re.compile(r"(?i)\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|weekend|morgen|vandaag|"
                     r"overmorgen|vanavond|vanmiddag|vanochtend|ochtend|middag|avond|volgende week|deze week|"
                     r"\d{1,2}[:.u]\d{0,2}|\d{1,2}\s?uur|januari|februari|maart|april|mei|juni|juli|augustus|"
                     r"september|oktober|november|december)\b")


def files() -> list[str]:
    probes = sorted(p.stem for p in FOLDER.glob("tuning3*-*.toml"))
    return list(OUTSIDE) + [p for p in probes if p not in OUTSIDE]


_SORRY = re.compile(r"(?i)\b(?:sorry|sry|excuses|excuseer|excuus|spijt|pardon)\b")
_SIGN = re.compile(r"(?i)\b(?:groeten|groetjes|groet|hoogachting|mvg|vriendelijke|liefs|kusjes|xx+|doei|ciao)\b")
_HATCH = re.compile(r"(?i)\b(?:nee zeggen|geen probleem|geen ramp|niet erg|ni erg|nie erg|begrijp ik|snap ik|"
                    r"(?:niet|ni|nie) lukt|(?:niet|ni|nie) gaat|(?:niet|ni|nie) past|moet (?:niet|ni|nie))\b")
_GREET = re.compile(r"(?i)^(?:hoi|hey|hee+|hallo|dag|beste|lieve|geachte|hi|yo|goeiemorgen|goedemorgen|goeiedag)\b")
_ROLE_ORDER = ("extra", "vraag", "staat", "voorwaarde", "beperking", "tekst", "wrap", "groet", "naam", "afsluiting")


def _major(clauses) -> object:
    """The clause with the most words of the sentence (on a tie, the first role in _ROLE_ORDER)."""
    def size(c):
        return c.b - (c.start if c.start >= 0 else c.a)
    order = {r: k for k, r in enumerate(_ROLE_ORDER)}
    return max(clauses, key=lambda c: (size(c), -order.get(c.role, 99)))


def kind_of(an, clauses, where: str, text: str, last: bool) -> str:
    """The kind of one sentence beside the ask: the role of its largest clause, a tekst clause by its shape."""
    roles = {c.role for c in clauses}
    words = lower_words(text)
    if "extra" in roles or "vraag" in roles:
        return "tweede vraag"
    major = _major(clauses)
    if major.role == "wrap":
        return major.kind or "wrap"
    if major.role in ("groet", "naam", "afsluiting", "staat", "voorwaarde", "beperking"):
        return "groet" if major.role == "naam" else major.role
    if set(words) & THANKS or "dank" in words:
        return "dank"
    if _SORRY.search(text):
        return "excuus*"
    signed = where == "na" and len(words) <= 4 and all(w[:1].isupper() for w in text.split() if w[:1].isalpha())
    if _SIGN.search(text) or signed or (last and len(words) <= 4 and where == "na"):
        return "afsluiting*"
    if _GREET.search(text) and len(words) <= 5:
        return "groet*"
    if _HATCH.search(text):
        return f"uitweg* {where}"
    if words and words[0] in _REASON:
        return f"reden {where}"
    if _UNABLE.search(text):
        return f"kan-zelf-niet {where}"
    if _MOMENT.search(text) and len(words) <= 8:
        return f"moment {where}"
    return f"feit-{shape_of(text)} {where}"


def shows(words: list[str], sentence: str) -> bool:
    """At least half of `words` (already the content words: rows_of leaves out the small ones) stand in the sentence."""
    seen = set(ke.norm_words(sentence))
    return sum(bool(ke.norm_words(w)) and ke.norm_words(w)[0] in seen for w in words) * 2 >= len(words)


def rows_of(case: dict, name: str) -> list[dict]:
    text = case["concept"].strip("\n")
    person, moment = case.get("wie") or None, case.get("wanneer") or None
    out = analyse(text, person=person, moment=moment)
    an = out.analysis
    main = getattr(an, "main", None) or []
    if not main:
        return []
    result = shrink(text, person=person, moment=moment)
    d = an.d
    asked = sorted({c.sent for c in main})
    ask_words = set(lower_words(" ".join(d.raw(*d.sentences[k]) for k in asked)))
    skip = ask_words | set(lower_words(f"{out.name or ''} {person or ''}")) | _SMALL
    rows = []
    for k, (a, b) in enumerate(d.sentences):
        if k in asked:
            continue
        clauses = [c for c in an.clauses if c.sent == k and c.role != "leeg"]
        said = d.raw(a, b)
        words = [w for w in dict.fromkeys(lower_words(said)) if w not in skip and ke.norm_words(w)]
        if not clauses or not words:
            continue
        where = "voor" if k < asked[0] else "na"
        golds = [shows(words, g) for g in case["goud"]]
        rows.append(dict(id=case["id"], file=name, where=where, kind=kind_of(an, clauses, where, said, k == len(d.sentences) - 1), said=said,
                         dist=asked[0] - k if where == "voor" else k - asked[-1], words=len(lower_words(said)),
                         gold="alle" if all(golds) else "geen" if not any(golds) else "deels",
                         engine=shows(words, result.sentence), sure=bool(result.sure), sentence=result.sentence))
    return rows


_SENT = re.compile(r"(?<=[.?!])\s+")
_VOC = re.compile(r"^([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}), ")


def flipped(r: dict) -> str | None:
    """The result with the other choice for this sentence: put back when dropped, taken out when kept."""
    parts = [p for p in _SENT.split(r["sentence"].strip()) if p]
    if r["engine"]:
        words = set(ke.norm_words(r["said"]))
        keep = [p for p in parts if p.endswith("?") or len(set(ke.norm_words(p)) & words) * 2 < len(set(ke.norm_words(p)))]
        return " ".join(keep) if len(keep) < len(parts) else None
    said = r["said"].strip()
    said = said[:1].upper() + said[1:] + ("" if said.endswith((".", "!", "?")) else ".")
    q = next((i for i, p in enumerate(parts) if p.endswith("?")), 0)
    if r.get("where", "") == "voor" and r.get("put_where") or r["kind"].endswith("voor") or r["kind"] in (
            "groet", "groet*", "aanloop"):
        m = _VOC.match(parts[q]) if q == 0 and parts else None
        if m:
            rest = parts[q][m.end():]
            parts[q] = f"{m.group(0)}{said} {rest[:1].upper()}{rest[1:]}"
        else:
            parts.insert(q, said)
    else:
        parts.insert(q + 1, said)
    return " ".join(parts)


def trial(rows: list[dict], cases: dict[str, dict]) -> list[str]:
    per: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for r in rows:
        other = flipped(r)
        if other is None:
            continue
        case = cases[r["id"]]
        before, after = not ke.judge(r["sentence"], case)[-1], not ke.judge(other, case)[-1]
        n = per[(r["kind"], "drop" if r["engine"] else "add")]
        n["n"] += 1
        n["+"] += after and not before
        n["-"] += before and not after
    out = ["| kind | put back where dropped: n, + / - | taken out where kept: n, + / - |", "|---|---|---|"]
    for kind in sorted({k for k, _ in per}):
        a, d = per[(kind, "add")], per[(kind, "drop")]
        out.append(f"| {kind} | {a['n']}: +{a['+']} / -{a['-']} | {d['n']}: +{d['+']} / -{d['-']} |")
    return out


def table(rows: list[dict]) -> list[str]:
    per: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        per[r["kind"]].append(r)
    out = ["| kind | sentences | drafts / files | golds all keep / split / all drop | engine keeps (sure) | "
           "engine drops (sure) | keeps where all drop | drops where all keep (sure) |",
           "|---|---|---|---|---|---|---|---|"]
    for kind, rs in sorted(per.items(), key=lambda kv: -len(kv[1])):
        g = Counter(r["gold"] for r in rs)
        keep = [r for r in rs if r["engine"]]
        drop = [r for r in rs if not r["engine"]]
        bad_keep = sum(r["gold"] == "geen" for r in keep)
        bad_drop = [r for r in drop if r["gold"] == "alle"]
        out.append(f"| {kind} | {len(rs)} | {len({r['id'] for r in rs})} / {len({r['file'] for r in rs})} | "
                   f"{g['alle']} / {g['deels']} / {g['geen']} | {len(keep)} ({sum(r['sure'] for r in keep)}) | "
                   f"{len(drop)} ({sum(r['sure'] for r in drop)}) | {bad_keep} | "
                   f"{len(bad_drop)} ({sum(r['sure'] for r in bad_drop)}) |")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rijen", help="print the sentences of this kind ('*': all)")
    parser.add_argument("--proef", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    rows, cases = [], {}
    names = files()
    for name in names:
        for case in tomllib.loads((FOLDER / f"{name}.toml").read_text(encoding="utf-8")).get("case", []):
            rows += rows_of(case, name)
            cases[case["id"]] = case
    print(f"{len(names)} files, {len({r['id'] for r in rows})} drafts, {len(rows)} sentences beside the ask")
    print("\n".join(table(rows)))
    if args.proef:
        print("\n".join(trial(rows, cases)))
    if args.rijen:
        for r in rows:
            if args.rijen in ("*", r["kind"]):
                print(f"{r['id']:11s} goud={r['gold']:5s} krimp={'K' if r['engine'] else 'd'}{'Z' if r['sure'] else '-'}"
                      f" | {r['said']} || {r['sentence']}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
