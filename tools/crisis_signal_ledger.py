"""The crisis check's signals weighed one by one (round 45, c45z): a first-sight ledger of what each signal buys.

Every alarm is a signal that fired, every catch too. Per signal (a `[[combinatie]]`/`[[samen]]` rule by its name, a
phrase signal by its family, and the notes of the layers after the rules: the second opinion `opinion`, `despair`,
`unsaid_end`, `other_death`; the safety net `vangnet` and someone else's `over-ander` are phrase families of their own):

- **makers** of a line's alarm: at the full panel the signals at the acuut level (none: the two gentle families that
  add up to a panel); at the gentle line the acute signals a floor lowered (`opinion`'s floor, `other_death`), else the
  signals at the zorg level. One maker alone made the alarm: without it the line would have had less.
- **unique acuut catch**: a must-acuut line at the panel whose only acute maker is this signal and whose gentle
  signals could not add up to a panel without it; removing the signal lowers a real panel.
- **unique alarm catch**: a must-alarm line (acuut or zorg) with any alarm whose only signal at the zorg or acuut level
  is this one; removing the signal silences it (unless a later layer would then speak: the ledger reads the signals a
  line got, it does not run the engine again).
- **false panels / false gentle lines it alone caused**: harmless lines at that tier with this signal as the only maker.

Rows: the first sight of every bring-in (`crisis_first_sight.py --bewaar FILE`, read with `--lees FILE`; `--binnen`
adds the sets waiting in tests/corpus/incoming/ read by the engine that met them sealed) or, with `--nu`, today's
engine on the held-out files in the corpus (tuning-ho*, tuning*-cp, heldout*; per file with `--per-bestand`), or
with `--alles` on every corpus file (what a candidate costs on the corpus now).
`--proef` judges the candidates: an acute signal lowered to the gentle line where it is the only acute maker (first
sight: false panels lowered, real panels lowered), and the second opinion's threshold raised (false gentle lines
removed, real lines silenced: the score is read from the note); `--vloer` the gentle line's floor raised (first
sight; with a `--alles --bewaar` file also its cost on the corpus now).

Usage: python tools/crisis_signal_ledger.py (--lees FILE [--binnen] | --nu [--per-bestand] | --alles)
       [--proef] [--vloer [NOW]] [--min N] [--bewaar FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import crisis_first_sight as fs  # noqa: E402

ROOT = fs.ROOT
CORPUS = fs.CORPUS
NOT_ADDING = frozenset({"vangnet", "over-ander"})  # never a second family towards acuut (engine.decide)
_RULE = re.compile(r"^([\w-]+) \(")
_SCORE = re.compile(r"^score (\d+(?:\.\d+)?)")
_UNSAID = re.compile(r"^(weggeven|afscheid|plek|passief): ")
RAISES = (0.92, 0.94, 0.96, 0.98)


def key(family: str, level: str, phrase: str) -> str:
    """The signal a (family, level, phrase) belongs to: a rule by its name, a layer's note by its layer, a phrase
    signal by its family."""
    if family == "inschatting":
        return "opinion"
    if phrase.startswith(("aanhoudend: ", "waartoe: ")):
        return "despair"
    if _UNSAID.match(phrase):
        return "unsaid_end"
    if phrase.startswith(("eigen afscheid naast", "afscheid van een overledene")):
        return "other_death"
    found = _RULE.match(phrase)
    return found.group(1) if found else f"zin:{family}"


def parsed(row: dict) -> list[tuple[str, str, str]]:
    """(key, family, level) of every signal of a row."""
    return [(key(*s), s[0], s[1]) for s in fs.signals(row)]


def makers(row: dict) -> tuple[set[str], bool]:
    """The signals that made the row's alarm, and whether the panel rests on them alone (no second gentle family
    left to add up to one without them)."""
    sig = parsed(row)
    acute = {k for k, _f, level in sig if level == "acuut" and k != "other_death"}
    gentle = {k for k, _f, level in sig if level == "zorg"}
    if row["tier"] == "acuut":
        return (acute or gentle), True
    if row["tier"] == "zorg":
        return (acute or gentle), False
    return set(), False


def gentle_families_without(row: dict, gone: str) -> int:
    """Distinct gentle families (that may add up) left when one signal is taken away."""
    return len({f for k, f, level in parsed(row) if level == "zorg" and k != gone and f not in NOT_ADDING})


def sole_panel(row: dict) -> str | None:
    """The one signal the panel rests on (taking it away lowers the panel), or None."""
    if row["tier"] != "acuut":
        return None
    made, _ = makers(row)
    if len(made) != 1:
        return None
    only = next(iter(made))
    acute = any(level == "acuut" for k, _f, level in parsed(row) if k == only)
    return only if not acute or gentle_families_without(row, only) < 2 else None


def sole_alarm(row: dict) -> str | None:
    """The one signal at the zorg or acuut level (taking it away silences the row), or None."""
    if not row["tier"]:
        return None
    alarm = {k for k, _f, level in parsed(row) if level in ("acuut", "zorg") and k != "other_death"}
    if not alarm and row["tier"] == "zorg":
        alarm = {k for k, _f, _l in parsed(row) if k == "other_death"}
    return next(iter(alarm)) if len(alarm) == 1 else None


def ledger(rows: list[dict]) -> dict[str, Counter]:
    """Per signal: fired, its shares and what it alone made (catches and false alarms, by tier)."""
    out: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        real, tier = r["expected"] != "geen", r["tier"]
        for k in {k for k, _f, _l in parsed(r)}:
            out[k]["fired"] += 1
        made, _ = makers(r)
        for k in made:
            out[k]["maker real" if real else f"maker false {tier}"] += 1
        panel, alarm = sole_panel(r), sole_alarm(r)
        if real and r["expected"] == "acuut" and panel:
            out[panel]["unique acuut"] += 1
        if real and alarm:
            out[alarm]["unique alarm"] += 1
        if not real and tier == "acuut" and panel:
            out[panel]["alone false acuut"] += 1
        if not real and tier == "zorg" and len(made) == 1:
            out[next(iter(made))]["alone false zorg"] += 1
    return out


def ledger_table(rows: list[dict], least: int) -> list[str]:
    book = ledger(rows)
    cols = ("unique acuut", "unique alarm", "alone false acuut", "alone false zorg", "maker false acuut",
            "maker false zorg", "maker real", "fired")
    head = ["| signal | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    order = sorted(book, key=lambda k: (-(book[k]["alone false acuut"] + book[k]["alone false zorg"]),
                                        book[k]["unique alarm"], k))
    shown = [k for k in order if book[k]["maker false acuut"] + book[k]["maker false zorg"] >= least]
    return head + [f"| {k} | " + " | ".join(str(book[k][c]) for c in cols) + " |" for k in shown]


def totals(rows: list[dict]) -> str:
    geen = [r for r in rows if r["expected"] == "geen"]
    real = [r for r in rows if r["expected"] != "geen"]
    return (f"{len(rows)} lines: harmless {len(geen)}, false acuut {sum(r['tier'] == 'acuut' for r in geen)}, "
            f"false zorg {sum(r['tier'] == 'zorg' for r in geen)}; alarm lines {len(real)}, caught "
            f"{sum(bool(r['tier']) for r in real)}, acuut at tier "
            f"{sum(r['tier'] == 'acuut' for r in real if r['expected'] == 'acuut')}/"
            f"{sum(r['expected'] == 'acuut' for r in real)}")


def lowered_alone(rows: list[dict], signal: str) -> Counter:
    """Lower `signal` to the gentle line where it is the only thing the panel rests on: what moves."""
    moved: Counter = Counter()
    for r in rows:
        if sole_panel(r) == signal:
            moved["false panel -> zorg" if r["expected"] == "geen" else
                  "real acuut -> zorg" if r["expected"] == "acuut" else "zorg line panel -> zorg"] += 1
    return moved


def opinion_score(row: dict) -> float | None:
    for family, level, phrase in fs.signals(row):
        found = _SCORE.match(phrase)
        if family == "inschatting" and level == "zorg" and found:
            return float(found.group(1))
    return None


def raised(rows: list[dict], height: float) -> Counter:
    """The second opinion's threshold raised to `height`: the rows it alone made that fall under it."""
    moved: Counter = Counter()
    for r in rows:
        value = opinion_score(r)
        if value is not None and value < height and sole_alarm(r) == "opinion":
            moved["false zorg removed" if r["expected"] == "geen" else f"real {r['expected']} silenced"] += 1
    return moved


