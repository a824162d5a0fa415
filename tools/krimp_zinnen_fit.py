"""Fit the model of krimp's needed.py: does the reader need a clause the engine drops as a whole?

Usage: python tools/krimp_zinnen_fit.py [--map DIR] [--snel] [--l2 1.0] [--schrijf]

Training rows: every clause the engine drops as a whole (needed.py `candidates`, the model
switched off) in every draft of the tuning corpus (``tests/corpus/krimp/*.toml`` except
``heldout*``). A row is "needed" when the clause holds a must-keep (``houden``) item that the
result does not have. The model is a logistic regression with an L2 penalty, fitted by Newton's
method in plain Python.

Leave-one-file-out: for every file, the model is fitted on all the other files and scores the
left-out one, so each figure says how the model does on a file nobody fitted on:

1. per clause: how many needed clauses score above each threshold, and how many others do;
2. per draft (not with --snel): the engine run with the left-out file's own model, for a grid of
   thresholds: ``houden`` (keep the clause) and ``twijfel`` (the result is not sure). Printed:
   acceptable, sure, wrong and still sure, summed over the left-out files.

The thresholds are chosen on those figures: fewest wrong-and-sure results, then the most
acceptable, then the most sure. With --schrijf the model fitted on all files is written to
``content/nl/krimp_zinnen.toml`` with the chosen thresholds (and --houden/--twijfel override).
"""

from __future__ import annotations

import argparse
import math
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

OFF = 2.0  # a threshold no probability reaches
KEEP_GRID = (OFF, 0.9, 0.8, 0.7, 0.6, 0.5)
DOUBT_GRID = (OFF, 0.8, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05)
TARGET = ROOT / "content" / "nl" / "krimp_zinnen.toml"
SUMMARY: list[str] = []  # the chosen setting's leave-one-file-out figures, for the header
MODES = {"": "regels + model", "woord": "model i.p.v. safe.py", "alles": "model i.p.v. regels"}


def fold_char(ch: str) -> str:
    from krimp_eval import fold

    f = fold(ch)
    return f if len(f) == 1 else ch.lower()


def fold_same(text: str) -> str:
    """Case and accents folded, one character for one (offsets stay)."""
    return "".join(fold_char(ch) for ch in text)


def labels(entry: dict, case: dict, sentence: str) -> list[int]:
    """1 for a clause holding a must-keep item the result lacks, else 0."""
    from krimp_eval import contains, fold

    text = fold_same(entry["tekst"])
    spans = []
    for item in case.get("houden", []):
        if contains(sentence, item):
            continue
        needle = fold(item)
        at = text.find(needle)
        while at >= 0 and needle:
            spans.append((at, at + len(needle)))
            at = text.find(needle, at + 1)
    return [int(any(s < b and a < e for s, e in spans)) for _f, a, b in entry["rijen"]]


def load_cases(folder: Path) -> dict[str, list[dict]]:
    files = sorted(p for p in folder.glob("*.toml") if not p.name.startswith("heldout"))
    return {p.name: tomllib.loads(p.read_text(encoding="utf-8")).get("case", []) for p in files}


def run_case(case: dict) -> tuple[object, dict | None]:
    """Shrink one draft as the eval does: the result and the record of its first analysis."""
    from vraaghulp.coach.krimp import needed, shrink

    needed.RECORD = []
    try:
        result = shrink(case["concept"].strip("\n"), person=case.get("wie") or None, moment=case.get("wanneer") or None)
        records = needed.RECORD
    finally:
        needed.RECORD = None
    first = max(records, key=lambda e: len(e["tekst"]), default=None)  # settling shrinks shorter texts
    return result, first


