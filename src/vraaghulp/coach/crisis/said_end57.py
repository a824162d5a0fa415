"""Round 57 (c57b): five kinds outside authors' alarm lines keep taking below their tier, raised.

Counted over every outside file (README of the crisis corpus, "Round 57 (c57b)"); each shape is a combination of
concepts across the message, read on the first reading, never a phrase of one line:

- **gone for good, with a farewell** (`weg-en-afscheid`, `afscheid`): the writer's own lasting absence ('ik zal er
  niet meer zijn', 'als ik hier niet meer ben', 'en daarna ook niet meer', 'ge gaat nie veel meer van mij horen', 'als
  ge deze mail leest is het al gebeurd', 'dit was het voor mij') beside what a farewell hands over: thanks for
  everything or for the years, 'het is niet jouw schuld', 'zeg dat ik van haar hou', a pet or a person put in someone's
  care, things or passwords given. A weaker absence ('ben er binnenkort niet meer', 'voor altijd', 'nu het nog kan',
  'de laatste post op dit account', 'ze moeten mij niet meer inplannen') needs two such hand-overs. Quiet beside an
  ordinary cause named and not denied (a move, emigrating, a new job, retirement, exams, a trip, an allergy).
- **no purpose in being here** (`doel-hier`, `doodswens`): 'waarom ik hier nog ben / rondloop / zou blijven', 'niks
  meer waarvoor ik hier nog zou blijven', 'niks of niemand meer die mij hier houdt', or no reason left to get up, with a
  second sign that it is about being alive: 'voor wie', 'op deze wereld', 'niet voor mezelf', 'wat heb ik hier nog te
  zoeken', or another purpose lost in other words. Never where 'hier' is a party, a job or a club.
- **empty inside** (`leegte-zelf`, `uitputting`, the gentle line only where nothing else gave a tier): 'ik voel mij
  (precies) een lege doos', 'ik ben ne lege zak', 'ik voel mij leeg ... een leeg vaatje', 'soms spreek ik een hele week
  niemand'. Quiet beside a sport, a holiday, a retreat or a box that is a box.
- **a place with a last word** (`plek-en-afscheid`, `gevaar-plek`): a place signal already found beside a last word to
  someone ('het is niet jouw schuld', a goodbye said there); quiet beside an ordinary reason to be at that place.
- **a dose for oneself** (`dosis-voor-mezelf`, `plan-middel`): 'hoeveel' or 'welke dosis' of a means beside 'te veel',
  'dodelijk' and the like, with the writer as the one it is for ('voor mezelf', 'niet voor een spel of een boek'); quiet
  beside a child, a pet, a patient, a fever or pain, or the most one may take per day.

The reading is first widened by three Flemish chat forms the normaliser leaves ('mi' meer, 'voe' voor, 'julder' and
'ulder' jullie). Called from `said_end.settle` after round 56's shapes; the package's ordinary-cause checks still read
the result.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal

__all__ = ["raised"]

_FORMS = ((" mi ", " meer "), (" voe ", " voor "), (" vo ", " voor "), (" julder ", " jullie "),
          (" ulder ", " jullie "))

# gone for good: a strong absence stands with one hand-over, a weak one needs two
_DAY = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|morgen|deze week|volgende week|kerst)"
_GONE = re.compile(
    r" (?:zal|ga|zullen) (?:ik )?(?:er|der|hier) (?:zelf )?(?:niet|nie) meer (?:bij )?(?:zijn|zyn)\b(?! (?:op|in|bij|tijdens|als)\b)"
    r"| als ik (?:morgen |straks |vannacht |binnenkort )(?:er|der|hier) (?:niet|nie) meer (?:ben|zijn|zyn)\b(?! (?:bij|op|in|om)\b)"
    r"| als ik (?:er|der|hier) (?:morgen |straks |vannacht |binnenkort )(?:niet|nie) meer (?:ben|zijn|zyn)\b(?! (?:bij|op|in|om)\b)"
    r"| als ik (?:niet|nie) meer (?:ben|besta)\b| hoef (?:ik )?(?:hier|er) (?:\w+ )?(?:niet|nie) meer te zijn\b"
    r"| (?:niet|nie) (?:\w+ ){0,6}?(?:zijn|zyn|kom|komen|rekenen|te rekenen) ?,? (?:en )?(?:daarna ook (?:niet|nie)|ook (?:niet|nie) daarna)\b"
    r"| (?:je|jullie|jij|u) (?:gaat|gaan|zult|zal|zullen|hoort|hoor|horen) (?:van mij )?(?:niet|nie) (?:veel )?meer (?:van mij|horen)\b"
    r"| het (?:laatste|loatste) (?:dat|wat) (?:je|jullie|jij|u) van (?:mij|me|mie|meer) (?:hoort|hoor|oort|horen)\b"
    r"| (?:ga|zal) (?:ik )?(?:het )?zelf (?:niet|nie) meer kunnen\b"
    r"| als (?:je|jij|u|jullie) (?:deze|dit|die) (?:mail|brief|bericht|berichtje) (?:leest|lezen|krijgt) (?:dan )?is het (?:al )?gebeurd\b"
    r"| dit was het voor mij\b| (?:ben|zijn) (?:ik )?(?:er|der) (?:binnenkort|straks|dan|na _DAY) (?:niet|nie) meer\b"
    r"| (?:na _DAY|binnenkort|straks) ben ik er (?:niet|nie) meer\b| (?:kom|ga) ik nergens meer\b"
    r"| (?:niet|nie|niks) meer nodig (?:na|vanaf) (?:\w+ )?(?:week|maand|vrijdag|zaterdag|zondag|maandag|morgen)\b"
    r"| (?:heb|hebben) (?:ik )?straks (?:niks|niets) meer nodig\b".replace("_DAY", _DAY))
_GONE_WEAK = re.compile(
    r" als ik (?:er|der|hier) (?:niet|nie) meer (?:ben|zijn|zyn)\b(?! (?:bij|op|in|om)\b)"
    r"| dat ik (?:er|der|hier) (?:niet|nie) meer (?:ben|zijn|zyn)\b| voor altijd\b| (?:zeggen|zegge|,) het kan(?= [.,]| ?$)"
    r"| (?:de |het |mijn )?laatste (?:post|game|bericht|berichtje|snap|raid|stream|video) (?:van mij|op dit account)\b"
    r"| (?:mij|me) (?:\w+ )?(?:niet|nie) meer (?:in )?(?:te )?(?:plannen|inplannen|inroosteren)\b"
    r"| (?:niet|nie) meer op (?:mij|me) (?:te )?(?:wachten|rekenen)\b| (?:niet|nie) (?:veel )?meer nodig\b(?! (?:straks |daar |dan )?(?:in|op|bij|als|met)\b)"
    r"| (?:hoef|hoeft) (?:het )?(?:voor mij )?(?:allemaal )?(?:niet|nie) meer\b| (?:en )?ook daarna\b"
    r"| (?:ik kan|kan ik) (?:niet|nie) meer voor (?:hem|haar) zorgen\b| het is (?:goed|genoeg|mooi) geweest\b"
    r"| het is beter zo\b(?! voor (?:hem|haar|de|het)\b)")
_THANKS = re.compile(
    r" (?:bedankt|merci|dank je|dank u|bedank) (?:\w+ ){0,3}?(?:voor|aan) (?:alles|alle jaren|al die jaren|iedereen"
    r"|de (?:\w+ )?(?:jaren|tijd))\b| (?:bedanken|danken) voor (?:alles|al die jaren)\b"
    r"| bedankt dat (?:u|je|jij|jullie) (?:altijd|er)\b| (?:jullie|je|jij|u) (?:was|waren|bent|zijt) (?:\w+ )?(?:de beste|beter dan)\b"
    r"| de beste (?:\w+ ){1,2}(?:die|dat) ik ooit\b| sorry (?:voor (?:alles|de last)|van mij)\b"
    r"| het was (?:tof|fijn|leuk|mooi|plezant) (?:met|samen)\b| (?:je|jij|u) (?:hebt|heeft) (?:mij|me) (?:\w+ )?(?:geholpen|gesteund)\b")
_FAULT = re.compile(
    r" (?:niet|nie) (?:\w+ )?(?:je|jouw|uw|haar|zijn|hun|jullie) schuld\b| (?:jullie|je|haar|zijn|hun) schuld (?:niet|nie)\b"
    r"| (?:niet|nie) aan (?:haar|hem|u|jou|jullie|hen) (?:lag|ligt)\b| het ligt (?:niet|nie) aan\b"
    r"| (?:dat|da) (?:ik|papa|mama) (?:\w+ )?van (?:\w+ )?(?:hou|houd|hield)\b| ik (?:zie|zien) (?:je|jullie|u|jou|ze) (?:graag|gerne|geirne)\b"
    r"| (?:dat|da) ik (?:je|jullie|u|jou|ze) (?:graag|gerne|geirne) (?:zag|zie|zien)\b"
    r"| (?:niet|nie) (?:moet|mag|moeten|mogen) (?:wenen|huilen|rouwen|treuren)\b")
_CARE = re.compile(
    r" (?:zorg|zorgt|zorgen) (?:jij |je |u |gij )?(?:\w+ )?(?:goed |goe |even |efkes )?voor (?!mij\b|mezelf\b|jezelf\b|jou\b|je\b"
    r"|jullie\b|elkaar\b)\w+| voor (?:\w+ ){1,2}(?:zorgen|te zorgen)\b| let (?:\w+ ){0,2}?op (?:mijn|ons|onze)\b| take care\b"
    r"| de enige die ik vertrouw\b| (?:zij|hij|ze) verdient (?:beter|iemand)\b")
_GIVE = re.compile(
    r" (?:mag|mogen) (?:\w+ ){0,3}?(?:hebben|houden|naar)\b| aan \w+ mag\b| wil (?:je|jij) (?:dan )?\w+ (?:nemen|hebben|houden)\b"
    r"| (?:wachtwoord|paswoord|bankcode|pincode|spaargeld|spaarpot|spaarvarken)\w*"
    r"| (?:op|ip) (?:je|jouw|joen|uw) (?:naam|noame)\b| (?:sleutel|sleutels) (?:\w+ ){0,3}?(?:ligt|liggen|onder|in)\b"
    r"| (?:aan \w+ (?:\w+ )?(?:gegeven|afgegeven)|(?:gegeven|afgegeven) aan)\b| papieren (?:van|liggen|op|in)\b"
    r"| (?:brokken|voederbak|mandje|voer) (?:\w+ ){0,4}?(?:staan|staat|liggen|ligt|klaar)\b"
    r"| (?:zoekt|zoek) (?:\w+ ){0,2}?(?:een )?(?:goed |nieuw |goed nieuw )?(?:huis|thuis|baasje)\b")
_SAID_END = re.compile(
    r" (?:zeg|zegt|zeggen) (?:\w+ ){0,4}?(?:dat|da) (?:\w+ ){0,3}?(?:het (?:me|mij) spijt|(?:ze|hij) een goede \w+ was)\b")
_PLACE_ORDINARY = re.compile(
    r" (?:vertraging|vertraagd|uitgevallen|storing|te laat|later|gemist|vissen|wandeling|foto|concert|feest|terras"
    r"|klus|regen|wachten op (?:mama|papa|de bus|de trein)|thuis om|eten)\b")
_ORDINARY = re.compile(
    r" (?:verhui[sz]\w*|emigr\w*|pensioen|erasmus|stage|uitwisseling|vakantie|reis|vliegen|vliegtuig|vlieg|allergisch"
    r"|allergie|examens?|blokken|ontslag|contract|opleiding|ziekenhuis|operatie|opname|verlof|sabbatical|canada"
    r"|australie|melbourne|amerika|buitenland|uni|universiteit|studeren)\b"
    r"| nieuwe (?:job|baan|werk|school|account|werkgever)\b| ander (?:account|werk)\b| andere (?:job|baan|school)\b"
    r"| voor een (?:jaar|half jaar|paar maanden|maand|semester)\b| tot (?:in )?(?:maandag|dinsdag|woensdag|donderdag"
    r"|vrijdag|zaterdag|zondag|straks|morgen|later|volgende|januari|februari|maart|april|mei|juni|juli|augustus"
    r"|september|oktober|november|december)\b| (?:rij|werk|begin) (?:ik )?(?:voor|bij)\b"
    r"| na \d+ jaar\b| laatste (?:werkdag|dag|shift)\b| (?:opvolger|overdracht|badge|hr|it|kamp|spanje)\b"
    r"| lever ik (?:\w+ )?in\b| ik zit in \w+\b")
_ESTATE = re.compile(r" (?:testament|notaris|legaat|erfenis|uitvaart\w*|begrafenis\w*|verzekering\w*)\b")
_DENIED = re.compile(r" (?:nee|geen|niet|nie) (?:\w+ )?verhui[sz]\w*| niet voor (?:een )?verhuizing\b"
                     r"| verhui[sz]\w* (?:\w+ )?(?:niet|nie)\b")  # round 58 (c58a): 'verhuizen', 'we verhuizen niet'

# no purpose in being here (the raw text is read for 'nog', which the reading drops)
_HERE = re.compile(
    r"waarom (?:ik|'k|k) hier nog (?:ben|zijn|rondloop|rondlopen|zou blijven|blijf)\b(?! (?:op|in|bij|aan|met) (?!deze wereld))"
    r"|(?:niks|niets|niemand) (?:meer )?(?:waarvoor|voor wie) (?:ik|'k|k) hier nog (?:\w+ )?(?:zou )?(?:willen )?blijven\b"
    r"|(?:niks|niets) (?:of niemand )?meer die (?:mij|me) hier (?:nog )?houdt\b")
_GET_UP = re.compile(r"(?:nut|reden) (?:niet )?meer (?:van in )?om nog op te staan\b|(?:nut|reden) meer om nog op te staan\b")
_ALIVE = re.compile(
    r"voor wie\b|op deze wereld\b|(?:niet|nie|ni) voor (?:mezelf|mijzelf|mij)\b|wat (?:heb|doe) (?:ik|'k|k) hier nog te zoeken\b"
    r"|waarvoor (?:ik|'k|k) het nog doe\b|voor mij geen zin meer\b|ik wil (?:niet|nie|ni) meer\b")
_HERE_ORDINARY = re.compile(r"\b(?:feest\w*|fuif|werk|job|baan|club|cursus|les|school|klas|vergadering)\b(?! (?:en )?(?:ook )?(?:niet|nie|ni)\b)")

# a lethal amount looked up or known, for oneself (the raw text: 'nog', 'eigenlijk' and 'ofzo' are read there)
_DOSE = re.compile(r"\b(?:hoeveel|welke dosis)\b")
_LETHAL = re.compile(
    r"\b(?:dodelijk|te veel|genoeg (?:is|zou zijn)|nodig (?:hebt|heb|is|hebben)|(?:moet|mot|moe) (?:je|ik|ge|men) (?:\w+ )?nemen"
    r"|mot nemen|niet meer wakker|nie meer wakker|ni meer wakker|het (?:voor mij )?zou zijn|voor mij zou zijn"
    r"|voor iemand van (?:mijn gewicht|\d+ ?kilo)|ik heb genoeg)\b")
_SELF = re.compile(
    r"\b(?:vraag (?:het |'t )?voor mezelf|voor mezelf|voor mij|voor mijn gewicht|van mijn gewicht|van mijn slaappillen"
    r"|ervan (?:mot|moet) nemen|(?:heb|heeft) (?:het|er|ze|genoeg) (?:\w+ ){0,3}?(?:liggen|in de schuif|in mijn \w+)"
    r"|(?:zit|zitten|zit 't|zit het) al in mijn|thuis (?:een paar \w+ )?liggen|ik heb het thuis"
    r"|ik weet (?:\w+ ){0,2}?precies (?:hoeveel|welke dosis))\b")
_DENY = re.compile(
    r"\b(?:niet|nie|ni|nait|nee|neet) (?:\w+ ){0,2}?(?:voor|veur|vr|vo) (?:een |het |de |n |ne |nen |'n |mijn )?"
    r"(?:game|boek|werkstuk|vriend|vriendin|klant|farmacologie|farmaco|school|quiz|leesclub|spel|verhaal|project"
    r"|opdracht|studie|les|examen|tentamen|kruiswoordpuzzel)\b")
_DOSE_ORDINARY = re.compile(
    r"\b(?:koorts|griep|\w*pijn|vlucht|jetlag|kind|kindje|dochter|zoon|zoontje|baby|kleine|hond|kat|poes|kalf|kalveren"
    r"|patiënt|patiënte|patient|cliënt|client|bijsluiter|apotheker|cafeïne|cafeine|koffie|creatine|eiwit\w*|energy"
    r"|plantjes|tandarts|maximum|max|per dag|mag|moogt|mogen|vader|moeder|man|vrouw|oma|opa|mevrouw|meneer)\b")

_MEANS = re.compile(r"pil|paracetamol|tablet|insuline|dosis|digoxine|oxazepam|medic|middel|ervan|gewicht|strip|spuit|morfine")

# empty inside
_EMPTY = re.compile(
    r" (?:voel|voelde) (?:ik )?(?:mij|me|mich) (?:\w+ )?(?:een|ne|e) (?:lege|leeg) (?:doos|zak|huls|vaatje|schelp)\b"
    r"| (?:ik ben|ben ik) (?:\w+ )?(?:een|ne|e) (?:lege|leeg) (?:doos|zak|huls|vaatje|schelp)\b(?! \w)"
    r"| (?:ik ben|ben ik) (?:\w+ )?(?:een|ne|e) (?:lege|leeg) (?:doos|zak|huls|vaatje|schelp) (?:\.|,|en|de|sinds)\b"
    r"| (?:voel|voelde) (?:ik )?(?:mij|me) leeg\b.* (?:wie|als|zoals) (?:een|ne|e) leeg \w+"
    r"| (?:spreek|zie|hoor) ik (?:soms |vaak )?(?:een|de) hele week niemand\b")
_EMPTY_ORDINARY = re.compile(
    r" (?:marathon|training|wedstrijd|sporten|fitness|retraite|klooster|vakantie|stilte\w*|chips|verhuizing|verhuisd"
    r"|containerpark|kelder|zolder|examenweek|serie|aflevering|festival|heerlijk|aanrader)\b")


def raised(reading: str, signals: list[Signal], text: str) -> Signal | None:
    """The signal for one of the three shapes, or None (the gentle line's only where `signals` gave no tier)."""
    reading = _widened(reading)
    note = _gone(reading, signals)
    if note is None and any(signal.family == "gevaar-plek" for signal in signals):
        note = _place_farewell(reading, signals)
    if note is None and ("hier" in text.lower() or "op te staan" in text.lower()):
        note = _no_purpose(text.lower().replace("’", "'"), signals)
    if note is None and ("hoeveel" in text.lower() or "dosis" in text.lower()):
        note = _dose(text.lower().replace("’", "'"))
    if note is None and (" lege" in reading or " leeg" in reading or "hele week niemand" in reading) and not any(
            signal.level in ("acuut", "zorg") for signal in signals):
        found = _EMPTY.search(reading)
        if found is not None and not _EMPTY_ORDINARY.search(reading):
            note = Signal("uitputting", "zorg", f"leegte-zelf ({found.group().strip()})")
    return note


def _widened(reading: str) -> str:
    for form, word in _FORMS:
        if form in reading:
            reading = reading.replace(form, word)
    return reading


def _gone(reading: str, signals: list[Signal]) -> Signal | None:
    strong = _GONE.search(reading)
    gone = strong or _GONE_WEAK.search(reading)
    if gone is None:
        return None
    handed = list(dict.fromkeys(found.group().strip() for pattern in (_THANKS, _FAULT, _CARE, _GIVE)
                                for found in pattern.finditer(reading)))
    if not handed and any(signal.family == "zaken-regelen" and signal.level != "hint" for signal in signals):
        handed = ["zaken-regelen"]
    if len(handed) < (1 if strong else 2):
        return None
    if _ORDINARY.search(reading) and not _DENIED.search(reading) or strong is None and _ESTATE.search(reading):
        return None
    return Signal("afscheid", "acuut", f"weg-en-afscheid (weg: {gone.group().strip()} + {' + '.join(handed[:3])})")


def _place_farewell(reading: str, signals: list[Signal]) -> Signal | None:
    """The writer at a dangerous place (a place signal of the rules) with a last word for someone close."""
    place = next((signal.phrase for signal in signals if signal.family == "gevaar-plek"), None)
    said = place and (_FAULT.search(reading) or _SAID_END.search(reading))
    if said is None or _PLACE_ORDINARY.search(reading) or _ORDINARY.search(reading):
        return None
    return Signal("gevaar-plek", "acuut", f"plek-en-afscheid (plek: {place} + {said.group().strip()})")


def _no_purpose(text: str, signals: list[Signal]) -> Signal | None:
    found = _HERE.search(text) or _GET_UP.search(text)
    if found is None or _HERE_ORDINARY.search(text):
        return None
    rest = text[:found.start()] + " " + text[found.end():]
    also = _ALIVE.search(rest) or _HERE.search(rest)
    if also is None:
        return None
    return Signal("doodswens", "acuut", f"doel-hier ({found.group().strip()} + {also.group().strip()})")


def _dose(text: str) -> Signal | None:
    """A lethal amount asked or known, said to be for oneself or not for the cover a twin names."""
    dose = _DOSE.search(text) if _MEANS.search(text) else None
    lethal = dose and _LETHAL.search(text, dose.end())
    if lethal is None:
        return None
    deny = _DENY.search(text)
    own = deny or _SELF.search(text)
    if own is None:
        return None
    rest = text if deny is None else text[:deny.start()] + text[deny.end():]
    if _DOSE_ORDINARY.search(rest):
        return None
    return Signal("plan-middel", "acuut", f"dosis-voor-mezelf ({dose.group()} ... {lethal.group()} + {own.group()})")
