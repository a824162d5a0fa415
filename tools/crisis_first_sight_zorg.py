"""The crisis check's first-sight false gentle lines across rounds (round 42, c42z), a sibling of
`crisis_first_sight.py` (which studies the false panels the same way).

Every held-out crisis set brought in as a tuning file is read in its first state by the engine of the commit before its
bring-in (`crisis_first_sight.first_state`). Then:

- per bring-in: harmless (`geen`) lines at the gentle line, alarm lines at the gentle line, and how many of each the
  gentle line's floor (`coach/crisis/gentle_floor.py`) would have dropped;
- by path (what gave the gentle line: one family alone, the worry about someone else, the safety net, the second
  opinion alone, a panel lowered by the floor, several families): false gentle lines at first sight, real lines at the
  gentle line at first sight, and the real lines the whole corpus puts at the gentle line today, each with how many
  score under the floor (today's second opinion; the weights are those of the last refit, so for the bring-ins after
  it the score is as unseen as the text);
- every false gentle line with the reason it is harmless (`LABELS`, judged by hand in round 42; groups `GROUPS`) and
  the groups per round.

Usage: python tools/crisis_first_sight_zorg.py [--lees FILE] [--lijst]
`--lees` reads a `crisis_first_sight.py --bewaar FILE` run instead of reading every bring-in again (two minutes).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import crisis_first_sight as fs  # noqa: E402

ROOT = fs.ROOT
GROUPS = {
    "A": "someone else's crisis told to get help (a friend, a sister, a husband said so; 113 called)",
    "W": "someone else's act or state at work, in the news or in a saying (a patient, a jumper, 'als ik dood ben')",
    "H": "hyperbole or a tired body ('ik ben dood', 'ik kan niet meer' after sport, work, food, a party, laughing)",
    "F": "fiction, a film, a book, a song, a play, a school task",
    "G": "a game: a death, a jump, a lost save",
    "O": "an ordinary farewell, decision or relief (retiring, a move, 'ik heb besloten', debts paid off, faith)",
    "T": "dead or broken said of a thing (a plant, a tree, a laptop)",
    "M": "a means for a practical purpose (pills for a headache, rope for a tent or a hoist)",
    "P": "a place for an ordinary reason (a bridge on a bike ride, a roof repair, a trip)",
    "E": "papers arranged for an ordinary reason (a will at 84, a living will)",
    "N": "annoyance at a chore or a match ('ik ben het beu', 'ik heb er genoeg van', 'het is genoeg geweest')",
    "I": "an idiom or a word read wrongly ('da'k' as 'dak', 'schaamde me dood', 'beter af zonder haar gsm')",
}
LABELS = """ho1 170 G|ho1 191 O|ho2 140 H|ho2 213 H|ho2 218 N|ho17f 75 I|ho17f 100 F|ho18g 122 O|ho18g 147 F|ho19h 112 W
ho21j1 14 M|ho21j1 26 O|ho21j1 27 O|ho21j1 74 N|ho21j2 12 O|ho21j2 15 O|ho21j2 27 W|ho21j2 30 H|ho22k1 42 O
ho22k1 45 W|ho22k2 13 O|ho22k2 71 A|ho23l1 13 H|ho23l1 41 P|ho23l1 43 O|ho23l1 53 G|ho23l1 55 H|ho23l2 69 P
ho23l2 73 H|ho24m1 73 H|ho24m2 53 H|ho24m2 69 N|ho25n1 53 H|ho25n1 71 W|ho25n1 75 G|ho25n2 47 H|ho25n2 62 W
ho26o1 59 H|ho26o2 41 H|ho26o2 59 E|ho26o2 65 E|ho27p1 61 W|ho27p2 54 H|ho28q1 53 H|ho28q1 60 F|ho28q1 62 W
ho28q1 67 T|ho28q1 72 W|ho28q2 70 F|ho29r1 1 W|ho29r1 7 M|ho29r1 16 W|ho29r1 47 W|ho29r1 49 W|ho29r1 50 H
ho29r1 67 I|ho29r2 51 T|ho29r2 62 A|ho30s1 24 F|ho30s1 26 A|ho30s1 68 G|ho30s2 46 T|ho30s2 55 O|ho30s2 58 O
ho31t1 70 H|ho31t2 64 H|ho32u1 42 W|ho32u1 47 H|ho32u1 49 H|ho32u1 50 F|ho32u2 46 W|ho32u2 59 H|ho33v1 9 T
ho33v1 10 G|ho33v1 47 F|ho33v1 67 F|ho33v1 69 W|ho33v1 73 O|ho33v1 75 H|ho33v2 4 T|ho33v2 8 F|ho33v2 26 N
ho33v2 48 W|ho33v2 66 O|ho34w1 11 G|ho34w1 18 W|ho34w2 16 W|ho34w2 21 F|ho34w2 40 H|ho34w2 54 H|ho35x1 12 F
ho35x2 40 H|ho35x2 53 F|ho35x2 73 H|ho36y1 24 M|ho36y1 30 A|ho36y1 55 P|ho36y1 64 H|ho36y2 18 M|ho36y2 26 W
ho36y2 28 A|ho36y2 45 H|ho36y2 47 P|ho37z1 2 G|ho37z1 20 F|ho37z2 46 H|ho37z2 50 F|ho37z2 63 A|cp37 7 O
cp37 13 O|cp37 17 G|cp37 19 W|cp37 28 F|cp37 32 A|cp37 33 F|cp37 56 F|cp37 68 W|cp37 82 F|ho38a1 4 G
ho38a1 30 W|ho38a1 32 G|ho38a2 28 F|ho38a2 44 H|ho38a2 50 W|ho38a2 60 A|ho38a2 64 H|ho38a2 71 I|cp38 50 A
cp38 56 P|cp38 59 G|cp38 66 O|cp38 83 H|cp38 92 M|ho39b1 39 A|ho39b1 57 H|ho39b1 59 F|ho39b2 41 A|ho39b2 46 G
ho39b2 74 H|cp39 46 H|cp39 80 A|ho40c1 35 O|ho40c1 39 A|ho40c2 67 H|ho40c2 68 H"""
WEIGHTS = "content/nl/crisis_gewichten.json"


def labels() -> dict[tuple[str, int], str]:
    return fs.labels(LABELS)


def path_of(row: dict) -> str:
    """What gave the gentle line: a panel the floor lowered, the score alone, the worry about someone else, one family
    alone (`one:<family>`) or several."""
    found = fs.signals(row)
    if any(f == "inschatting" and level == "hint" and "lijkt gewoon" in p for f, level, p in found):
        return "panel lowered by the floor"
    if any(f == "inschatting" and level == "zorg" for f, level, _ in found):
        return "second opinion alone"
    families = {f for f, level, _ in found if level == "zorg"}
    return f"one:{next(iter(families))}" if len(families) == 1 else "several"


class Floor:
    """Today's second opinion and the gentle line's floor, applied to a row's (first-sight) signals."""

    def __init__(self) -> None:
        sys.path.insert(0, str(ROOT / "src"))
        import vraaghulp.coach.crisis as crisis
        from vraaghulp.coach.crisis import gentle_floor, opinion
        from vraaghulp.coach.crisis.engine import Signal

        self.crisis, self.gentle, self.opinion, self.signal = crisis, gentle_floor, opinion, Signal
        self.model = opinion.weights()
        self.first_person = crisis.compiled_rules().first_person
        self.cache: dict[str, float] = {}

    def score(self, text: str) -> float:
        if text not in self.cache:
            signals, sentences, concepts = self.crisis._weigh(text)
            short = len(text.split()) <= self.opinion.LINE_WORDS
            self.cache[text] = self.opinion.most_worrying(sentences, concepts, signals, self.first_person,
                                                          self.model, short)[1]
        return self.cache[text]

    def low(self, row: dict) -> bool:
        return self.score(row["text"]) < self.model.get("ondergrens", 0.0)

    def drops(self, row: dict) -> bool:
        """Whether the floor drops the row's gentle line (read on the row's own signals)."""
        own = [self.signal(*s) for s in fs.signals(row)]
        return row["tier"] == "zorg" and self.gentle.borrowed_only(own) and self.low(row)


