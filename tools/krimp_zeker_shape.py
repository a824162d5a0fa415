"""The shape of what a sure-but-not-acceptable krimp result dropped (tools/krimp_zeker.py, part 3).

For each must-keep item the result lost, the draft sentence that held it is read on its surface: a condition
('als', 'tenzij', 'zodra' …), a number, a day or date, a clock time, a place (a preposition before a name or a
place word), a first-person state ('ik ben', 'ik heb', 'ik kan … niet', 'mijn … is'), a negation, a reason ('want',
'omdat'); and where it sat against the ask (before or after the sentence with the question mark, or in it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import krimp_eval as ev  # noqa: E402

_SENTENCES = re.compile(r"[^.?!\n]+[.?!]*")
SHAPES = (
    ("voorwaarde", re.compile(r"\b(?:als|tenzij|zodra|mits|indien|moest|moesten|behalve|anders)\b")),
    ("getal", re.compile(r"\d|\b(?:een paar|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|honderd)\b")),
    ("dag", re.compile(r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|vandaag|"
                       r"vanavond|vannacht|gisteren|week|weekend|maand|januari|februari|maart|april|mei|juni|juli|"
                       r"augustus|september|oktober|november|december)\b")),
    ("tijdstip", re.compile(r"\b\d{1,2}(?:[.:u]\d{2}|u)\b|\bom \w+ uur\b|\buur\b")),
    ("plaats", re.compile(r"\b(?:in|op|bij|naar|uit|aan)\s+(?:het |de |'t |den )?(?:[A-Z]\w+|thuis|school|werk|"
                          r"ziekenhuis|huis|kantoor|station|winkel|markt|kerk|moskee|zaal|garage|kelder|zolder)")),
    ("eigen-staat", re.compile(r"\b(?:ik|'k)\s+(?:ben|zit|lig|voel|heb|kan|mag|durf|moet|word|sta|zie)\b|"
                               r"\bmijn \w+ (?:is|zijn|doet|doen)\b", re.IGNORECASE)),
    ("ontkenning", re.compile(r"\b(?:niet|ni|nie|geen|nooit|niemand|nergens)\b")),
    ("reden", re.compile(r"\b(?:want|omdat|doordat|aangezien|sinds)\b")),
)


def _holder(draft: str, item: str) -> tuple[int, str]:
    """(index, text) of the draft sentence holding the item ((-1, '') when it spans sentences)."""
    parts = [m.group(0) for m in _SENTENCES.finditer(draft)]
    for k, part in enumerate(parts):
        if ev.contains(part, item):
            return k, part
    return -1, ""


def dropped_shapes(case: dict, sentence: str) -> list[str]:
    """The shapes of the draft sentences that held a must-keep item the result lost, with where they sat."""
    draft = case["concept"].strip()
    parts = [m.group(0) for m in _SENTENCES.finditer(draft)]
    ask = next((k for k, p in enumerate(parts) if "?" in p), -1)
    shapes: list[str] = []
    for item in case.get("houden", []):
        if ev.contains(sentence, item):
            continue
        k, text = _holder(draft, item)
        if k < 0:
            shapes.append(f"'{item}': over zinnen heen")
            continue
        folded = ev.fold(text)
        kinds = [name for name, rx in SHAPES if rx.search(text if name in ("plaats", "eigen-staat") else folded)]
        where = "in de vraag" if k == ask else ("voor de vraag" if ask < 0 or k < ask else "na de vraag")
        shapes.append(f"'{item}' {where}: {'+'.join(kinds) or 'geen vorm'}")
    return shapes


def caught_by(row: dict, shapes: list[str], case: dict | None = None) -> str:
    """The kind of check that should have withheld `zeker` from this result (with the case: a result only far from
    the gold is told apart as a crisis result, longer than the nearest gold, or shorter)."""
    if row["lost"]:
        first = shapes[0] if shapes else ""
        for name in ("voorwaarde", "ontkenning", "eigen-staat", "tijdstip", "dag", "getal", "plaats", "reden"):
            if name in first.split(": ")[-1].split("+"):
                return f"weg-{name}"
        return "weg-ander"
    if row["fout"]:
        return "fout-patroon"
    if any(r.startswith("nog ") for r in row["reasons"]):
        return "weg-woord behouden"
    if row.get("crisis"):
        return "ver van goud: crisis"
    if case is None or not case.get("goud"):
        return "ver van goud"
    gold = max(case["goud"], key=lambda g: ev.similarity(row["sentence"], g))
    longer = len(ev.norm_words(row["sentence"])) > len(ev.norm_words(gold))
    return "ver van goud: " + ("langer (een zin te veel)" if longer else "korter (het goud houdt meer)")


def dropped_sentences(case: dict, sentence: str) -> list[tuple[str, list[str]]]:
    """The draft sentences a result lets go of (fewer than half of their words shown, at least two words), each with
    its shapes and where it sat ('voor'/'na' the first sentence with a question mark)."""
    parts = [m.group(0) for m in _SENTENCES.finditer(case["concept"].strip())]
    ask = next((k for k, p in enumerate(parts) if "?" in p), -1)
    shown = set(ev.norm_words(sentence))
    out = []
    for k, text in enumerate(parts):
        words = ev.norm_words(text)
        if k == ask or len(words) < 2 or 2 * sum(w in shown for w in words) >= len(words):
            continue
        folded = ev.fold(text)
        kinds = [name for name, rx in SHAPES if rx.search(text if name in ("plaats", "eigen-staat") else folded)]
        out.append((text.strip(), kinds + ["voor" if ask < 0 or k < ask else "na"]))
    return out


def tighten_table(data: list[dict], cases: dict[str, dict]) -> None:
    """Part 4: what a gate on the shape of a dropped sentence would cost among the sure results: per shape (alone and
    with its place), the sure results that drop such a sentence, how many are acceptable (the cost) and how many
    wrong (what it would catch)."""
    by: dict[str, list[dict]] = {}
    for r in (r for r in data if r["sure"] and not r.get("crisis")):
        seen = set()
        for _text, kinds in dropped_sentences(cases[r["id"]], r["sentence"]):
            place = kinds[-1]
            seen |= {k for k in kinds[:-1]} | {f"{k} {place}" for k in kinds[:-1]} | {f"elke zin {place}"}
        for key in seen:
            by.setdefault(key, []).append(r)
    print("\n== 4. a gate on the shape of a dropped sentence (sure results, no crisis): cost and catch")
    print(f"{'shape':26s} {'sure':>5s} {'acc.':>5s} {'wrong':>5s}   acceptable lost per wrong caught")
    for key, rs in sorted(by.items(), key=lambda kv: (-sum(r['wrong'] for r in kv[1]), len(kv[1]))):
        wrong = sum(r["wrong"] for r in rs)
        ok = sum(r["ok"] for r in rs)
        print(f"{key:26s} {len(rs):5d} {ok:5d} {wrong:5d}   {ok / wrong if wrong else float('inf'):6.1f}")
