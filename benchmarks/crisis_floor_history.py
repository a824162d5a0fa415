"""What the second opinion's floors would have done on corpus files nobody had tuned for yet.

Usage:
    python benchmarks/crisis_floor_history.py            # every file by outside authors (first states)
    python benchmarks/crisis_floor_history.py --vanaf 16c0bd4   # only files added at or after a commit

Every corpus file by outside authors (`crisis_net_floor.OUTSIDE`: the promoted sealed sets
tuning-ho*, and tuning10-* onwards) is read in its first state: the file as the commit that added
it has it, by the engine, rules and weights of the commit before (`git archive` into a temporary
folder; the repository is not touched), so neither the rules nor the weights had seen it. For every
line it keeps what that engine gave (the tier), what its rules alone gave (tier and families), and
the score of its shipped weights, whole and of the most worrying sentence. Then it prints, per floor
height and family set, what the panel floor and the zorg floor (tools/crisis_net_floor.py) would
have lowered among those lines: harmless alarms against real ones. Unlike the left-out table of
tools/crisis_net_fit.py --ondergrens-tabel (this corpus, where the rules were tuned away from
almost every false alarm), this shows the false alarms that fresh text brings. No fit: the weights
of each moment were fitted before the file existed. Standard library and git only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tools"))


def read_old(src: str, files: list[str]) -> None:
    """(In a child process.) One JSON line per corpus line, read by the engine in `src`."""
    import importlib.util
    import tomllib

    spec = importlib.util.spec_from_file_location("today_opinion", ROOT / "src/vraaghulp/coach/crisis/opinion.py")
    today = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(today)
    sys.path.insert(0, src)
    import vraaghulp.coach.crisis as crisis
    from vraaghulp.coach.crisis import opinion

    first_person = crisis.compiled_rules().first_person
    alone = getattr(opinion, "nothing_else", lambda signals: False)
    for file in files:
        with open(file, "rb") as handle:
            rows = tomllib.load(handle).get("regel", [])
        for row in rows:
            text = row["tekst"]
            try:
                signals, sentences, concepts = crisis._weigh(text)
                tier = crisis.assess(text).tier
            except RecursionError:  # an old engine's bug on one word (mended later): the line is left out
                print(json.dumps(["skip", Path(file).stem]))
                continue
            rules, families = crisis._decide(signals)
            whole = opinion.score(opinion.features(sentences, concepts, signals, first_person))
            each = [opinion.score(opinion.features([s], concepts, signals, first_person)) for s in dict.fromkeys(sentences)]
            print(json.dumps([Path(file).stem, row["verwacht"], tier, rules, list(families), whole,
                              max(each, default=0.0), alone(signals), today.speaks_beyond(sentences),
                              len(text.split()) < getattr(crisis, "MIN_WORDS", 0), text], ensure_ascii=False))


def moments(since: str | None) -> list[tuple[str, list[str]]]:
    """(commit, [files it added]) for every corpus file by outside authors, oldest first."""
    from crisis_net_floor import OUTSIDE

    log = subprocess.run(["git", "-C", str(ROOT), "log", "--reverse", "--diff-filter=A", "--format=COMMIT %h",
                          "--name-only", "--", "tests/corpus/crisis/"], capture_output=True, text=True, check=True).stdout
    found: list[tuple[str, list[str]]] = []
    for line in log.splitlines():
        if line.startswith("COMMIT "):
            found.append((line.split()[1], []))
        elif line.strip() and OUTSIDE.match(Path(line).name) and line.endswith(".toml"):
            found[-1][1].append(line.strip())
    found = [(commit, files) for commit, files in found if files]
    if since:
        start = next(n for n, (commit, _files) in enumerate(found) if commit.startswith(since))
        found = found[start:]
    return found


def first_states(commit: str, files: list[str], work: Path) -> list[SimpleNamespace]:
    """The lines of `files` as `commit` added them, read by the engine of the commit before."""
    tree = work / commit
    tree.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", f"{commit}^", "src", "content"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    fresh = []
    for name in files:
        target = tree / Path(name).name
        target.write_bytes(subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{name}"],
                                          capture_output=True, check=True).stdout)
        fresh.append(str(target))
    out = subprocess.run([sys.executable, __file__, "--lees", str(tree / "src"), *fresh],
                         stdout=subprocess.PIPE, text=True, check=True).stdout
    lines = []
    for raw in out.splitlines():
        if raw.startswith('["skip"'):
            print(f"    an old engine failed on a line of {json.loads(raw)[1]}: left out", flush=True)
            continue
        file, expected, tier, rules, families, whole, most, alone, beyond, short, text = json.loads(raw)
        lines.append(SimpleNamespace(file=file, expected=expected, tier=tier, rules=rules, families=tuple(families),
                                     score=whole, sentence_max=most, whole_only=alone, beyond=beyond, short=short,
                                     text=text))
    return lines


def summary(lines: list[SimpleNamespace]) -> list[str]:
    harmless = [x for x in lines if x.expected == "geen"]
    alarm = [x for x in lines if x.expected != "geen"]
    out = [f"{len(lines)} lines in first state ({len({x.file for x in lines})} files): alarm caught "
           f"{sum(1 for x in alarm if x.tier)}/{len(alarm)}; harmless: panel {sum(1 for x in harmless if x.tier == 'acuut')}, "
           f"gentle line {sum(1 for x in harmless if x.tier == 'zorg')} of {len(harmless)} "
           f"(rules alone: panel {sum(1 for x in harmless if x.rules == 'acuut')}, "
           f"gentle line {sum(1 for x in harmless if x.rules == 'zorg')})"]
    counts: dict[str, list[int]] = {}
    for x in lines:
        if x.rules == "zorg":
            row = counts.setdefault("+".join(x.families), [0, 0])
            row[x.expected != "geen"] += 1
    out.append("gentle lines from the rules by the families that made them: harmless / real")
    out += [f"    {name}: {g} / {r}" for name, (g, r) in sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0]))]
    return out


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--lees":
        read_old(sys.argv[2], sys.argv[3:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vanaf", help="only the files added at or after this commit")
    parser.add_argument("--bewaar", type=Path, help="also write every line with what it got (JSON lines)")
    args = parser.parse_args()
    from crisis_net_floor import floor_table, zorg_table

    lines = []
    with tempfile.TemporaryDirectory(prefix="crisis-floor-history-") as work:
        for commit, files in moments(args.vanaf):
            lines += first_states(commit, files, Path(work))
            print(f"  before {commit}: {', '.join(Path(f).stem for f in files)} read", flush=True)
    if args.bewaar is not None:
        args.bewaar.write_text("".join(json.dumps(vars(x), ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    print("\n".join(summary(lines) + floor_table(lines, split=False) + zorg_table(lines, split=False)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
