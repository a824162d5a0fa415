"""Write content/nl/crisis_sleutels.json: the key words of every crisis pattern.

Usage: python tools/crisis_sleutels.py

The crisis check only searches a pattern when one of its key words begins a word of the
text. Working those keys out takes a moment for a few hundred patterns, so they are worked
out here, ahead, and stored next to the patterns. A pattern the file does not know (say,
one a counsellor just added) gets its keys worked out when the program starts checking:
slower, never wrong. A test reports when this file is out of date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def current_keys() -> dict[str, list[list[str]] | None]:
    from vraaghulp.coach.crisis import RULES_FILE
    from vraaghulp.coach.crisis.gates import keys_of
    from vraaghulp.coach.crisis.rules import _expand, _macros, build
    from vraaghulp.content import load_toml

    data = load_toml(RULES_FILE)
    rules = build(data)
    keys = {}
    for rule in data.get("tekst", {}).get("vervang", []):
        found = keys_of(_expand(rule["van"], _macros(data), "tekst.vervang"))
        keys[_expand(rule["van"], _macros(data), "tekst.vervang")] = [sorted(k) for k in found] if found else None
    for entry in rules.entries:
        found = keys_of(entry.source)
        keys[entry.source] = [sorted(key_set) for key_set in found] if found else None
    return keys


def main() -> int:
    from vraaghulp.coach.crisis import KEYS_FILE

    target = ROOT / "content" / "nl" / KEYS_FILE
    keys = current_keys()
    rows = [f"{json.dumps(source, ensure_ascii=False)}: {json.dumps(found)}" for source, found in sorted(keys.items())]
    target.write_text("{\n" + ",\n".join(rows) + "\n}\n", encoding="utf-8")  # one pattern per line
    print(f"{len(keys)} patronen, sleutels geschreven naar {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
