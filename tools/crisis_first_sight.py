"""The crisis check's first-sight errors across rounds (round 41, c41b): what the false panels share.

Every held-out crisis set brought in as a tuning file (tests/corpus/crisis/tuning-ho*.toml, tuning3*-cp.toml) is read
in its first state (the file as the commit that added it has it) by the engine of the commit before (its src and
content unpacked with `git archive` into a temporary folder; the repository is not touched), as it met the set. Then:

- per bring-in: harmless (`geen`) lines at the full panel and at the gentle line, alarm lines missed, acuut lines
  below acuut;
- every harmless line at the full panel with the rules that made it acuut and the reason it is harmless (`LABELS`,
  judged by hand in round 41; the groups are `GROUPS`), and the groups per round;
- with `--nu`: structural properties of a message (one acute signal, combinations only, no time word, one family
  alone, no word of the writer, a practical ask ...) counted on the first-sight false panels, on the first-sight real
  acuut lines of the same files, and on the real acuut lines of the whole corpus as today's engine reads it: a
  demotion on a property costs at least the last column;
- with `--vorige`: each set read once more by the engine of the bring-in before, so what one round's mends did to
  the next round's unseen set shows (false panels fixed and made, alarm lines missed, lines that changed tier).

A line that got no tier is stored (`--bewaar`) with what the engine saw below the bar: its concepts, hint signals and
the second opinion's score (round 43, c43z; `crisis_first_sight_missed.py` reads them).

Usage: python tools/crisis_first_sight.py [--lijst] [--nu] [--vorige] [--bewaar FILE]
Standard library and git only (besides the engines it runs). About two minutes (one process per bring-in).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "crisis"
RECENT = "tuning-ho29r1"  # rounds 30-40: the bring-ins from crisis-r on, read by engines with today's layers
GROUPS = {
    "W": "someone else's act or state (a patient, a cat, a man on a bridge, the kids, a cow)",
    "M": "a means for a practical purpose (a dose at work or asked about, rope for a boat, a gun for hunting)",
    "O": "an ordinary farewell (retiring, a club or group that ends, a move, a funeral of someone else)",
    "P": "a high place for an ordinary reason (inspection, a parking deck, a gutter, jumping for fun or training)",
    "F": "fiction, a game, a song, a play",
    "E": "papers, passwords or a funeral arranged for an ordinary occasion (age, surgery, a trip, a role ending)",
    "H": "hyperbole or tiredness (a hangover, a night shift, 'wil ik dood lmao')",
    "Q": "an ordinary habit or thing given up or given away (smoking, the pill, baby clothes)",
    "I": "an idiom read wrongly ('laatste keer dat ik', 'als je dit leest ben ik alweer thuis', 'klaar mee')",
    "T": "dead or broken said of a thing (a laptop, a battery, plants)",
}
LABELS = """ho17f 124 W|ho18g 99 O|ho19h 114 Q|ho19h 121 M|ho19h 128 W|ho19h 129 P|ho19h 136 T|ho19h 146 M|ho19h 150 H
ho21j1 69 I|ho21j2 14 H|ho21j2 54 O|ho21j2 57 O|ho22k1 13 I|ho22k2 12 Q|ho22k2 29 Q|ho22k2 40 O|ho22k2 75 F|ho23l1 39 F
ho24m1 65 O|ho24m2 46 O|ho24m2 58 M|ho24m2 74 H|ho25n1 39 H|ho25n1 64 H|ho25n2 54 E|ho26o1 38 M|ho26o1 40 M|ho26o1 67 P
ho26o1 75 M|ho26o2 66 E|ho27p1 75 P|ho27p2 51 W|ho27p2 63 F|ho27p2 70 W|ho28q1 63 M|ho28q1 64 F|ho28q2 54 I|ho28q2 73 M
ho29r1 10 W|ho29r1 31 W|ho29r1 58 W|ho29r1 65 W|ho29r2 41 E|ho29r2 47 M|ho29r2 48 P|ho29r2 53 F|ho29r2 67 E|ho29r2 68 W
ho30s1 7 F|ho30s2 56 I|ho30s2 61 W|ho32u1 39 M|ho32u2 57 F|ho34w1 35 O|ho34w1 51 P|ho34w1 69 M|ho34w2 14 W|ho34w2 29 M
ho35x1 15 W|ho35x1 26 E|ho35x1 57 M|ho35x1 71 P|ho36y1 37 O|ho36y1 75 W|ho36y2 2 O|ho36y2 9 O|ho36y2 14 O|ho36y2 35 O
ho36y2 41 P|ho36y2 65 H|ho36y2 73 E|ho37z1 8 P|ho37z1 22 W|ho37z1 64 F|ho37z2 2 M|ho37z2 6 W|ho37z2 8 P|ho37z2 12 E
ho37z2 32 E|ho37z2 36 O|ho37z2 69 M|cp37 37 T|cp37 46 O|cp37 73 W|cp37 99 F|cp37 100 O|ho38a1 48 T|ho38a1 57 M
ho38a2 11 M|ho38a2 41 F|ho38a2 55 Q|ho38a2 75 I|cp38 6 M|cp38 20 Q|cp38 48 H|cp38 67 P|ho39b1 50 W|ho39b1 71 P
ho39b2 22 E|ho39b2 72 T|cp39 47 Q|cp39 59 W|cp39 87 O|cp39 99 O"""
_SIGNAL = re.compile(r"Signal\(family='([^']*)', level='([^']*)', phrase='(.*)'\)$")
_ASK = re.compile(r"(?<![\w'])(wie|iemand|kun je|kan je|kunt ge|kunde|kun jij|kan jij|kunnen we|heb jij|hebt gij|"
                  r"heeft er iemand|heeft iemand|weet iemand|gaat er|doet er|komt er|kom ie|kom je|durft)(?![\w'])")
# a clause opened by one of these verbs has the writer as its unspoken subject ("heb een touw gekocht")
_PRO_DROP = frozenset("heb hem hè ben bin zit sta lig ga wil kan kon zal zou moet moest mag doe hou voel denk weet had "
                      "was".split())


def labels(table: str = LABELS) -> dict[tuple[str, int], str]:
    """The hand labels ('ho36y2 28 A|…') as (file, line number) -> group."""
    out = {}
    for item in table.replace("\n", "|").split("|"):
        name, number, group = item.split()
        out[(name, int(number))] = group
    return out


def short_name(file: str) -> str:
    """tuning-ho37z2 -> ho37z2, tuning37-cp -> cp37 (the labels' names)."""
    name = file.removeprefix("tuning-")
    match = re.fullmatch(r"tuning(\d+)-cp", name)
    return f"cp{match.group(1)}" if match else name


def bring_ins() -> list[tuple[str, list[str]]]:
    """(commit, [files it added]) for every held-out crisis set brought in, oldest first."""
    files = sorted(CORPUS.glob("tuning-ho*.toml")) + sorted(CORPUS.glob("tuning[3-9]*-cp.toml"))
    found: dict[str, list[str]] = {}
    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        log = subprocess.run(["git", "-C", str(ROOT), "log", "--diff-filter=A", "--format=%h", "--", rel],
                             capture_output=True, text=True, check=True).stdout.split()
        if log:
            found.setdefault(log[-1], []).append(rel)
    stamp = {c: int(subprocess.run(["git", "-C", str(ROOT), "show", "-s", "--format=%ct", c], capture_output=True,
                                   text=True, check=True).stdout) for c in found}
    return sorted(found.items(), key=lambda kv: stamp[kv[0]])


def read_old(src: str, files: list[str]) -> None:
    """(In a child process.) One JSON line per corpus line, read by the engine in `src`."""
    sys.path.insert(0, src)
    import vraaghulp.coach.crisis as crisis

    for file in files:
        with open(file, "rb") as handle:
            rows = tomllib.load(handle).get("regel", [])
        for number, row in enumerate(rows, 1):
            found = crisis.assess(row["tekst"])
            line = dict(file=Path(file).stem, n=number, expected=row["verwacht"], tier=found.tier,
                        signals=[str(s) for s in found.signals], text=row["tekst"])
            if not found.tier:
                line.update(below_bar(crisis, row["tekst"]))
            print(json.dumps(line, ensure_ascii=False))


def below_bar(crisis, text: str) -> dict:
    """(In a child process.) What an engine saw in a line it gave no tier (round 43, c43z): the concepts and hint
    signals it found and its second opinion's score against its threshold; nothing for an engine without
    `observe_pieces` (before round 8)."""
    try:
        from vraaghulp.coach.crisis import opinion

        _tier, parts = crisis.observe_pieces(text)
        model = opinion.weights()
    except (AttributeError, ImportError):
        return {}
    given = set().union(*parts) if parts else crisis.observe(text)[2]
    return dict(concepts=sorted(f[2:] for f in given if f.startswith("c:")),
                hints=sorted(f[2:] for f in given if f.startswith("s:")),
                score=round(max((opinion.score(p, model) for p in parts), default=0.0), 3),
                threshold=model.get("drempel"))


def first_state(commit: str, files: list[str], work: Path, engine: str | None = None) -> list[dict]:
    """The lines of `files` as `commit` added them, read by the engine of the commit before (or before `engine`)."""
    tree = work / f"{commit}-{engine or commit}"
    tree.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", f"{engine or commit}^", "src", "content"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    paths = []
    for rel in files:
        target = tree / Path(rel).name
        target.write_bytes(subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{rel}"],
                                          capture_output=True, check=True).stdout)
        paths.append(str(target))
    out = subprocess.run([sys.executable, __file__, "--lees", str(tree / "src"), *paths],
                         stdout=subprocess.PIPE, text=True, check=True).stdout
    return [dict(json.loads(line), commit=commit) for line in out.splitlines()]


