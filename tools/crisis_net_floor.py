"""The floors of the crisis check's second opinion, measured on left-out scores (for
tools/crisis_net_fit.py --ondergrens-tabel): what a floor would lower, against what it would cost.

Two floors, each read as the check reads it (`opinion.second_opinion`): the whole message, and
its most worrying sentence when that scores higher; never a message of fewer than
`crisis.MIN_WORDS` words (not scored), nor one that speaks of life, death or beyond
(`opinion.speaks_beyond`).

- The panel floor: a panel (rules acuut) that comes from the given families alone and scores
  under the floor becomes the gentle line (never nothing). Shipped over `opinion.AMBIGUOUS`.
  A cell: "harmless panels lowered/in reach, real acuut lowered/in reach" (+zN: want-zorg panels).
- The zorg floor (measured in round 22, not shipped: see the crisis corpus README, "Round 23 (c23n)"):
  a gentle line (rules zorg) that comes from weak families alone and scores under the floor would
  become quiet. A cell: "harmless gentle lines made quiet/in reach, real
  alarm lines made quiet/in reach" (a real line made quiet is a missed alarm). A panel lowered by
  the panel floor is never made quiet, and a line the rules give the panel is out of its reach.

Each table is printed for every file, and for the files by outside authors alone
(`OUTSIDE`: the promoted sealed sets tuning-ho*, and tuning10-* onwards; never a held-out file). Standard library only.
"""

from __future__ import annotations

import re

# Panel floor: the shipped families first, then families whose panels on fresh files were
# sometimes ordinary; a wish to die and a passive wish last (they stay out of the shipped set).
FLOOR_CANDIDATES = ("afscheid", "zaken-regelen", "gevaar-plek", "last-voor-anderen", "bij-overledene", "over-ander",
                    "uitputting", "wanhoop", "isolatie", "geen-zin", "plotse-rust", "passief", "doodswens")
FLOOR_VALUES = (0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)
# Zorg floor: the families that made false gentle lines on files by outside authors (uitputting,
# over-ander, geen-zin, bij-overledene, afscheid, vangnet) and the other worries the rules weigh at
# zorg; never a wish to die, a passive wish, self-harm, a means or a plan (a gentle line there is
# the least the check owes).
ZORG_CANDIDATES = ("uitputting", "over-ander", "geen-zin", "isolatie", "wanhoop", "afscheid", "bij-overledene",
                   "vangnet", "geschiedenis-drank", "plotse-rust")
ZORG_VALUES = (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)
# held-out files (heldout*) are never fitted on nor read here: a floor chosen on them would be tuned on them
OUTSIDE = re.compile(r"^(tuning-ho|tuning1\d-|tuning2\d-)")


def panel_reading(line) -> float:
    """The left-out score the panel floor weighs: the whole message, or its most worrying sentence
    when higher (not when nothing but the ambiguous kinds is in it)."""
    return line.score if line.whole_only else max(line.score, line.sentence_max)


def zorg_reading(line) -> float:
    """The left-out score the zorg floor weighs: the whole message or its most worrying sentence."""
    return max(line.score, line.sentence_max)


def only_from(line, families: frozenset[str], tier: str = "acuut") -> bool:
    """The rules give `tier`, only families of `families` made it (empty: any), and a floor may read it."""
    return (line.rules == tier and bool(line.families) and (not families or set(line.families) <= families)
            and not line.beyond and not line.short)


def floor_row(lines: list, families: frozenset[str], floor: float) -> tuple[int, int, int, int, int]:
    """(harmless panels in reach, harmless panels lowered, real acuut in reach, real acuut lowered,
    expected-zorg panels lowered) at an absolute floor over the left-out scores."""
    reach = [x for x in lines if only_from(x, families)]
    low = [x for x in reach if panel_reading(x) < floor]
    return (sum(x.expected == "geen" for x in reach), sum(x.expected == "geen" for x in low),
            sum(x.expected == "acuut" for x in reach), sum(x.expected == "acuut" for x in low),
            sum(x.expected == "zorg" for x in low))


