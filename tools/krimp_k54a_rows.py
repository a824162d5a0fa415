"""Score every krimp tuning draft and write one JSON line per case (round 54, k54a): the file, whether it is an
outside file, the result, `zeker`, the codes that withheld it, acceptable, wrong and sure, the judge's reasons and the
practice flow's compose verdict. ``--vergelijk BEFORE AFTER`` prints the figures of both and every case that moved.

Usage: PYTHONPATH=src python tools/krimp_k54a_rows.py OUT [--alleen FILE,…]
       PYTHONPATH=src python tools/krimp_k54a_rows.py --vergelijk BEFORE AFTER
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

from krimp_code_tally import outside  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "krimp"


def row(case: dict, name: str) -> dict:
    """One case scored as krimp_eval.score does, with the codes that withheld `zeker`."""
    from krimp_eval import judge
    from vraaghulp.coach.krimp import compose, shrink
    draft = case["concept"].strip("\n")
    person, moment = case.get("wie") or None, case.get("wanneer") or None
    r = shrink(draft, person=person, moment=moment)
    _best, _gold, kept, _gone, wrong, reasons = judge(r.sentence, case)
    compose_ok = None
    if case.get("kanaal") == "oefen":
        compose_ok = not judge(compose(person, draft, moment), case)[-1]
    return {"id": case.get("id"), "file": name, "outside": outside(Path(name).stem), "sentence": r.sentence,
            "sure": r.sure, "withheld": list(r.withheld), "ok": not reasons,
            "wrong_sure": r.sure and (kept < len(case.get("houden", [])) or wrong), "reasons": reasons,
            "compose_ok": compose_ok}


def rows(names: set[str] | None, part: tuple[int, int] = (0, 1)):
    k = 0
    for path in sorted(CORPUS.glob("tuning*.toml")):
        if names and path.name not in names:
            continue
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            k += 1
            if k % part[1] == part[0]:
                yield row(case, path.name)


def figures(data: list[dict], label: str) -> None:
    for part, sel in (("whole tuning", data), ("outside", [r for r in data if r["outside"]])):
        n = len(sel)
        ok = sum(r["ok"] for r in sel)
        sure = sum(r["sure"] for r in sel)
        ws = sum(r["wrong_sure"] for r in sel)
        comp = [r for r in sel if r["compose_ok"] is not None]
        print(f"{label:7} {part:13} n={n} acceptable {ok} ({100 * ok / max(n, 1):.1f} %) sure {sure} "
              f"({100 * sure / max(n, 1):.1f} %) wrong-and-sure {ws}  compose {sum(bool(r['compose_ok']) for r in comp)}/{len(comp)}")


def compare(before: Path, after: Path) -> None:
    a = [json.loads(x) for x in before.read_text(encoding="utf-8").splitlines()]
    b = [json.loads(x) for x in after.read_text(encoding="utf-8").splitlines()]
    figures(a, "before")
    figures(b, "after")
    old = {(r["file"], r["id"]): r for r in a}
    for r in b:
        o = old.get((r["file"], r["id"]))
        if o is None or (o["sentence"], o["sure"], o["ok"], o["compose_ok"]) == (r["sentence"], r["sure"], r["ok"], r["compose_ok"]):
            continue
        mark = "+" if r["ok"] and not o["ok"] else "-" if o["ok"] and not r["ok"] else "="
        print(f"{mark} {r['id']} ({'out' if r['outside'] else 'own'}) ok {o['ok']}->{r['ok']} sure {o['sure']}->{r['sure']} "
              f"ws {o['wrong_sure']}->{r['wrong_sure']} compose {o['compose_ok']}->{r['compose_ok']} {r['withheld']}\n    {o['sentence']}\n    {r['sentence']}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--alleen", default="")
    parser.add_argument("--vergelijk", nargs=2, type=Path)
    parser.add_argument("--deel", default="0/1", help="K/N: only every N-th case from the K-th (to run in parts)")
    args = parser.parse_args(argv)
    if args.vergelijk:
        compare(*args.vergelijk)
        return 0
    names = {n for n in args.alleen.split(",") if n} or None
    with args.out.open("w", encoding="utf-8") as fh:
        k, n = (int(x) for x in args.deel.split("/"))
        for one in rows(names, (k, n)):
            fh.write(json.dumps(one, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
