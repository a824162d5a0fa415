"""What goes wrong with the drafts whose author marks a reference (`verwijzing`)? A tally (round 55, k55b).

Over the outside files (every ``tuning-ho*`` and ``tuning*-p``), the not-acceptable drafts of kind ``verwijzing`` are
sorted by what goes wrong. A draft gets every kind that applies, and one first kind (the first in this order):

- ``afgeknipt``  a kept sentence beside the ask starts in the middle of the draft's sentence (its front was cut), in
                 a result that keeps a pointer ('dan kan hij mee …', 'na die nachten'): what it leaned on went
- ``ingevuld``   the result keeps a pointer ('die dagen', 'daar', 'dan', 'toen' …) that the closest gold does not, and
                 the gold says instead words the draft said before (the pointer filled in from earlier in the draft)
- ``bungelt``    the result keeps a pointer that the closest gold does not, otherwise (left dangling, or dropped)
- ``ervoor``     the closest gold keeps more sentences before its ask than the result (the earlier sentence in front)
- ``mist``       a must-keep item lost, none of the above
- ``ander``      not close to the gold for other reasons (a must-drop kept, a ``fout`` pattern, similarity only)

Usage: PYTHONPATH=src python tools/krimp_pointer_tally.py --snapshot FILE [--lijst KIND] [--soort verwijzing]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from krimp_soort_tally import Row, load_rows, outside_files  # noqa: E402

from vraaghulp.coach.text import fold  # noqa: E402

KINDS = ("afgeknipt", "ingevuld", "bungelt", "ervoor", "mist", "ander")
_TIME_NOUNS = (r"dag|dagen|datum|week|weken|weekend|periode|tijd|avond|avonden|ochtend|middag|nacht|maand|"
               r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag")
POINTER = re.compile(r"\b(?:(?:die|dat|deze|diezelfde|datzelfde)(?: (?:twee|drie|vier|paar|eerste|laatste))? "
                     rf"(?:{_TIME_NOUNS})|daar\w*|dan|toen|erna|ervoor|ermee|ervan|erover|hetzelfde)\b")
_SENT = re.compile(r"[^.!?]+[.!?]*")
_STOP = frozenset("de het een en of in op van voor met aan te je jij u ge gij ik we wij mijn me mij om naar is ben zijn "
                  "kun kan kunt wil wilt mag zou die dat dan daar er ook nog wel niet even".split())


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.findall(text) if s.strip()]


def pointers(text: str) -> Counter:
    return Counter(m.group(0) for m in POINTER.finditer(fold(text)))


def _ask_index(parts: list[str]) -> int:
    return next((i for i, s in enumerate(parts) if s.endswith("?")), len(parts) - 1)


def _cut_front(row: Row) -> bool:
    """A kept sentence (not the ask) that stands in the draft right after a comma or a word, not at a sentence start,
    in a result that keeps a pointer (in that sentence or the ask)."""
    if not pointers(row.sentence):
        return False
    draft = fold(" ".join(row.case["concept"].split()))
    parts = sentences(row.sentence)
    ask = _ask_index(parts)
    for i, part in enumerate(parts):
        if i == ask:
            continue
        body = fold(part.split(", ", 1)[1] if i == 0 and ", " in part and part.index(", ") < 25 else part)
        body = body.rstrip(".!?").strip()
        if len(body.split()) < 3:
            continue
        at = draft.find(body)
        if at > 0 and draft[:at].rstrip()[-1:] not in ".!?:;\n" and (i > 0 or fold(parts[0]).find(body) > 0):
            return True
    return False


def _filled(row: Row, gone: set[str]) -> bool:
    """The closest gold's ask holds words the draft says before its pointer that the result's ask lacks."""
    draft = fold(" ".join(row.case["concept"].split()))
    first = min((draft.find(p) for p in gone if draft.find(p) >= 0), default=-1)
    if first < 0:
        return False
    before = {w for w in re.findall(r"[\w/]+", draft[:first]) if w not in _STOP}
    gparts, rparts = sentences(row.gold), sentences(row.sentence)
    gask = fold(gparts[_ask_index(gparts)]) if gparts else ""
    rask = fold(rparts[_ask_index(rparts)]) if rparts else ""
    new = {w for w in re.findall(r"[\w/]+", gask) if w not in _STOP} - set(re.findall(r"[\w/]+", rask))
    return bool(new & before)


def kinds_of(row: Row) -> list[str]:
    found = []
    if _cut_front(row):
        found.append("afgeknipt")
    extra = pointers(row.sentence) - pointers(row.gold)
    if extra:
        found.append("ingevuld" if _filled(row, set(extra)) else "bungelt")
    g, r = sentences(row.gold), sentences(row.sentence)
    if _ask_index(g) > _ask_index(r) and g and r:
        found.append("ervoor")
    if any(x.startswith("mist ") for x in row.reasons):
        found.append("mist")
    if not found:
        found.append("ander")
    return found


def tally(rows: list[Row], soort: str = "verwijzing") -> tuple[list[tuple[Row, list[str]]], dict]:
    bad = [(r, kinds_of(r)) for r in rows if soort in r.kinds and not r.acceptable]
    per_file: dict[str, Counter] = {}
    for r, ks in bad:
        per_file.setdefault(r.file.removesuffix(".toml"), Counter())[ks[0]] += 1
    return bad, per_file


def report(rows: list[Row], soort: str) -> list[str]:
    every = [r for r in rows if soort in r.kinds]
    bad, per_file = tally(rows, soort)
    first = Counter(ks[0] for _r, ks in bad)
    anywhere = Counter(k for _r, ks in bad for k in ks)
    sure = Counter(ks[0] for r, ks in bad if r.sure)
    lines = [f"{soort}: {len(every)} concepten, niet aanvaardbaar {len(bad)}, zeker daarvan {sum(r.sure for r, _ in bad)}",
             f"  {'soort fout':12s} {'eerst':>6s} {'ergens':>7s} {'zeker':>6s} {'bestanden':>10s}"]
    for k in KINDS:
        files = sum(1 for c in per_file.values() if c[k])
        lines.append(f"  {k:12s} {first[k]:6d} {anywhere[k]:7d} {sure[k]:6d} {files:10d}")
    lines.append("\n  per bestand (eerste soort): " + " ".join(f"{k[:4]}" for k in KINDS))
    for name, c in sorted(per_file.items(), key=lambda kv: -sum(kv[1].values())):
        lines.append(f"  {name:16s} " + " ".join(f"{c[k]:4d}" for k in KINDS) + f"   ({sum(c.values())})")
    return lines


def listing(rows: list[Row], soort: str, kind: str) -> list[str]:
    lines = []
    for r, ks in tally(rows, soort)[0]:
        if kind in ks:
            lines += [f"\n  [{r.case['id']}] {'ZEKER' if r.sure else 'onzeker'} {' '.join(ks)} — {', '.join(r.reasons)}",
                      f"    concept: {' '.join(r.case['concept'].split())[:300]}",
                      f"    krimp:   {r.sentence}", f"    goud:    {r.gold}"]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--snapshot", type=Path, help="a tools/krimp_snapshot.py file instead of running the engine")
    parser.add_argument("--soort", default="verwijzing")
    parser.add_argument("--lijst", choices=KINDS, help="list the drafts of this kind")
    args = parser.parse_args(argv)
    rows = load_rows(outside_files(), args.snapshot)
    print("\n".join(listing(rows, args.soort, args.lijst) if args.lijst else report(rows, args.soort)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
