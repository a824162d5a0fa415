"""Where inside the engine a `zeker` code is made, for the results it holds back alone (round 47, k47b).

A code of `Shrunk.withheld` (tools/krimp_unsure.py) is made in many places: ``verwijzing`` in a dozen, ``weg-woord`` by
safe.py's ``clause_cost`` in eleven branches. A narrower condition inside a code is only worth trying where the results
that branch alone holds back are acceptable with every must-keep kept, on the older sets AND the newer ones
(tools/krimp_leave_out.py's split). This tool runs today's engine on the not-sure results the code holds alone and
records, with a line tracer limited to the krimp package:

- ``bron`` (default): every executed line that names the code (the string literal, or ``CODE`` in a module whose
  ``CODE`` is it). A line that names it in a conditional expression ('[…] if x else []') runs either way: it is
  marked ``?``;
- ``--functie NAME``: the line of every ``return`` of a function named NAME that gave a truthy value (which branch
  said yes: ``--functie clause_cost,_full_clause_cost`` for ``weg-woord``).

Per group of lines: acceptable with every must-keep kept / not acceptable / a must-keep lost, and the sets.

Usage: PYTHONPATH=src python tools/krimp_zeker_bron.py CODE [--functie NAME,NAME] [--deel older|newer|beide]
(a few minutes: the tracer slows the engine down about threefold)
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

import vraaghulp.coach.krimp as _krimp  # noqa: E402

# the package as imported: src/ when run from the repo, the installed copy when a test process imported that first
PACKAGE = Path(_krimp.__file__).parent
_CONST = re.compile(r'^CODE = "([^"]+)"', re.M)
_TERNARY = re.compile(r"\bif\b.*\belse\b")


def naming_lines(code: str, folder: Path = PACKAGE) -> dict[str, dict[int, str]]:
    """Per file of the package, the lines that name `code` ('' or '?' for a conditional expression)."""
    out: dict[str, dict[int, str]] = {}
    for path in sorted(folder.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        own = (m := _CONST.search(text)) is not None and m.group(1) == code
        for k, line in enumerate(text.splitlines(), 1):
            body = line.split("#", 1)[0]
            if body.startswith("CODE ="):
                continue  # the constant itself
            if f'"{code}"' in body or (own and re.search(r"\bCODE\b", body)):
                out.setdefault(str(path), {})[k] = "?" if _TERNARY.search(body) else ""
    return out


class Tracer:
    """Records the lines of `lines` that run, or the truthy returns of the functions named in `functions`."""

    def __init__(self, lines: dict[str, dict[int, str]], functions: frozenset[str] = frozenset()):
        self.lines, self.functions, self.seen = lines, functions, set()
        self.files = {str(p) for p in PACKAGE.glob("*.py")}

    def _local(self, frame, event, arg):
        where = f"{Path(frame.f_code.co_filename).stem}:{frame.f_lineno}"
        if self.functions and event == "return" and arg and frame.f_code.co_name in self.functions:
            self.seen.add(f"{frame.f_code.co_name}@{where}")
        elif not self.functions and event == "line":
            mark = self.lines.get(frame.f_code.co_filename, {}).get(frame.f_lineno)
            if mark is not None:
                self.seen.add(where + mark)
        return self._local

    def _global(self, frame, event, arg):
        name = frame.f_code.co_filename
        if self.functions:
            return self._local if frame.f_code.co_name in self.functions and name in self.files else None
        return self._local if name in self.lines else None

    def run(self, fn, *args):
        self.seen = set()
        sys.settrace(self._global)
        try:
            return fn(*args)
        finally:
            sys.settrace(None)


def tally(rows: list[dict]) -> list[tuple[str, list[int], int]]:
    """(lines, [acceptable and kept, not acceptable, must-keep lost], sets with an acceptable one), most first."""
    count: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    sets: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        key = " ".join(r["lines"]) or "(geen)"
        count[key][2 if r["lost"] else 0 if r["ok"] else 1] += 1
        if r["ok"] and not r["lost"]:
            sets[key].add(r["file"])
    return sorted(((k, v, len(sets[k])) for k, v in count.items()), key=lambda t: (-t[1][0], t[0]))


def held_alone(code: str, files) -> list[dict]:
    """The not-sure results `code` holds alone on `files`, with the lines that made it (or the branches)."""
    import krimp_leave_out as lo  # noqa: PLC0415
    from krimp_zeker import judged  # noqa: PLC0415

    cases = lo.cases_of(files)
    return [r for r in (judged(c, c["_file"]) for c in cases.values()) if not r["sure"] and r["withheld"] == [code]]


def traced(code: str, rows: list[dict], cases: dict[str, dict], functions: frozenset[str]) -> list[dict]:
    from krimp_zeker import judged  # noqa: PLC0415

    tracer = Tracer(naming_lines(code), functions)
    out = []
    for r in rows:
        tracer.run(judged, cases[r["id"]], r["file"])
        keep = sorted(tracer.seen)
        out.append(dict(r, lines=keep))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("code")
    ap.add_argument("--functie", default="", help="function names: their truthy returns instead of the naming lines")
    ap.add_argument("--deel", choices=("older", "newer", "beide"), default="beide")
    args = ap.parse_args(argv)
    import krimp_leave_out as lo  # noqa: PLC0415

    functions = frozenset(f for f in args.functie.split(",") if f)
    for label, files in (("older", lo.OLDER), ("newer", lo.NEWER)):
        if args.deel not in (label, "beide"):
            continue
        cases = lo.cases_of(files)
        rows = traced(args.code, held_alone(args.code, files), cases, functions)
        print(f"\n== {label}: {len(rows)} not-sure results held by {args.code} alone "
              "(acceptable and kept / not acceptable / a must-keep lost; sets with an acceptable one)")
        for key, (good, bad, lost), sets in tally(rows):
            print(f"  {good:4d} {bad:4d} {lost:4d}  sets {sets:2d}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