def signals(row: dict) -> list[tuple[str, str, str]]:
    """(family, level, phrase) of every signal the engine reported."""
    return [m.groups() for m in map(_SIGNAL.match, row["signals"]) if m]


def acute_rules(row: dict) -> set[str]:
    """The names of the rules that gave acuut: a combination's name, or 'zin:<family>' for a phrase signal."""
    return {p.split(" (")[0] if "(" in p else f"zin:{f}" for f, level, p in signals(row) if level == "acuut"}


def writer(norm: str, first_person: frozenset[str]) -> bool:
    """Whether the writer is named (a first-person word) or is the unspoken subject of a clause."""
    if any(word in first_person for word in re.findall(r"[\w']+", norm.lower())):
        return True
    clauses = re.split(r"[.!?;,:]|\ben\b|\bmaar\b", norm.lower())
    return any(words[0] in _PRO_DROP for words in (re.findall(r"[\w']+", c) for c in clauses) if words)


def practical_ask(row: dict) -> bool:
    """A question to others ('wie gaat er mee?') in a sentence that holds none of the acute rules' words."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", row["text"].lower()) if s.strip()]
    asks = [s for s in sentences if s.rstrip().endswith("?") and _ASK.search(s.replace("’", "'"))]
    words = [w for f, level, p in signals(row) if level == "acuut"
             for part in (re.findall(r"[\w-]+: ([^+()]+)", p) if "(" in p else [p]) for w in re.findall(r"\w{4,}", part)]
    return bool(asks) and not any(w[:4] in s for s in asks for w in words)


def properties(first_person: frozenset[str]) -> dict:
    def acute(r: dict) -> list[tuple[str, str, str]]:
        return [s for s in signals(r) if s[1] == "acuut"]

    def alone(r: dict) -> bool:
        fams = {s[0] for s in acute(r)}
        return len(fams) == 1 and all(s[0] in fams or s[0] == "inschatting" for s in signals(r))

    def no_time(r: dict) -> bool:
        return not any(s[0] == "tijd" for s in signals(r))

    return {
        "one acute signal": lambda r: len(acute(r)) == 1,
        "acuut from combinations only": lambda r: bool(acute(r)) and all("(" in s[2] for s in acute(r)),
        "no time word": no_time,
        "one acute family alone (c35g's gate without its score)": alone,
        "no word of the writer, no clause opened by the writer's verb": lambda r: not writer(r["norm"], first_person),
        "a practical ask outside the acute words": practical_ask,
        "one acute signal, no time word, no word of the writer":
            lambda r: len(acute(r)) == 1 and no_time(r) and not writer(r["norm"], first_person),
    }


def round_table(rows: list[dict]) -> list[str]:
    out = ["| bring-in (commit) | files | geen: panel | geen: gentle line | alarm missed | acuut below acuut |",
           "|---|---|---|---|---|---|"]
    for commit in dict.fromkeys(r["commit"] for r in rows):
        part = [r for r in rows if r["commit"] == commit]
        harmless = [r for r in part if r["expected"] == "geen"]
        alarm = [r for r in part if r["expected"] != "geen"]
        out.append(f"| {commit} | {', '.join(dict.fromkeys(short_name(r['file']) for r in part))} | "
                   f"{sum(r['tier'] == 'acuut' for r in harmless)}/{len(harmless)} | "
                   f"{sum(r['tier'] == 'zorg' for r in harmless)}/{len(harmless)} | "
                   f"{sum(not r['tier'] for r in alarm)}/{len(alarm)} | "
                   f"{sum(r['expected'] == 'acuut' and r['tier'] != 'acuut' for r in alarm)} |")
    return out


def group_table(panels: list[dict], recent: set[str], commits: list[str]) -> list[str]:
    """Per reason: how many false panels, in how many bring-ins, and the rules that made them acuut."""
    known = labels()
    out = ["| group | false panels | of them rounds 30-40 | bring-ins with one | rules that gave acuut (most often) |",
           "|---|---|---|---|---|"]
    by_group: dict[str, list[dict]] = {}
    for r in panels:
        by_group.setdefault(known.get((short_name(r["file"]), r["n"]), "?"), []).append(r)
    for group, part in sorted(by_group.items(), key=lambda kv: -len(kv[1])):
        rules = Counter(name for r in part for name in acute_rules(r) or {"(two gentle signals)"})
        top = ", ".join(f"{name} {count}" for name, count in rules.most_common(4))
        out.append(f"| {group}: {GROUPS.get(group, 'not labelled')} | {len(part)} | "
                   f"{sum(r['commit'] in recent for r in part)} | {len({r['commit'] for r in part})} of {len(commits)} | "
                   f"{top} |")
    return out


def corpus_now() -> tuple[list[dict], frozenset[str]]:
    """Every line of the corpus as today's engine reads it, and today's first-person words."""
    sys.path.insert(0, str(ROOT / "src"))
    import vraaghulp.coach.crisis as crisis

    rows = []
    for path in sorted(CORPUS.glob("*.toml")):
        with path.open("rb") as handle:
            for number, row in enumerate(tomllib.load(handle).get("regel", []), 1):
                found = crisis.assess(row["tekst"])
                rows.append(dict(file=path.stem, n=number, expected=row["verwacht"], tier=found.tier,
                                 signals=[str(s) for s in found.signals], text=row["tekst"]))
    for row in rows:
        row["norm"] = crisis.normalised(row["text"])
    return rows, crisis.compiled_rules().first_person


def property_table(rows: list[dict], recent: set[str]) -> list[str]:
    now, first_person = corpus_now()
    import vraaghulp.coach.crisis as crisis

    for row in rows:
        row["norm"] = crisis.normalised(row["text"])
    groups = [("false panels, rounds 30-40", [r for r in rows if r["expected"] == "geen" and r["commit"] in recent]),
              ("real acuut at acuut, rounds 30-40",
               [r for r in rows if r["expected"] == "acuut" and r["commit"] in recent]),
              ("false panels, all", [r for r in rows if r["expected"] == "geen"]),
              ("real acuut at acuut, all", [r for r in rows if r["expected"] == "acuut"]),
              ("real acuut at acuut, corpus now", [r for r in now if r["expected"] == "acuut"])]
    groups = [(name, [r for r in part if r["tier"] == "acuut"]) for name, part in groups]
    out = ["| property | " + " | ".join(name for name, _ in groups) + " |", "|---" * (len(groups) + 1) + "|"]
    for name, test in properties(first_person).items():
        out.append(f"| {name} | " + " | ".join(f"{sum(map(test, part))}/{len(part)}" for _, part in groups) + " |")
    return out


def carry_over(rows: list[dict], work: Path) -> list[str]:
    """Each set read once more by the engine of one round earlier: what the last round's mends did to a set they
    had not seen (false panels and missed alarm lines, and how many lines changed tier at all)."""
    ins = bring_ins()
    now = {(r["file"], r["n"]): r for r in rows}
    out = ["| set | false panels, one round earlier -> at first sight | fixed | new | missed | lines that changed tier |",
           "|---|---|---|---|---|---|"]
    for (before, _), (commit, files) in zip(ins, ins[1:]):
        old = first_state(commit, files, work, engine=before)
        pairs = [(r, now[(r["file"], r["n"])]) for r in old]
        old_panels = {(r["file"], r["n"]) for r, _ in pairs if r["expected"] == "geen" and r["tier"] == "acuut"}
        new_panels = {(n["file"], n["n"]) for _, n in pairs if n["expected"] == "geen" and n["tier"] == "acuut"}
        missed = [sum(x["expected"] != "geen" and not x["tier"] for x in side) for side in zip(*pairs)]
        out.append(f"| {', '.join(short_name(Path(f).stem) for f in files)} | {len(old_panels)} -> {len(new_panels)} | "
                   f"{len(old_panels - new_panels)} | {len(new_panels - old_panels)} | {missed[0]} -> {missed[1]} | "
                   f"{sum(r['tier'] != n['tier'] for r, n in pairs)}/{len(pairs)} |")
    return out


def listing(rows: list[dict]) -> list[str]:
    known = labels()
    out = []
    for r in rows:
        if r["expected"] == "geen" and r["tier"] == "acuut":
            group = known.get((short_name(r["file"]), r["n"]), "?")
            out.append(f"  [panel {group}] {short_name(r['file'])} #{r['n']} ({', '.join(sorted(acute_rules(r)))}): "
                       f"{r['text']}")
        elif r["expected"] != "geen" and not r["tier"]:
            out.append(f"  [missed {r['expected']}] {short_name(r['file'])} #{r['n']}: {r['text']}")
    return out



INCOMING = ROOT / "tests" / "corpus" / "incoming"


def waiting() -> list[Path]:
    """The crisis sets waiting in tests/corpus/incoming/ (sealed sets and probes of the round before)."""
    return sorted(INCOMING.glob("crisis-*.toml")) + sorted(INCOMING.glob("probe*-cp.toml"))


def incoming_rows(work: Path) -> list[dict]:
    """The waiting crisis sets, read by the engine of the commit before the one that put them there (the engine that
    met them as sealed sets; not today's, which may hold this round's mends); shared by the first-sight study tools."""
    added: dict[str, list[str]] = {}
    for path in waiting():
        rel = path.relative_to(ROOT).as_posix()
        log = subprocess.run(["git", "-C", str(ROOT), "log", "--diff-filter=A", "--format=%h", "--", rel],
                             capture_output=True, text=True, check=True).stdout.split()
        if log:
            added.setdefault(log[-1], []).append(rel)
    return [dict(r, commit="binnen") for commit, files in added.items() for r in first_state(commit, files, work)]


def rows_of(stored: Path | None, work: Path) -> list[dict]:
    """Every bring-in read at first sight (``--lees``: a ``--bewaar`` file instead of a new reading); shared by the
    first-sight study tools."""
    if stored is not None:
        return [json.loads(line) for line in stored.read_text(encoding="utf-8").splitlines()]
    return [r for commit, files in bring_ins() for r in first_state(commit, files, work)]

def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--lees":
        read_old(sys.argv[2], sys.argv[3:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lijst", action="store_true", help="list every false panel and every missed alarm line")
    parser.add_argument("--nu", action="store_true", help="also the properties, on the corpus as read today")
    parser.add_argument("--vorige", action="store_true",
                        help="also each set read by the engine of one round earlier: do a round's mends carry over?")
    parser.add_argument("--bewaar", type=Path, help="write every first-sight line with what it got (JSON lines)")
    args = parser.parse_args()
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="crisis-first-sight-") as work:
        for commit, files in bring_ins():
            rows += first_state(commit, files, Path(work))
            print(f"  before {commit}: {', '.join(short_name(Path(f).stem) for f in files)} read", file=sys.stderr)
        earlier = carry_over(rows, Path(work)) if args.vorige else []
    if args.bewaar is not None:
        args.bewaar.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    order = list(dict.fromkeys(r["commit"] for r in rows))
    start = next(r["commit"] for r in rows if r["file"] == RECENT)
    recent = set(order[order.index(start):])
    panels = [r for r in rows if r["expected"] == "geen" and r["tier"] == "acuut"]
    print("\n".join(round_table(rows) + [""] + group_table(panels, recent, order)))
    if args.lijst:
        print("\n".join([""] + listing(rows)))
    if earlier:
        print("\n".join([""] + earlier))
    if args.nu:
        print("\n".join([""] + property_table(rows, recent)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
