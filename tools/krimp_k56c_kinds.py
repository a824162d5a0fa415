"""The practice flow and second requests on outside text, by what goes wrong, per author file (round 56, k56c).

Reads the rows of tools/krimp_oefen_kinds.py (``--json``: one row per practice case) and tools/krimp_second_tally.py
(``--json``: one row per outside draft) and sorts:

- every practice case whose compose sentence is not acceptable, by what goes wrong (a case can hold several kinds):
  the typed person placed wrongly or twice, the typed moment missing or twice, the draft's own moment beside the typed
  one, a name of the draft lost, the verb form (the frame not turned, 'kun je' where the golds say 'kunt ge'), the
  honest state (a sentence about the writer kept or cut against every gold), else a fact or reason beside the ask;
- every second request missed (a draft with ``tweede``) or invented (one without), by the shape of the text: a second
  verb after 'en', a 'daarnaast' / 'ook (nog)' sentence, a question that is really a fact, a list read as two asks, a
  greeting question ('hoe gaat het'), another question of its own.

The kinds are read off the text with simple patterns: a rough sort for deciding what to mend, not a judgement.

Usage: PYTHONPATH=src python tools/krimp_k56c_kinds.py OEFEN.jsonl SECOND.json [--lijst]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
FOLDER = ROOT / "tests" / "corpus" / "krimp"

from vraaghulp.coach.text import fold  # noqa: E402

_MOMENT = re.compile(r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen\w*|vanavond|vannacht|"
                     r"vanmiddag|vandaag|overmorgen|volgende week|deze week|dit weekend|vanochtend)\b")
_STATE = re.compile(r"^(?:ik|'k|k|kheb|kben|we|wij|mijn hoofd|het gaat)\b")
_FRAME = re.compile(r"\b(?:vragen of|vroeg me af|erg (?:zou )?vinden|zou graag|zou(?:den)? willen|wil nie|heb nodig dat)\b")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s.strip()]


def _vocative(text: str) -> str:
    m = re.match(r"^([^,.?!]{1,30}),", text)
    return fold(m.group(1)) if m else ""


def _ask(text: str) -> str:
    return next((s for s in _sentences(text) if s.endswith("?")), _sentences(text)[0] if text.strip() else "")


def practice_kinds(row: dict, case: dict) -> list[str]:
    sentence, golds = row["compose"], case.get("goud", [])
    folded, kinds = fold(sentence), []
    vocs = {_vocative(g) for g in golds}
    voc = _vocative(sentence)
    if (voc not in vocs and voc and "" not in vocs) or (voc and folded.count(voc) > 1):
        kinds.append("de getypte persoon verkeerd of twee keer")
    moment = fold(row.get("wanneer") or "")
    if moment and (folded.count(moment) > 1 or (moment not in folded and all(moment in fold(g) for g in golds))):
        kinds.append("het getypte moment weg of twee keer")
    own = {m.group(0) for m in _MOMENT.finditer(fold(case["concept"]))}
    if moment and own and not any(o in moment or moment in o for o in own) and any(o in folded for o in own):
        kinds.append("het eigen moment van het concept naast het getypte")
    if any(h[:1].isupper() and h.lower() not in sentence.lower() for h in case.get("houden", [])):
        kinds.append("een naam kwijt")
    front = " ".join(fold(_ask(sentence)).split(",")[-1].split()[:2]) if "?" in sentence else ""
    fronts = {" ".join(fold(_ask(g)).split(",")[-1].split()[:2]) for g in golds}
    if _FRAME.search(folded) or "?" not in sentence or (front and front not in fronts):
        kinds.append("de werkwoordsvorm (kader niet gedraaid, 'kun je' waar het goud 'kunt ge' zegt)")
    said = [s for s in _sentences(sentence) if not s.endswith("?") and _STATE.match(fold(s))]
    gold_states = [[s for s in _sentences(g) if not s.endswith("?") and _STATE.match(fold(s))] for g in golds]
    if (said and all(not gs for gs in gold_states)) or (not said and all(gs for gs in gold_states)):
        kinds.append("de eerlijke staat (gehouden of geschrapt tegen elk goud)")
    return kinds or ["een feit of reden naast de vraag (krimp's eigen soort)"]


_GREET = re.compile(r"\b(?:hoe gaat|hoe is|alles goed|alles goe|hoe ist|hoe was)\b")
_FACT = re.compile(r"^(?:weet|ken|kent|snap|heb|hebt|ben|bent|is|was|zie|zag)\b")
_ALSO = re.compile(r"\b(?:daarnaast|ook nog|nog iets|ook)\b")
_MODAL = re.compile(r"\b(?:kun|kan|kunt|wil|wilt|mag|zou|zoudt|kunde|wilde)\b")
_NEED = re.compile(r"^(?:ik|'k|k|we|wij) (?:heb|hebben)\b.*\bnodig\b")
_COURTESY = re.compile(r"^(?:(?:wil|wou) (?:je|u|ge) .*\b(?:niet|nie|ni|geen)\b|(?:kan|kun|moet) (?:ik|'k) (?:\w+ )?(?:niet|ni|nie)\b)")
_IMPERATIVE = re.compile(r"^(?:maak|luister|wacht|denk|laat|stuur|zeg|vertel|bel|zet|let|kom|breng|haal|spreek|app)\b")
UNMARKED = ("tuning-ho24a", "tuning-ho24b", "tuning-ho25a", "tuning-ho25b", "tuning-ho26a", "tuning-ho26b", "tuning12-p")


def second_shape(raw: str, draft: str, file: str = "") -> str:
    said = re.sub(r"^(?:(?:en|maar|oh|ook|dus|allee|ps)[\s,]+)+", "", fold(raw))
    at = fold(" ".join(draft.split())).find(fold(raw)[:25]) if raw else -1
    before = fold(" ".join(draft.split()))[max(0, at - 12):at] if at > 0 else ""
    if file in UNMARKED:
        return "een echte tweede taak in een set die er geen aanduidt (ho24–ho26, t12p)"
    if _GREET.search(said):
        return "een groetvraag ('hoe gaat het')"
    if _NEED.match(said):
        return "de behoefte van de schrijver naast de vraag ('ik heb … nodig')"
    if _COURTESY.match(said) and not raw.rstrip().endswith("?"):
        return "beleefdheid of 'kan ik niet' zonder 'ik' of vraagteken ('wil je niet storen')"
    if re.match(r"^(?:en|maar)\b", fold(raw)) or re.search(r"\ben\s*$", before):
        return "een tweede werkwoord na 'en'"
    if _ALSO.search(said[:40]) or re.search(r"\b(?:daarnaast|ook)\W*$", before):
        return "een 'daarnaast' / 'ook (nog)'-zin"
    if _FACT.match(said) and raw.rstrip().endswith("?"):
        return "een vraag die een feit is ('weet je nog', 'heb je …')"
    if _IMPERATIVE.match(said) and not _MODAL.search(said):
        return "een gebiedende wijs of geruststelling ('maak je geen zorgen', 'luister ff', 'stuur ff')"
    if not _MODAL.search(said) and ("," in raw or " en " in said):
        return "een lijst als twee vragen gelezen"
    return "een eigen vraag of zin (anders)"


def missed_outcome(row: dict) -> str:
    if not row["second"]:
        return "niets aangeboden"
    from difflib import SequenceMatcher  # noqa: PLC0415
    close = SequenceMatcher(None, fold(row["second"]).split(), fold(row["tweede"]).split()).ratio()
    return "bijna: de goede vraag, anders verwoord" if close >= 0.5 else "een andere zin als tweede aangeboden"


def _cases() -> dict[str, dict]:
    out = {}
    for path in FOLDER.glob("tuning*.toml"):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            out[case["id"]] = dict(case, _file=path.stem)
    return out


def _table(title: str, items: list[tuple[str, str, str]], listing: bool) -> None:
    """items: (kind, file, line to list)."""
    by: dict[str, list] = defaultdict(list)
    for kind, file, line in items:
        by[kind].append((file, line))
    print(f"\n== {title}: {len({line for _k, _f, line in items})} gevallen")
    print("| soort | gevallen | bestanden | per bestand |\n|---|---|---|---|")
    for kind, rows in sorted(by.items(), key=lambda kv: -len(kv[1])):
        per: dict[str, int] = defaultdict(int)
        for file, _line in rows:
            per[file.replace("tuning-", "").replace("tuning", "t")] += 1
        spread = ", ".join(f"{f} {n}" for f, n in sorted(per.items()))
        print(f"| {kind} | {len(rows)} | {len(per)} | {spread} |")
        for _file, line in rows if listing else []:
            print(f"|   {line} | | | |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("oefen", help="rows of tools/krimp_oefen_kinds.py --json")
    parser.add_argument("tweede", help="rows of tools/krimp_second_tally.py --json")
    parser.add_argument("--lijst", action="store_true")
    args = parser.parse_args(argv)
    cases = _cases()
    rows = [json.loads(line) for line in Path(args.oefen).read_text(encoding="utf-8").splitlines() if line.strip()]
    bad = [r for r in rows if not r["c_ok"]]
    print(f"oefen via compose: {len(rows) - len(bad)} van {len(rows)} aanvaardbaar")
    _table("oefen niet aanvaardbaar", [(k, cases[r["id"]]["_file"], f"{r['id']} {r['compose']!r}")
                                       for r in bad for k in practice_kinds(r, cases[r["id"]])], args.lijst)
    seconds = json.loads(Path(args.tweede).read_text(encoding="utf-8"))
    invented = [r for r in seconds if not r["tweede"] and r["second"]]
    missed = [r for r in seconds if r["tweede"] and not r["found"]]
    print(f"\ntweede verzonnen {len(invented)} van {sum(not r['tweede'] for r in seconds)}; "
          f"gemist {len(missed)} van {sum(bool(r['tweede']) for r in seconds)}")
    _table("tweede vraag verzonnen", [(second_shape(r["raw"] or r["second"], cases[r["id"]]["concept"], r["file"]), r["file"],
                                        f"{r['id']} {r['raw']!r} -> {r['second']!r}") for r in invented], args.lijst)
    _table("tweede vraag gemist, naar de vorm van het goud", [(second_shape(r["tweede"], cases[r["id"]]["concept"]), r["file"],
                                     f"{r['id']} {r['tweede']!r} -> {r['second']!r}") for r in missed], args.lijst)
    _table("tweede vraag gemist, naar wat er aangeboden werd", [(missed_outcome(r), r["file"], r["id"]) for r in missed], False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
