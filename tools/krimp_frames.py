"""Round 49 (k49b): indirect request frames — converted right, left alone, or broken?

Every draft of the tuning corpus (tests/corpus/krimp/tuning*.toml) whose concept holds a frame of the family that
vraaghulp.coach.krimp.indirect.frames knows ('Het zou fijn zijn als …', 'Zou het een idee zijn als …', 'Zou je het
erg vinden als …', 'Ik zat te denken of …', 'Ik wil u vriendelijk verzoeken om …', 'moest het kunnen' …), shrunk by
an engine, and its result put in one of four bins:

- ``kapot`` (broken): the result shows a half-made question (indirect.frame_left / finite_left: 'Kan het een idee
  zijn als …', 'Kan iemand … uitruimt', 'nietsen'), or it dropped the frame and is wrong and still sure;
- ``goed`` (converted right): the frame is gone from the result and the judge (benchmarks/krimp_eval.py) accepts it;
- ``gelaten`` (left alone): the result still says the frame (the writer's own words);
- ``omgezet-niet-goed``: the frame is gone, nothing is broken, but the judge does not accept the result.

Each bin with how many of its results are sure. `--motor`: the engine of /work/main (the rule off) and of this
worktree (on), each in a subprocess of its own, over the three groups of KRIMP-COMMON.md (chosen 36–43, measured
44–48, 46 apart) and the whole tuning corpus; acceptable + / −, sure and wrong-and-sure per group, and the bins.
`--rijen BIN`: list the drafts of that bin (never for the measured sets while a rule is being chosen).

`--alle`: the groups (round 50: the round-49 outside files too) with every draft (the bins still say what became of the framed ones among them).

Usage: PYTHONPATH=src python tools/krimp_frames.py [--motor [--alle]] [--off SRC] [--rijen BIN] [--groep NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import krimp_eval as ke  # noqa: E402
from vraaghulp.coach.krimp import indirect  # noqa: E402

FOLDER = ROOT / "tests" / "corpus" / "krimp"
CHOOSE = tuple(f"tuning-ho{n}{s}" for n in range(36, 44) for s in "ab") + ("tuning36-z",) + tuple(
    f"tuning{n}-p" for n in range(37, 44))
MEASURE = tuple(f"tuning-ho{n}{s}" for n in (44, 45, 47, 48) for s in "ab") + tuple(
    f"tuning{n}-p" for n in (44, 45, 47, 48))
APART = ("tuning-ho46a", "tuning-ho46b", "tuning46-p")
OUTSIDE49 = ("tuning-ho49a", "tuning-ho49b", "tuning49-p")  # round 50 (k50b): brought in this round
GROUPS = {"chosen (36-43)": CHOOSE, "measured (44-48)": MEASURE, "apart (46)": APART, "outside (49)": OUTSIDE49}
_RUNNER = """
import json, sys
from vraaghulp.coach.krimp import shrink
out = {}
for case in json.load(sys.stdin):
    r = shrink(case["concept"], person=case["wie"], moment=case["wanneer"])
    out[case["id"]] = [r.sentence, bool(r.sure)]
