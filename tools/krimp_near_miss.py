"""Results that keep everything yet are not close to any gold: what do they have extra, what do they lack? (round 41, k41b)

Over the outside files (``krimp_first_sight.OUTSIDE`` and the probes ``tuning3*-p``, ``tuning40-p``), for every draft
whose result holds every must-keep item (``houden``), no must-drop item (``weg``), no ``fout`` pattern, yet reaches a
word similarity below 0.80 to its nearest gold (``krimp_eval.judge``): the word diff to that gold (difflib on
``krimp_eval.norm_words``, as the judge) is cut into spans the result has extra and spans it lacks, and each span gets
a kind by its words and where it stands (the first that fits, see ``kind_of``). A span whose words stand on the other
side too is a move (a whole sentence, a time phrase, other words). Printed per kind and side: the drafts it occurs in,
sure / not sure, the files, and how many drafts that kind alone would bring to 0.80 (the span mended, the rest as is);
then ``--voorbeelden N`` examples per kind. Only the judge and the engine's public ``shrink``: no engine logic here.

Usage: PYTHONPATH=src python tools/krimp_near_miss.py [--voorbeelden N] [--soort KIND] [--bestand NAME …]
       [--bewaar OUT.json | --lees OUT.json]   (keep the results, or read them back instead of running the engine)
(today's engine on about 2,500 drafts: about a minute and a half)
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

from krimp_eval import THRESHOLD, fold, judge, norm_words  # noqa: E402
from krimp_first_sight import OUTSIDE  # noqa: E402

FOLDER = ROOT / "tests" / "corpus" / "krimp"
PROBES = ("tuning37-p", "tuning38-p", "tuning39-p", "tuning40-p")

TIME = re.compile(r"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|vandaag|vanavond|"
                  r"vanmiddag|vannacht|straks|nu|week|weekend|maand|jaar|dag|avond|ochtend|middag|voormiddag|"
                  r"namiddag|uur|\d+u\d*|\d+|januari|februari|maart|april|mei|juni|juli|augustus|september|"
                  r"oktober|november|december|tegen|voor|na|vanaf|tot|uiterlijk|ten laatste|deze|volgende)\b")
FILLER = {"even", "eventjes", "efkes", "ff", "effe", "misschien", "eens", "ne", "keer", "nog", "toch", "wel",
          "gewoon", "echt", "alsjeblieft", "alstublieft", "aub", "graag", "pls", "please", "svp", "nekeer", "eventueel"}
MODALS = {"kun", "kunt", "kan", "kunnen", "wil", "wilt", "willen", "zou", "zoudt", "zouden", "mag", "mogen",
          "wilde", "kon", "kondt", "kunde"}
PRONOUNS = {"je", "jij", "ge", "gij", "u", "jullie", "gie", "gullie"}
APOLOGY = re.compile(r"\b(sorry|sory|sorri|excuses|excuus|spijt|kwalijk|schuld|schaam)")
BURDEN = re.compile(r"\b(druk|storen|stoor|lastig|last|vervelend|moeite|tijd (hebt|heeft|heb))\b")
THANKS = re.compile(r"\b(dank|bedankt|merci|dankjewel|dankje|thanks|thx)")
SIGN = re.compile(r"\b(groet|groeten|groetjes|liefs|xx+|doei|tot (straks|dan|later|zo)|mvg|kusjes|dikke)")
GREET = re.compile(r"^(hoi|hey|hee|heej|hallo|hai|dag|beste|lieve|goedemorgen|goedemiddag|goedenavond|hi|yo|jo+|"
                   r"allo|salut|geachte)\b")
PREAMBLE = re.compile(r"\b(ik wilde|ik wou|vroeg me af|vroeg mij af|ik weet (niet|ni|nie) of|zoals|laten weten|"
                      r"ik wil (je|u|jullie) vragen|ik heb een vraag|vraagje|ik zou willen vragen|mag ik vragen|"
                      r"ik wil even|ik wou even|ik merk|ik denk dat)")
REASON = re.compile(r"^(want|omdat|anders|door|sinds|doordat|aangezien|dan|zodat|om|daar|nu)\b")
STATE = re.compile(r"^(ik|k|kzijn|kzit|kheb|ik ben|we|wij)\b.*\b(ben|zijn|voel|zit|lig|heb|kan|trek|red|krijg|"
                   r"slaap|weet|moet|sta|zie|durf|ga|wil|vind|snap|geraak)\b")


def sentences(text: str) -> list[list[str]]:
    """The text's sentences as normalised word lists (a sentence ends at . ? ! or a line break)."""
    parts = re.split(r"(?<=[.?!])\s+|\n+", text.strip())
    return [w for w in (norm_words(p) for p in parts) if w]


