"""Round 52 (k52a): what the NOT-SURE offer drops that the outside golds keep, and what a few keep policies would do.

Contract item 6: when a self-check fails, krimp offers "the user's own request with only the surely removable parts
cut". On the outside files (every tuning-ho* and tuning*-p) about three results in four are not sure, so the not-sure
offer is most of what the acceptable figure measures. This tool reads every not-sure, non-crisis result there:

- `--tel` (default): every sentence of the draft beside the ask's sentence (lone_statement.split; the ask's sentence:
  before_ask.ask_index), with where it stands (the distance before (-) or after (+) the ask), its kind (`kind_of`),
  whether the offer shows it, whether the golds keep it (all / some / none: at least half of its content words shown),
  and whether it holds a must-keep item the offer lost. Then, per kind and place, the dropped sentences and what a
  put-back of that sentence alone does (judged with krimp_eval's judge, the offer edited as krimp_sentence_keep does).
  Also: where the lost must-keep items of the unacceptable not-sure results stand.
- `--beleid`: the candidate policies (`POLICIES`), each an edit of the offered sentence, judged on all outside files
  and on the recent ones (RECENT): + / - acceptable, per file group. A sure result is never touched.
- `--rijen KIND`: the dropped sentences of a kind ('*' every kind), with the golds' verdict.
- `--bereik`: the rule built from this count (two_said.py) off and on over every tuning draft it can reach, with
  compose for the practice cases; every changed result.
- `--motor BEFORE AFTER`: two snapshots (tools/krimp_snapshot.py over a folder of copies, `--map`) compared: acceptable
  / sure / wrong and sure per group, and every changed result.

The results are computed once (`--bewaar FILE` writes them, `--neem FILE` reads them: the engine over 4,600 drafts takes
minutes). Usage:
  PYTHONPATH=src python tools/krimp_offer_keep.py --bewaar /tmp/offer.json [--tel] [--beleid]
  PYTHONPATH=src python tools/krimp_offer_keep.py --neem /tmp/offer.json [--tel] [--beleid] [--rijen KIND]
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
from vraaghulp.coach.krimp.before_ask import ask_index, mostly_shown  # noqa: E402
from vraaghulp.coach.krimp.checks import lower_words  # noqa: E402
from vraaghulp.coach.krimp.lone_statement import split  # noqa: E402
from vraaghulp.coach.krimp.state_before import kept as put_in_front  # noqa: E402

FOLDER = ROOT / "tests" / "corpus" / "krimp"
RECENT = ("tuning-ho49a", "tuning-ho49b", "tuning-ho50a", "tuning-ho50b", "tuning-ho51a", "tuning-ho51b",
          "tuning49-p", "tuning50-p", "tuning51-p")
PADDING = frozenset({"groet", "afsluiting", "afzwakker", "excuus", "uitweg", "aanloop", "last", "angst", "oordeel",
                     "dank", "meer-vragen", "label", "goed"})
_SMALL = frozenset({"de", "het", "een", "en", "ik", "je", "jij", "ge", "gij", "u", "is", "ben", "zijn", "van", "op",
                    "in", "aan", "te", "er", "dat", "da", "die", "mijn", "mn", "m'n", "me", "mij", "heb", "nog", "al",
                    "ook", "om", "met", "voor", "naar", "bij", "dan", "niet", "ni", "nie", "wel", "zo", "maar", "'k",
                    "k", "t", "'t", "wat", "of", "als", "want", "omdat", "we", "wij", "ze", "zij", "hij", "jullie",
                    "heel", "echt", "even", "ff", "hoor", "toch", "nu", "dit", "deze", "was", "had", "wil", "kan",
                    "moet", "zou", "gaat", "ga", "heeft", "hebt", "kun", "kunt", "wilt"})


def outside_files() -> list[str]:
    return sorted({p.stem for p in FOLDER.glob("tuning-ho*.toml")} | {p.stem for p in FOLDER.glob("tuning*-p.toml")})


def load_cases(names: list[str]) -> dict[str, dict]:
    cases = {}
    for name in names:
        for case in tomllib.loads((FOLDER / f"{name}.toml").read_text(encoding="utf-8")).get("case", []):
            cases[case["id"]] = {**case, "_file": name}
    return cases


def collect(cases: dict[str, dict]) -> list[dict]:
    """The engine's result for every case (the only engine call of the tool)."""
    from vraaghulp.coach.krimp import shrink
    rows = []
    for cid, case in cases.items():
        draft = case["concept"].strip("\n")
        r = shrink(draft, person=case.get("wie") or None, moment=case.get("wanneer") or None)
        rows.append(dict(id=cid, file=case["_file"], sentence=r.sentence, sure=bool(r.sure), crisis=bool(r.crisis),
                         found=[[f.kind, f.text] for f in r.findings], withheld=list(r.withheld)))
    return rows


