"""Long drafts, letters and e-mails: what goes wrong in the results that are not acceptable (round 55, k55c).

The drafts counted are the outside ones (every ``tuning-ho*.toml`` and ``tuning*-p.toml``) that are long (``lang`` in
``soorten``), letters or e-mails (``kanaal`` = ``email`` or ``brief``) or formal (``formeel``). Every such draft whose
result is not acceptable (krimp_eval's ``judge``) is sorted by what goes wrong, read off the draft, the result and its
golds (a draft may show several; ``first`` is the first in this order):

- ``vraag``      the wrong sentence chosen as the ask: the ask sentence of the closest gold (its question holding most
                 must-keep items) shares less than half of its longer words with the result
- ``u-weg``      the formal 'u' lost or made 'je': draft and a gold say 'u'/'uw' (no 'ge'/'gij'), the result does not,
                 or the result says 'je'/'jij'
- ``aanhef``     a salutation, closing or signature left ('Geachte', 'Beste', 'Met vriendelijke groet', 'Groetjes',
                 the draft's last line as the result's end)
- ``staat``      the honest state missed (the closest gold keeps a sentence on the writer's state the result lacks) or
                 the wrong one kept (the result keeps such a sentence that no gold keeps)
- ``naast``      a must-keep lost that stands in a draft sentence before or after the ask, not in the ask's own
- ``in-vraag``   a must-keep lost in the ask's own sentence
- ``zin-meer``   nothing lost, but the closest gold keeps more sentences than the result (a sentence the engine cut)
- ``zin-minder`` nothing lost, but the result keeps more sentences than the closest gold
- ``nog``        a must-drop kept (not a salutation)
- ``fout``       a ``fout`` pattern (a changed meaning)
- ``ver``        none of these; only too far from every gold

Usage: PYTHONPATH=src python tools/krimp_letter_kinds.py ROWS.json [--lijst KIND] [--per-bestand]
  (ROWS.json: ``tools/krimp_code_tally.py --eigen --json``; the rows carry sentence, zeker and the codes)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from krimp_eval import contains, judge  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "krimp"
KINDS = ("vraag", "u-weg", "aanhef", "staat", "naast", "in-vraag", "zin-meer", "zin-minder", "nog", "fout", "ver")
FORMAL = re.compile(r"\b(u|uw)\b", re.I)
FLEMISH_GE = re.compile(r"\b(ge|gij|gulle|kunde|wilde|zoudt)\b", re.I)
INFORMAL = re.compile(r"\b(je|jij|jou|jouw)\b", re.I)
GREETING = re.compile(r"^\s*(geachte|beste|dag|hallo|hoi|hey|goedemorgen|goeiemorgen|goedemiddag|goeiedag|goedendag|"
                      r"lieve|dear)\b", re.I)
CLOSING = re.compile(r"\b(met vriendelijke groet(en)?|vriendelijke groet(en)?|hartelijke groet(en)?|groetjes|"
                     r"groeten|mvg|alvast bedankt|bij voorbaat dank|dank bij voorbaat|hoogachtend|hoogachting)\b", re.I)
STATE = re.compile(r"\b(ik|'k|k)\s+(ben|zit|voel|zie|loop|kan niet meer|heb het)\b.*\b(moe|op|kapot|doorheen|vast|"
                   r"tegenop|bang|ziek|zwaar|uitgeput|overprikkeld|vol|deure|kop|stress|onzeker|nerveus|niet goed|"
                   r"ni goed|nie goed|ellendig|leeg|beroerd|ongerust|wanhopig|op van|lam|schrik)\b|"
                   r"\b(het|'t|het gaat|'t gaat) (gaat )?(niet|nie|ni) (goed|zo goed)\b|"
                   r"\bwordt me (te )?veel\b|\b(te )?veel geworden\b|\bik slaap\b", re.I)
WORD = re.compile(r"[\wÀ-ÿ']+")


def outside(name: str) -> bool:
    return name.startswith("tuning-ho") or (name.startswith("tuning") and name.endswith("-p"))


def chosen(case: dict) -> bool:
    """A long draft, a letter or e-mail, or a formal one."""
    kinds = set(case.get("soorten", []))
    return "lang" in kinds or "formeel" in kinds or case.get("kanaal") in ("email", "brief")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def long_words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if len(w) > 3}


def ask_of(gold: str, keep: list[str]) -> str:
    """The gold's ask sentence: its question holding most must-keep items (any sentence when it asks none)."""
    parts = sentences(gold) or [gold]
    asks = [s for s in parts if s.endswith("?")] or parts
    return max(asks, key=lambda s: (sum(contains(s, w) for w in keep), len(s)))


def draft_ask(draft: str, ask: str) -> str:
    """The draft sentence the gold's ask comes from: the one sharing most longer words with it."""
    words = long_words(ask)
    return max(sentences(draft) or [draft], key=lambda s: len(words & long_words(s)))


def is_state(s: str) -> bool:
    return not s.rstrip().endswith("?") and bool(STATE.search(s))


