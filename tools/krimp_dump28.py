"""Round 28 (k28a): one run of the engine over the tuning files, stored per case for counting choices.

Writes JSON lines (file, id, sentence, sure, crisis) so that a choice made on a finished result (keep a sentence,
withhold `zeker`) can be counted over the whole tuning part without running the engine again
(tools/krimp_state_before.py, tools/krimp_crisis_own.py).

Usage: PYTHONPATH=src python tools/krimp_dump28.py OUT.jsonl [FILE_STEM …]
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from vraaghulp.coach.krimp import shrink  # noqa: E402


def main(argv: list[str]) -> int:
    out_path, stems = Path(argv[0]), argv[1:]
    with out_path.open("w", encoding="utf-8") as out:
        for path in sorted((ROOT / "tests" / "corpus" / "krimp").glob("tuning*.toml")):
            if stems and path.stem not in stems:
                continue
            for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
                draft = case["concept"].strip("\n")
                r = shrink(draft, person=case.get("wie") or None, moment=case.get("wanneer") or None)
                row = {"file": path.stem, "id": case["id"], "sentence": r.sentence, "sure": r.sure, "crisis": r.crisis}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