def zorg_row(lines: list, families: frozenset[str], floor: float) -> tuple[int, int, int, int]:
    """(harmless gentle lines in reach, made quiet, real alarm lines in reach, made quiet)."""
    reach = [x for x in lines if only_from(x, families, "zorg")]
    low = [x for x in reach if zorg_reading(x) < floor]
    return (sum(x.expected == "geen" for x in reach), sum(x.expected == "geen" for x in low),
            sum(x.expected != "geen" for x in reach), sum(x.expected != "geen" for x in low))


def family_sets(candidates: tuple[str, ...] = FLOOR_CANDIDATES) -> list[tuple[str, frozenset[str]]]:
    """Each candidate alone, then growing unions in the order of `candidates`, then any family."""
    sets = [(name, frozenset((name,))) for name in candidates]
    for n in range(2, len(candidates) + 1):
        sets.append(("+".join(candidates[:n]), frozenset(candidates[:n])))
    sets.append(("any family", frozenset()))  # every panel in reach
    return sets


def _grid(lines: list, sets: list, values: tuple[float, ...], cell) -> list[str]:
    out = ["| families | " + " | ".join(f"< {value:g}" for value in values) + " |", "|---" * (len(values) + 1) + "|"]
    out += [f"| {label} | " + " | ".join(cell(lines, families, value) for value in values) + " |"
            for label, families in sets]
    return out


def _panel_cell(lines: list, families: frozenset[str], value: float) -> str:
    g_in, g_low, a_in, a_low, z_low = floor_row(lines, families, value)
    return f"{g_low}/{g_in}, {a_low}/{a_in}" + (f" +z{z_low}" if z_low else "")


def _zorg_cell(lines: list, families: frozenset[str], value: float) -> str:
    g_in, g_low, a_in, a_low = zorg_row(lines, families, value)
    return f"{g_low}/{g_in}, {a_low}/{a_in}"


def _parts(lines: list, split: bool) -> list[tuple[str, list]]:
    """Every file, and (with `split`) the files by outside authors alone."""
    return [("every file", lines)] + ([("files by outside authors", [x for x in lines if OUTSIDE.match(x.file)])]
                                      if split else [])


def floor_table(lines: list, split: bool = True) -> list[str]:
    """What a panel floor would do, on the left-out scores: per family set and floor value, harmless
    panels that become the gentle line against real acuut lines that slip to zorg (never lower)."""
    false_panels = [x for x in lines if x.expected == "geen" and x.rules == "acuut"]
    out = [f"false panels on the corpus now: {len(false_panels)} (left-out score, families)"]
    out += [f"    [{panel_reading(x):.4f}] {'+'.join(x.families)} ({x.file}) {x.text}" for x in false_panels]
    for title, part in _parts(lines, split):
        out.append(f"panel floor, {title}: harmless lowered/in reach, real acuut lowered/in reach")
        out += _grid(part, family_sets(), FLOOR_VALUES, _panel_cell)
    return out


def zorg_table(lines: list, split: bool = True) -> list[str]:
    """What a zorg floor would do, on the left-out scores: per family set and floor value, harmless
    gentle lines made quiet against real alarm lines made quiet (missed)."""
    false_zorg = [x for x in lines if x.expected == "geen" and x.rules == "zorg"]
    out = [f"false gentle lines from the rules on the corpus now: {len(false_zorg)} (left-out score, families)"]
    out += [f"    [{zorg_reading(x):.4f}]{' (out of reach)' if x.beyond or x.short else ''} {'+'.join(x.families)} "
            f"({x.file}) {x.text}" for x in false_zorg]
    sets = family_sets(ZORG_CANDIDATES)
    for title, part in _parts(lines, split):
        out.append(f"zorg floor, {title}: harmless made quiet/in reach, real alarm made quiet/in reach")
        out += _grid(part, sets, ZORG_VALUES, _zorg_cell)
    return out