def trial_table(rows: list[dict]) -> list[str]:
    book = ledger(rows)
    out = ["| candidate | false panels lowered | real acuut lowered | zorg lines' panel lowered |", "|---|---|---|---|"]
    for k in sorted(book, key=lambda k: -book[k]["alone false acuut"]):
        if book[k]["alone false acuut"]:
            moved = lowered_alone(rows, k)
            out.append(f"| {k} alone: panel -> gentle | {moved['false panel -> zorg']} | "
                       f"{moved['real acuut -> zorg']} | {moved['zorg line panel -> zorg']} |")
    out += ["", "| second opinion threshold | false zorg removed | real acuut silenced | real zorg silenced |",
            "|---|---|---|---|"]
    for height in RAISES:
        moved = raised(rows, height)
        out.append(f"| {height} | {moved['false zorg removed']} | {moved['real acuut silenced']} | "
                   f"{moved['real zorg silenced']} |")
    return out


FLOORS = (0.02, 0.05, 0.1, 0.2, 0.3, 0.5)
BASE_FLOOR = 0.02  # the panel's floor (`ondergrens` in the shipped weights), the gentle floor's height before round 45


def floor_table(rows: list[dict], now: list[dict] | None, families: frozenset[str] | None = None) -> list[str]:
    """The gentle line's floor (`gentle_floor.py`, a borrowed or broad reading alone under a score) raised: the
    first-sight false gentle lines it drops (all bring-ins; those the weights never saw), the first-sight real lines it
    silences, and (with `now`, today's rows of the whole corpus) the real lines it silences in the corpus now.
    `families`: raised only where every signal is of these (the shipped `NET_FLOOR`: the safety net alone)."""
    import crisis_first_sight_zorg as gentle

    floor = gentle.Floor()
    unseen = gentle.unseen_by_weights(list(dict.fromkeys(r["commit"] for r in rows if r["commit"] != "binnen")))
    unseen.add("binnen")

    def under(row: dict, height: float) -> bool:
        own = [floor.signal(*s) for s in fs.signals(row)]
        if row["tier"] != "zorg" or not floor.gentle.borrowed_only(own):
            return False
        if families is not None and any(s.family not in families for s in own):
            height = min(height, BASE_FLOOR)  # the others keep the panel's floor
        said = floor.crisis._weigh(row["text"])[1]
        return not floor.gentle.writer_too(said) and floor.score(row["text"]) < height

    out = ["| gentle floor | first sight: false zorg dropped | of them unseen by the weights | first sight: real lines "
           "silenced | corpus now: real lines silenced |", "|---|---|---|---|---|"]
    for height in FLOORS:
        false = [r for r in rows if r["expected"] == "geen" and under(r, height)]
        real = sum(1 for r in rows if r["expected"] != "geen" and under(r, height))
        lost = "-" if now is None else str(sum(1 for r in now if r["expected"] != "geen" and under(r, height)))
        out.append(f"| {height} | {len(false)} | {sum(r['commit'] in unseen for r in false)} | {real} | {lost} |")
    return out


