"""Check on the real corpus that the fast fit (tools/crisis_net_sgd.py) gives the weights of the
plain reference fit (`crisis_net_sgd.fit`), as tools/crisis_net_fit.py reads the corpus.

Usage:
    python benchmarks/crisis_net_same.py               # the fit on every line, and one fold
    python benchmarks/crisis_net_same.py --fold FILE   # that file left out (default: the smallest file)

Prints, for the fit on every line and for one left-out fold, the largest difference between the two
fits' weights and bias, and between their left-out scores; 0.0 means equal bit for bit. Exit code 1
when a weight differs. Standard library only.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))


def _lines():
    import crisis_net_fit as tool

    lines = tool.read_corpus(tool.CORPUS)
    tool.observe_all(lines)
    return lines + tool.read_ordinary(tool.KRIMP)


def _compare(lines, left_out: str | None, options: dict) -> tuple[float, float, float, int]:
    """(max weight difference, bias difference, max left-out score difference, kept features) of the
    reference fit and the fast fit on every line outside `left_out` (None: every line)."""
    from crisis_net_sgd import Encoded, fit, fit_rows, index_probability, probability

    train = [x for x in lines if x.file != left_out]
    bias, weights = fit([x.features for x in train], [x.label for x in train], **options)
    encoded = Encoded([x.features for x in lines], [x.file for x in lines])
    keep = encoded.kept(options["min_lines"], left_out)
    pick = [i for i, x in enumerate(lines) if x.file != left_out]
    fast_bias, fast = fit_rows([encoded.rows[i] for i in pick], [lines[i].label for i in pick], keep,
                               l2=options["l2"], epochs=options["epochs"], rate=options["rate"], seed=options["seed"])
    by_name = {name: fast[i] for i, name in enumerate(encoded.names) if keep[i]}
    if set(by_name) != set(weights):
        raise SystemExit(f"the kept features differ: {len(set(by_name) ^ set(weights))} names")
    worst = max((abs(by_name[n] - w) for n, w in weights.items()), default=0.0)
    scores = 0.0
    for i, x in enumerate(lines):
        if x.file == left_out:
            scores = max(scores, abs(probability(bias, weights, x.features)
                                     - index_probability(fast_bias, fast, encoded.rows[i])))
    return worst, abs(fast_bias - bias), scores, len(weights)


def main(argv: list[str] | None = None) -> int:
    from crisis_net_sgd import EPOCHS, L2, MIN_LINES, RATE, SEED

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fold", default=None, help="the file left out of the fold (default: the smallest)")
    args = parser.parse_args(argv)
    options = {"l2": L2, "epochs": EPOCHS, "rate": RATE, "seed": SEED, "min_lines": MIN_LINES}
    start = time.perf_counter()
    lines = _lines()
    sizes = Counter(x.file for x in lines)
    fold = args.fold or min(sizes, key=lambda name: (sizes[name], name))
    print(f"{len(lines)} lines read ({time.perf_counter() - start:.0f} s)", flush=True)
    differs = False
    for label, left_out in (("every line", None), (f"without {fold} ({sizes[fold]} lines)", fold)):
        worst, bias, scores, kept = _compare(lines, left_out, options)
        differs = differs or worst > 0 or bias > 0
        print(f"{label}: {kept} weights, max weight difference {worst!r}, bias difference {bias!r}, "
              f"max left-out score difference {scores!r} ({time.perf_counter() - start:.0f} s)", flush=True)
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
