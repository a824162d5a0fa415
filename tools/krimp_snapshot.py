"""Write every krimp corpus result (sentence, zeker, crisis, findings with label and explanation, dropped spans, …) to a
file, one JSON line per case.

Used to check that a speed change alters no result: snapshot before, snapshot after, compare byte for byte.
Usage: python tools/krimp_snapshot.py OUT [--alle]   (tuning*.toml only unless --alle: every corpus file)
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from vraaghulp.coach.krimp import compose, shrink  # noqa: E402


def row(case: dict) -> dict:
    draft = case["concept"].strip("\n")
    person, moment = case.get("wie") or None, case.get("wanneer") or None
    r = shrink(draft, person=person, moment=moment)
    out = {"id": case.get("id"), "sentence": r.sentence, "zeker": r.sure, "crisis": r.crisis,
           "findings": [[f.kind, f.text, f.sentence, f.label, f.explanation] for f in r.findings], "dropped": [list(s) for s in r.dropped],
           "missing": list(r.missing), "second": r.second}
    if case.get("kanaal") == "oefen":
        out["compose"] = compose(person, draft, moment)
    return out


def main(argv: list[str]) -> int:
    paths = [a for a in argv if not a.startswith("-")]
    if len(paths) != 1 or any(a not in ("--alle",) for a in argv if a.startswith("-")):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)  # '--help' is no file to write to
        return 2
    files = sorted((ROOT / "tests" / "corpus" / "krimp").glob("*.toml" if "--alle" in argv else "tuning*.toml"))
    with open(paths[0], "w", encoding="utf-8") as fh:
        for path in files:
            for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
                fh.write(json.dumps({"file": path.name, **row(case)}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
