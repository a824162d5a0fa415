"""Can whole.py's model, fitted on FIRST-SIGHT results, catch the wrong-and-sure ones the first-sight gate misses?

Round 24 (k24w). Rows: the sure results of ``benchmarks/krimp_first_sight.json`` (what the engine said when each
outside file came in, ``tools/krimp_first_sight.py``); features: whole.py's general features of the draft (analysed
by today's engine) and the old result (no kept tokens: the old engine's are not stored; ``bron_zinnen`` is left
out); label: wrong (lost a must-keep or shows a ``fout`` pattern), or with ``weg`` also a kept must-drop item.
Evaluated on top of the first-sight gate (``first_sight.py``; its shapes chosen on the other files, as
``tools/krimp_first_sight_gate.py`` does), leave-one-FILE-out:

1. per setting (feature set, L2 penalty, label, trained on every sure row or only on those the gate lets through):
   the AUC of the left-out scores among the results the gate lets through; the threshold chosen on the pooled
   left-out scores (most sure minus ``--prijs`` × wrong-and-sure: optimistic, the threshold sees every file);
   the threshold chosen for each left-out file on the other eight only (nested: the honest figure);
2. ``--familie``: also the setting chosen for each left-out file on the other eight (fully nested);
3. ``--tuning``: the cost on the current tuning part of one setting (``--set``/``--l2``/``--label``) fitted on
   every first-sight row: sure share and wrong-and-sure with and without it (the model withholds `zeker` only).

Usage: PYTHONPATH=src python tools/krimp_first_sight_fit.py [--prijs 5] [--familie] [--tuning]   (1–3 minutes)
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from krimp_first_sight_gate import chosen, shapes  # noqa: E402
from krimp_geheel_fit import FEATURES  # noqa: E402
from krimp_zinnen_fit import auc, fit  # noqa: E402

from vraaghulp.coach.krimp import first_sight, whole  # noqa: E402
from vraaghulp.coach.krimp.engine import analyse  # noqa: E402
from vraaghulp.coach.krimp.needed import probability  # noqa: E402

DATA = ROOT / "benchmarks" / "krimp_first_sight.json"
MORE = ("staat_concept", "weg_sterk_andere_zin", "weg_zelfde_zin", "resultaat_woorden", "concept_woorden", "crisis",
        "tweede_vraag", "register_ge", "chat_spelling")
SETS = {"geheel": FEATURES, "geheel+": FEATURES + MORE, "klein": (
    "inhoud_aandeel", "weg_andere_zin", "weg_ontkenning", "verhouding", "concept_zinnen", "staat_concept",
    "nodig_max", "weg_zelfde_zin"), "alle": None}


def features(out, sentence: str) -> dict[str, float]:
    """whole.py's features with no kept tokens (the old engine's are not stored) and no ``bron_zinnen``."""
    bare = SimpleNamespace(kept=set(), found=out.found, crisis=out.crisis)
    f = whole.features(out.analysis, bare, sentence) if out.analysis is not None else {}
    f.pop("bron_zinnen", None)
    return f


def load() -> list[dict]:
    rows = [r for r in json.loads(DATA.read_text(encoding="utf-8")) if r["sure"]]
    for r in rows:
        r["shapes"] = shapes(r)
        r["feats"] = features(analyse(r["concept"], person=r.get("wie"), moment=r.get("wanneer")), r["sentence"])
    return rows


def _x(r: dict, names) -> dict[str, float]:
    return {k: v for k, v in r["feats"].items() if names is None or k in names}


def _y(r: dict, label: str) -> int:
    return int(r["wrong"] or (label == "weg" and r["weg"]))


def model(rows: list[dict], setting: tuple, codes: set[str]) -> dict:
    names, l2, label, every = setting
    return fit([(_x(r, names), _y(r, label)) for r in rows if every or not r["shapes"] & codes], l2)


def scores(rows: list[dict], setting: tuple) -> dict[str, tuple[float, set]]:
    """Each row scored by a model fitted without its file, with the gate's shapes chosen without it."""
    out = {}
    for f in dict.fromkeys(r["file"] for r in rows):
        other = [r for r in rows if r["file"] != f]
        codes = chosen(other)
        m = model(other, setting, codes)
        out.update({r["id"]: (probability(_x(r, setting[0]), m), codes) for r in rows if r["file"] == f})
    return out


def counts(rows: list[dict], sc: dict, t: float) -> tuple[int, int]:
    """(sure, wrong and sure) after the gate and the model at threshold t."""
    kept = [r for r in rows if not r["shapes"] & sc[r["id"]][1] and sc[r["id"]][0] < t]
    return len(kept), sum(r["wrong"] for r in kept)