# ---- the kinds of a sentence beside the ask -------------------------------------------------------------------------

_IDENT = re.compile(r"(?i)\b(?:spreekt\s+met|u\s+spreekt|mijn\s+naam\s+is|geboren|geb\.|geboortedatum|patiëntnummer"
                    r"|klantnummer|dossiernummer|leerlingnummer|bsn|hier\s+is|'t\s+is\s+(?:hier\s+)?\w+\s*$|ik\s+ben\s+de"
                    r"\s+(?:moeder|vader|zoon|dochter|partner|buurvrouw|buurman)\s+van)\b")
_STATE = re.compile(r"(?i)\b(?:gaat\s+(?:het\s+)?(?:echt\s+|zo\s+|heel\s+|nog\s+)?(?:niet|ni|nie|slecht|minder)"
                    r"|ik\s+(?:ben|voel\s+me|zit)\s+(?:echt\s+|zo\s+|heel\s+|helemaal\s+|nogal\s+)?"
                    r"(?:moe|op|kapot|ziek|bang|overspannen|doodop|uitgeput|vol|vast|stuk|down|ongerust|bezorgd|alleen"
                    r"|eenzaam|er\s+doorheen|door)"
                    r"|ik\s+(?:kan|kan\s+het)\s+(?:niet|ni|nie)\s+meer|zwaar|gestrest|stress|paniek|huil|slaap\s+slecht)\b")
_PROBLEM = re.compile(r"(?i)\b(?:kapot|stuk|uitgevallen|valt\s+uit|werkt\s+(?:niet|ni|nie)|doet\s+het\s+(?:niet|ni|nie)"
                      r"|gecrasht|crasht|lekt|lekkage|geen\s+(?:warm\s+)?water|geen\s+stroom|geen\s+verwarming"
                      r"|gevallen|gebroken|verstuikt|ziek|koorts|griep|pech|gestolen|verloren|kwijt|vergeten|gemist"
                      r"|verstopt|overstroomd|start\s+(?:niet|ni|nie)|ligt\s+plat|opgenomen|ziekenhuis|spoed"
                      r"|ingebroken|gelekt|nat|schimmel|vlekken|herrie|lawaai)\b")
_REASON = re.compile(r"(?i)^(?:want|omdat|aangezien|doordat|vermits)\b")
_SCHEDULE = re.compile(r"(?i)^(?:en\s+|maar\s+)?(?:ik|'k|k|we|wij)\s+(?:moet|moeten|werk|werken|sta|heb|hebben|ben|zijn|ga"
                       r"|gaan)\b")
_TIME = re.compile(r"(?i)\d|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|vanavond|vannacht"
                   r"|vanmiddag|vanochtend|vandaag|overmorgen|weekend|uur|januari|februari|maart|april|mei|juni|juli"
                   r"|augustus|september|oktober|november|december)\b")
_NEGATED_THING = re.compile(r"(?i)^(?:maar\s+)?(?:de|het|die|mijn|m'n|mn|ons|onze)?\s*[\w'-]+(?:\s+[\w'-]+)?\s+"
                            r"(?:niet|ni|nie|niet\s+meer)\s*[.!]?$")
_LIMIT = re.compile(r"(?i)^(?:alleen|enkel|pas|liefst|liever|graag|niet|geen|wel|let\s+op|zet|leg|doe|geef|neem|laat"
                    r"|bel|stuur|breng|hou|houd|gooi|vergeet)\b")