def round_table(rows: list[dict], floor: Floor) -> list[str]:
    out = ["| bring-in (commit) | files | geen at the gentle line | dropped by the floor | alarm lines at the gentle "
           "line | dropped by the floor |", "|---|---|---|---|---|---|"]
    for commit in dict.fromkeys(r["commit"] for r in rows):
        part = [r for r in rows if r["commit"] == commit and r["tier"] == "zorg"]
        harmless, alarm = ([r for r in part if (r["expected"] == "geen") == side] for side in (True, False))
        geen = sum(r["expected"] == "geen" for r in rows if r["commit"] == commit)
        out.append(f"| {commit} | {', '.join(dict.fromkeys(fs.short_name(r['file']) for r in part))} | "
                   f"{len(harmless)}/{geen} | {sum(map(floor.drops, harmless))} | {len(alarm)} | "
                   f"{sum(map(floor.drops, alarm))} |")
    return out


def path_table(rows: list[dict], now: list[dict], floor: Floor, unseen: set[str]) -> list[str]:
    """Per path: (under the floor / all) for the false and the real gentle lines at first sight (of them unseen by the
    weights) and the real lines at the gentle line in the corpus today."""
    columns = [("false, first sight", [r for r in rows if r["expected"] == "geen"]),
               ("false, unseen weights", [r for r in rows if r["expected"] == "geen" and r["commit"] in unseen]),
               ("real, first sight", [r for r in rows if r["expected"] != "geen"]),
               ("real, corpus now", [r for r in now if r["expected"] != "geen"])]
    columns = [(name, [r for r in part if r["tier"] == "zorg"]) for name, part in columns]
    paths = Counter(path_of(r) for _, part in columns for r in part)
    out = ["| path (under the floor / all) | " + " | ".join(name for name, _ in columns) + " | lowest real score now |",
           "|---" * (len(columns) + 2) + "|"]
    for path, _ in paths.most_common():
        cells = []
        for _, part in columns:
            mine = [r for r in part if path_of(r) == path]
            cells.append(f"{sum(map(floor.low, mine))}/{len(mine)}")
        real = [floor.score(r["text"]) for r in columns[-1][1] if path_of(r) == path]
        out.append(f"| {path} | " + " | ".join(cells) + f" | {min(real):.3f} |" if real else f"| {path} | "
                   + " | ".join(cells) + " | - |")
    return out


