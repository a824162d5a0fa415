"""Score krimp snapshots (tools/krimp_snapshot.py) with krimp_eval's judge: acceptable / sure / wrong-and-sure and the
practice flow via compose, for the whole tuning part, the outside files, every tuning-ho* and tuning*-p file (round 50), ho28a/b, the round-29 probes and the rest;
with two snapshots, every case whose sentence, `zeker` or composed sentence changed (round 29, k29b).

Usage: PYTHONPATH=src python tools/krimp_snapshot_score.py BEFORE.jsonl [AFTER.jsonl]
"""

import sys, json, tomllib
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT/"src")); sys.path.insert(0, str(ROOT/"benchmarks")); sys.path.insert(0, str(ROOT/"tools"))
from krimp_eval import judge
from krimp_first_sight import OUTSIDE
cases = {}
for p in (ROOT/"tests/corpus/krimp").glob("tuning*.toml"):
    for c in tomllib.loads(p.read_text()).get("case", []):
        cases[(p.name, c["id"])] = c
def load(path):
    out = {}
    for l in open(path):
        r = json.loads(l); out[(r["file"], r["id"])] = r
    return out
def verdict(r, c):
    best, gold, kept, gone, wrong, reasons = judge(r["sentence"], c)
    ok = not reasons
    ws = r["zeker"] and (kept < len(c.get("houden", [])) or wrong)
    co = None
    if "compose" in r:
        co = not judge(r["compose"], c)[-1]
    return ok, r["zeker"], ws, co
def tally(snap, keys):
    a = s = w = co = con = 0
    for k in keys:
        if k not in snap or k not in cases: continue
        ok, sure, ws, c = verdict(snap[k], cases[k]); a += ok; s += sure; w += ws
        if c is not None: con += 1; co += c
    return a, s, w, co, con
snaps = [load(p) for p in sys.argv[1:]]
groups = {"all tuning": lambda f: True, "outside": lambda f: f[:-5] in OUTSIDE,
          "ho + probes": lambda f: f.startswith("tuning-ho") or (f[6:-7].isdigit() and f.endswith("-p.toml")), "ho28a/b": lambda f: f.startswith("tuning-ho28"),
          "probes k29b": lambda f: "k29b" in f, "rest": lambda f: f[:-5] not in OUTSIDE and "k29b" not in f}
for g, pred in groups.items():
    keys = [k for k in cases if pred(k[0])]
    print(f"{g:12s} n={len(keys):5d}", "  ->  ".join("acc %d sure %d wrongsure %d oefen %d/%d" % tally(s, keys) for s in snaps))
if len(snaps) == 2:
    for k in sorted(cases):
        a, b = snaps[0].get(k), snaps[1].get(k)
        if a and b and (a["sentence"] != b["sentence"] or a["zeker"] != b["zeker"] or a.get("compose") != b.get("compose")):
            va, vb = verdict(a, cases[k]), verdict(b, cases[k])
            print(k[1], va, "->", vb)
            if a["sentence"] != b["sentence"]: print("   S:", a["sentence"], "\n   -> ", b["sentence"])
            if a.get("compose") != b.get("compose"): print("   C:", a.get("compose"), "\n   -> ", b.get("compose"))