def kind_of(said: str, dist: int, found: list[list[str]]) -> str:
    """The kind of one sentence beside the ask (the first that fits): `weg` (the engine names most of it as padding:
    a greeting, an apology, a way out, burden, thanks, a second request …), `vraag` (a question of its own),
    `identiteit` (who the writer is: 'u spreekt met …, geboren …'), `staat` (how the writer is), `probleem` (what broke
    or went wrong), `voorwaarde` (after the ask: a restriction, an instruction, 'De cactussen niet.'), `reden` ('want
    …'), `eigen` (the writer's own schedule: 'ik moet …'), `tijd` (a day, a clock time, a figure), `feit` (the rest)."""
    words = lower_words(said)
    covered = set()
    for kind, text in found:
        if kind in PADDING:
            covered |= set(lower_words(text))
    if words and 2 * sum(w in covered for w in words) >= len(words):
        return "weg"
    if "?" in said:
        return "vraag"
    if _IDENT.search(said):
        return "identiteit"
    if _STATE.search(said):
        return "staat"
    if _PROBLEM.search(said):
        return "probleem"
    if dist > 0 and (len(words) <= 8 and (_LIMIT.search(said) or _NEGATED_THING.match(said.strip()))):
        return "voorwaarde"
    if _REASON.search(said):
        return "reden"
    if _SCHEDULE.search(said):
        return "eigen"
    if _TIME.search(said):
        return "tijd"
    return "feit"


def content(said: str, ask: str, name: str) -> list[str]:
    skip = set(lower_words(ask)) | set(lower_words(name)) | _SMALL
    return [w for w in dict.fromkeys(lower_words(said)) if w not in skip and ke.norm_words(w)]


def shows(words: list[str], sentence: str) -> bool:
    seen = set(ke.norm_words(sentence))
    return bool(words) and sum(bool(ke.norm_words(w)) and ke.norm_words(w)[0] in seen for w in words) * 2 >= len(words)


_VOC = re.compile(r"^([^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){0,2}), ")
_LEAD_GREET = re.compile(r"(?i)^(?:hoi|hallo|hey|hee|hi|dag|beste|lieve|goeiemorgen|goedemorgen|goedemiddag|goedenavond"
                         r"|goeiedag|allo|yo)\b[^,.!?]{0,30}[,!]\s*")


def name_of(sentence: str) -> str:
    m = _VOC.match(sentence)
    return m.group(1) if m else ""


def bare(said: str) -> str:
    """The sentence without a greeting and a name before a comma, and without its closing mark."""
    said = _LEAD_GREET.sub("", said.strip(), count=1).strip()
    return said.rstrip(" .!")


def with_back(sentence: str, said: str, dist: int) -> str:
    """The offer with the sentence put back: before the question (after the name) or after it."""
    said = bare(said)
    if not said:
        return sentence
    if dist < 0:
        return put_in_front(sentence, name_of(sentence), said)
    parts = [p for p in re.split(r"(?<=[.?!])\s+", sentence.strip()) if p]
    q = next((i for i, p in enumerate(parts) if p.endswith("?")), len(parts) - 1)
    parts.insert(q + 1, said[:1].upper() + said[1:] + ".")
    return " ".join(parts)


def beside(row: dict, case: dict) -> list[dict]:
    """Every sentence of the draft beside the ask's sentence, read against the offer and the golds."""
    draft = case["concept"].strip("\n")
    parts = split(draft)
    at = ask_index(parts, row["sentence"])
    if at is None:
        return []
    name = name_of(row["sentence"])
    lost = [w for w in case.get("houden", []) if not ke.contains(row["sentence"], w)]
    out = []
    for k, said in enumerate(parts):
        if k == at:
            continue
        words = content(said, parts[at], name)
        golds = [shows(words, g) for g in case.get("goud", [])]
        out.append(dict(k=k, dist=k - at, said=said, kind=kind_of(said, k - at, row["found"]), n=len(lower_words(said)),
                        shown=mostly_shown(said, row["sentence"]), words=len(words),
                        gold="-" if not words else "alle" if all(golds) else "geen" if not any(golds) else "deels",
                        holds_lost=[w for w in lost if ke.contains(said, w)]))
    return out


def verdict(sentence: str, case: dict) -> bool:
    return not ke.judge(sentence, case)[-1]


