"""The crisis check's first-sight missed alarm lines across rounds (round 43, c43z), a sibling of
`crisis_first_sight.py` (false panels) and `crisis_first_sight_zorg.py` (false gentle lines).

Every held-out crisis set brought in as a tuning file is read in its first state by the engine of the commit before its
bring-in (`crisis_first_sight.first_state`); with `--binnen` the sets waiting in tests/corpus/incoming/ (not yet
brought in) are read by the engine of the commit before the one that put them there, the one that met them
(`crisis_first_sight.incoming_rows`). Then:

- per bring-in: alarm lines missed (acuut and zorg apart), and the score the first-sight engine gave them;
- every missed line with what carries it (`LABELS`, judged by hand in round 43; groups `GROUPS`), what the engine saw
  below the bar (its concepts and hint signals, its second opinion's score against its threshold), and the groups per
  round: how many misses, in how many bring-ins;
- with `--signaal`: the despair signals of `coach/crisis/despair.py` and the unsaid-end signals of
  `coach/crisis/unsaid_end.py` (round 43, c43a: things given away, a goodbye, a dangerous place, a passive wish) judged
  at first sight, as c42z judged the gentle floor: how many first-sight misses each would have lifted to the gentle line, and how many first-sight harmless
  lines with no tier (false zorg), per bring-in; and on the corpus as read today.

Usage: python tools/crisis_first_sight_missed.py [--lees FILE] [--binnen] [--lijst] [--signaal]
`--lees` reads a `crisis_first_sight.py --bewaar FILE` run instead of reading every bring-in again (two minutes).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import crisis_first_sight as fs  # noqa: E402

ROOT = fs.ROOT
GROUPS = {
    # the gentle tier (what the outside authors mostly wrote as zorg)
    "U": "exhaustion of life in one's own words ('ik ben op', 'zo moe van alles', 'ik trek dit ni meer', 'kin nait meer')",
    "Z": "no point, said as a question or a 'what for' ('waar doe ik het nog voor', 'wat is het nut', 'gin goesting')",
    "S": "'ik zie het niet meer zitten met' one's farm, firm, job or traineeship (read as an ordinary chore)",
    "N": "nobody would notice, nobody asks, nobody calls: alone ('niemand zou het merken', 'ich bin zoe allein')",
    "B": "being a burden said in a new image ('een blok aan ieders been', 'ene last vur mien kinder', 'ander kind')",
    "L": "empty, numb, a lost self ('ik voel niks, gewoon leeg', 'achter glas', 'ik ben niks meer')",
    "D": "despair as an image or a negated future ('alles is zwart', 'een kooi', 'wordt toch niet meer beter')",
    "M": "not well, said plainly beside a practical message ('gaat niet goed hier, slaap slecht', 'huil elke dag')",
    "R": "other: numbing with drugs, a past attempt, someone else's words passed on",
    # the full panel (what the outside authors mostly wrote as acuut)
    "G": "things given away or arranged, the end unsaid ('ge moogt mijn skins hebben', 'wachtwoord staat in')",
    "P": "standing at a place, said as a situation ('sta op het dak', 'zit bij het spoor', 'op de pier')",
    "A": "a means at hand or a method known from one's job ('dienstwapen', 'waar de slagader zit', 'touw in de schuur')",
    "F": "a farewell or thanks that is a goodbye ('bedankt voor alles, voor het geval dat', 'zeg da 'k nie meer kom')",
    "W": "a passive wish or not caring to live ('als die bus mij meeneemt', 'kon mij ni schelen as k viel', pills stopped)",
    "H": "self-harm told in own or dialect words ('opengekrast', 'schaar aan mn been', 'mouwen naar beneden')",
    "O": "others better off, or being with the dead ('zonder mij kan ze opnieuw beginnen', 'bij Jozef zijn')",
}
LABELS = """ho1 22 W|ho1 35 G|ho1 42 A|ho1 44 F|ho1 48 F|ho1 49 F|ho1 57 G|ho1 62 G|ho1 72 H|ho1 80 W|ho1 87 P|ho1 88 O
ho1 101 Z|ho1 106 D|ho1 107 D|ho1 112 Z|ho1 115 N|ho1 119 R|ho1 127 D|ho1 221 P|ho2 4 W|ho2 9 W|ho2 13 W|ho2 14 W
ho2 16 W|ho2 24 O|ho2 27 O|ho2 31 A|ho2 34 P|ho2 43 F|ho2 44 F|ho2 45 F|ho2 50 G|ho2 51 G|ho2 57 H|ho2 60 H|ho2 61 H
ho2 62 H|ho2 68 W|ho2 69 W|ho2 77 P|ho2 78 P|ho2 79 P|ho2 82 O|ho2 83 O|ho2 90 D|ho2 98 F|ho2 108 U|ho2 110 U
ho2 113 Z|ho2 118 R|ho2 120 R|ho2 129 R|ho2 240 G|ho2 241 H|ho2 243 R|ho17f 46 Z|ho17f 50 U|ho17f 52 Z|ho17f 61 U
ho18g 32 G|ho18g 56 D|ho18g 65 U|ho18g 72 Z|ho18g 73 U|ho19h 58 U|ho19h 66 U|ho21j1 66 Z|ho21j2 18 W|ho21j2 35 O
ho21j2 61 G|ho22k1 46 A|ho22k1 48 W|ho22k1 61 H|ho22k1 63 F|ho22k2 4 H|ho22k2 5 O|ho22k2 7 U|ho22k2 61 O|ho23l1 1 W
ho23l1 35 D|ho23l1 50 N|ho23l2 7 G|ho23l2 34 A|ho23l2 65 U|ho24m2 2 G|ho24m2 10 G|ho24m2 12 G|ho24m2 30 M
ho24m2 31 Z|ho24m2 37 U|ho24m2 38 U|ho25n1 3 A|ho25n1 7 P|ho25n1 12 F|ho25n1 15 G|ho25n1 21 F|ho25n1 25 U
ho25n1 30 U|ho25n1 32 M|ho25n2 16 A|ho25n2 32 S|ho26o1 8 G|ho26o1 14 W|ho26o1 21 F|ho26o1 28 U|ho26o1 30 U
ho26o1 35 U|ho26o2 1 G|ho26o2 7 P|ho26o2 21 F|ho26o2 23 A|ho26o2 30 M|ho26o2 36 D|ho26o2 38 U|ho27p1 1 G|ho27p1 32 B
ho27p1 33 B|ho27p2 29 U|ho27p2 33 U|ho28q1 18 A|ho28q2 22 P|ho29r1 11 A|ho29r1 26 F|ho29r1 34 A|ho29r1 48 P
ho29r1 51 A|ho29r2 10 A|ho29r2 11 F|ho29r2 17 A|ho29r2 18 P|ho29r2 22 A|ho29r2 35 D|ho30s1 35 P|ho30s1 67 G
ho30s2 1 F|ho31t1 3 F|ho31t1 5 P|ho31t1 9 W|ho31t2 7 F|ho31t2 17 F|ho31t2 23 O|ho31t2 29 B|ho31t2 32 L|ho31t2 33 L
ho32u1 6 A|ho32u1 16 O|ho32u1 19 W|ho32u1 25 L|ho32u1 32 Z|ho32u1 34 Z|ho32u1 35 U|ho32u2 40 U|ho32u2 67 G
ho33v1 22 A|ho33v2 33 G|ho33v2 57 F|ho34w1 19 A|ho34w2 27 P|ho35x1 51 U|ho35x1 53 B|ho35x2 7 A|ho36y1 43 Z
ho36y1 51 F|ho36y1 57 G|ho36y1 71 Z|ho36y2 8 N|ho36y2 27 L|ho36y2 31 G|ho36y2 49 G|ho36y2 58 N|ho36y2 62 H
ho36y2 63 Z|ho37z1 1 G|ho37z1 21 G|ho37z1 35 S|ho37z1 55 F|ho37z2 34 W|ho37z2 43 S|ho37z2 68 A|ho37z2 73 M
cp37 6 G|cp37 38 F|ho38a1 7 A|ho38a1 10 A|ho38a1 15 H|ho38a1 31 P|ho38a1 51 N|ho38a2 7 P|ho38a2 33 S|ho38a2 58 P
cp38 58 W|cp38 64 N|ho39b1 9 N|ho39b1 47 F|ho39b2 13 N|ho39b2 20 G|ho39b2 27 L|ho39b2 37 N|cp39 54 U|cp39 64 S
ho40c1 23 Z|ho40c1 44 B|ho40c1 70 F|ho40c2 37 P|cp40 8 H|cp40 9 N|cp40 31 F|ho41d1 60 G|ho41d2 54 U
cp41 1 G|cp41 11 H|cp41 45 B|cp41 94 U"""


def labels() -> dict[tuple[str, int], str]:
    return fs.labels(LABELS)


def missed(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["expected"] != "geen" and not r["tier"]]


def round_table(rows: list[dict]) -> list[str]:
    out = ["| bring-in (commit) | files | acuut missed | zorg missed | their first-sight score (median) |",
           "|---|---|---|---|---|"]
    for commit in dict.fromkeys(r["commit"] for r in rows):
        part = [r for r in rows if r["commit"] == commit]
        lost = missed(part)
        scores = sorted(r["score"] for r in lost if "score" in r)
        median = f"{scores[len(scores) // 2]:.2f} (of {len(scores)})" if scores else "-"
        out.append(f"| {commit} | {', '.join(dict.fromkeys(fs.short_name(r['file']) for r in part))} | "
                   f"{sum(r['expected'] == 'acuut' for r in lost)}/{sum(r['expected'] == 'acuut' for r in part)} | "
                   f"{sum(r['expected'] == 'zorg' for r in lost)}/{sum(r['expected'] == 'zorg' for r in part)} | "
                   f"{median} |")
    return out


def group_table(lost: list[dict], commits: list[str]) -> list[str]:
    known = labels()
    out = ["| group (what carries the line) | missed | of them zorg | bring-ins with one | concepts the engine saw "
           "(most often) | median score |", "|---|---|---|---|---|---|"]
    by_group: dict[str, list[dict]] = {}
    for r in lost:
        by_group.setdefault(known.get((fs.short_name(r["file"]), r["n"]), "?"), []).append(r)
    for group, part in sorted(by_group.items(), key=lambda kv: -len(kv[1])):
        seen = Counter(c for r in part for c in r.get("concepts", []) + [f"s:{h}" for h in r.get("hints", [])])
        top = ", ".join(f"{name} {count}" for name, count in seen.most_common(3)) or "-"
        scores = sorted(r["score"] for r in part if "score" in r)
        median = f"{scores[len(scores) // 2]:.2f}" if scores else "-"
        out.append(f"| {group}: {GROUPS.get(group, 'not labelled')} | {len(part)} | "
                   f"{sum(r['expected'] == 'zorg' for r in part)} | {len({r['commit'] for r in part})} of "
                   f"{len(commits)} | {top} | {median} |")
    return out


def listing(lost: list[dict]) -> list[str]:
    known = labels()
    out = []
    for r in lost:
        group = known.get((fs.short_name(r["file"]), r["n"]), "?")
        saw = ", ".join(r.get("concepts", []) + [f"s:{h}" for h in r.get("hints", [])]) or "nothing"
        score = f"score {r['score']:.3f} < {r['threshold']:.3f}" if "score" in r else "no score"
        out.append(f"  [{group} {r['expected']}] {fs.short_name(r['file'])} #{r['n']} ({saw}; {score}): {r['text']}")
    return out


def signal_table(rows: list[dict]) -> list[str]:
    """Per despair signal: first-sight misses it lifts and first-sight quiet harmless lines it lifts, per bring-in;
    and on the corpus as read today, the harmless lines with no tier it would lift."""
    sys.path.insert(0, str(ROOT / "src"))
    import vraaghulp.coach.crisis as crisis
    from vraaghulp.coach.crisis import despair, unsaid_end

    def fires(text: str) -> set[str]:  # today's masked sentences: an exclusion's own words never count
        sentences = crisis._weigh(text)[1]
        return set(despair.kinds(sentences, text) + unsaid_end.kinds(sentences, text))

    quiet = [r for r in rows if not r["tier"]]
    hits = {id(r): fires(r["text"]) for r in quiet}
    now, _ = fs.corpus_now()
    # today's engine holds the signals: a harmless line is lifted where one of their phrases is among its signals
    names = (*despair.KINDS, *unsaid_end.KINDS)
    now_hits = [(r, {k for k in names if any(f"'{k}: " in s for s in r["signals"])})
                for r in now if r["expected"] == "geen" and r["tier"] in (None, "zorg")]
    out = ["| signal | first-sight misses lifted | bring-ins | first-sight false zorg (of quiet geen) | bring-ins | "
           "corpus now: geen lifted by it |", "|---|---|---|---|---|---|"]
    for name in (*names, "despair", "unsaid_end", "any"):
        part = set(despair.KINDS if name == "despair" else unsaid_end.KINDS if name == "unsaid_end" else ())

        def on(r: dict) -> bool:
            return bool(hits[id(r)] & part) if part else bool(hits[id(r)]) if name == "any" else name in hits[id(r)]
        real = [r for r in quiet if r["expected"] != "geen" and on(r)]
        false = [r for r in quiet if r["expected"] == "geen" and on(r)]
        lifted = sum(bool(h & part) if part else bool(h) if name == "any" else name in h for _, h in now_hits)
        out.append(f"| {name} | {len(real)}/{len(missed(rows))} | {len({r['commit'] for r in real})} | "
                   f"{len(false)}/{sum(r['expected'] == 'geen' for r in quiet)} | {len({r['commit'] for r in false})} | "
                   f"{lifted}/{len(now_hits)} |")
    for r in quiet:
        if hits[id(r)]:
            out.append(f"  [{'/'.join(sorted(hits[id(r)]))}] {r['expected']} {fs.short_name(r['file'])} #{r['n']}: "
                       f"{r['text'][:140]}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lees", type=Path, help="a `crisis_first_sight.py --bewaar` file instead of a new reading")
    parser.add_argument("--binnen", action="store_true", help="also the sets in tests/corpus/incoming/ (the engine that met them)")
    parser.add_argument("--lijst", action="store_true", help="list every missed line with what the engine saw")
    parser.add_argument("--signaal", action="store_true", help="judge the despair and unsaid-end signals at first sight")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="crisis-first-sight-") as work:
        rows = fs.rows_of(args.lees, Path(work))
        if args.binnen:
            rows += fs.incoming_rows(Path(work))
    commits = list(dict.fromkeys(r["commit"] for r in rows))
    lost = missed(rows)
    print("\n".join(round_table(rows) + [""] + group_table(lost, commits)))
    if args.lijst:
        print("\n".join([""] + listing(lost)))
    if args.signaal:
        print("\n".join([""] + signal_table(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