def collect(cases: dict[str, list[dict]]) -> dict[str, list[tuple[dict, int]]]:
    """The training rows per file, from the engine with the model switched off."""
    from vraaghulp.coach.krimp import needed

    needed.use({"houden": OFF, "twijfel": OFF, "gewichten": {}})
    rows: dict[str, list[tuple[dict, int]]] = {}
    for name, file_cases in cases.items():
        rows[name] = []
        for case in file_cases:
            result, entry = run_case(case)
            if entry is not None:
                ys = labels(entry, case, result.sentence)
                rows[name] += [(feats, y) for (feats, _a, _b), y in zip(entry["rijen"], ys)]
    needed.use(None)
    return rows


def fit(rows: list[tuple[dict, int]], l2: float, iterations: int = 25) -> dict:
    """Logistic regression with an L2 penalty (not on the intercept), by Newton's method."""
    names = sorted({k for feats, _y in rows for k in feats})
    index = {k: n + 1 for n, k in enumerate(names)}
    data = [([(0, 1.0)] + [(index[k], v) for k, v in feats.items() if v], y) for feats, y in rows]
    size = len(names) + 1
    beta = [0.0] * size
    for _ in range(iterations):
        grad = [0.0] * size
        hess = [[0.0] * size for _ in range(size)]
        for x, y in data:
            z = sum(beta[j] * v for j, v in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            wgt = p * (1 - p)
            for j, v in x:
                grad[j] += (p - y) * v
                row = hess[j]
                for k, u in x:
                    row[k] += wgt * v * u
        for j in range(1, size):
            grad[j] += l2 * beta[j]
            hess[j][j] += l2
        hess[0][0] += 1e-6
        step = solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return {"intercept": beta[0], "gewichten": {k: beta[index[k]] for k in names}}


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a is symmetric positive definite here)."""
    n = len(b)
    m = [row[:] + [b[k]] for k, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        lead = m[col][col] or 1e-12
        for r in range(col + 1, n):
            f = m[r][col] / lead
            if f:
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        out[r] = (m[r][n] - sum(m[r][k] * out[k] for k in range(r + 1, n))) / (m[r][r] or 1e-12)
    return out


def clause_figures(rows: dict[str, list[tuple[dict, int]]], l2: float) -> dict[str, dict]:
    """Leave-one-file-out per clause; returns each file's own model (fitted without it)."""
    from vraaghulp.coach.krimp.needed import probability

    models: dict[str, dict] = {}
    print("\n== per zin, elk bestand gescoord door een model zonder dat bestand")
    print(f"  {'bestand':18s} {'zinnen':>6s} {'nodig':>5s}   nodig ≥ 0.5/0.3/0.15   rest ≥ 0.5/0.3/0.15")
    totals = [0] * 8
    every: list[tuple[float, int]] = []
    for name in rows:
        train = [r for other, rs in rows.items() if other != name for r in rs]
        models[name] = fit(train, l2)
        scored = [(probability(f, models[name]), y) for f, y in rows[name]]
        pos = [p for p, y in scored if y]
        neg = [p for p, y in scored if not y]
        counts = [len(scored), len(pos)] + [sum(p >= t for p in pos) for t in (0.5, 0.3, 0.15)] \
            + [sum(p >= t for p in neg) for t in (0.5, 0.3, 0.15)]
        totals = [a + b for a, b in zip(totals, counts)]
        every += scored
        print(f"  {name:18s} {counts[0]:6d} {counts[1]:5d}   {counts[2]:5d} {counts[3]:4d} {counts[4]:4d}"
              f"        {counts[5]:5d} {counts[6]:4d} {counts[7]:4d}   AUC {auc(scored):.3f}")
    print(f"  {'samen':18s} {totals[0]:6d} {totals[1]:5d}   {totals[2]:5d} {totals[3]:4d} {totals[4]:4d}"
          f"        {totals[5]:5d} {totals[6]:4d} {totals[7]:4d}   AUC {auc(every):.3f}")
    loss = -sum(math.log(max(1e-9, p if y else 1 - p)) for p, y in every) / max(1, len(every))
    print(f"  log-loss {loss:.4f} (L2 {l2})")
    return models