def group_of(file: str) -> str:
    return "recent" if file in RECENT else "ouder"


# ---- the tally ------------------------------------------------------------------------------------------------------

def where(dist: int) -> str:
    return f"{dist:+d}" if abs(dist) <= 1 else ("-2+" if dist < 0 else "+2+")


def tally(rows: list[dict], cases: dict[str, dict]) -> None:
    unsure = [r for r in rows if not r["sure"] and not r["crisis"]]
    bad = [r for r in unsure if not verdict(r["sentence"], cases[r["id"]])]
    print(f"outside files: {len(rows)} drafts, {sum(r['sure'] for r in rows)} sure, {len(unsure)} not sure and no crisis,"
          f" {len(bad)} of them not acceptable")
    lost_at: Counter = Counter()
    reason: Counter = Counter()
    for r in bad:
        case = cases[r["id"]]
        _b, _g, kept, gone, wrong, reasons = ke.judge(r["sentence"], case)
        lost = [w for w in case.get("houden", []) if not ke.contains(r["sentence"], w)]
        reason["must-keep lost" if lost else "must-drop kept" if gone < len(case.get("weg", [])) else
               "meaning pattern" if wrong else "similarity only"] += 1
        if not lost:
            continue
        rows_b = beside(r, case)
        spots = {(where(s["dist"]), s["kind"]) for s in rows_b if s["holds_lost"]}
        lost_at.update(spots or {("in de vraagzin of elders", "")})
    print("\nnot acceptable, first reason:", dict(reason))
    print("\nwhere the lost must-keep items stand (drafts; a draft may count in more than one row):")
    for (w, k), n in lost_at.most_common(30):
        print(f"  {w:>4} {k:12s} {n}")
    per: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for r in unsure:
        case = cases[r["id"]]
        ok = verdict(r["sentence"], case)
        for s in beside(r, case):
            if s["shown"]:
                continue
            c = per[(where(s["dist"]), s["kind"])]
            c["n"] += 1
            c[s["gold"]] += 1
            c["lost"] += bool(s["holds_lost"])
            after = verdict(with_back(r["sentence"], s["said"], s["dist"]), case)
            c["+"] += after and not ok
            c["-"] += ok and not after
            if group_of(r["file"]) == "recent":
                c["r+"] += after and not ok
                c["r-"] += ok and not after
    print("\ndropped sentences of not-sure offers, by place and kind (golds all / some / none keep; holds a lost "
          "must-keep; that sentence alone put back: + / -, all outside and recent)")
    print("| place | kind | n | all / some / none | holds lost | put back: all | recent |")
    print("|---|---|---|---|---|---|---|")
    for (w, k), c in sorted(per.items(), key=lambda kv: (kv[0][0], -kv[1]["n"])):
        print(f"| {w} | {k} | {c['n']} | {c['alle']} / {c['deels']} / {c['geen']} | {c['lost']} | +{c['+']} / -{c['-']} "
              f"| +{c['r+']} / -{c['r-']} |")


# ---- the policies ---------------------------------------------------------------------------------------------------

def _one(pick):
    """A policy that puts back at most one dropped sentence: the first `pick` accepts."""
    def policy(r: dict, case: dict, sents: list[dict]) -> str:
        for s in sents:
            if not s["shown"] and pick(s, sents, case):
                return with_back(r["sentence"], s["said"], s["dist"])
        return r["sentence"]
    return policy


def _every(pick):
    def policy(r: dict, case: dict, sents: list[dict]) -> str:
        sentence = r["sentence"]
        for s in sorted((s for s in sents if not s["shown"] and pick(s, sents, case)), key=lambda s: -abs(s["dist"])):
            sentence = with_back(sentence, s["said"], s["dist"])
        return sentence
    return policy