def sentence_of(sents: list[list[str]]) -> list[int]:
    return [i for i, s in enumerate(sents) for _ in s]


def spans(result: str, gold: str) -> tuple[list[dict], int, int]:
    """The extra and lacking spans of the result against the gold, with difflib's matched words and total."""
    a, b = norm_words(result), norm_words(gold)
    sa, sb = sentences(result), sentences(gold)
    ia, ib = sentence_of(sa), sentence_of(sb)
    if len(ia) != len(a) or len(ib) != len(b):  # the two splits disagree: treat each text as one sentence
        sa, sb, ia, ib = [a], [b], [0] * len(a), [0] * len(b)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("replace", "delete"):
            out.append(dict(side="extra", words=a[i1:i2], at=i1, sent=sa[ia[i1]], first=ia[i1] == 0,
                            whole=_whole(ia, i1, i2, sa), asks="?" in _raw_sentence(result, ia[i1])))
        if op in ("replace", "insert"):
            out.append(dict(side="mist", words=b[j1:j2], at=j1, sent=sb[ib[j1]], first=ib[j1] == 0,
                            whole=_whole(ib, j1, j2, sb), asks="?" in _raw_sentence(gold, ib[j1])))
    matched = sum(m.size for m in matcher.get_matching_blocks())
    return out, matched, len(a) + len(b)


def _whole(index: list[int], i1: int, i2: int, sents: list[list[str]]) -> bool:
    covered = defaultdict(int)
    for k in range(i1, i2):
        covered[index[k]] += 1
    return any(n >= 0.9 * len(sents[s]) for s, n in covered.items())


def _raw_sentence(text: str, k: int) -> str:
    parts = [p for p in re.split(r"(?<=[.?!])\s+|\n+", text.strip()) if norm_words(p)]
    return parts[k] if k < len(parts) else ""


def _moved(span: dict, others: list[dict]) -> bool:
    words = span["words"]
    return any(len(words) >= 1 and _overlap(words, o["words"]) >= 0.8 for o in others)