json.dump(out, sys.stdout)
"""


def cases(names: tuple[str, ...] | None = None, framed_only: bool = True) -> list[dict]:
    """The corpus cases of these files (all tuning files when None), with `_file`; only framed drafts by default."""
    paths = [FOLDER / f"{n}.toml" for n in names] if names else sorted(FOLDER.glob("tuning*.toml"))
    out = []
    for path in paths:
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            if not framed_only or indirect.frames(case["concept"]):
                out.append(dict(case, _file=path.stem))
    return out


def run(src: Path, todo: list[dict]) -> dict[str, tuple[str, bool]]:
    """Shrink every case with the engine under `src` (a subprocess, so two engines never mix)."""
    payload = [{"id": c["id"], "concept": c["concept"].strip("\n"), "wie": c.get("wie") or None,
                "wanneer": c.get("wanneer") or None} for c in todo]
    env = dict(os.environ, PYTHONPATH=str(src))
    done = subprocess.run([sys.executable, "-c", _RUNNER], input=json.dumps(payload), capture_output=True, text=True,
                          env=env, check=True)
    return {k: (v[0], v[1]) for k, v in json.loads(done.stdout).items()}


def verdict(case: dict, sentence: str, sure: bool) -> tuple[str, bool, bool]:
    """(bin, acceptable, wrong and sure) of one result."""
    _b, _g, kept, _gone, wrong, reasons = ke.judge(sentence, case)
    ok = not reasons
    wrong_sure = sure and (kept < len(case.get("houden", [])) or wrong)
    draft = case["concept"]
    if indirect.frame_left(draft, sentence) or indirect.finite_left(draft, sentence):
        return "kapot", ok, wrong_sure
    if indirect.frames(sentence):
        return "gelaten", ok, wrong_sure
    if wrong_sure:
        return "kapot", ok, wrong_sure
    return ("goed" if ok else "omgezet-niet-goed"), ok, wrong_sure


BINS = ("goed", "gelaten", "omgezet-niet-goed", "kapot")


def tally(todo: list[dict], got: dict[str, tuple[str, bool]]) -> Counter:
    n: Counter = Counter()
    for case in todo:
        sentence, sure = got[case["id"]]
        kind, ok, wrong = verdict(case, sentence, sure)
        n["n"] += 1
        if indirect.frames(case["concept"]):  # the bins are for framed drafts only (--alle runs the others too)
            n[kind] += 1
            n[kind + "-zeker"] += sure
        n["ok"] += ok
        n["sure"] += sure
        n["wrong"] += wrong
    return n


def line(label: str, n: Counter) -> str:
    bins = "  ".join(f"{b} {n[b]} (zeker {n[b + '-zeker']})" for b in BINS)
    return (f"{label:22s} n={n['n']:4d}  acceptable {n['ok']:4d}  sure {n['sure']:4d}  wrong-and-sure {n['wrong']:2d}"
            f"  |  {bins}")


def motor(off: Path, on: Path, rows: str | None, group: str | None, every: bool = False) -> None:
    framed = cases()
    named = [n for names in GROUPS.values() for n in names]
    everything = list({c["id"]: c for c in framed + (cases(tuple(named), framed_only=False) if every else [])}.values())
    got = {"off": run(off, everything), "on": run(on, everything)}
    print(f"framed drafts in the tuning corpus: {len(framed)} (engine off = {off}, on = {on})"
          + ("; the groups with all their drafts" if every else ""))
    framed_ids = {c["id"] for c in framed}
    parts = dict(GROUPS, **{"whole tuning corpus": None})
    for label, names in parts.items():
        todo = [c for c in everything if (names is None and c["id"] in framed_ids) or (names and c["_file"] in names)]
        before, after = tally(todo, got["off"]), tally(todo, got["on"])
        ok = {k: {c["id"]: not ke.judge(got[k][c["id"]][0], c)[-1] for c in todo} for k in ("off", "on")}
        plus = sum(1 for c in todo if ok["on"][c["id"]] and not ok["off"][c["id"]])
        minus = sum(1 for c in todo if ok["off"][c["id"]] and not ok["on"][c["id"]])
        print(f"\n== {label}: acceptable +{plus} / -{minus}")
        print(line("  off", before))
        print(line("  on", after))
        if rows and (group is None or group == label):
            for c in todo:
                a, b = got["off"][c["id"]], got["on"][c["id"]]
                bin_a, bin_b = verdict(c, *a)[0], verdict(c, *b)[0]
                if rows in (bin_a, bin_b, "*") or (rows == "anders" and a != b):
                    print(f"    {c['id']:10s} {bin_a:>17s}{'*' if a[1] else ' '} -> {bin_b:17s}{'*' if b[1] else ' '}"
                          f" | {' '.join(c['concept'].split())[:160]}\n{'':16s}off: {a[0]}\n{'':16s}on:  {b[0]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--motor", action="store_true", help="the engine off (main) and on (this worktree)")
    ap.add_argument("--off", default="/work/main/src", help="the src folder of the engine without the rule")
    ap.add_argument("--rijen", help="list the drafts of this bin ('*': all, 'anders': changed)")
    ap.add_argument("--groep", help="only list the drafts of this group (its label as printed)")
    ap.add_argument("--alle", action="store_true", help="with --motor: every draft of the three groups, not the framed")
    args = ap.parse_args(argv)
    on = ROOT / "src"
    if args.motor:
        motor(Path(args.off), on, args.rijen, args.groep, args.alle)
        return 0
    everything = cases()
    got = run(on, everything)
    for label, names in dict(GROUPS, **{"whole tuning corpus": None}).items():
        todo = [c for c in everything if names is None or c["_file"] in names]
        print(line(label, tally(todo, got)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