_KEEPABLE = ("identiteit", "staat", "probleem", "voorwaarde", "reden", "eigen", "tijd", "feit")
POLICIES = {
    "voor-1 elke niet-weg": _one(lambda s, ss, c: s["dist"] == -1 and s["kind"] in _KEEPABLE),
    "voor-1 probleem/staat": _one(lambda s, ss, c: s["dist"] == -1 and s["kind"] in ("probleem", "staat")),
    "voor-1 probleem": _one(lambda s, ss, c: s["dist"] == -1 and s["kind"] == "probleem"),
    "voor-1 staat": _one(lambda s, ss, c: s["dist"] == -1 and s["kind"] == "staat"),
    "voor-1 feit": _one(lambda s, ss, c: s["dist"] == -1 and s["kind"] == "feit"),
    "voor-1 tijd": _one(lambda s, ss, c: s["dist"] == -1 and s["kind"] == "tijd"),
    "voor identiteit": _one(lambda s, ss, c: s["dist"] < 0 and s["kind"] == "identiteit"),
    "na-1 voorwaarde": _one(lambda s, ss, c: s["dist"] == 1 and s["kind"] == "voorwaarde"),
    "na voorwaarde": _one(lambda s, ss, c: s["dist"] > 0 and s["kind"] == "voorwaarde"),
    "na-1 probleem/staat": _one(lambda s, ss, c: s["dist"] == 1 and s["kind"] in ("probleem", "staat")),
    "kort concept (≤3 zinnen): alles niet-weg": _every(lambda s, ss, c: len(ss) <= 2 and s["kind"] in _KEEPABLE),
    "kort concept (≤3 zinnen): probleem/staat/voorwaarde": _every(
        lambda s, ss, c: len(ss) <= 2 and s["kind"] in ("probleem", "staat", "voorwaarde", "identiteit")),
    "probleem/staat overal": _every(lambda s, ss, c: s["kind"] in ("probleem", "staat")),
    "kort concept, korte zin vlak voor de vraag": _one(
        lambda s, ss, c: s["dist"] == -1 and len(ss) <= 2 and s["n"] <= 8 and s["kind"] in _KEEPABLE),
    "kort concept, korte zin vlak voor de vraag (3-8 woorden)": _one(
        lambda s, ss, c: s["dist"] == -1 and len(ss) <= 2 and 3 <= s["n"] <= 8 and s["kind"] in _KEEPABLE),
    "kort concept, korte zin vlak voor (geen reden/identiteit)": _one(
        lambda s, ss, c: s["dist"] == -1 and len(ss) <= 2 and 3 <= s["n"] <= 8
        and s["kind"] in ("feit", "tijd", "staat", "eigen", "probleem")),
    "kort concept, korte zin vlak voor (2 zinnen)": _one(
        lambda s, ss, c: s["dist"] == -1 and len(ss) <= 1 and 3 <= s["n"] <= 8 and s["kind"] in _KEEPABLE),
    "kort concept, zin vlak voor (≤12 woorden)": _one(
        lambda s, ss, c: s["dist"] == -1 and len(ss) <= 2 and 3 <= s["n"] <= 12 and s["kind"] in _KEEPABLE),
    "enige inhoudszin, vlak voor (3-8)": _one(
        lambda s, ss, c: s["dist"] == -1 and 3 <= s["n"] <= 8 and s["kind"] in _KEEPABLE
        and sum(o["kind"] not in ("weg",) for o in ss) == 1),
    "enige inhoudszin, vlak voor (3-12)": _one(
        lambda s, ss, c: s["dist"] == -1 and 3 <= s["n"] <= 12 and s["kind"] in _KEEPABLE
        and sum(o["kind"] not in ("weg",) for o in ss) == 1),
    "enige inhoudszin, vlak voor (3-16)": _one(
        lambda s, ss, c: s["dist"] == -1 and 3 <= s["n"] <= 16 and s["kind"] in _KEEPABLE
        and sum(o["kind"] not in ("weg",) for o in ss) == 1),
    "enige inhoudszin, vlak na (3-12)": _one(
        lambda s, ss, c: s["dist"] == 1 and 3 <= s["n"] <= 12 and s["kind"] in _KEEPABLE
        and sum(o["kind"] not in ("weg",) for o in ss) == 1),
    "2 zinnen, vlak voor (3-12)": _one(
        lambda s, ss, c: s["dist"] == -1 and len(ss) <= 1 and 3 <= s["n"] <= 12 and s["kind"] in _KEEPABLE),
    "2 zinnen, vlak voor (3-20)": _one(
        lambda s, ss, c: s["dist"] == -1 and len(ss) <= 1 and 3 <= s["n"] <= 20 and s["kind"] in _KEEPABLE),
    "2 zinnen, vlak na (3-12)": _one(
        lambda s, ss, c: s["dist"] == 1 and len(ss) <= 1 and 3 <= s["n"] <= 12 and s["kind"] in _KEEPABLE),
    "2 zinnen, voor of na (3-12)": _one(
        lambda s, ss, c: abs(s["dist"]) == 1 and len(ss) <= 1 and 3 <= s["n"] <= 12 and s["kind"] in _KEEPABLE),
}


