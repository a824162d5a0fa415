"""The fitting core of tools/crisis_net_fit.py: logistic regression with L2 by Adagrad over sparse
feature indices, and leave-one-file-out folds that share one encoding of the corpus.

Same arithmetic as the plain reference form `fit` below (a test compares the two): features are numbered in sorted name order, so a row's indices in ascending
order are its names in sorted order, every sum runs in the same order, and the shuffled order of
the rows is drawn from the same seeded generator. The weights are equal bit for bit; only the
bookkeeping is faster:

- every line is read by the engine once; the features become integer indices once;
- which features a fold keeps (seen in at least `min_lines` training rows) is the whole corpus's
  count minus the left-out file's, not a recount per fold;
- the inner loop works on lists indexed by integers, with its names bound locally;
- the folds (and the fit on everything) run in parallel worker processes (`jobs`; fork, so the
  encoded corpus is shared, not copied up front). Each fold is deterministic on its own, so the
  result does not depend on how many workers there are.

Standard library only.
"""

from __future__ import annotations

import math
import os
import random
from collections import Counter

__all__ = ["EPOCHS", "Encoded", "L2", "MIN_LINES", "RATE", "SEED", "fit", "fit_rows", "fold_scores", "index_probability",
           "kept_features", "probability", "sigmoid"]

L2 = 0.002
EPOCHS = 12
RATE = 0.3
SEED = 13
MIN_LINES = 3


# ----- the plain reference (names in sets, dicts): what the fast form must equal ------------------
def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def kept_features(rows: list[set[str]], min_lines: int) -> set[str]:
    """The features seen in at least `min_lines` rows."""
    counts: dict[str, int] = {}
    for row in rows:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    return {name for name, n in counts.items() if n >= min_lines}


def fit(rows: list[set[str]], labels: list[int], *, l2: float = L2, epochs: int = EPOCHS, rate: float = RATE,
        seed: int = SEED, min_lines: int = MIN_LINES) -> tuple[float, dict[str, float]]:
    """Logistic regression with L2 by Adagrad; returns (bias, weights). The reference form, one fit
    at a time (benchmarks/crisis_net_history.py fits with it; a test compares `fit_rows` with it)."""
    keep = kept_features(rows, min_lines)
    data = [([f for f in sorted(row) if f in keep], y) for row, y in zip(rows, labels)]
    weights: dict[str, float] = dict.fromkeys(keep, 0.0)
    squares: dict[str, float] = dict.fromkeys(keep, 1e-8)
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            row, y = data[i]
            error = sigmoid(bias + sum(weights[f] for f in row)) - y
            bias_square += error * error
            bias -= rate * error / math.sqrt(bias_square)
            for f in row:
                grad = error + l2 * weights[f]
                squares[f] += grad * grad
                weights[f] -= rate * grad / math.sqrt(squares[f])
    return bias, weights


def probability(bias: float, weights: dict[str, float], row: set[str]) -> float:
    return sigmoid(bias + sum(weights.get(f, 0.0) for f in row))


# ----- the fast form -------------------------------------------------------------------------------
class Encoded:
    """The feature sets of every row as sorted integer tuples, the names in sorted order, and
    per group (a corpus file) the feature counts of its rows. `extra` are (row, feature set) pairs
    that are scored with the model of their row's fold and never trained on (the sentences of a
    line, as a floor reads them); a name no row has weighs nothing and is dropped."""

    def __init__(self, rows: list[set[str]], groups: list[str], extra: list[tuple[int, set[str]]] = ()) -> None:
        self.names = sorted(set().union(*rows)) if rows else []
        index = {name: i for i, name in enumerate(self.names)}
        self.rows = [tuple(sorted(index[name] for name in row)) for row in rows]
        self.groups = groups
        self.extra = [(row, tuple(sorted(index[name] for name in found if name in index))) for row, found in extra]
        self.totals = [0] * len(self.names)
        self.by_group: dict[str, dict[int, int]] = {}
        for row, group in zip(self.rows, groups):
            counts = self.by_group.setdefault(group, {})
            for f in row:
                self.totals[f] += 1
                counts[f] = counts.get(f, 0) + 1

    def kept(self, min_lines: int, without: str | None = None) -> bytearray:
        """1 for each feature seen in at least `min_lines` rows outside the group `without`."""
        counts = list(self.totals)
        for f, n in self.by_group.get(without, {}).items() if without is not None else ():
            counts[f] -= n
        return bytearray(n >= min_lines for n in counts)


