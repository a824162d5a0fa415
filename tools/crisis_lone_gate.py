"""What the lone-family gate (`crisis.lone`) would do, at first sight and on the corpus (round 35, c35g).

First sight: each outside set is read by the engine of the commit before the set came in (its rules, frames and
weights, unpacked with `git archive` into a temporary folder), as it would have met the set; then the gate is applied
to that verdict. Design sets: crisis-u, crisis-v and the focused sets; held out: crisis-w (tuning-ho34w1/w2).
Corpus: every line of tests/corpus/crisis/*.toml by the engine of this tree, with and without the gate; every line
whose tier the gate changes is listed.

Usage: python tools/crisis_lone_gate.py [--eerste] [--corpus]
Standard library only (besides the engine it measures). Needs git and the repository's history.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "crisis"
LONE = ROOT / "src" / "vraaghulp" / "coach" / "crisis" / "lone.py"
# (group, files): each group's files came in with one commit; the engine before it meets them.
DESIGN = (("crisis-u", ("tuning-ho32u1", "tuning-ho32u2")), ("crisis-v", ("tuning-ho33v1", "tuning-ho33v2")),
          ("tuning32-cx", ("tuning32-cx",)), ("tuning33-cy", ("tuning33-cy",)), ("tuning34-cz", ("tuning34-cz",)),
          ("tuning35-cy", ("tuning35-cy",)))
HELD_OUT = (("crisis-w", ("tuning-ho34w1", "tuning-ho34w2")),)


def read_lines(path: Path) -> list[tuple[str, str]]:
    with path.open("rb") as handle:
        return [(r["tekst"], r.get("verwacht", "geen")) for r in tomllib.load(handle).get("regel", [])]


def judge(paths: list[Path]) -> list[dict[str, object]]:
    """Each line's expected tier, the engine's tier, and the tier after the gate (run inside the tree measured)."""
    import vraaghulp.coach.crisis as crisis
    from vraaghulp.coach.crisis.lone import lone_gate

    first_person = crisis.compiled_rules().first_person
    out = []
    for path in paths:
        for text, expected in read_lines(path):
            found = crisis.assess(text)
            gated = found.tier
            if len(text.split()) >= crisis.MIN_WORDS:
                _signals, sentences, concepts = crisis._weigh(text)
                gated = lone_gate(found.tier, found.families, sentences, concepts, list(found.signals), first_person,
                                  len(text.split()) <= 30)[0]
            out.append({"file": path.stem, "text": text, "verwacht": expected, "voor": found.tier, "na": gated})
    return out


def added_by(stem: str) -> str:
    """The commit that brought a corpus file in."""
    found = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", f"tests/corpus/crisis/{stem}.toml"],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return found[-1]


def first_sight(stems: tuple[str, ...]) -> list[dict[str, object]]:
    """The verdicts of the engine before the files came in, before and after the gate."""
    parent = f"{added_by(stems[0])}^1"
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "archive", parent, "src", "content"], cwd=ROOT, capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        target = Path(folder) / "src" / "vraaghulp" / "coach" / "crisis" / "lone.py"
        target.write_text(LONE.read_text(encoding="utf-8"), encoding="utf-8")
        paths = [str(CORPUS / f"{stem}.toml") for stem in stems]
        done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--werker", *paths], cwd=folder,
                              env={"PYTHONPATH": str(Path(folder) / "src"), "PATH": "/usr/bin:/bin"},
                              capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def figures(rows: list[dict[str, object]]) -> Counter:
    """False panels, false gentle lines, real acuut under acuut, misses: before and after the gate."""
    count: Counter = Counter()
    for row in rows:
        for when in ("voor", "na"):
            tier, expected = row[when], row["verwacht"]
            count[f"{when}: vals acuut"] += expected == "geen" and tier == "acuut"
            count[f"{when}: vals zorg"] += expected == "geen" and tier == "zorg"
            count[f"{when}: acuut onder acuut"] += expected == "acuut" and tier != "acuut"
            count[f"{when}: gemist"] += expected != "geen" and tier is None
    count["geen-regels"] = sum(row["verwacht"] == "geen" for row in rows)
    count["regels"] = len(rows)
    return count


def report(title: str, rows: list[dict[str, object]], show_text: bool = True) -> None:
    count = figures(rows)
    print(f"== {title}: {count['regels']} regels, {count['geen-regels']} geen")
    for what in ("vals acuut", "vals zorg", "acuut onder acuut", "gemist"):
        print(f"   {what}: {count['voor: ' + what]} -> {count['na: ' + what]}")
    for row in rows:
        if row["voor"] != row["na"]:
            text = str(row["text"])[:110] if show_text else ""
            print(f"   {row['file']} {row['verwacht']}: {row['voor']} -> {row['na']} | {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eerste", action="store_true", help="first sight of the outside sets")
    parser.add_argument("--corpus", action="store_true", help="the whole crisis corpus by this tree's engine")
    parser.add_argument("--werker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.werker:
        json.dump(judge([Path(p) for p in args.werker]), sys.stdout, ensure_ascii=False)
        return 0
    if args.eerste or not args.corpus:
        for label, groups in (("ontwerp", DESIGN), ("achtergehouden", HELD_OUT)):
            rows = [row for _name, stems in groups for row in first_sight(stems)]
            report(f"{label} ({', '.join(name for name, _ in groups)})", rows)
    if args.corpus:
        sys.path.insert(0, str(ROOT / "src"))
        report("corpus (deze boom)", judge(sorted(CORPUS.glob("*.toml"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