def group_table(false: list[dict], floor: Floor, unseen: set[str], commits: list[str]) -> list[str]:
    known = labels()
    out = ["| group (why harmless) | false gentle lines | of them unseen weights | bring-ins with one | paths (most "
           "often) | dropped by the floor |", "|---|---|---|---|---|---|"]
    by_group: dict[str, list[dict]] = {}
    for r in false:
        by_group.setdefault(known.get((fs.short_name(r["file"]), r["n"]), "?"), []).append(r)
    for group, part in sorted(by_group.items(), key=lambda kv: -len(kv[1])):
        paths = ", ".join(f"{p} {c}" for p, c in Counter(map(path_of, part)).most_common(3))
        out.append(f"| {group}: {GROUPS.get(group, 'not labelled')} | {len(part)} | "
                   f"{sum(r['commit'] in unseen for r in part)} | {len({r['commit'] for r in part})} of "
                   f"{len(commits)} | {paths} | {sum(map(floor.drops, part))} |")
    return out


def listing(false: list[dict], floor: Floor) -> list[str]:
    known = labels()
    out = []
    for r in false:
        group = known.get((fs.short_name(r["file"]), r["n"]), "?")
        gentle = sorted({p.split(" (")[0] for f, level, p in fs.signals(r) if level == "zorg"})
        out.append(f"  [{group}] {fs.short_name(r['file'])} #{r['n']} {path_of(r)} ({', '.join(gentle)}; score "
                   f"{floor.score(r['text']):.3f}{', dropped' if floor.drops(r) else ''}): {r['text']}")
    return out


def unseen_by_weights(commits: list[str]) -> set[str]:
    """The bring-ins made after the second opinion's weights were last fitted."""
    last = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h", "--", WEIGHTS],
                          capture_output=True, text=True, check=True).stdout.strip()
    return {c for c in commits
            if subprocess.run(["git", "-C", str(ROOT), "merge-base", "--is-ancestor", last, c]).returncode == 0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lees", type=Path, help="a `crisis_first_sight.py --bewaar` file instead of a new reading")
    parser.add_argument("--lijst", action="store_true", help="list every false gentle line")
    args = parser.parse_args()
    if args.lees is not None:
        rows = [json.loads(line) for line in args.lees.read_text(encoding="utf-8").splitlines()]
    else:
        rows = []
        with tempfile.TemporaryDirectory(prefix="crisis-first-sight-") as work:
            for commit, files in fs.bring_ins():
                rows += fs.first_state(commit, files, Path(work))
    commits = list(dict.fromkeys(r["commit"] for r in rows))
    unseen = unseen_by_weights(commits)
    floor = Floor()
    now, _ = fs.corpus_now()
    false = [r for r in rows if r["expected"] == "geen" and r["tier"] == "zorg"]
    print("\n".join(round_table(rows, floor) + [""] + path_table(rows, now, floor, unseen) + [""]
                    + group_table(false, floor, unseen, commits)))
    if args.lijst:
        print("\n".join([""] + listing(false, floor)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