def kinds_of(case: dict, sentence: str) -> list[str]:
    draft = case["concept"].strip("\n")
    keep = case.get("houden", [])
    _best, gold, _kept, _gone, wrong, reasons = judge(sentence, case)
    if not reasons:
        return []
    found = []
    ask = ask_of(gold, keep)
    words = long_words(ask)
    if words and len(words & long_words(sentence)) < len(words) / 2:
        found.append("vraag")
    golds = case.get("goud", [])
    if (FORMAL.search(draft) and not FLEMISH_GE.search(draft) and any(FORMAL.search(g) for g in golds)
            and (not FORMAL.search(sentence) or INFORMAL.search(sentence))):
        found.append("u-weg")
    last_line = draft.strip().splitlines()[-1].strip(" ,.")
    signed = len(draft.strip().splitlines()) > 1 and len(last_line.split()) <= 3 and sentence.rstrip(" .").endswith(last_line)
    if GREETING.search(sentence) or CLOSING.search(sentence) or (signed and last_line and not contains(gold, last_line)):
        found.append("aanhef")
    gold_states = [s for s in sentences(gold) if is_state(s)]
    own_states = [s for s in sentences(sentence) if is_state(s)]
    missed = any(len(long_words(s) & long_words(sentence)) < max(1, len(long_words(s)) / 2) for s in gold_states)
    extra = any(not any(len(long_words(s) & long_words(g)) >= max(1, len(long_words(s)) / 2) for g in golds)
                for s in own_states)
    if missed or extra:
        found.append("staat")
    lost = [w for w in keep if not contains(sentence, w)]
    home = draft_ask(draft, ask)
    if any(not contains(home, w) for w in lost):
        found.append("naast")
    if any(contains(home, w) for w in lost):
        found.append("in-vraag")
    if not lost:
        n_gold, n_own = len(sentences(gold)), len(sentences(sentence))
        if n_gold > n_own:
            found.append("zin-meer")
        elif n_own > n_gold:
            found.append("zin-minder")
    if any(r.startswith("nog ") for r in reasons) and "aanhef" not in found:
        found.append("nog")
    if wrong:
        found.append("fout")
    return found or ["ver"]


def load(rows_path: Path) -> list[dict]:
    data = json.loads(rows_path.read_text(encoding="utf-8"))
    by_key = {(r["file"], r["id"]): r for r in data}
    out = []
    for path in sorted(CORPUS.glob("tuning*.toml")):
        if not outside(path.stem):
            continue
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            r = by_key.get((path.stem, case["id"]))
            if r is None or not chosen(case):
                continue
            out.append(dict(file=path.stem, case=case, row=r, kinds=kinds_of(case, r["sentence"])))
    return out


def report(items: list[dict], per_file: bool) -> list[str]:
    bad = [i for i in items if i["kinds"]]
    n = len(items)
    sure = sum(i["row"]["sure"] for i in items)
    lines = [f"long / letter / formal outside drafts: {n}, not acceptable {len(bad)}, sure {sure}, "
             f"wrong and sure {sum(i['row']['sure'] and i['row']['wrong'] for i in items)}",
             f"  {'kind':11s} {'any':>5s} {'first':>5s} {'sure':>5s}  files"]
    every = Counter(k for i in bad for k in i["kinds"])
    first = Counter(i["kinds"][0] for i in bad)
    for k in KINDS:
        files = len({i["file"] for i in bad if k in i["kinds"]})
        lines.append(f"  {k:11s} {every[k]:5d} {first[k]:5d} {sum(i['row']['sure'] for i in bad if k in i['kinds']):5d}"
                     f"  {files}")
    if per_file:
        lines.append("\nper author file: drafts, not acceptable, then by first kind: " + " ".join(KINDS))
        for f in sorted({i["file"] for i in items}):
            part = [i for i in items if i["file"] == f]
            c = Counter(i["kinds"][0] for i in part if i["kinds"])
            lines.append(f"  {f.removeprefix('tuning-'):10s} {len(part):3d} {sum(bool(i['kinds']) for i in part):3d}  "
                         + " ".join(f"{c[k]:2d}" for k in KINDS))
    return lines


def listing(items: list[dict], kind: str) -> list[str]:
    lines = []
    for i in items:
        if kind not in i["kinds"]:
            continue
        r = i["row"]
        draft = " ".join(i["case"]["concept"].split())
        lines += [f"\n[{r['id']}] {'ZEKER' if r['sure'] else 'onzeker'} {i['kinds']} {r['withheld'][:4]}",
                  f"  concept: {draft[:300]}", f"  krimp:   {r['sentence']}", f"  goud:    {i['case']['goud'][0]}",
                  f"  redenen: {r['reasons']}"]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--lijst", help="list the drafts of this kind")
    parser.add_argument("--per-bestand", action="store_true")
    args = parser.parse_args(argv)
    items = load(args.rows)
    print("\n".join(listing(items, args.lijst) if args.lijst else report(items, args.per_bestand)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
