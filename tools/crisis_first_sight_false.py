"""The crisis check's first-sight false alarms across rounds, both tiers (round 44, c44f), a sibling of
`crisis_first_sight.py` (false panels, round 41) and `crisis_first_sight_zorg.py` (false gentle lines, round 42).

Every held-out crisis set brought in as a tuning file is read in its first state by the engine of the commit before its
bring-in (`crisis_first_sight.first_state`); with `--binnen` the sets waiting in tests/corpus/incoming/ are read by
the engine of the commit before the one that put them there (the engine that met them sealed). Then, for every harmless (`geen`) line that got the full panel (false acuut) or
the gentle line (false zorg):

- per bring-in: false acuut and false zorg;
- why it is harmless, by hand (the labels of rounds 41 and 42 in the two sibling tools, and `PANEL_LABELS` and
  `GENTLE_LABELS` here for the bring-ins since; groups `GROUPS`), and in whose frame (`FRAME`): per group the false
  panels and the false gentle lines apart, and in how many bring-ins each recurs;
- with `--proef`: each narrowing in `TRIALS` judged at first sight (false panels it lowers to the gentle line, real
  acuut lines it lowers, real lines it silences) and on the corpus as today's engine reads it (real acuut lines lowered):
  a narrowing read on each row's own first-sight signals and today's masked sentences.

Usage: python tools/crisis_first_sight_false.py [--lees FILE] [--binnen] [--lijst] [--proef]
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
import crisis_first_sight_zorg as gentle  # noqa: E402

ROOT = fs.ROOT
GROUPS = {
    "W": "someone else's act or state (a patient, a cat, a jumper in the traffic news, a grandmother's gift)",
    "A": "someone else's crisis told to get help or told as over ('mijn vriendin appte ...', 113 called)",
    "M": "a means for a practical purpose (a dose at work, rope for a boat or for skipping, acne pills)",
    "O": "an ordinary farewell (retiring, a last day at work, a club left, a funeral of someone else, a pet's death)",
    "P": "a place or a jump for an ordinary reason (a roof repair, a trampoline park, a river on a hot day)",
    "E": "papers or a funeral wish for an ordinary occasion (a will at the notary, 'Abba op mijn begrafenis haha')",
    "Q": "an ordinary habit or thing given up or given away (smoking, old study books)",
    "F": "fiction, a song, a film, a book, a story",
    "G": "a game: a death, a jump, a lost fight",
    "H": "hyperbole or a tired body ('ik ga dood van het lachen', 'ik kan niet meer' after pizza, a baby's night)",
    "N": "annoyance at a chore, a season or a match ('waarom zou ik opstaan als het nog donker is')",
    "I": "an idiom or a quote read wrongly ('laatste keer dat ik', 'klaar mee')",
    "T": "dead or broken said of a thing (a battery, plants, a laptop)",
    "V": "one's own or someone's past crisis told as over ('vroeger wou ik er nie meer zijn, dankzij therapie ...')",
}
FRAME = {"W": "someone else", "A": "someone else", "V": "someone else or the past", "T": "a thing", "F": "a story",
         "G": "a game", "H": "a joke or hyperbole", "N": "a joke or hyperbole", "I": "a quote or idiom",
         "M": "work or an ordinary purpose", "O": "an ordinary event", "P": "an ordinary event",
         "E": "an ordinary event", "Q": "an ordinary event"}
# the bring-ins since the labels of c41b (panels) and c42z (gentle lines), judged by hand in round 44
PANEL_LABELS = """ho40c1 2 W|ho40c1 7 G|ho40c1 48 O|ho40c1 59 H|ho40c1 73 F|ho40c2 23 H|cp40 6 P|cp40 7 O|cp40 32 O
cp40 38 W|cp40 46 F|cp40 64 H|ho41d1 22 G|ho41d1 36 H|ho41d1 40 M|cp41 56 M|cp41 99 V|ho42e1 8 M|ho42e1 21 O
ho42e2 58 O|cp42 29 P|cp42 58 O|cp42 96 O|crisis-f1 24 O|crisis-f1 42 M|crisis-f1 44 O|crisis-f1 73 O|crisis-f1 74 P"""
GENTLE_LABELS = """cp40 36 A|cp40 69 H|cp40 82 E|cp40 87 N|cp40 88 W|cp40 92 P|ho41d1 28 T|ho41d1 55 E|ho41d1 56 O
ho41d1 59 O|ho41d1 74 O|ho41d2 4 H|ho41d2 9 W|ho41d2 34 O|ho41d2 49 W|ho41d2 72 W|cp41 29 A|cp41 39 V|cp41 69 V
ho42e1 6 H|ho42e1 25 G|ho42e1 55 A|ho42e1 58 H|ho42e2 7 P|ho42e2 11 H|ho42e2 32 O|ho42e2 33 F|ho42e2 72 H
ho42e2 74 F|cp42 32 F|cp42 40 G|cp42 52 O|cp42 63 F|cp42 65 H|cp42 69 A|cp42 78 H|cp42 90 F|cp42 98 F
crisis-f1 2 H|crisis-f1 46 W|crisis-f1 53 W|crisis-f2 53 T|crisis-f2 62 O|probe43-cp 49 H|probe43-cp 73 Q
probe43-cp 92 H|probe43-cp 100 H"""


def labels() -> dict[tuple[str, str, int], str]:
    """(tier, file, line) -> group, over the labels of all three tools."""
    out = {}
    for tier, tables in (("acuut", (fs.LABELS, PANEL_LABELS)), ("zorg", (gentle.LABELS, GENTLE_LABELS))):
        for table in tables:
            out.update({(tier, *key): group for key, group in fs.labels(table).items()})
    return out


def false_alarms(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["expected"] == "geen" and r["tier"]]


def group_of(row: dict, known: dict) -> str:
    return known.get((row["tier"], fs.short_name(row["file"]), row["n"]), "?")


def round_table(rows: list[dict]) -> list[str]:
    out = ["| bring-in (commit) | files | false acuut | false zorg |", "|---|---|---|---|"]
    for commit in dict.fromkeys(r["commit"] for r in rows):
        part = [r for r in rows if r["commit"] == commit]
        geen = sum(r["expected"] == "geen" for r in part)
        out.append(f"| {commit} | {', '.join(dict.fromkeys(fs.short_name(r['file']) for r in part))} | "
                   f"{sum(r['tier'] == 'acuut' for r in false_alarms(part))}/{geen} | "
                   f"{sum(r['tier'] == 'zorg' for r in false_alarms(part))}/{geen} |")
    return out


def group_table(false: list[dict], commits: list[str]) -> list[str]:
    """Per group: false panels and false gentle lines, each with the bring-ins it recurs in, and what fired most."""
    known = labels()
    out = ["| group (why harmless) | frame | false acuut | bring-ins | false zorg | bring-ins | both: bring-ins of "
           f"{len(commits)} | what fired most (panels) |", "|---|---|---|---|---|---|---|---|"]
    by_group: dict[str, list[dict]] = {}
    for r in false:
        by_group.setdefault(group_of(r, known), []).append(r)
    for group, part in sorted(by_group.items(), key=lambda kv: -len(kv[1])):
        panels = [r for r in part if r["tier"] == "acuut"]
        gentle_lines = [r for r in part if r["tier"] == "zorg"]
        rules = Counter(name for r in panels for name in fs.acute_rules(r) or {"(two gentle families)"})
        top = ", ".join(f"{name} {count}" for name, count in rules.most_common(3)) or "-"
        out.append(f"| {group}: {GROUPS.get(group, 'not labelled')} | {FRAME.get(group, '?')} | {len(panels)} | "
                   f"{len({r['commit'] for r in panels})} | {len(gentle_lines)} | "
                   f"{len({r['commit'] for r in gentle_lines})} | {len({r['commit'] for r in part})} | {top} |")
    return out


def frame_table(false: list[dict]) -> list[str]:
    known = labels()
    out = ["| frame | false acuut | false zorg | bring-ins with one |", "|---|---|---|---|"]
    by_frame: dict[str, list[dict]] = {}
    for r in false:
        by_frame.setdefault(FRAME.get(group_of(r, known), "not labelled"), []).append(r)
    for frame, part in sorted(by_frame.items(), key=lambda kv: -len(kv[1])):
        out.append(f"| {frame} | {sum(r['tier'] == 'acuut' for r in part)} | {sum(r['tier'] == 'zorg' for r in part)} "
                   f"| {len({r['commit'] for r in part})} |")
    return out


def listing(false: list[dict]) -> list[str]:
    known = labels()
    out = []
    for r in false:
        fired = sorted(fs.acute_rules(r)) if r["tier"] == "acuut" else sorted(
            {f"{f}: {p.split(' (')[0]}" for f, level, p in fs.signals(r) if level == "zorg"})
        out.append(f"  [{r['tier']} {group_of(r, known)}] {fs.short_name(r['file'])} #{r['n']} ({'; '.join(fired)}): "
                   f"{r['text']}")
    return out


class Trials:
    """The narrowings judged: each reads a row's own signals and today's masked sentences and says whether it lowers
    the panel to the gentle line."""

    def __init__(self) -> None:
        sys.path.insert(0, str(ROOT / "src"))
        import vraaghulp.coach.crisis as crisis
        from vraaghulp.coach.crisis import other_death
        from vraaghulp.coach.crisis.engine import Signal

        self.crisis, self.death, self.signal = crisis, other_death, Signal
        self.third = crisis.compiled_rules().third_person
        self.cache: dict[str, list[str]] = {}

    def sentences(self, text: str) -> list[str]:
        if text not in self.cache:
            self.cache[text] = self.crisis._weigh(text)[1]
        return self.cache[text]

    def own(self, row: dict) -> list:
        return [self.signal(*s) for s in fs.signals(row)]

    def other_death(self, row: dict) -> bool:
        """Shipped (`coach/crisis/other_death.py`): a farewell taken of someone who died (on the corpus as read with
        it, a line it already lowered counts too)."""
        if any(self.death.NOTE in s for s in row["signals"]):
            return True
        if row["tier"] != "acuut" or not self.death.DEATH.search(row["text"].lower()):
            return False
        return self.death.lowered(self.own(row), self.sentences(row["text"]), self.third) is not None

    def others_words(self, row: dict) -> bool:
        """Tried: every acute signal is a combination and each of its parts lies in a clause naming a third person
        and no word of the writer (the W group read on the combination's own words)."""
        acute = [s for s in self.own(row) if s.level == "acuut"]
        if row["tier"] != "acuut" or not acute or not all(self.death.parts(s) for s in acute):
            return False
        clauses = self.death.clause_words(self.sentences(row["text"]))
        return all(self.death.about_someone_else(words, clauses, self.third)
                   for s in acute for words in self.death.parts(s))


TRIALS = ("other_death", "others_words")


def trial_table(rows: list[dict]) -> list[str]:
    trials = Trials()
    now, _ = fs.corpus_now()
    out = ["| narrowing | first sight: false panels lowered | bring-ins | first sight: real acuut lowered | "
           "corpus now: real acuut lowered | corpus now: false panels lowered |", "|---|---|---|---|---|---|"]
    examples = []
    for name in TRIALS:
        test = getattr(trials, name)
        false = [r for r in rows if r["expected"] == "geen" and test(r)]
        real = [r for r in rows if r["expected"] == "acuut" and test(r)]
        real_now = [r for r in now if r["expected"] == "acuut" and test(r)]
        out.append(f"| {name} | {len(false)}/{sum(r['expected'] == 'geen' and r['tier'] == 'acuut' for r in rows)} | "
                   f"{len({r['commit'] for r in false})} | {len(real)} | {len(real_now)} | "
                   f"{sum(r['expected'] == 'geen' and test(r) for r in now)} |")
        examples += [f"  [{name} {r['expected']}] {fs.short_name(r['file'])} #{r['n']}: {r['text'][:140]}"
                     for r in false + real + real_now]
    return out + [""] + examples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lees", type=Path, help="a `crisis_first_sight.py --bewaar` file instead of a new reading")
    parser.add_argument("--binnen", action="store_true", help="also the sets in tests/corpus/incoming/ (the engine that met them)")
    parser.add_argument("--lijst", action="store_true", help="list every false alarm with what fired")
    parser.add_argument("--proef", action="store_true", help="judge the narrowings in TRIALS at first sight")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="crisis-first-sight-") as work:
        rows = fs.rows_of(args.lees, Path(work))
        if args.binnen:
            rows += fs.incoming_rows(Path(work))
    commits = list(dict.fromkeys(r["commit"] for r in rows))
    false = false_alarms(rows)
    print("\n".join(round_table(rows) + [""] + group_table(false, commits) + [""] + frame_table(false)))
    if args.lijst:
        print("\n".join([""] + listing(false)))
    if args.proef:
        print("\n".join([""] + trial_table(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
