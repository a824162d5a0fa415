"""Round 55 (c55b): an end left unnamed ('het') beside a means, a chosen place or affairs settled: the panel.

Real outside lines of six authors (ho38a1, ho41d1, ho47j1, ho53p2, ho54q1 and Q's cp43) got no tier: the act is never
named, only 'het' ('één keer en het is klaar', 'dan is het klaar', 'en dan is het gedaan met al dat gedoe', 'het is
(bijna) voorbij', 'vrijdag ga ik het doen', 'ik denk dat het vannacht gaat gebeuren'), and what stands beside it is a
means ('dat ding in mijn handen', 'ik weet waar ik er een kan krijgen' after a service weapon, 'dat slachtmes ... niet
voor het vlees'), a place picked out ('een plekske uitgezocht boven op de terril') or affairs settled (passwords on a
note for a sister, a bike that goes to a friend). Each part alone is ordinary; together they are the panel.

Quiet beside an ordinary use named for the 'het' or the thing (a trip, a move, a party, cooking, a repair, 'klaar
voor'), a laugh, or a question to the reader. Called from `said_end.settle` where nothing gave the panel.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal

__all__ = ["raised"]

_KEYS = ("klaar", "gedaan", "voorbij", "over", "doen", "gebeuren")
# 'het' with an end said of it and nothing named for it: 'het is klaar', 'dan is het gedaan', 'het is (bijna) voorbij'
# (the normaliser drops 'bijna'), 'het gaat gebeuren', 'ga ik het doen'.
_END = re.compile(
    r" (?:(?:het|t) (?:(?:vannacht|vanavond|morgen|straks|dan|echt|wel|toch|zaterdag|zondag) )?(?:is|was|wordt|gaat|ga|zal)"
    r"|(?:is|was|wordt) (?:het|t)) (?:\w+ )?"
    r"(?:klaar|gedaan|voorbij|over|gebeuren)\b"
    r"(?! (?:voor|met (?:de|die|het|mijn|dat|ons|onze) (?!gedoe|miserie|ellende)|om|op|tussen|in|bij)\b)"
    r"| ga ik het doen\b(?! (?::|(?:voor|met|om|bij|eerst)\b))")
# What stands beside it: a plan, means or affairs signal of the rules at any level (a hint too), or a means or a
# place picked out in so many words.
_BESIDE_FAMILIES = frozenset(("zaken-regelen", "plan", "middel", "plan-middel"))
_MEANS = re.compile(
    r" (?:wapen|dienstwapen|pistool|geweer|revolver|slachtmes|mes|pillen|touw|koord)\b| dat ding (?:in|ligt|heb)\b")
_PLACE = re.compile(r" (?:plek|plekje|plekske|plaats|plaatsje) (?:\w+ )?(?:uitgezocht|gekozen|uitgekozen|gevonden)\b")
_ORDINARY = re.compile(
    r" (?:reis|vakantie|op reis|verhuis\w*|feest\w*|taart|kalkoen|koken|snijden|bakken|tocht|band|lader|oppas|collega|"
    r"migratie|update|installatie|tent|camping|klus|verbouwing|schilderen|examenfeest|haha\w*|lol|grapje)\b"
    r"| klaar voor\b|\?")


def raised(reading: str, signals: list[Signal]) -> Signal | None:
    """The panel's signal for an unnamed end beside a means, a chosen place or settled affairs, or None."""
    if not any(key in reading for key in _KEYS):
        return None
    found = _END.search(reading)
    if found is None or _ORDINARY.search(reading):
        return None
    rest = reading[:found.start()] + " " + reading[found.end():]
    beside = next((signal.phrase for signal in signals if signal.family in _BESIDE_FAMILIES), None)
    if beside is None:
        means = _MEANS.search(rest) or _PLACE.search(rest)
        beside = None if means is None else means.group().strip()
    if beside is None:
        return None
    return Signal("plan-middel", "acuut", f"het-einde (einde: {found.group().strip()} + {beside})")