def policies(rows: list[dict], cases: dict[str, dict], names: list[str] | None = None) -> None:
    unsure = [r for r in rows if not r["sure"] and not r["crisis"]]
    total = Counter(group_of(r["file"]) for r in rows)
    base = Counter(group_of(r["file"]) for r in rows if verdict(r["sentence"], cases[r["id"]]))
    print(f"\nbaseline acceptable: ouder {base['ouder']}/{total['ouder']}, recent {base['recent']}/{total['recent']}")
    print("| policy | changed | all: + / - | recent: + / - | net all / recent |")
    print("|---|---|---|---|---|")
    for label, policy in POLICIES.items():
        if names and label not in names:
            continue
        c: Counter = Counter()
        for r in unsure:
            case = cases[r["id"]]
            new = policy(r, case, beside(r, case))
            if new == r["sentence"]:
                continue
            before, after = verdict(r["sentence"], case), verdict(new, case)
            g = group_of(r["file"])
            c["n"] += 1
            c["+"] += after and not before
            c["-"] += before and not after
            c[g + "+"] += after and not before
            c[g + "-"] += before and not after
        print(f"| {label} | {c['n']} | +{c['+']} / -{c['-']} | +{c['recent+']} / -{c['recent-']} | "
              f"{c['+'] - c['-']:+d} / {c['recent+'] - c['recent-']:+d} |")


def listing(rows: list[dict], cases: dict[str, dict], kind: str, place: str | None) -> None:
    for r in rows:
        if r["sure"] or r["crisis"]:
            continue
        case = cases[r["id"]]
        ok = verdict(r["sentence"], case)
        for s in beside(r, case):
            if s["shown"] or kind not in ("*", s["kind"]) or place and where(s["dist"]) != place:
                continue
            after = verdict(with_back(r["sentence"], s["said"], s["dist"]), case)
            mark = "+" if after and not ok else "-" if ok and not after else "="
            print(f"{r['id']:10s} {where(s['dist']):>3} {s['kind']:10s} goud={s['gold']:5s} {mark} "
                  f"{'L' if s['holds_lost'] else ' '} | {s['said']}  ||  {r['sentence']}")


def snapshot_rows(path: str) -> dict[str, dict]:
    return {json.loads(line)["id"]: json.loads(line) for line in open(path, encoding="utf-8")}


def motor(before: str, after: str, cases: dict[str, dict]) -> None:
    """Two tools/krimp_snapshot.py files (or --bewaar files) compared with krimp_eval's judge."""
    a, b = snapshot_rows(before), snapshot_rows(after) if after.endswith(".jsonl") else None
    if b is None:
        b = {r["id"]: r for r in json.loads(Path(after).read_text(encoding="utf-8"))}
    if isinstance(a, dict) and before.endswith(".json"):
        a = {r["id"]: r for r in json.loads(Path(before).read_text(encoding="utf-8"))}
    for group in ("alle", "recent"):
        n = Counter()
        for cid, case in cases.items():
            if group == "recent" and case["_file"] not in RECENT or cid not in a or cid not in b:
                continue
            for tag, r in (("v", a[cid]), ("n", b[cid])):
                sure = r.get("sure", r.get("zeker"))
                _b, _g, kept, _gone, wrong, reasons = ke.judge(r["sentence"], case)
                n[tag + "ok"] += not reasons
                n[tag + "sure"] += bool(sure)
                n[tag + "ws"] += bool(sure) and (kept < len(case.get("houden", [])) or wrong)
            n["n"] += 1
        print(f"{group}: {n['n']} drafts, acceptable {n['vok']} -> {n['nok']}, sure {n['vsure']} -> {n['nsure']}, "
              f"wrong and sure {n['vws']} -> {n['nws']}")
    for cid, case in cases.items():
        if cid in a and cid in b and (a[cid]["sentence"] != b[cid]["sentence"]
                                      or a[cid].get("sure", a[cid].get("zeker")) != b[cid].get("sure", b[cid].get("zeker"))):
            va, vb = verdict(a[cid]["sentence"], case), verdict(b[cid]["sentence"], case)
            print(f"{cid:10s} {'+' if vb and not va else '-' if va and not vb else '='} | {a[cid]['sentence']}\n"
                  f"{'':12s} -> {b[cid]['sentence']}")