def held_out_files() -> list[Path]:
    return (sorted(CORPUS.glob("heldout*.toml")) + sorted(CORPUS.glob("tuning-ho*.toml"))
            + sorted(CORPUS.glob("tuning[3-9]*-cp.toml")))


def today(files: list[Path]) -> list[dict]:
    """Rows as the first-sight ones, read by today's engine (src of this tree)."""
    sys.path.insert(0, str(ROOT / "src"))
    import vraaghulp.coach.crisis as crisis

    out = []
    for path in files:
        with path.open("rb") as handle:
            lines = tomllib.load(handle).get("regel", [])
        for number, line in enumerate(lines, 1):
            found = crisis.assess(line["tekst"])
            out.append(dict(file=path.stem, n=number, expected=line["verwacht"], tier=found.tier,
                            signals=[str(s) for s in found.signals], text=line["tekst"], commit="nu"))
    return out


def only(made: set[str]) -> str | None:
    return next(iter(made)) if len(made) == 1 else None


def per_file(rows: list[dict]) -> list[str]:
    out = ["| file | lines | false acuut | false zorg | missed | acuut below acuut | "
           "signals alone behind a false alarm |",
           "|---|---|---|---|---|---|---|"]
    for file in dict.fromkeys(r["file"] for r in rows):
        mine = [r for r in rows if r["file"] == file]
        false = [r for r in mine if r["expected"] == "geen" and r["tier"]]
        alone = Counter((sole_panel(r) if r["tier"] == "acuut" else only(makers(r)[0])) or "several" for r in false)
        out.append(f"| {fs.short_name(file)} | {len(mine)} | {sum(r['tier'] == 'acuut' for r in false)} | "
                   f"{sum(r['tier'] == 'zorg' for r in false)} | "
                   f"{sum(1 for r in mine if r['expected'] != 'geen' and not r['tier'])} | "
                   f"{sum(1 for r in mine if r['expected'] == 'acuut' and r['tier'] != 'acuut')} | "
                   f"{', '.join(f'{k} {n}' for k, n in alone.most_common())} |")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lees", type=Path, help="a crisis_first_sight.py --bewaar file (first sight)")
    parser.add_argument("--binnen", action="store_true", help="also the sets waiting in tests/corpus/incoming/")
    parser.add_argument("--nu", action="store_true", help="today's engine on the held-out files in the corpus")
    parser.add_argument("--alles", action="store_true", help="today's engine on every corpus file (the cost)")
    parser.add_argument("--per-bestand", action="store_true", help="with --nu: per file")
    parser.add_argument("--proef", action="store_true", help="judge the candidates")
    parser.add_argument("--min", type=int, default=1, help="list signals behind at least N false alarms")
    parser.add_argument("--vloer", type=Path, nargs="?", const=Path("-"),
                        help="judge the gentle line's floor raised; with a --bewaar file of --alles: its corpus cost")
    parser.add_argument("--bewaar", type=Path, help="write the rows read (JSON lines)")
    args = parser.parse_args()
    if args.nu or args.alles:
        rows = today(sorted(CORPUS.glob("*.toml")) if args.alles else held_out_files())
        if args.binnen:  # the waiting sets, read by today's engine
            rows += today(fs.waiting())
    else:
        with tempfile.TemporaryDirectory(prefix="crisis-ledger-") as work:
            rows = fs.rows_of(args.lees, Path(work))
            if args.binnen:
                rows += fs.incoming_rows(Path(work))
    if args.bewaar is not None:
        args.bewaar.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(totals(rows) + "\n")
    print("\n".join(ledger_table(rows, args.min)))
    if args.nu and args.per_bestand:
        print("\n".join([""] + per_file(rows)))
    if args.proef:
        print("\n".join([""] + trial_table(rows)))
    if args.vloer is not None:
        now = None if str(args.vloer) == "-" else [json.loads(x) for x in args.vloer.read_text().splitlines()]
        print("\n".join([""] + floor_table(rows, now) + ["", "the safety net alone:"]
                         + floor_table(rows, now, frozenset({"vangnet"}))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