def auc(scored: list[tuple[float, int]]) -> float:
    """The chance that a needed clause scores above another one (ties count half)."""
    pos = sorted(p for p, y in scored if y)
    neg = sorted(p for p, y in scored if not y)
    if not pos or not neg:
        return float("nan")
    wins = sum(sum(1.0 if p > q else 0.5 if p == q else 0.0 for q in neg) for p in pos)
    return wins / (len(pos) * len(neg))


def draft_outcomes(cases: dict[str, list[dict]], models: dict[str, dict], keep: float, replace: str) -> list[tuple]:
    """Every draft shrunk with its left-out model and this keep threshold: (file, acceptable,
    sure without the model's doubt, lost a must-keep or meaning, the doubt score)."""
    from krimp_eval import judge

    from vraaghulp.coach.krimp import needed

    out = []
    for name, file_cases in cases.items():
        needed.use(dict(models[name], houden=keep, twijfel=OFF, vervangt_regels=replace))
        for case in file_cases:
            result, entry = run_case(case)
            _best, _gold, kept, _gone, wrong_meaning, reasons = judge(result.sentence, case)
            lost = kept < len(case.get("houden", [])) or wrong_meaning
            out.append((name, not reasons, result.sure, lost, entry["twijfel"] if entry else 0.0))
    needed.use(None)
    return out


def sweep(cases: dict[str, list[dict]], models: dict[str, dict], modes: tuple[str, ...]) -> tuple[float, float, str]:
    """The engine on every left-out file for a grid of thresholds, with the hand-written rules for
    dropped clauses and without them (the model replaces them); returns the chosen setting."""
    n = sum(len(v) for v in cases.values())
    print(f"\n== per concept ({n}), elk bestand met een model zonder dat bestand: aanvaardbaar / zeker / fout en toch zeker")
    best = None
    per_file: dict[tuple[float, float, str], dict[str, tuple[int, int, int]]] = {}
    for replace, keep in ((r, k) for r in modes for k in KEEP_GRID):
        outcomes = draft_outcomes(cases, models, keep, replace)
        for doubt in DOUBT_GRID:
            ok = sum(o[1] for o in outcomes)
            sure = [o for o in outcomes if o[2] and o[4] < doubt]
            wrong = sum(o[3] for o in sure)
            per_file[(keep, doubt, replace)] = {f: (sum(o[1] for o in outcomes if o[0] == f), sum(1 for o in sure if o[0] == f),
                                           sum(o[3] for o in sure if o[0] == f)) for f in cases}
            label = lambda t: "uit" if t >= OFF else f"{t:.2f}"  # noqa: E731
            print(f"  {MODES[replace]:22s} houden {label(keep):>4s}  twijfel {label(doubt):>4s}   {100 * ok / n:5.1f} %   "
                  f"{100 * len(sure) / n:5.1f} %   {wrong:3d}")
            key = (wrong, -ok, -len(sure), -len(replace))  # a tie: fewer rules
            if best is None or key < best[0]:
                best = (key, keep, doubt, replace)
    (wrong, ok, sure, _r), keep, doubt, replace = best
    SUMMARY.append(f"leave-one-file-out over {n} drafts: {100 * -ok / n:.1f} % acceptable, "
                   f"{100 * -sure / n:.1f} % sure, {wrong} wrong and still sure")
    print(f"\n  gekozen: houden {keep}, twijfel {doubt}, {MODES[replace]}; "
          "per weggelaten bestand (aanvaardbaar, zeker, fout en zeker):")
    for f, (ok, sure, wrong) in per_file[(keep, doubt, replace)].items():
        print(f"    {f:18s} {ok:4d} / {len(cases[f]):3d}   zeker {sure:3d}   fout-zeker {wrong}")
    return keep, doubt, replace


