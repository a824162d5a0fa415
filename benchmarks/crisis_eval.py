"""Evaluate the crisis check on the corpus files in tests/corpus/crisis/.

Usage:
    python benchmarks/crisis_eval.py            # every *.toml in tests/corpus/crisis/
    python benchmarks/crisis_eval.py --stil     # figures only, no list of misses
    python benchmarks/crisis_eval.py --heldout DIR   # also a sealed held-out set kept outside the repo
    python benchmarks/crisis_eval.py --gewoon   # also list the ordinary drafts that get a tier
    python benchmarks/crisis_eval.py --storing  # also the corpus disturbed the way people type
    python benchmarks/crisis_eval.py --storing-lijst chattaal   # ... and the lines one disturbance hurts

For every part it prints recall per expected tier (caught at either tier, and caught at the
expected tier), the false alarms on `geen` lines (acuut and zorg separately), and, for the
non-held-out part only, every line that was missed or alarmed wrongly; then the tiers it gives
the krimp corpus's ordinary drafts (long practical asks, no target). A held-out file
(`heldout*.toml`) is reported on its own and its lines are never listed. Last: the time per
2,000-character text after warm-up (median and worst), and the one-off cost of the first
check in a new process (median of several; the bytecode cache may be written, as an
installed program has it).

With `--storing` it also checks every line that is not held out once more per disturbance
(`crisis_storing.py`: no punctuation, lower case, ALL CAPS, no space after punctuation, chat
spelling, Flemish chat, repeated letters, two words run together, accents dropped or added, a
typo in a word of six letters or more, several at once) and prints, per disturbance, the alarm
lines still caught (either tier), how many it lost, and the false acuut and false zorg on the
harmless lines, next to the undisturbed figures. Deterministic (seeded per line), about a
minute more; a figure to watch, no target. `--storing-lijst NAME` lists the lines whose outcome
one disturbance made worse (a lost alarm, a harmless line that got a tier or the panel).

Targets (from the issue): non-held-out: every alarm line alarms (either tier), 0 false
acuut, at most 2 % zorg on geen lines; held-out: recall at least 90 %, same false-alarm
limits. Exit code 0 when all targets hold, 1 otherwise. Standard library only.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "corpus" / "crisis"
KRIMP = HERE.parent / "tests" / "corpus" / "krimp"
sys.path.insert(0, str(HERE.parent / "src"))

TIERS = ("acuut", "zorg")
MAX_FALSE_ZORG = 0.02
MIN_HELDOUT_RECALL = 0.90


@dataclass
class Line:
    text: str
    expected: str
    family: str
    found: str | None = None
    families: tuple[str, ...] = ()


@dataclass
class Part:
    name: str
    lines: list[Line] = field(default_factory=list)
    held_out: bool = False


def load(path: Path) -> list[Line]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return [Line(r["tekst"], r["verwacht"], r.get("familie", "")) for r in data.get("regel", [])]


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f} %)" if whole else "0/0"


def judge(lines: list[Line]) -> None:
    from vraaghulp.coach.crisis import assess

    for line in lines:
        result = assess(line.text)
        line.found, line.families = result.tier, result.families


def summary(part: Part) -> tuple[list[str], bool]:
    """Report lines for one part, and whether its targets hold."""
    out = []
    alarm = [x for x in part.lines if x.expected in TIERS]
    caught = [x for x in alarm if x.found]
    out.append(f"  alarm lines caught (either tier): {pct(len(caught), len(alarm))}")
    for tier in TIERS:
        expected = [x for x in alarm if x.expected == tier]
        either = sum(1 for x in expected if x.found)
        exact = sum(1 for x in expected if x.found == tier)
        line = f"    expected {tier:<5}: caught {pct(either, len(expected))}, at that tier {pct(exact, len(expected))}"
        if tier == "zorg":  # round 29 (c29): the gentle lines that got the full panel instead
            line += f", full panel {sum(1 for x in expected if x.found == 'acuut')}"
        out.append(line)
    harmless = [x for x in part.lines if x.expected == "geen"]
    false_acute = sum(1 for x in harmless if x.found == "acuut")
    false_zorg = sum(1 for x in harmless if x.found == "zorg")
    out.append(f"  geen lines: false acuut {pct(false_acute, len(harmless))}, false zorg {pct(false_zorg, len(harmless))}")
    recall = len(caught) / len(alarm) if alarm else 1.0
    zorg_ok = not harmless or false_zorg / len(harmless) <= MAX_FALSE_ZORG
    ok = false_acute == 0 and zorg_ok and (recall >= MIN_HELDOUT_RECALL if part.held_out else recall == 1.0)
    return out, ok


def misses(lines: list[Line]) -> list[str]:
    out = []
    for line in lines:
        wrong = (line.expected in TIERS and line.found != line.expected) or (line.expected == "geen" and line.found)
        if wrong:
            mark = "MISSED" if line.expected in TIERS and not line.found else "tier"
            if line.expected == "geen":
                mark = "FALSE"
            out.append(
                f"    [{mark:<6}] want {line.expected:<5} got {line.found or '-':<5} "
                f"({line.family}; found {', '.join(line.families) or '-'}): {line.text}"
            )
    return out


def _rounds(work, per: int, rounds: int = 7) -> list[float]:
    """Milliseconds of CPU time per text, one figure per round."""
    out = []
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(3):
            work()
        out.append((time.process_time() - start) / 3 / per * 1000)
    return out


def _fresh_process(probe: str, runs: int = 7) -> list[tuple[float, float]]:
    """(import ms, first check ms) in new Python processes, bytecode caching allowed as installed."""
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    src = str(HERE.parent / "src")
    found = []
    for _ in range(runs + 1):  # the first run may write the bytecode cache: not counted
        result = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {src!r}); {probe}"],
                                capture_output=True, text=True, check=True, env=env)
        found.append(tuple(float(x) for x in result.stdout.split()))
    return found[1:]


def timing(texts: list[str]) -> list[str]:
    """Time per 2,000-character text after warm-up, and the one-off cost in a new process."""
    from vraaghulp.coach.crisis import assess

    chunks, current = [], ""
    for text in texts * 3:
        current += text + " "
        if len(current) >= 2000:
            chunks.append(current[:2000])
            current = ""
    for chunk in chunks:
        assess(chunk)  # warm-up: rules compiled, word cache filled
    plain = ("Ik wil vragen of mijn buurman morgen brood meeneemt, maar ik durf het niet goed. " * 30)[:2000]
    assess(plain)
    per_text = []  # CPU time of this process per text (less disturbed by others), best of 3 runs each
    for chunk in chunks:
        runs = []
        for _ in range(3):
            start = time.process_time()
            assess(chunk)
            runs.append((time.process_time() - start) * 1000)
        per_text.append(min(runs))
    ordinary = _rounds(lambda: assess(plain), 1)
    probe = (
        "import time; t=time.perf_counter(); import vraaghulp.coach.crisis as c; a=time.perf_counter(); "
        "c.assess('Ik wil vragen of mijn buurman morgen brood meeneemt.'); b=time.perf_counter(); "
        "print((a-t)*1000, (b-a)*1000)"
    )
    fresh = _fresh_process(probe)
    imports, firsts = [x for x, _ in fresh], [y for _, y in fresh]
    return [
        f"  an ordinary 2,000-character text: median {statistics.median(ordinary):.2f} ms, best {min(ordinary):.2f} ms",
        f"  {len(chunks)} texts of 2,000 characters glued from corpus lines (signals in every sentence): "
        f"median {statistics.median(per_text):.2f} ms, best {min(per_text):.2f} ms, worst {max(per_text):.2f} ms",
        f"  new process ({len(fresh)} runs): import of the package median {statistics.median(imports):.1f} ms "
        f"(nothing loaded); first check after import median {statistics.median(firsts):.1f} ms, "
        f"best {min(firsts):.1f} ms, worst {max(firsts):.1f} ms",
    ]


def ordinary_requests(listed: bool = False) -> list[str]:
    """The crisis check over the drafts of the krimp corpus that hold no crisis language: long,
    apologising, practical asks written by outside authors for another engine, never tuned on
    for this one. Their authors did not mark a tier, so this is a figure to watch, not a target:
    an honest sentence ('ik voel me eenzaam') may rightly get the gentle line. Since round 14 the
    second opinion is fitted with these drafts as harmless rows (tools/crisis_net_fit.py), so its
    share here is no longer a figure on unseen text; the rules' share still is. With `listed`, every
    draft that gets a tier follows, with the rules and words that fired."""
    from vraaghulp.coach.crisis import assess

    drafts = []
    for path in sorted(KRIMP.glob("*.toml")):
        with path.open("rb") as handle:
            drafts += [(path.stem, c["concept"]) for c in tomllib.load(handle).get("case", [])
                       if "crisis" not in c.get("soorten", [])]
    tiers = [assess(d) for _, d in drafts]
    acute = sum(1 for t in tiers if t.tier == "acuut")
    score_only = sum(1 for t in tiers if t.tier == "zorg" and t.families == ("inschatting",))
    rules = sum(1 for t in tiers if t.tier == "zorg") - score_only
    out = [f"\n== ORDINARY REQUESTS (the krimp corpus's {len(drafts)} drafts without crisis language; a figure, no target)",
           f"  full panel (acuut): {pct(acute, len(drafts))}",
           f"  gentle line (zorg): {rules} from the rules, {score_only} from the second opinion alone (fitted on these drafts)"]
    for (stem, draft), result in zip(drafts, tiers):
        if listed and result.tier:
            fired = "; ".join(s.phrase for s in result.signals if s.level != "hint")
            out.append(f"    [{result.tier:<5}] {stem}: {fired}\n        {' '.join(draft.split())}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stil", action="store_true", help="no list of misses")
    parser.add_argument("--gewoon", action="store_true",
                        help="list the krimp corpus's ordinary drafts that get a tier, with what fired")
    parser.add_argument("--heldout", type=Path, metavar="DIR",
                        help="also every *.toml in DIR, as held-out (a sealed set kept outside the repo)")
    parser.add_argument("--storing", action="store_true",
                        help="also every line disturbed the way people type (chat, no punctuation, typos ...)")
    parser.add_argument("--storing-lijst", metavar="NAME",
                        help="with --storing: list the lines one disturbance makes worse")
    args = parser.parse_args()
    files = sorted(CORPUS.glob("*.toml"))
    if not files:
        print(f"Geen corpusbestanden gevonden in {CORPUS}.")
        return 1
    parts = [Part(f.stem, load(f), f.name.startswith("heldout")) for f in files]
    if args.heldout is not None:
        parts += [Part(f.stem, load(f), True) for f in sorted(args.heldout.glob("*.toml"))]
    all_ok = True
    for group, held_out in (("NOT HELD OUT (tuning and earlier files)", False), ("HELD OUT", True)):
        chosen = [p for p in parts if p.held_out == held_out]
        if not chosen:
            print(f"\n== {group}: no file (the held-out target is not measured; see --heldout)\n")
            all_ok &= not held_out
            continue
        combined = Part(group, [x for p in chosen for x in p.lines], held_out)
        judge(combined.lines)
        print(f"\n== {group}: {len(combined.lines)} lines")
        lines, ok = summary(combined)
        all_ok &= ok
        print("\n".join(lines))
        print(f"  targets: {'MET' if ok else 'NOT MET'}")
        for p in chosen:
            print(f"\n  -- file {p.name}.toml: {len(p.lines)} lines")
            print("\n".join("  " + x for x in summary(p)[0]))
            if not held_out and not args.stil:
                print("\n".join(misses(p.lines)) or "    (no misses, no false alarms, every tier as expected)")
    if args.storing or args.storing_lijst:
        from crisis_storing import disturbed_report
        from vraaghulp.coach.crisis import assess

        tuned = [x for p in parts if not p.held_out for x in p.lines]
        print("\n".join(disturbed_report(tuned, assess, args.storing_lijst)))
    print("\n".join(ordinary_requests(args.gewoon)))
    print("\n== SPEED")
    print("\n".join(timing([x.text for p in parts if not p.held_out for x in p.lines])))
    print(f"\nAll targets: {'MET' if all_ok else 'NOT MET'}")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
