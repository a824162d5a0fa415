"""Round 48 (c48): a panel whose only acute words are explained by an ordinary cause the message names: the gentle line.

The fresh sets of round 47 (crisis-j1/j2, probe cp47) gave the full panel to harmless lines whose acute words had an
ordinary cause in the same message. One kind is read here:

- `slaap`: not waking up *from* a noise or *until* a clock time ('ik hoop dat ik niet wakker word van die
  bouwvakkers', 'wil tot een uur of drie niet meer wakker worden').

The rule: the rules give acuut, every acute signal belongs to the families the kind explains and is the kind's own
words (`words`: no other acute signal stands in the message), the message names the kind's cause, and nothing the kind
cannot explain stands in it (`_GRAVE`: death, life, a means taken, a farewell to the living; the kind's guard: what
follows the time, 'daarna', 'en dan', 'voorbij', 'ook niet meer', and a means as the 'noise', 'van het gas'). Then the
tier is zorg, never nothing (the safety policy: a false panel is lowered to the gentle line; a real line of the shape
keeps a gentle line). Loaded only for an acute message.

Taken back (c48f, the review of c48): `gewoonte` (a habit quit: 'nuchter', 'rookvrij', 'gestopt met drinken' beside a
farewell lowered 28 of the reviewer's 38 real lines) and `letsel` (an injury at an ordinary thing with its care: a
stanleymes, a scalpel, a peuk, 'pleister erop, het lucht op' lowered 18 of 40). A real line never loses the panel to fix
a harmless one. Two more kinds (ending a relationship, medicine stopped for an operation) were written and withheld in
c48 (crisis corpus README, "Round 48 (c48)").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from vraaghulp.coach.crisis.engine import Signal

__all__ = ["KINDS", "lowered"]


class Kind(NamedTuple):
    name: str
    families: frozenset[str]
    cause: re.Pattern[str]
    guard: re.Pattern[str] | None = None  # words of this kind's real lines: the panel stays
    words: str = ""  # every acute signal must be these words: no other acute signal may stand in the message


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# What no ordinary cause explains: a death or a life said in so many words, a goodbye to everyone, a means in bulk.
_GRAVE = _re(r"\b(?:dood|doodgaan|sterven|zelfmoord|suicide|leven|zelfdoding|afscheidsbrief|vaarwel|"
             r"zeg(?:t)? (?:tegen|aan) \w+ dat|vergeef|sorry voor alles|voorgoed|nooit meer wakker|"
             r"niet per ongeluk|allemaal (?:in|ineens|tegelijk)|in een keer|opgespaard|gespaard|bewaard|niemand mist|"
             r"alles genomen|ingenomen|geslikt|hoeft niet meer|maakt niet meer uit|ben er \w+ niet meer|er niet meer (?:zijn|ben))\b")
KINDS = (
    Kind("slaap", frozenset(("doodswens", "passief")),
         _re(r"\bniet (?:meer )?wakker (?:word|worden|wordt|te worden) van (?:de|die|dat|het|mijn|onze|de buren|"
             r"een|al die|al dat)\b|\btot (?:een uur of |ongeveer |minstens |zeker )?(?:\d+|een|twee|drie|vier|vijf|"
             r"zes|zeven|acht|negen|tien|elf|twaalf|half \w+|de middag|de ochtend|morgenmiddag|'s middags)"
             r"(?: uur)? (?:\w+ )?niet (?:meer )?wakker\b"),
         _re(r"\b(?:nooit|voor altijd|helemaal niet meer|nachtmerrie|nachtmerries|ellende|wereld|pijn|gedachten|"
             r"hoofd|te zwaar|bestaan|klaar mee|op is|daarna|voorbij|weg zijn|weg te zijn|en dan|ook niet meer|"
             r"over(?! (?:de|het|een|die|dat|deze|dit|mijn|je|jou|jouw|hem|haar|ons|onze|wat|hoe|alles)\b)|"
             r"gewoon niet meer|gas|gif|pillen|pil|slaappillen|slaapmiddel|tabletten|medicijnen|medicatie|touw|uitlaat|"
             r"koolmonoxide|overdosis|drank|alcohol|auto|kolen|barbecue|bbq|slang|helium|stikstof|alles)\b"),
         words="wakker"),
)


def _only_words(signals: list[Signal], words: str) -> bool:
    """Every acute signal is the kind's own words: each names them, and so does each signal a combination joins."""
    for signal in signals:
        if signal.level != "acuut":
            continue
        parts = [signal.phrase] + [part for part in signal.phrase.split(" + ") if "signaal:" in part]
        if any(words not in part for part in parts):
            return False
    return True


def lowered(signals: list[Signal], reading: str) -> Signal | None:
    """The note that lowers an acute message to the gentle line, or None. `reading` is the message's first normalised
    reading ('hij heeft ' ... lower case, spaced punctuation)."""
    acute = {signal.family for signal in signals if signal.level == "acuut"}
    if not acute or _GRAVE.search(reading):
        return None
    for kind in KINDS:
        if (acute <= kind.families and kind.cause.search(reading) and not (kind.guard and kind.guard.search(reading))
                and _only_words(signals, kind.words)):
            return Signal(sorted(acute)[0], "zorg", f"gewone oorzaak ({kind.name}): zorg, geen paneel")
    return None
