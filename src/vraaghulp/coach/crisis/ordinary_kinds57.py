"""Round 57 (c57a): two kinds of false panel that outside authors keep writing, read by who owns the trouble.

Counted over every outside file (README of the crisis corpus, "Round 57 (c57a)"):

- **an animal or a kitchen knife did it** (`hurt_by_other`, a guard of round 56's `erger-verborgen` in `said_end56`):
  the hurt, worse than before and kept from a parent, has an animal as its doer ('de kat heeft me weer gekrast', 'de
  hond van de gebuur heeft me gebeten', 'het krabben van de kat') or is a cut in a finger or thumb ('in mijn duim
  gesneden met het broodmes'). The real twins deny the cause or name the writer's own blade ('het was niet de kat',
  'niet met het mes van de keuken, met mijn eigen mesje', 'ze denkt dat het van de kat is'): then the shape raises.
- **someone else is gone or stopped** (`ander-weg`, panel -> gentle line, never to nothing): every acute signal is
  affairs settled or care stopped, and the part that raised it is said of someone else by name, title or kin ('wat een
  verdriet dat Klaas er niet meer is ... naar de uitvaart', 'meneer Veenstra is gestopt met eten en drinken, zijn
  eigen keuze'). With that span blanked nothing grave is left: no wish to follow or to stop too ('ook', 'net als',
  'achterna', 'mijn pillen'), none of round 49's GRAVE.

Loaded only for a message `erger-verborgen` would raise, or one still at the panel after the kinds of rounds 49 to 56.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds import Kind, first_kind

__all__ = ["hurt_by_other", "lowered"]

NOTE = "gewone oorzaak ({}, c57a): zorg, geen paneel"

# --- an animal or a kitchen knife did it
_ANIMAL = (r"(?:kat|kater|katten|poes|poezen|kitten|hond|honden|pup|puppy|konijn|cavia|hamster|paard|pony|papegaai|"
           r"kip|haan|fret)")
_HURT = r"(?:gekrast|gebeten|gekrabd|gekrabt|gepikt|geschopt|opengekrabd)"
_OTHER_HURT = re.compile(
    rf"\b{_ANIMAL} (?:\w+ ){{0,4}}?(?:heeft|had|hebben) (?:me|mij) (?:\w+ ){{0,2}}?{_HURT}\b"
    rf"|\b{_HURT} (?:\w+ ){{0,3}}?door (?:\w+ ){{0,2}}?{_ANIMAL}\b|\bkrabben van (?:de|die|onze|ons|mijn) {_ANIMAL}\b"
    r"|\b(?:in|aan) (?:mijn|m) (?:\w+ )?(?:vinger|duim|wijsvinger|vingertop) (?:\w+ )?gesneden\b")
# the real twins: the cause denied or a cover story, the writer's own blade, the writer as the doer
_OWN_HAND = re.compile(
    r"\b(?:niet|nie|ni|geen) (?:\w+ ){0,2}?(?:de|het|door|met|van)\b|\bmesjes?\b|\bscheermes\w*|\bexpres\b|\bmet opzet\b"
    r"|\bzelf gedaan\b|\bmezelf\b|\bmijzelf\b|\bsmoes\b|\bdenk(?:t|en)? dat\b|\bzeg ik\b|\bweer gesneden\b|\bsnij\b"
    r"|\b(?:armen|polsen|pols|benen|bovenbenen|dijen|buik)\b")


def hurt_by_other(reading: str) -> bool:
    """Whether the hurt has an animal as its doer or is a cut in a finger, with no sign the writer did it."""
    return _OTHER_HURT.search(reading) is not None and _OWN_HAND.search(reading) is None


# --- someone else is gone or stopped
_NOT_OTHER = r"(?:ik|k|we|wij|je|jij|ge|gij|u|men|het|dat|er|alles|niks|niets)"
_KIN = r"(?:ons|onze|mijn|m|de|den|zijn|haar|hun|meneer|mevrouw|tante|oom|nonkel|opa|oma|bomma|bompa|buurman|buurvrouw)"
_OTHER_GONE = (rf"\b(?:dat|nu|sinds|omdat|want) (?:{_KIN} )?(?!{_NOT_OTHER}\b)\w+ (?:\w+ )?er (?:niet|nie) meer "
               r"(?:is|was)\b")
_OTHER_STOPPED = (rf"(?:^ ?|[.,:;] )(?:{_KIN} )?(?!{_NOT_OTHER}\b)\w+ (?:\w+ )?(?:is|was) gestopt met (?:\w+ ){{1,3}}?"
                  r"(?=,|\.|$)")
_GONE_GUARD = re.compile(
    r"\b(?:wil|wou|ook|net als|achterna|volg\w*|mee|zonder (?:hem|haar)|bij (?:hem|haar) zijn|mijn (?:eigen )?"
    r"(?:zaken|pillen|medicatie|medicijnen)|stop|ik ben gestopt|niet meer (?:eten|drinken)|genoeg|klaar|op is|"
    r"geen zin|regel ik|mij|mezelf|zoeken|pillen|tabletten|medicijnen|medicatie|insuline|neem (?:\w+ ){0,3}?niet meer|"
    # the writer's days since: alone, silent, no point, waiting, whatever happens (real lines of 12 outside authors)
    r"gebeurt|gebeuren|nut|zin|alleen|allain|stil|wachten|hoeft|geen mens|niemand|niks meer|niets meer|enige|"
    r"dagen|dragen|welkom|leeg|leegte|zinloos|ben op|kom bij|bij (?:hem|haar) mag|zit (?:\w+ )?maar|ik ben er)\b")
KINDS = (
    Kind("ander-weg", frozenset(("zaken-regelen", "stoppen-zorg")),
         re.compile(r"er (?:niet|nie) meer|gestopt met|vanzelf"),
         (re.compile(rf"{_OTHER_GONE}|{_OTHER_STOPPED}"),), _GONE_GUARD),
)


def lowered(signals: list[Signal], reading: str) -> Signal | None:
    """The note that lowers an acute message to the gentle line, or None (`reading`: the first normalised reading)."""
    kind = first_kind(KINDS, signals, reading)
    if kind is None:
        return None
    acute = sorted({signal.family for signal in signals if signal.level == "acuut"})
    return Signal(acute[0], "zorg", NOTE.format(kind.name))
