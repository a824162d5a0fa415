"""Round 48 (c48): a panel whose only acute words are explained by an ordinary cause the message names: the gentle line.

The fresh sets of round 47 (crisis-j1/j2, probe cp47) gave the full panel to harmless lines whose acute words had an
ordinary cause in the same message, of a few kinds that recur in every earlier bring-in:

- `slaap`: not waking up *from* a noise or *until* a clock time ('ik hoop dat ik niet wakker word van die
  bouwvakkers', 'wil tot een uur of drie niet meer wakker worden');
- `gewoonte`: quitting a habit ('dag 30 zonder sigaret, nooit meer, ik meen het');
- `letsel`: an injury by accident at an ordinary thing, with its care ('hand verbrand aan de soldeerbrander, grote
  blaar', 'ik doe mezelf pijn met die nieuwe wandelschoenen, blaren').

The rule: the rules give acuut, every acute signal belongs to the families the kind explains, the message names the
kind's cause, and nothing the kind cannot explain stands in it (`_GRAVE`: death, life, a means taken, a farewell to
the living; each kind adds its own). Then the tier is zorg, never nothing (the safety policy: a false panel is lowered
to the gentle line; a real line of the shape keeps a gentle line). Loaded only for an acute message. Two more kinds
(ending a relationship, medicine stopped for an operation) were written and withheld: at first sight they remove no
earlier false panel (crisis corpus README, "Round 48 (c48)").
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
    also: re.Pattern[str] | None = None  # a second mark the kind needs besides its cause


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# What no ordinary cause explains: a death or a life said in so many words, a goodbye to everyone, a means in bulk.
_GRAVE = _re(r"\b(?:dood|doodgaan|sterven|zelfmoord|suicide|leven|zelfdoding|afscheidsbrief|vaarwel|"
             r"zeg(?:t)? (?:tegen|aan) \w+ dat|vergeef|sorry voor alles|voorgoed|nooit meer wakker|"
             r"niet per ongeluk|allemaal (?:in|ineens|tegelijk)|in een keer|opgespaard|gespaard|bewaard|niemand mist|"
             r"alles genomen|ingenomen|geslikt|hoeft niet meer|maakt niet meer uit|ben er \w+ niet meer|er niet meer (?:zijn|ben))\b")
_NOT_BLADE = (r"(?!(?:mesje|mes|scheermes|scheermesje|scherf|scherven|glas|glasscherf|stuk|passer|aansteker|"
              r"sigaret)\b)")
# what one hurts oneself with by an ordinary use, never as a means: shoes, a bike, a chair, a training
_USE = r"(?:\w*schoenen|laarzen|hakken|slippers|sokken|fiets|rugzak|bureaustoel|stoel|training|workout|squats)\b"

KINDS = (
    Kind("slaap", frozenset(("doodswens", "passief")),
         _re(r"\bniet (?:meer )?wakker (?:word|worden|wordt|te worden) van (?:de|die|dat|het|mijn|onze|de buren|"
             r"een|al die|al dat)\b|\btot (?:een uur of |ongeveer |minstens |zeker )?(?:\d+|een|twee|drie|vier|vijf|"
             r"zes|zeven|acht|negen|tien|elf|twaalf|half \w+|de middag|de ochtend|morgenmiddag|'s middags)"
             r"(?: uur)? (?:\w+ )?niet (?:meer )?wakker\b"),
         _re(r"\b(?:nooit|voor altijd|helemaal niet meer|nachtmerrie|nachtmerries|ellende|wereld|pijn|gedachten|"
             r"hoofd|te zwaar|bestaan|klaar mee|op is)\b")),
    Kind("gewoonte", frozenset(("afscheid",)),
         _re(r"\b(?:gestopt|stoppen|stop) met (?:roken|drinken|de drank|alcohol|snoepen|vapen|blowen|gamen|"
             r"gokken|suiker|snus)\b|\bzonder (?:sigaret|sigaretten|peuk|peuken|roken|alcohol|drank|een druppel|"
             r"vape|snus|joint|gokken)\b|\b(?:rookvrij|nuchter|alcoholvrij|droog staan)\b"),
         _re(r"\b(?:allemaal|iedereen|jullie|de wereld|afscheid|dag allemaal|doei allemaal)\b")),
    Kind("letsel", frozenset(("zelfbeschadiging",)),
         _re(r"\b(?:verbrand|gebrand|gesneden|gesneje|geprikt|geschaafd|gestoten|opengehaald|opengereten) aan "
             r"(?:de|een|het|mijn|dat|die|ne|nen|mn) " + _NOT_BLADE + r"|\b(?:doe|deed) (?:mezelf|mij|me) "
             r"(?:echt |zo )?pijn met (?:die|dat|de|mijn|mn|deze) (?:nieuwe )?" + _USE),
         _re(r"\b(?:expres|express|bewust|opzettelijk|met opzet|straf|verdien|weer gedaan|om te voelen|snijden|krassen|"
             r"kerven|niemand|verstop|verbergen|mouwen|pols|polsen|moest|moet|weer|dikwijls|vaak|laatste tijd|"
             r"helpt|enige|elke (?:dag|avond|nacht|keer))\b"),
         _re(r"\b(?:blaar|blaren|pleister|pleisters|koud water|per ongeluk|oeps|au|auw|ehbo|zalf|brandzalf|haha|typisch|"
             r"dom van mij|onhandig)\b")),
)


def lowered(signals: list[Signal], reading: str) -> Signal | None:
    """The note that lowers an acute message to the gentle line, or None. `reading` is the message's first normalised
    reading ('hij heeft ' ... lower case, spaced punctuation)."""
    acute = {signal.family for signal in signals if signal.level == "acuut"}
    if not acute or _GRAVE.search(reading):
        return None
    for kind in KINDS:
        if (acute <= kind.families and kind.cause.search(reading) and not (kind.guard and kind.guard.search(reading))
                and (kind.also is None or kind.also.search(reading))):
            return Signal(sorted(acute)[0], "zorg", f"gewone oorzaak ({kind.name}): zorg, geen paneel")
    return None