def fit_rows(rows: list[tuple[int, ...]], labels: list[int], keep: bytearray, *, l2: float, epochs: int,
             rate: float, seed: int) -> tuple[float, list[float]]:
    """Logistic regression with L2 by Adagrad on index rows; returns (bias, weights by index; 0.0
    where a feature is not kept). The same steps, in the same order, as `fit`."""
    data = [tuple(f for f in row if keep[f]) for row in rows]
    w = [0.0] * len(keep)
    squares = [1e-8] * len(keep)
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(data)))
    rng = random.Random(seed)
    sqrt, exp = math.sqrt, math.exp
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            row = data[i]
            error = 1.0 / (1.0 + exp(-max(-30.0, min(30.0, bias + sum([w[f] for f in row]))))) - labels[i]
            bias_square += error * error
            bias -= rate * error / sqrt(bias_square)
            for f in row:
                now = w[f]
                grad = error + l2 * now
                summed = squares[f] + grad * grad
                squares[f] = summed
                w[f] = now - rate * grad / sqrt(summed)
    return bias, w


def index_probability(bias: float, weights: list[float], row: tuple[int, ...]) -> float:
    z = bias + sum(weights[f] for f in row)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_SHARED: list[tuple[Encoded, list[int], dict]] = []  # what the forked workers read


def _fold(group: str | None) -> tuple[str | None, float, list[float], list[float]]:
    """Fit on every row outside `group` (None: on every row); a fold sends back the scores of its
    left-out rows and of their extra rows (bias 0.0), the fit on every row its bias and weights."""
    encoded, labels, options = _SHARED[0]
    keep = encoded.kept(options["min_lines"], group)
    pick = [i for i, g in enumerate(encoded.groups) if g != group]
    bias, weights = fit_rows([encoded.rows[i] for i in pick], [labels[i] for i in pick], keep,
                             l2=options["l2"], epochs=options["epochs"], rate=options["rate"], seed=options["seed"])
    if group is None:
        return group, bias, weights, []
    rows = [index_probability(bias, weights, encoded.rows[i]) for i, g in enumerate(encoded.groups) if g == group]
    extra = [index_probability(bias, weights, found) for row, found in encoded.extra if encoded.groups[row] == group]
    return group, 0.0, rows, extra


def fold_scores(encoded: Encoded, labels: list[int], options: dict, jobs: int = 0, whole: bool = False,
                skip: tuple[str, ...] = ()) -> tuple[list[float], list[float], tuple[float, list[float]] | None]:
    """The left-out score of every row and of every extra row (each group fitted without it), and
    with `whole` also the fit on every row. `jobs` worker processes (0: one per CPU; 1: no workers).
    Groups whose name starts with one of `skip` are no fold of their own (their rows train every
    other fold; their own scores stay 0.0)."""
    sizes = Counter(g for g in encoded.groups if not g.startswith(skip) or not skip)
    tasks: list[str | None] = sorted(sizes, key=lambda g: sizes[g])  # the largest fits (smallest left out) first
    if whole:
        tasks.insert(0, None)
    _SHARED[:] = [(encoded, labels, options)]
    jobs = jobs or os.cpu_count() or 1
    try:
        if jobs > 1 and len(tasks) > 1:
            import multiprocessing

            with multiprocessing.get_context("fork").Pool(min(jobs, len(tasks))) as pool:
                results = pool.map(_fold, tasks, chunksize=1)
        else:
            results = [_fold(task) for task in tasks]
    finally:
        _SHARED.clear()
    return _gather(encoded, results)


def _gather(encoded: Encoded, results: list) -> tuple[list[float], list[float], tuple[float, list[float]] | None]:
    """The folds' scores put back in the order of the rows and the extra rows."""
    scores, extra = [0.0] * len(encoded.rows), [0.0] * len(encoded.extra)
    rows_of: dict[str, list[int]] = {}
    for i, g in enumerate(encoded.groups):
        rows_of.setdefault(g, []).append(i)
    extra_of: dict[str, list[int]] = {}
    for n, (row, _found) in enumerate(encoded.extra):
        extra_of.setdefault(encoded.groups[row], []).append(n)
    full = None
    for group, bias, values, extra_values in results:
        if group is None:
            full = (bias, values)
            continue
        for i, value in zip(rows_of[group], values):  # a group that was no fold keeps 0.0
            scores[i] = value
        for n, value in zip(extra_of.get(group, ()), extra_values):
            extra[n] = value
    return scores, extra, full