def threshold(rows: list[dict], sc: dict, price: float) -> float:
    best = None
    for t in sorted({round(p, 4) for p, _c in sc.values()}) + [2.0]:
        s, w = counts(rows, sc, t)
        if best is None or s - price * w > best[0]:
            best = (s - price * w, t)
    return best[1]


def nested(rows: list[dict], settings: list[tuple], price: float) -> tuple[int, int, list]:
    """For each left-out file: setting and threshold chosen on the other files, then applied to it."""
    sure = wrong = 0
    picks = []
    for f in dict.fromkeys(r["file"] for r in rows):
        other, part = [r for r in rows if r["file"] != f], [r for r in rows if r["file"] == f]
        best = None
        for setting in settings:
            sc = scores(other, setting)
            t = threshold(other, sc, price)
            s, w = counts(other, sc, t)
            best = best if best and best[0] >= s - price * w else (s - price * w, setting, t)
        _k, setting, t = best
        codes = chosen(other)
        m = model(other, setting, codes)
        s, w = counts(part, {r["id"]: (probability(_x(r, setting[0]), m), codes) for r in part}, t)
        sure, wrong = sure + s, wrong + w
        picks.append((f, setting, t, s, w))
    return sure, wrong, picks


def _name(setting: tuple) -> str:
    names, l2, label, every = setting
    tag = next(k for k, v in SETS.items() if v == names)
    return f"{tag:8s} L2 {l2:<3g} {label:5s} {'alle zekere' if every else 'na de poort':11s}"


def grid(rows: list[dict], settings: list[tuple], price: float) -> None:
    s0, w0 = counts(rows, scores(rows, settings[0]), 2.0)
    print(f"alleen de poort (vormen per bestand zonder dat bestand gekozen): zeker {s0}, fout-zeker {w0}")
    print("instelling                               AUC   gedeelde drempel: zeker/fout   drempel per bestand: zeker/fout")
    for setting in settings:
        sc = scores(rows, setting)
        left = [(p, r["wrong"]) for r in rows for p, c in [sc[r["id"]]] if not r["shapes"] & c]
        t = threshold(rows, sc, price)
        s, w = counts(rows, sc, t)
        ns, nw, _p = nested(rows, [setting], price)
        print(f"  {_name(setting)}  {auc(left):.3f}   {t:.3f}: {s:3d} / {w:2d}           {ns:3d} / {nw:2d}", flush=True)


def tuning_cost(rows: list[dict], setting: tuple, t: float) -> None:
    """The current engine on the tuning part, with the model (fitted on every first-sight row) withholding zeker."""
    import krimp_eval

    m = model(rows, setting, set(first_sight.CODES))
    print(f"gewichten: {m}")
    plain = first_sight.doubts

    def doubts(out, sentence):
        codes = plain(out, sentence)
        p = probability(_x({"feats": features(out, sentence)}, setting[0]), m) if out.analysis is not None else 0
        return codes + (["eerste-blik-model"] if p >= t else [])

    first_sight.doubts = doubts
    try:
        krimp_eval.main([])
    finally:
        first_sight.doubts = plain


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--prijs", type=float, default=5.0, help="hoeveel zekere resultaten één fout-zeker kost")
    parser.add_argument("--familie", action="store_true", help="ook de instelling per weggelaten bestand gekozen")
    parser.add_argument("--tuning", action="store_true", help="kosten van één instelling op het tuningdeel")
    parser.add_argument("--set", default="geheel+", choices=list(SETS))
    parser.add_argument("--l2", type=float, default=10.0)
    parser.add_argument("--label", default="wrong", choices=("wrong", "weg"))
    parser.add_argument("--na-de-poort", action="store_true", help="alleen getraind op wat de poort doorlaat")
    parser.add_argument("--drempel", type=float, default=None)
    args = parser.parse_args()
    rows = load()
    print(f"eerste blik: {len(rows)} zekere resultaten, {sum(r['wrong'] for r in rows)} fout-zeker")
    if args.tuning:
        setting = (SETS[args.set], args.l2, args.label, not args.na_de_poort)
        t = args.drempel or threshold(rows, scores(rows, setting), args.prijs)
        print(f"{_name(setting)} drempel {t}")
        tuning_cost(rows, setting, t)
        return 0
    settings = list(itertools.product(SETS.values(), (3.0, 10.0, 30.0), ("wrong", "weg"), (True, False)))
    grid(rows, settings, args.prijs)
    if args.familie:
        s, w, picks = nested(rows, settings, args.prijs)
        for f, setting, t, fs, fw in picks:
            print(f"  {f:14s} {_name(setting)} drempel {t:.3f}: zeker {fs}, fout-zeker {fw}")
        print(f"  instelling en drempel per bestand gekozen: zeker {s}, fout-zeker {w}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