def _overlap(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    common = sum(min(a.count(w), b.count(w)) for w in set(a))
    return common / max(len(a), len(b))


def kind_of(span: dict, others: list[dict]) -> str:
    """The span's kind: the first that fits, in this order."""
    words, text = span["words"], " ".join(span["words"])
    if _moved(span, others):
        if span["whole"]:
            return "zin verplaatst" + (" (vraag)" if span["asks"] else "")
        return "tijd verplaatst" if TIME.search(text) else "woorden verplaatst"
    if span["first"] and span["at"] == 0 and (GREET.match(text) or len(words) <= 3 and not span["whole"]):
        return "aanhef"
    if APOLOGY.search(text):
        return "excuus"
    if THANKS.search(text):
        return "dank"
    if SIGN.search(text) and not span["asks"]:
        return "afsluiting"
    if BURDEN.search(text) and len(words) <= 8:
        return "last"
    if PREAMBLE.search(text):
        return "inleiding"
    if set(words) <= FILLER:
        return "even/misschien/ne keer/eens" if set(words) & {"even", "eventjes", "efkes", "ff", "effe", "misschien",
                                                              "eens", "ne", "keer", "nekeer", "eventueel"} else "vulwoord"
    if set(words) <= MODALS | PRONOUNS:
        return "werkwoordsvorm/voornaamwoord"
    if span["whole"] and span["asks"]:
        return "vraagzin anders"
    if span["whole"]:
        if REASON.match(text):
            return "redenzin"
        return "toestandszin" if STATE.match(text) else "contextzin"
    if REASON.match(text):
        return "reden (deel)"
    if len(words) <= 4 and TIME.search(text) and all(TIME.search(w) or w in {"de", "het", "op", "om", "in"} for w in words):
        return "tijd"
    return "deel van een zin" if len(words) > 2 else "woord(en)"


def near_misses(names: list[str]) -> list[dict]:
    from vraaghulp.coach.krimp import shrink

    rows = []
    for name in names:
        cases = tomllib.loads((FOLDER / f"{name}.toml").read_text(encoding="utf-8")).get("case", [])
        for case in cases:
            result = shrink(case["concept"].strip("\n"), person=case.get("wie") or None,
                            moment=case.get("wanneer") or None)
            best, gold, kept, gone, wrong, _reasons = judge(result.sentence, case)
            whole = kept == len(case.get("houden", [])) and gone == len(case.get("weg", [])) and not wrong
            rows.append(dict(file=name, id=case["id"], sentence=result.sentence, sure=result.sure, gold=gold,
                             golds=case.get("goud", []), best=best, near=whole and best < THRESHOLD, ok=whole and best >= THRESHOLD))
    return rows


def classify(row: dict) -> list[tuple[str, dict]]:
    found, _m, _t = spans(row["sentence"], row["gold"])
    out = []
    for span in found:
        others = [o for o in found if o["side"] != span["side"]]
        out.append((f"{span['side']}: {kind_of(span, others)}", span))
    return out


def alone_enough(row: dict, label: str) -> bool:
    """Would mending every span of this kind (the rest as is) bring the draft to the threshold?"""
    found, matched, total = spans(row["sentence"], row["gold"])
    for span in found:
        others = [o for o in found if o["side"] != span["side"]]
        if f"{span['side']}: {kind_of(span, others)}" == label:
            n = len(span["words"])
            matched, total = (matched, total - n) if span["side"] == "extra" else (matched + n, total + n)
    return total > 0 and 2 * matched / total >= THRESHOLD


def _in(words: list[str], text: str) -> bool:
    return f" {' '.join(words)} " in f" {' '.join(norm_words(text))} "


def golds_agree(row: dict, span: dict) -> bool | None:
    """Do the draft's other golds side with the nearest one on this span (an extra span in none of them, a lacking
    span in all of them)? None when the draft has one gold."""
    others = [g for g in row.get("golds", []) if g != row["gold"]]
    if not others:
        return None
    if span["side"] == "extra":
        return not any(_in(span["words"], g) for g in others)
    return all(_in(span["words"], g) for g in others)


def table(rows: list[dict], examples: int, only: str | None) -> None:
    near = [r for r in rows if r["near"]]
    print(f"{len(rows)} concepten, aanvaardbaar {sum(r['ok'] for r in rows)}, alles behouden maar < {THRESHOLD:.2f} "
          f"bij het goud: {len(near)} (zeker {sum(r['sure'] for r in near)})")
    by_kind: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for row in near:
        seen = set()
        for label, span in classify(row):
            if label not in seen:
                seen.add(label)
                by_kind[label].append((row, span))
    print(f"\n{'soort':40s} {'concepten':>9s} {'zeker':>5s} {'onzeker':>7s} {'bestanden':>9s} {'alleen genoeg':>13s} "
          f"{'goud eens/oneens':>16s}")
    for label, hits in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        drafts = [r for r, _s in hits]
        agree = [golds_agree(r, s) for r, s in hits]
        print(f"{label:40s} {len(drafts):9d} {sum(r['sure'] for r in drafts):5d} "
              f"{sum(not r['sure'] for r in drafts):7d} {len({r['file'] for r in drafts}):9d} "
              f"{sum(alone_enough(r, label) for r in drafts):13d} "
              f"{sum(a is True for a in agree):9d}/{sum(a is False for a in agree):<6d}")
    for label, hits in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        if (only and only not in label) or not examples:
            continue
        print(f"\n== {label}")
        for row, span in hits[:examples]:
            print(f"  [{row['id']}] {'zeker' if row['sure'] else 'onzeker'} {row['best']:.2f}  «{' '.join(span['words'])}»")
            print(f"    krimp: {row['sentence']}\n    goud:  {row['gold']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--voorbeelden", type=int, default=3, help="voorbeelden per soort (0: alleen de tabel)")
    parser.add_argument("--soort", help="alleen voorbeelden van soorten met dit stuk in hun naam")
    parser.add_argument("--bestand", nargs="*", help="alleen deze bestanden (zonder .toml)")
    parser.add_argument("--bewaar", type=Path, help="schrijf de resultaten als JSON (om later te vergelijken)")
    parser.add_argument("--lees", type=Path, help="lees de resultaten uit zo'n JSON in plaats van de engine te draaien")
    args = parser.parse_args(argv)
    names = args.bestand or [*OUTSIDE, *PROBES]
    rows = json.loads(args.lees.read_text(encoding="utf-8")) if args.lees else near_misses(names)
    if args.bewaar:
        args.bewaar.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    table(rows, args.voorbeelden, args.soort and fold(args.soort))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
