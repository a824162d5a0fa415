"""Round 58 (c58b): three kinds outside authors' alarm lines keep taking below their tier, raised.

Counted over every outside file (README of the crisis corpus, "Round 58 (c58b)"); each shape is a combination of
concepts across the message, read on the first reading, never a phrase of one line:

- **an accident welcomed** (`ongeluk-welkom`, `passief`): a clause that puts the writer under a truck, against a
  tree or a pillar, off the road, not surfacing, hit by a bus ('als ik morgen onder nen camion loop', 'als die
  vrachtwagen me had geraakt', 'of ik morgen onder een vrachtwagen kom'), in a condition or a wish, beside a welcome
  or an indifference about it in the same or the next clause ('kan me niks schelen', 'zou me niet veel uitmaken',
  'dan is dat maar zo', 'is dat ook goed', 'zou wel handig zijn', 'hoopte ik het'). An insurance that pays out on an
  accident, looked up, beside the others being better off for it ('dan hebben ze thuis tenminste iets aan mij') is
  the same wish with a purpose. Quiet beside an accident that is over, a sport with a rope, a delay, or an
  indifference about something else ('maakt niet uit wie').
- **care stopped so that it happens by itself** (`stoppen-vanzelf58`, `stoppen-zorg`): the writer's own medicine,
  insulin or food left off ('ik neem mijn lithium niet meer', 'de insuline laat ik staan', 'ik eet niks meer') beside
  letting it come ('dan gaat het vanzelf', 'wat gebeurt, gebeurt', 'als het fout loopt dan loopt het fout', 'dan ben
  ik bij opa') or kept from the doctor or the family. Quiet beside a doctor's advice, a diet, the pill for a child
  wished for, or an animal's medicine.
- **worse and hidden, in everyday words** (`erger-verborgen58`, `zelfbeschadiging`): a cut or a blade ('gesneje',
  'met het mesje', 'krassen'), or long sleeves with a wound deeper than before, beside a worse than usual ('dieper
  dan anders', 'erger dan de vorige keer') and a wish that someone does not know ('niet tegen de mentor zeggen',
  'zodat niemand het ziet'). Quiet beside cooking, eczema, a sport or a fall.

Called from `said_end.settle` after round 57's shapes, below the panel only; the package's ordinary-cause checks
still read the result.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal

__all__ = ["raised"]

# the cheap tests: a shape's patterns run only where the reading holds one of these
_ACCIDENT_KEYS = ("onder ", "tegen ", "van de weg", "van de dijk", "vangrail", "ongeluk", "raakt", "geraakt", "meeneemt",
                  "mee neemt", "pakt", "aanrijdt", "aangereden", "overrijdt", "schept", "boven", "terug", "naar buiten",
                  "als ik val", "trekker", "tractor", "kop ")
_CARE_KEYS = ("pil", "medic", "lithium", "insuline", "tablet", "spuit", "antidep", "bloedverd", " eet", " eten")
# a word every alternative of _STOPPED holds (its end or its verb)
_STOP_KEYS = (" meer", " mer", "gestopt", "weggelegd", "laat ik", "loat ik", "lat ik", " mi")
_HURT_KEYS = ("snij", "snee", "sneje", "mes", "kras", "mouw", "hemd")
_PLACE_KEYS = ("brug", "spoor", "sporen", "overweg", "sluis", "sluize", "dak", "pier", "kade", "parkeer", "flat",
               "viaduct", "klif", "rails")

_SPLIT = re.compile(r" [,.;:?!]+(?= )")

# an accident: the writer hit, under, against or off something, in a condition, a wish or 'of ik ...'
_IF = re.compile(r"(?:^| )(?:als|as|of|had|mocht) ")
_ME = re.compile(r" (?:ik|me|mij|mich|mie)\b")
_ACCIDENT = re.compile(
    r" onder (?:een|nen|ene|de|den|die|dat) (?:\w+ )?(?:bus|vrachtwagen|camion|truck|trein|tram|auto|trekker|tractor"
    r"|container\w*)\b| tegen (?:een|nen|de|den|die) (?:\w+ )?(?:boom|paal|pijler|muur|vangrail|brugpijler)\b"
    r"| van de (?:weg|dijk) (?:af )?(?:raak|raek|rij|vlieg|ga)\w*| de vangrail mis\b| (?:geen |een )?ongeluk (?:zou |zouden )?(?:hebben|krijg|krijgen|heb|kreeg)\b"
    r"| (?:bus|vrachtwagen|camion|truck|trein|tram|auto|trekker|tractor) (?:\w+ ){0,4}?(?:me|mij|mich) (?:(?!niet |nie |neet )\w+ ){0,4}?"
    r"(?:raakt|geraakt|meeneemt|mee neemt|pakt|aanrijdt|aangereden|overrijdt|schept|had geraakt)\b(?! (?:naar|tot|richting|mee)\b)"
    r"| (?:niet|nie|neet) (?:meer )?(?:boven ?kom|bovenkom|terugkom|terug kom|naar buiten kom)\w*| als ik val\b"
    r"| (?:met|mit) (?:de|den) (?:trekker|tractor) (?:op de weg)?\b| (?:euver|over) de kop (?:ging|gaat|rijdt)\b"
    r"| als (?:die|hij|ze|het) (?:me|mij) (?:\w+ )?(?:raakt|aanrijdt|overrijdt|schept|meeneemt)\b")
_WELCOME = re.compile(
    r" (?:kan|kon|zou|zal) (?:het )?(?:me|mij|mich) (?:\w+ )?(?:niks|niets|niet|geen bal) (?:meer )?(?:kunnen )?schelen?\b"
    r"| maakt (?:het )?(?:me|mij) (?:\w+ )?(?:niks|niets|niet|geen bal) (?:meer )?uit\b(?! (?:wie|wat|welke|hoe|waar|wanneer|of (?:we|je|jullie|hij|zij|ze))\b)"
    r"| zou (?:het )?(?:me|mij) (?:\w+ )?(?:niet|niks) (?:veel )?uitmaken\b| mak (?:me|mij|meer) (?:niks|niets) meer oet\b"
    r"| (?:niet|niks) erg (?:vinden|vinge|gevonden|vind)\b| is (?:dat|dit|het) (?:ook )?(?:goed|prima|maar zo|mar zo)\b"
    r"| (?:zou|is) (?:\w+ )?(?:zo )?(?:handig|makkelijk|makkelijker|simpel|simpeler) (?:zijn|voor)\b"
    r"| hoopte? ik (?:het|dat|er)\b| maar beter ook\b| (?:niet|nie) opzij (?:springen|gaan|stappen)\b"
    r"| was dat geen ongeluk\b| laat (?:er )?maar (?:een|ene) (?:vallen|komen)\b| is het (?:ook )?opgelost\b"
    r"| (?:krijgen|hebben) (?:jullie|ze|zij) tenminste\b")
_ACCIDENT_ORDINARY = re.compile(
    r" (?:gelukkig|afgelopen|total loss|schade|heelhuids|blikschade|bijna|klimhal|klimmen|zekering|bungee|achtbaan"
    r"|parachute|skydive|vertraging|uitvalt|uitgevallen|notaris|testament (?:laten )?maken)\b| touw houdt\b")
# an insurance that pays out on an accident, looked up, beside the others better off for it
_INSURANCE = re.compile(r"verzekering\w* (?:[\w,]+ ){0,8}?(?:uit|betaalt|uitbetaalt|keert)\b")
_ON_ACCIDENT = re.compile(r" (?:bij|bie|mit|met) (?:een|n|nen|ene) (?:\w+ )?(?:ongeluk|ongeval)\b|(?:geen|nie|niet) (?:een )?ongeluk (?:was|is)\b")
_LOOKED = re.compile(r" (?:nagekeken|nagelezen|opgezocht|nagevraagd|gecheckt|uitgezocht|vraag voor mezelf)\b")
_INSURANCE_ORDINARY = re.compile(r"(?:reis|ski|auto|fiets|brand|inboedel|opstal)verzekering| (?:vakantie|piste|gedekt|premie|polis|schade)\b")
_BETTER_OFF = re.compile(
    r" tenminste\b| (?:van de|van hun|van alle) schulden af\b| overal van af\b| beter af\b| iets aan (?:mij|me)\b"
    r"| het (?:tenminste )?goed hebben\b")

# care stopped: the writer's own medicine, insulin or food left off
_MEDICINE = (r"(?:\w*pillen|\w*pillekes|\w*medicijnen|\w*medicatie|lithium|insuline|tabletten|pilletjes|spuiten"
             r"|antidepressiva|bloedverdunners?)")
_STOPPED = re.compile(
    rf" (?:neem|nem|nim|slik) (?:ik )?(?:mijn|mn|mien|de) (?:\w+ ){{0,2}}?{_MEDICINE} (?:\w+ ){{0,3}}?(?:niet|nie|neet|nait) (?:meer|mer)\b"
    rf"| gestopt (?:me|met|mee|mit) (?:de|mijn|mn|mien) (?:\w+ )?{_MEDICINE}\b"
    rf"| {_MEDICINE} (?:ben|heb) ik (?:\w+ ){{0,4}}?gestopt\b"
    rf"| {_MEDICINE} (?:laat|loat|lat) ik (?:\w+ ){{0,4}}?(?:liggen|staan|stoan|sta|stoon|ligge)\b"
    rf"| (?:heb|hem) (?:de|mijn|mn) {_MEDICINE} weggelegd\b"
    r"| (?:ik (?:eet|eten)|eet ik) (?:al )?(?:\w+ ){0,3}?(?:niks|niets) (?:meer|mi)\b| als ik (?:niks|niets|niet) meer eet\b")
_LET_COME = re.compile(
    r" (?:vanzelf|vanzulf|vanzelve)\b| wat gebeurt ,? (?:dat )?gebeurt\b"
    r"| als het (?:fout|mis) (?:loopt|gaat) (?:dan )?(?:loopt|gaat) het (?:fout|mis)\b| laat het (?:maar )?gebeuren\b"
    r"| ben ik (?:er)?vanaf\b| (?:dan )?ben ik (?:weer )?bij (?:papa|mama|opa|oma|pa|ma|mijn \w+)\b"
    r"| ze zullen (?:het|me|mij) (?:wel )?vinden\b")
_KEPT_FROM = re.compile(
    r" (?:niet|nie|neet) (?:zeggen|zeg) (?:aan|tegen|teige) \w+\b| zonder (?:het )?(?:\w+ ){0,2}?(?:dokter|arts|huisarts"
    r"|cardioloog|psychiater|specialist|dokteur) (?:te )?(?:zeggen|vertellen)\b")
_CARE_ORDINARY = re.compile(
    r" (?:op advies|in overleg|mocht (?:ik )?(?:van|stoppen)|van de (?:dokter|huisarts|arts|specialist)|afbouwen|afgebouwd"
    r"|kuur|antibiotica|de pil|kindje|zwanger|dieet|afvallen|vasten|ramadan|suiker|koolhydraten|dierenarts|kat|hond"
    r"|poes|paard|griep|buikgriep|ziek|misselijk|overgeven|koorts|fasting|kilo\w*)\b")

# worse and hidden
_BLADE = re.compile(r" (?:gesneden|gesneje|gesneen|gesnee|gesnejen|mesje|scheermesje|scheermes|krassen|gekrast|snij ik)\b")
_SLEEVES = re.compile(r" (?:lange mouwen|mouwen|lang hemd|lange hemd)\b")
_WORSE = re.compile(r" (?:dieper|erger|meer|vaker) dan (?:normaal|anders|de vorige keer|vorige keer|ooit|vroeger|gewoonlijk)\b")
_DEEPER = re.compile(r" dieper dan\b")
_HIDDEN = re.compile(
    r" (?:niet|nie|neet) (?:tegen|aan) (?:de |mijn |mn )?\w+ (?:\w+ )?zeggen\b| aan niemand (?:\w+ )?zeggen\b"
    r"| zodat niemand het ziet\b| niemand (?:mag|hoeft) het (?:te )?weten\b")
_HURT_ORDINARY = re.compile(
    r" (?:koken|kook|uien|groenten|snijplank|vinger|duim|eczeem|psoriasis|huid|allergie|brandwond\w*|tattoo\w*|sport"
    r"|hockey|voetbal|val|gevallen|mountainbike|fiets|schaafwond\w*|broodmes|pleister\w*)\b")

# the writer at a dangerous place now, with a last word or being done
_STANCE = re.compile(
    r" (?:ik )?(?:sta|staan|staen|stoan|zit|zitten|zitte|ga|goa|rij|fiets|loop|wacht) (?:\w+ ){0,3}?(?:hier |nu |nou )?"
    r"(?:op|aan|an|bij|bie|ip|up|naar|noa|langs|bovenop|over) (?:\w+ ){0,3}?(?:\w*brug|\w*brugge|spoor|sporen|spoorweg"
    r"|spoorlijn|overweg|sluis|sluize|dak|pier|kade|parkeergarage|parkeerdek|flat|viaduct|klif|rails)\b")
_LAST_WORD = re.compile(
    r" het is (?:goed|goe|genoeg|mooi) geweest\b| het is beter zo\b| het (?:is )?zo (?:maar )?beter\b"
    r"| (?:beter|simpeler|makkelijker) (?:voor|veur|vo) iedereen\b| (?:ik ben|ben) (?:er )?(?:wel )?klaar (?:mee|met alles|nu)(?= \.| ?$| , met alles)"
    r"| ik ben op(?= [.,]| ?$)| (?:niet|nie) (?:aan|an) (?:\w+ ){0,2}?lag\b| (?:niet|nie) (?:heur|haar|hun|jouw|je|uw|eur) schuld\b"
    r"| (?:dat|da) ik (?:\w+ )?(?:graag|geerne|gerne|gere) (?:zie|zien)\b| niemand (?:meer )?op (?:me|mij) te rekenen\b"
    r"| klaar met alles\b")
_STANCE_ORDINARY = re.compile(
    r" (?:vertraging|vertraagd|uitgevallen|storing|te laat|later|gemist|vissen|wandel\w*|foto\w*|concert|feest|terras"
    r"|klus|regen|regent|goot|goten|kuisen|zonnepanelen|pannen|dakpannen|loodgieter|lekkage|uitzicht is top|file|werf"
    r"|werk|shift|dienst (?:zit|is)|vakantie|uitstap|barbecue|bbq|picknick)\b")


def raised(reading: str, signals: list[Signal], text: str) -> Signal | None:
    """The signal for one of the three shapes, or None."""
    note = None
    # Each shape's cheap refusals first (an everyday cause, a missing word), the costly searches last: the same result.
    if (_has(reading, _ACCIDENT_KEYS) and not _ACCIDENT_ORDINARY.search(reading) and _WELCOME.search(reading)
            and _ACCIDENT.search(reading)):
        note = _accident(reading)
    if note is None and "verzekering" in reading:
        note = _insurance(reading)
    if (note is None and _has(reading, _CARE_KEYS) and _has(reading, _STOP_KEYS) and not _CARE_ORDINARY.search(reading)
            and _STOPPED.search(reading)):
        note = _care_stopped(reading)
    if note is None and _has(reading, _HURT_KEYS) and (_BLADE.search(reading) or _SLEEVES.search(reading)):
        note = _worse_hidden(reading, signals)
    if (note is None and _has(reading, _PLACE_KEYS) and not _STANCE_ORDINARY.search(reading) and _LAST_WORD.search(reading)
            and _STANCE.search(reading)):
        note = _place_now(reading)
    return note


def _has(reading: str, keys: tuple[str, ...]) -> bool:
    return any(key in reading for key in keys)


def _accident(reading: str) -> Signal | None:
    """An accident to the writer in a condition or wish, welcomed in the same or the next clause."""
    if _ACCIDENT_ORDINARY.search(reading):
        return None
    clauses = _SPLIT.split(reading)
    for n, clause in enumerate(clauses):
        clause = f" {clause.strip()} "
        hit = _ACCIDENT.search(clause)
        if hit is None or not _IF.search(clause[:hit.end()]) or not _ME.search(clause):
            continue
        welcome = _WELCOME.search(_near(clauses, n))
        if welcome is not None:
            return Signal("passief", "acuut",
                          f"ongeluk-welkom (ongeluk: {hit.group().strip()} + welkom: {welcome.group().strip()})")
    return None


def _near(clauses: list[str], n: int) -> str:
    """Clause `n` with the clauses on either side, as one reading."""
    return f" {' '.join(clauses[max(n - 1, 0):n + 2])} "


def _insurance(reading: str) -> Signal | None:
    """An insurance that pays out on an accident, looked up, and the others better off for it."""
    found = _INSURANCE.search(reading)
    if found is None or not _ON_ACCIDENT.search(reading) or not _LOOKED.search(reading) or _INSURANCE_ORDINARY.search(reading):
        return None
    better = _BETTER_OFF.search(reading)
    if better is None:
        return None
    return Signal("passief", "acuut", f"ongeluk-verzekering ({found.group().strip()} + {better.group().strip()})")


def _care_stopped(reading: str) -> Signal | None:
    """The writer's own medicine or food left off, with letting it come or keeping it from others."""
    stopped = _STOPPED.search(reading)
    rest = reading[:stopped.start()] + " " + reading[stopped.end():]
    why = _LET_COME.search(rest) or _KEPT_FROM.search(rest)
    if why is None or _CARE_ORDINARY.search(reading):
        return None
    return Signal("stoppen-zorg", "acuut",
                  f"stoppen-vanzelf58 (gestopt: {stopped.group().strip()} + {why.group().strip()})")


def _worse_hidden(reading: str, signals: list[Signal]) -> Signal | None:
    """A cut or a blade (or long sleeves over a wound deeper than before), worse than usual, kept from someone."""
    blade = _BLADE.search(reading)
    worse = _WORSE.search(reading)
    hidden = _HIDDEN.search(reading)
    if hidden is None or _HURT_ORDINARY.search(reading):
        return None
    if blade is not None and (worse is not None or "zodat niemand" in hidden.group()):
        return Signal("zelfbeschadiging", "acuut", f"erger-verborgen58 ({blade.group().strip()} + {hidden.group().strip()})")
    if blade is None and worse is not None and _DEEPER.search(reading):
        return Signal("zelfbeschadiging", "acuut", f"erger-verborgen58 (mouwen + {worse.group().strip()} + "
                                                   f"{hidden.group().strip()})")
    return None


def _place_now(reading: str) -> Signal | None:
    """The writer standing, sitting or going to a dangerous place, with a last word or being done said."""
    place = _STANCE.search(reading)
    last = _LAST_WORD.search(reading)
    if last is None or _STANCE_ORDINARY.search(reading):
        return None
    return Signal("gevaar-plek", "acuut", f"plek-nu-einde (plek: {place.group().strip()} + {last.group().strip()})")
