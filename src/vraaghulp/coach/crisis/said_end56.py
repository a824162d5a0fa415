"""Round 56 (c56b): four shapes outside authors' alarm lines keep taking below the panel, raised to it.

Counted over every outside file (README of the crisis corpus, "Round 56 (c56b)"); each shape is a combination of
concepts across the message, read on the first reading, never a phrase of one line:

- **worse and hidden** (`erger-verborgen`, `zelfbeschadiging`): it got worse than before ('erger dan vorig jaar',
  'dieper dan vorige keer', 'wordt steeds dieper', 'meer dan ooit') and it is kept from others ('niemand hoeft dat te
  weten', 'zeg niks tegen', 'mogen het niet weten', 'mouwen blijven aan'), with the writer's own body or an act on it
  named ('mijn armen', 'bovenbenen', 'pleisters', 'bloeden', 'gekrast', 'mesje', 'pijn gedaan', 'lange mouwen').
  Quiet beside an illness or a care named for the body ('eczeem', 'migraine', 'hooikoorts', 'de dokter', 'zalf').
- **no reason left to live** (`geen-reden-leven`, `doodswens`): 'geen (enkele) reden meer om te leven / om door te
  gaan / om er te zijn', 'niks meer om voor te leven', said by the writer (no one else is the sentence's subject) and
  not of a thing ('door te gaan met de cursus', 'er te zijn op die vergadering').
- **at the place, done with everything** (`plek-klaar`, `gevaar-plek`): a place signal of the rules with the writer
  standing or sitting there, and 'ik ben er klaar mee' with nothing named it is done with (or 'met alles'), 'klaar met
  alles'. Quiet beside a delay, a task finished at the place or a pastime ('vertraging', 'inspectie', 'vissen').
- **asking God to take the writer** (`gebed-halen`, `passief`): praying or hoping that the Lord or God comes to take
  'mij' ('ik bid elke avond dat de Heer mij komt halen').

Called from `said_end.settle` where the tier is below the panel; the package's ordinary-cause checks still read it.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal

__all__ = ["raised"]

# worse and hidden
_WORSE = re.compile(
    r" (?:erger|dieper|meer|vaker) (?:\w+ ){0,2}?(?:dan|as|als) (?:vroeger|vreuger|eerst|anders|ooit|toen|normaal"
    r"|vorig jaar|vorige (?:keer|week|maand)|de vorige keer|in de zomer)\b"
    r"| wordt (?:\w+ ){0,1}?(?:steeds |elke keer |alleen maar )?(?:erger|dieper|meer)\b| (?:erger|dieper) (?:geworden|gewore)\b")
_HIDDEN = re.compile(
    r" niemand (?:\w+ ){0,1}?(?:mag|mogen|hoeft|weet|ziet|merkt|heeft (?:het|dat|t) door)\b"
    r"| (?:zeg|vertel|zegt|vertelt) (?:\w+ ){0,2}?(?:niks|niets|aan niemand|tegen niemand|aan gein|aan geen)\b"
    r"| (?:mogen|mag) (?:het|dat|t) (?:niet|nie|ni) weten\b")
_COVER = re.compile(r" (?:lange |lang )?mouwen?\b| koksbuis\b")
_BODY = re.compile(
    r" (?:mijn |m )?(?:arm|armen|benen|bovenbenen|dijen|pols|polsen|buik)\b| bloed\w*| wonden?\b"
    r"| gekrast\b| krassen\b| gesneden\b| snijden\b| mesje\w*| pijn gedaan\b| (?:mezelf|mijzelf) \w+ gedaan\b")
_ILLNESS = re.compile(
    r" (?:eczeem|migraine|hooikoorts|astma|allergie|psoriasis|acne|puisten|zalf|crème|creme|dokter|huisarts"
    r"|dermatoloog|kinesist|fysio|blessure|spierpijn|rugpijn|hoofdpijn|muggen\w*|zonnebrand|verbrand door)\b")

# no reason left to live
_NO_REASON = re.compile(
    r" (?:geen|gene|gin) (?:enkele )?reden (?:meer |mi )?(?:om |voor )(?:nog )?"
    r"(?:te leven|voor te leven|door te gaan(?! met)|er te zijn(?! (?:op|bij|in|voor|met)\b))\b"
    r"| (?:niks|niets) (?:meer )?om voor te leven\b")
_OTHER_SUBJECT = re.compile(
    r" (?:hij|zij|ze|hem|haar|personage|hoofdpersoon|film|boek|serie|game|verhaal|oma|opa|mama|papa|mijn \w+ zegt)\b")

# asking God to come and take the writer
_PRAYER = re.compile(
    r" (?:bid|bidt|bidden|vraag|vraagt|smeek|hoop) (?:\w+ ){0,4}?(?:dat |of )?(?:\. )?(?:\w+ ){0,2}?"
    r"(?:heer|here|heere|god|lieve heer|hemelse vader|lieve heertje)\b"
    r"(?: (?:\w+ ){0,3}?(?:of|dat))?(?: \.)?(?: (?:hij|hem|die))? (?:mij|me) (?:\w+ ){0,3}?"
    r"(?:komen halen|komt halen|wil halen|haalt|weghaalt|wegneemt|tot (?:zich|hem) neemt|bij (?:zich|hem) haalt"
    r"|laat sterven|laat gaan)\b")

# at the place, done with everything
_STANDING = re.compile(r"\b(?:sta|zit|staan|zitten|stond|zat|op het|op de|bij de|aan de|aan het)\b")
_DONE = re.compile(
    r" (?:ik ben|ben) (?:er |het )?(?:\w+ ){0,2}?klaar mee(?: (?:man|schat|jong|hoor|eigenlijk))?"
    r"(?= \.| ?$| , (?:met alles|niet|nie|ni)\b| met alles\b)"
    r"| klaar met alles\b| (?:ik ben|ben) (?:het )?(?:zo )?beu(?: ,)? alles is kapot\b")
_PLACE_ORDINARY = re.compile(
    r" (?:vertraging|vertraagd|uitgevallen|storing|inspectie|onderhoud|reparatie|vissen|beet|wandeling|strandwandeling"
    r"|fotograferen|foto|concert|feest|terras|schoonmaak|verbouwing|klus|file|regen|regent|wachten op|wacht op)\b"
    r"| (?:trein|bus|tram|metro|intercity|sprinter|boot|veer|pont) (?:\w+ ){0,5}?(?:stil|te laat|later|gemist"
    r"|staat al|vertraging|uitgevallen|rijdt niet|rijden niet)\b| (?:gemist|te laat)\b"
    r"| te (?:leggen|kuisen|zetten|maken|doen|vegen|poetsen|schilderen|repareren)\b")


def raised(reading: str, signals: list[Signal]) -> Signal | None:
    """The panel's signal for one of the four shapes, or None."""
    note = _worse_hidden(reading)
    if note is None:
        note = _no_reason(reading)
    if note is None:
        note = _place_done(reading, signals)
    if note is None and (" heer" in reading or " here" in reading or " god" in reading):
        found = _PRAYER.search(reading)
        if found is not None:
            note = Signal("passief", "acuut", f"gebed-halen ({found.group().strip()})")
    return note


