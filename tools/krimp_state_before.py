"""Round 28 (k28a): how the writer is, said before the ask and dropped — keep it, or withhold `zeker`; both counted.

Reads a dump of the engine without the rule (tools/krimp_snapshot.py, state_before.ACTIVE = "" or the main engine) and
applies each choice to the finished results where the shape fires (state_before.lost): `uit` (as dumped), `houden`
(the piece put back before the ask, every result), `houden-zeker` (only sure results), `onzeker` (the result
unchanged, `zeker` withheld). Per part: acceptable / sure / wrong-and-sure (krimp_eval.judge).

Usage: PYTHONPATH=src python tools/krimp_state_before.py DUMP.jsonl [--lijst]
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import krimp_eval as ke  # noqa: E402
from vraaghulp.coach.krimp import state_before  # noqa: E402

CHOICES = ("uit", "houden", "houden-zeker", "onzeker")
PARTS = {
    "tuning-ho27a/b (nieuw)": lambda f: f in ("tuning-ho27a", "tuning-ho27b"),
    "buiten ho17 … ho26b": lambda f: f.startswith("tuning-ho") and f not in ("tuning-ho27a", "tuning-ho27b")
    and f[9:].split("a")[0].split("b")[0].isdigit() and int(f[9:11]) >= 17,
    "rest": lambda f: not (f.startswith("tuning-ho") and f[9:11].isdigit() and int(f[9:11]) >= 17),
    "alle tuning": lambda f: True,
}


def _cases() -> dict[str, dict]:
    out = {}
    for path in sorted((ROOT / "tests" / "corpus" / "krimp").glob("tuning*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            out[case["id"]] = case
    return out


def _name(sentence: str, draft: str) -> str:
    head, sep, _rest = sentence.partition(", ")
    if sep and head[:1].isupper() and len(head.split()) <= 3 and head.lower() in draft.lower():
        return head
    return ""


def _judged(sentence: str, sure: bool, case: dict) -> tuple[bool, bool, bool]:
    _best, _gold, kept, _gone, wrong, reasons = ke.judge(sentence, case)
    return not reasons, sure, sure and (kept < len(case.get("houden", [])) or wrong)


def choices(row: dict, case: dict) -> dict[str, tuple[bool, bool, bool]] | None:
    draft, sentence, sure = case["concept"].strip("\n"), row["sentence"], row["zeker"]
    base = _judged(sentence, sure, case)
    if row["crisis"]:
        return None
    name = _name(sentence, draft)
    before = state_before.lost(draft, sentence, name)
    if not before:
        return None
    keep = state_before.kept(sentence, name, before)
    return {"uit": base, "houden": _judged(keep, sure, case),
            "houden-zeker": _judged(keep, sure, case) if sure else base, "onzeker": _judged(sentence, False, case)}


def main(argv: list[str]) -> int:
    cases = _cases()
    rows = [json.loads(line) for line in Path(argv[0]).read_text(encoding="utf-8").splitlines()]
    totals = {p: {c: [0, 0, 0] for c in CHOICES} for p in PARTS}
    fired = {p: 0 for p in PARTS}
    for row in rows:
        case = cases.get(row["id"])
        if case is None:
            continue
        got = choices(row, case)
        base = _judged(row["sentence"], row["zeker"], case)
        for part, member in PARTS.items():
            if not member(row["file"].removesuffix(".toml")):
                continue
            fired[part] += got is not None
            for c in CHOICES:
                for k, v in enumerate((got or {}).get(c, base)):
                    totals[part][c][k] += v
        if got is not None and "--lijst" in argv:
            keep = state_before.kept(row["sentence"], _name(row["sentence"], case["concept"]),
                                     state_before.lost(case["concept"].strip(), row["sentence"], _name(row["sentence"], case["concept"])))
            print(row["id"], "zeker" if row["zeker"] else "-", got["uit"], got["houden"], "|", row["sentence"], "=>", keep)
    print("| deel | vuurt | " + " | ".join(CHOICES) + " |")
    for part in PARTS:
        cells = [f"{a} / {s} / {w}" for a, s, w in (totals[part][c] for c in CHOICES)]
        print(f"| {part} | {fired[part]} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