def write(target: Path, model: dict, setting: tuple[float, float, str], rows: int, positives: int, l2: float,
          files: list[str]) -> None:
    keep, doubt, replace = setting
    lines = [
        "# The model of src/vraaghulp/coach/krimp/needed.py: does the reader need a clause the engine",
        "# drops as a whole? Written by tools/krimp_zinnen_fit.py, never by hand: logistic regression,",
        f"# L2 penalty {l2}, Newton's method, on {rows} dropped clauses ({positives} needed: they hold a",
        "# must-keep item the result lacks) of the tuning corpus files:",
        f"# {', '.join(files)}.",
        "# houden: keep the clause at or above this score; twijfel: not sure at or above this one;",
        "# vervangt_regels: where the model replaces the hand-written rules for clauses that go as a",
        "# whole: \"\" nowhere, \"woord\" safe.py clause_cost, \"alles\" vouch.py dropped_content too.",
        "# Both chosen on leave-one-file-out figures (see the script's output), unless said below.",
    ] + [f"# {line}." for line in SUMMARY] + [
        f"intercept = {model['intercept']:.6f}",
        f"houden = {keep}",
        f"twijfel = {doubt}",
        f'vervangt_regels = "{replace}"',
    ]
    write_model(target, lines, model)


def write_model(target: Path, head: list[str], model: dict) -> None:
    """The header lines and settings, then the weights (the small ones left out), to target."""
    lines = head + ["", "[gewichten]"]
    lines += [f'"{k}" = {v:.6f}' for k, v in sorted(model["gewichten"].items()) if abs(v) >= 1e-6]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"\n  geschreven: {target}")


def main(argv: list[str] | None = None) -> int:
    """The fit, with whole.py's model of the whole result off: sure by the rules and this model only."""
    from vraaghulp.coach.krimp import whole

    whole.use({"intercept": 0.0, "drempel": OFF, "gewichten": {}})
    try:
        return _main(argv)
    finally:
        whole.use(None)


def _main(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--map", type=Path, default=ROOT / "tests" / "corpus" / "krimp")
    parser.add_argument("--snel", action="store_true", help="alleen per zin, zonder de drempels te kiezen")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--schrijf", action="store_true", help=f"schrijf het model naar {TARGET.name}")
    parser.add_argument("--regels", choices=("aan", "woord", "uit", "alle"), default="alle",
                        help="de handgeschreven regels voor weggelaten zinnen: aan, woord (safe.py vervangen), "
                             "uit (ook vouch.py), alle drie vergelijken")
    parser.add_argument("--uit", type=Path, default=TARGET, help="waar het model komt (met --schrijf)")
    parser.add_argument("--houden", type=float, default=None)
    parser.add_argument("--twijfel", type=float, default=None)
    args = parser.parse_args(argv)
    cases = load_cases(args.map)
    if not cases:
        print(f"Geen corpusbestanden in {args.map}.")
        return 1
    rows = collect(cases)
    every = [r for rs in rows.values() for r in rs]
    positives = sum(y for _f, y in every)
    print(f"{len(every)} weggelaten zinnen, waarvan {positives} nodig, uit {sum(len(v) for v in cases.values())} concepten")
    models = clause_figures(rows, args.l2) if len(rows) > 1 else {}
    modes = {"aan": ("",), "woord": ("woord",), "uit": ("alles",), "alle": tuple(MODES)}[args.regels]
    keep, doubt, replace = (OFF, OFF, "") if args.snel or len(rows) < 2 else sweep(cases, models, modes)
    keep = args.houden if args.houden is not None else keep
    doubt = args.twijfel if args.twijfel is not None else doubt
    if args.houden is not None or args.twijfel is not None:
        SUMMARY.append(f"houden {keep} and twijfel {doubt} given on the command line, not chosen by the sweep")
    if args.schrijf:
        write(args.uit, fit(every, args.l2), (keep, doubt, replace), len(every), positives, args.l2, list(cases))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