def _worse_hidden(reading: str) -> Signal | None:
    worse = _WORSE.search(reading)
    if worse is None:
        return None
    hidden, cover, body = _HIDDEN.search(reading), _COVER.search(reading), _BODY.search(reading)
    if hidden is None and body is not None:  # covered up: long sleeves, plasters, beside the body or an act on it
        hidden = cover
    if hidden is None or (body or cover) is None or _ILLNESS.search(reading):
        return None
    from vraaghulp.coach.crisis.ordinary_kinds57 import hurt_by_other  # round 57 (c57a): an animal or a finger cut

    if hurt_by_other(reading):
        return None
    return Signal("zelfbeschadiging", "acuut",
                  f"erger-verborgen (erger: {worse.group().strip()} + verborgen: {hidden.group().strip()})")


def _no_reason(reading: str) -> Signal | None:
    for found in _NO_REASON.finditer(reading):
        start = max(reading.rfind(" . ", 0, found.start()), reading.rfind(" , ", 0, found.start()), 0)
        if _OTHER_SUBJECT.search(reading[start:found.start()]):
            continue
        return Signal("doodswens", "acuut", f"geen-reden-leven ({found.group().strip()})")
    return None


def _place_done(reading: str, signals: list[Signal]) -> Signal | None:
    place = next((signal.phrase for signal in signals if signal.family == "gevaar-plek"
                  and _STANDING.search(signal.phrase)), None)
    if place is None:
        return None
    done = _DONE.search(reading)
    if done is None or _PLACE_ORDINARY.search(reading):
        return None
    return Signal("gevaar-plek", "acuut", f"plek-klaar (plek: {place} + klaar: {done.group().strip()})")
