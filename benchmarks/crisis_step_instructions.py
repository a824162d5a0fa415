"""Instructions of one step of the crisis check, counted by valgrind on the varied letter (round 54, s54).

`crisis_instructions.py` counts a whole check; this counts any expression, evaluated once per turned letter on inputs
worked out beforehand, so that a step can be measured alone and a variant compared with it without a shared machine's
load in the figure. Two processes under ``valgrind --tool=cachegrind --cache-sim=no`` with ``PYTHONHASHSEED=0``, the
same but for the K evaluations; the difference divided by K is printed.

    PYTHONPATH=src .venv/bin/python benchmarks/crisis_step_instructions.py 'scan(c, r)'
    PYTHONPATH=src .venv/bin/python benchmarks/crisis_step_instructions.py 'lex.keep(tg[3])' --voor extra.py

Names the expression can use, for the letter turned by j = 1..K characters: ``x`` the text, ``r`` its first reading,
``s`` what `engine.scan` gives (sentences, signals), ``tg`` what `weigh._tag` gives, ``w2`` what `crisis._weigh`
gives; ``c`` the compiled rules, ``lex`` the concept lexicon, ``crisis``, ``scan``, ``W`` (`weigh`), and every module
of `vraaghulp.coach.crisis` by its name (``engine``, ``opinion``, ``said_kinds`` ...). ``--voor FILE``: Python run
before the count in both processes (a variant to compare, or more inputs).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r'''
import importlib, pkgutil, sys
sys.path.insert(0, "benchmarks")
from run import CRISIS_VARIED as T
from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import weigh as W
from vraaghulp.coach.crisis.engine import scan
expr, k, before, many = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
c = crisis.compiled_rules()
crisis.assess(T)  # the warm-up: the rules built, the letter's patterns compiled
for info in pkgutil.iter_modules(crisis.__path__):
    globals().setdefault(info.name, importlib.import_module("vraaghulp.coach.crisis." + info.name))
texts = [T[n:] + T[:n] for n in range(1, many + 1)]  # the same inputs in both processes
R = [c.normaliser.readings(x)[0] for x in texts]
S = [scan(c, r) for r in R]
TG = [W._tag(c.concepts, list(s[0])) for s in S]
W2 = [crisis._weigh(x, [r]) for x, r in zip(texts, R)]
lex = c.concepts.lexicon
if before:
    exec(open(before).read())
code = compile(expr, "<expression>", "eval")
eval(code, globals(), dict(x=texts[0], r=R[0], s=S[0], tg=TG[0], w2=W2[0], j=0))  # what it compiles or reads once
for j in range(k):
    eval(code, globals(), dict(x=texts[j], r=R[j], s=S[j], tg=TG[j], w2=W2[j], j=j))
'''


def instructions(expression: str, k: int, before: str, python: str, many: int) -> int:
    """The instructions of one process that evaluates `expression` k times (after the inputs for `many` turned
    letters and one warm-up evaluation)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg.out"
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(ROOT / "src"))
        done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
                               python, "-c", PROBE, expression, str(k), before, str(many)],
                              capture_output=True, text=True, env=env, cwd=ROOT)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode or found is None:
        raise SystemExit(f"valgrind gave no count:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("expression")
    parser.add_argument("-k", type=int, default=10, help="evaluations counted (default 10)")
    parser.add_argument("--voor", default="", help="a Python file run first in both processes")
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    before = str(Path(args.voor).resolve()) if args.voor else ""
    per = (instructions(args.expression, args.k, before, args.python, args.k)
           - instructions(args.expression, 0, before, args.python, args.k)) / args.k
    print(f"{per / 1e6:8.2f} million instructions  {args.expression}")


if __name__ == "__main__":
    main()