def reach(show: bool) -> None:
    """The rule (two_said.py) off and on over every tuning draft it can reach (a two-sentence draft: two_said.statement;
    no other draft can change), with compose for the practice cases: acceptable / sure / wrong and sure per group (the
    whole tuning part, the outside files, the recent ones), and every changed result."""
    from vraaghulp.coach.krimp import compose, shrink, two_said
    outside = set(outside_files())
    n: Counter = Counter()
    changed = []
    for path in sorted(FOLDER.glob("tuning*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            draft = case["concept"].strip("\n")
            if not two_said.statement(draft):
                continue
            person, moment = case.get("wie") or None, case.get("wanneer") or None
            got = {}
            for on in (False, True):
                two_said.ON = on
                r = shrink(draft, person=person, moment=moment)
                c = compose(person, draft, moment) if case.get("kanaal") == "oefen" else None
                got[on] = (r.sentence, bool(r.sure), c)
            groups = ["tuning"] + (["outside"] if path.stem in outside else []) + (["recent"] if path.stem in RECENT else [])
            for on, (sentence, sure, c) in got.items():
                _b, _g, kept, _gone, wrong, reasons = ke.judge(sentence, case)
                for g in groups:
                    n[(g, on, "n")] += 1
                    n[(g, on, "ok")] += not reasons
                    n[(g, on, "sure")] += sure
                    n[(g, on, "ws")] += sure and (kept < len(case.get("houden", [])) or wrong)
                    n[(g, on, "c")] += c is not None and not ke.judge(c, case)[-1]
            if got[False] != got[True]:
                a, b = verdict(got[False][0], case), verdict(got[True][0], case)
                changed.append(f"{case['id']:10s} {'+' if b and not a else '-' if a and not b else '='} "
                               f"{'Z' if got[True][1] else '-'} | {got[False][0]}\n{'':14s}-> {got[True][0]}")
    two_said.ON = True
    for g in ("tuning", "outside", "recent"):
        print(f"{g}: {n[(g, True, 'n')]} drafts reached, acceptable {n[(g, False, 'ok')]} -> {n[(g, True, 'ok')]}, "
              f"sure {n[(g, False, 'sure')]} -> {n[(g, True, 'sure')]}, wrong and sure {n[(g, False, 'ws')]} -> "
              f"{n[(g, True, 'ws')]}, practice via compose {n[(g, False, 'c')]} -> {n[(g, True, 'c')]}")
    print(f"{len(changed)} results changed")
    if show:
        print("\n".join(changed))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bewaar")
    parser.add_argument("--neem")
    parser.add_argument("--tel", action="store_true")
    parser.add_argument("--beleid", action="store_true")
    parser.add_argument("--rijen")
    parser.add_argument("--plek")
    parser.add_argument("--motor", nargs=2)
    parser.add_argument("--bereik", action="store_true", help="two_said.py off and on over every draft it can reach")
    args = parser.parse_args(argv)
    if args.bereik:
        reach(show=True)
        return 0
    cases = load_cases(outside_files())
    if args.motor:
        motor(*args.motor, cases)
        return 0
    if args.neem:
        rows = json.loads(Path(args.neem).read_text(encoding="utf-8"))
    else:
        rows = collect(cases)
        if args.bewaar:
            Path(args.bewaar).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    if args.tel or not (args.beleid or args.rijen):
        tally(rows, cases)
    if args.beleid:
        policies(rows, cases)
    if args.rijen:
        listing(rows, cases, args.rijen, args.plek)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
