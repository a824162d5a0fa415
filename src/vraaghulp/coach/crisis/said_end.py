"""An end said in other words, beside what makes it one: the panel where the rules gave less (round 54, c54b).

Outside authors keep writing two shapes the phrase rules leave below the panel or miss, each read on the text's first
reading (made once by `assess`):

- **letters put away for one's own** (`afscheid`): a letter ('brief', 'brieven', 'briefje') lying ready or put in a
  drawer, a cupboard or a diary, in a message that names one's parents, children or partner, and a word that makes it a
  letter for after: read when they are grown ('als ze groot / ouder zijn', 'pas lezen als', 'niet eerder openen'), when
  it is found ('als ze hem vinden'), so they know why ('dan weten ze waarom', 'het niet meer hoeven uitleggen',
  'begrijpen ze ooit waarom'), or the writer's own end beside it ('het niet meer volhield', 'ik kon niet meer', 'ik weet
  nu wat ik ga doen'). Not beside an ordinary occasion (Sinterklaas, Mother's Day, a birthday, the camp, a party, the
  notary, a savings book, a joke), unless the end itself is said.
- **an end idiom beside a handover** (`zaken-regelen`): 'ik heb het hier wel gezien', 'ik hou het (hier) voor gezien',
  'als ik hier niet meer ben', 'vanaf ... moet je het zonder mij doen', 'ik heb het wel gehad met iedereen' in a message
  that hands over codes, passwords, papers, savings, keys or a pet (a `zaken-regelen` signal, or those words). Not
  beside a holiday, a trip, a new job or study, a club, the weather, a move or a camp named in the message.

Both give the panel (`acuut`) through the signal returned; the package's ordinary-cause checks (`_panel_lowered`) still
read it afterwards. Cheap substring tests on the reading (`_IDIOM_KEYS` and the others) end the work for almost every
text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from vraaghulp.coach.crisis.engine import Signal

__all__ = ["raised", "settle"]


def _at_word(pattern: str) -> re.Pattern[str]:
    """`pattern`'s top-level alternatives, each read at a word start, as one pattern that opens with a space: the
    reading has a space before every word, and a pattern that opens with a literal is searched by its first character
    (a leading word boundary makes `re` try every place: about a hundred times slower on a 2,000-character letter)."""
    return re.compile(" (?:" + "|".join(part.removeprefix("\\b") for part in top_level(pattern)) + ")")


def top_level(pattern: str) -> list[str]:
    """`pattern`'s top-level alternatives (the parts between '|' outside any group or class)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts

# the cheap tests: a shape's regexes run only where its reading holds one of these (a 2,000-character letter with a
# 'brief' in it pays a few substring tests, not a search per pattern)
_IDIOM_KEYS = ("wel gezien", "voor gezien", "als ik hier niet meer ben", "zonder mij doen", "wel gehad met",
               "niet meer zijn voor", "niet meer zal zijn voor", "als ik weg ben")
_LETTER_PLACES = (" klaar", "schuif", " kast", " la ", " lade", "bureau", "kussen", "dagboek", "kluis", "secretaire",
                  "dressoir", "handdoek", " map ", "nachtkast", "matras", " kamer", "bij mijn broer", "bij mijn zus")
_LETTER_AFTER = ("waarom", "groot", " ouder", "oud genoeg", " later", " vind", " lees", " lezen", "zover",
                 "als het moet", "leggen", "legge", "schuld", "volh", "niet meer k", "geprobeerd", "wat ik kon", "ik ga doen",
                 "voelt rustig", "om te stoppen", "hoef niet meer", "niet eerder", "pas ")
_LONELY_KEYS = ("eenzaam", "huis is", "is het huis", "dagen zijn", "merken", "merkt niemand", "of ik er ben",
                "dat ik er ben")
_PLACE_KEYS = ("geweest", "klaar m", "niemand", "niet meer", "hoef", "zeg ", "sorry", "wacht op", "hoog genoeg",
               "dat ik het", "gg ", "mist", "schuld", " lag", "water is")

_CLOSE = (r"(?:ouders|mama|papa|ma|pa|mam|pap|moeder|vader|moeke|vake|kinderen|kinders|kinder|kids|kleinen?|zus|zusje"
          r"|zussen|broer|broertje|broers|vrouw|man|dochter|zoon|jongens|meisjes|oma|opa|familie|lief|partner|schat"
          r"|nichtje|neefje)")
_LETTER = re.compile(r"brie(?:f|ven|fje|fjes)\b")
_PUT_AWAY = _at_word(
    r"\b(?:in|onder|achter|bij) (?:de|het|mijn|een|jou|je|hun|ons) ?(?:\w+ )?(?:schuif|schuiven|la|lade|bureaula"
    r"|bureaulade|bureauschuif|bureau|kast|kas|kaste|kastje|kluis|kluisje|secretaire|dagboek|nachtkastje|kussen|kamer"
    r"|map|broer|zus|dressoir|handdoeken?|handdoeke)\b|\b(?:lig(?:t|gen)|staan|staat) (?:al )?klaar\b")
_CLOSE_NAMED = _at_word(rf"\b{_CLOSE}\b|\bvoor [a-z]+ en [a-z]+ (?:\w+ )?(?:een )?brie"
                          r"|\bvoor (?:ons|onze) [a-z]+\b")
_AFTER = _at_word(
    r"\bals (?:ze|hij|zij) (?:\w+ )?(?:groot|ouder|oud genoeg) (?:is|zijn|zal zijn)\b|\bals (?:ze|hij|zij) later\b"
    r"|\bpas (?:lezen|openen|openmaken|geven) als\b|\bniet eerder (?:geven|openen|openmaken|lezen)\b"
    r"|\bals het zover is\b|\bals het moet\b"
    r"|\bals (?:ze|je|jij|hij|zij|jullie) (?:hem|mijn|m|ze|het|die) (?:vindt|vinden|vind|leest|lezen)\b"
    r"|\b(?:weten|snappen|begrijpen|snapt|begrijpt|snappe|weet) (?:ze|hij|zij|jullie|je)? ?(?:\w+ ){0,2}?waarom\b"
    r"|\b(?:niet|nie|ni) meer (?:te )?(?:uit)?(?:leggen|uitlegge|legge)\b"
    r"|\bniet (?:haar|zijn|jullie|hun|jouw) schuld\b")
_OWN_END = _at_word(
    r"\b(?:niet|ni|nie) meer (?:volhield|volhou|volhoud|kon|kan)\b"
    r"|\balles (?:al )?(?:geprobeerd|gedaan (?:heb )?wat ik kon)\b"
    r"|\bweet ik (?:nu )?wat ik ga doen en\b|\bvoelt rustig\b|\bmooi getal om te stoppen\b|\bik hoef niet meer\b")
_OCCASION = _at_word(
    r"\b(?:sinterklaas|sint|moederdag|vaderdag|verjaardag|verjaardagen|jarig|jaar getrouwd|jubileum|kamp|feest|trouw\w*"
    r"|huwelijk|kerst\w*|pasen|notaris|rekening|uitstap|reis|vakantie|spaarboekje|cadeau|verrassing|verklappen|cheesy"
    r"|samen zijn|haha|lol|sollicitatie|huisbaas|school|juf|meester|secretariaat|ondertekenen|hulp te vragen|coach)\b"
    r"|\bwordt \d+\b")

_END_IDIOM = _at_word(
    r"\bik heb het (?:hier )?wel gezien\b|\b(?:ik hou|hou ik) (?:het )?(?:hier |het hier )?voor gezien\b"
    r"|\bals ik hier niet meer ben\b|\bmoet (?:je|jij|jullie) het (?:\w+ )?zonder mij doen\b"
    r"|\bik heb het wel gehad met (?:iedereen|alles)\b|\b(?:verwijderen|wissen|afsluiten|opheffen) als ik weg ben\b"
    r"|\bik (?:er niet meer zal|ga er niet meer|zal er niet meer) zijn voor (?:hem|haar)\b")
_NOT_WAKE = _at_word(
    r"\bals ik morgen (?:nog )?wakker word (?:tenminste )?(?:, )?(?:ik hoop|hoop ik) (?:\w+ )?van niet\b")
_HANDOVER = _at_word(
    r"\b(?:wachtwoord\w*|paswoord\w*|codes?|pincodes?|bankcode|papieren|verzekering\w*|polis|spaargeld|spaarpot"
    r"|envelop|sleutels?|reservesleutel|testament|kat|hond|poes|insta|gitaar|pillendoos|lijst)\b"
    r"|\b(?:zorgen |zorg (?:jij |je |gij )?(?:goed |goe )?)voor (?!mij\b|mezelf\b|jezelf\b|jou\b)[a-z]+"
    r"|\balles (?:al )?klaar(?:liggen|gelegd|staan)\b")
_ORDINARY = _at_word(
    r"\b(?:vakantie|reis|camping|tenerife|italie|spanje|backpacken|vliegen|vliegtuig|verhuis\w*|nieuwe job|nieuwe baan"
    r"|begin bij|ik begin|studeer|studeren|stage|club|voetbalclub|penningmeester|kou|regen|naar huis|kamp|oma|drink"
    r"|serie|film|pensioen|ontslag|contract|uit elkaar|relatie|ex|gescheiden|scheiding|het is uit|verlof|opname"
    r"|operatie|geopereerd|ziekenhuis|revalidatie)\b"
    r"|\bik ga in \w+ naar\b")


def settle(text: str, reading: str, signals: list[Signal], tier: str | None, families: tuple[str, ...],
           package: tuple[Callable, Callable[[str], str]]) -> tuple[str | None, tuple[str, ...]]:
    """The tier and families after the last raises of `assess` (a signal that raises is added to `signals`): where
    nothing gave a tier, the gentle shapes (`gentle_shapes.floor`, rounds 47 and 52; `package` is the package's
    `assess` and `normalised`, which it reads); then, below the panel, this module's shapes (`raised`)."""
    if tier is None:
        from vraaghulp.coach.crisis.gentle_shapes import floor

        note = floor(text, reading, *package)
        if note is not None:
            tier, families = "zorg", (note.family,)
            signals.append(note)
    note = raised(reading, signals, tier)
    if note is None:  # round 55 (c55b): an end left unnamed beside a means, a place picked out or affairs settled
        from vraaghulp.coach.crisis.said_end55 import raised as unnamed

        note = unnamed(reading, signals)
    if note is None:  # round 56 (c56b): worse and hidden, no reason left to live, at the place and done, a prayer to be taken
        from vraaghulp.coach.crisis.said_end56 import raised as recurring

        note = recurring(reading, signals)
    if note is None:  # round 57 (c57b): gone for good with a farewell, no purpose in being here, empty inside
        from vraaghulp.coach.crisis.said_end57 import raised as kinds57

        note = kinds57(reading, signals, text)
    if note is None:  # round 58 (c58b): an accident welcomed, care stopped to let it come, worse and hidden
        from vraaghulp.coach.crisis.said_end58 import raised as kinds58

        note = kinds58(reading, signals, text)
    if note is not None:
        tier, families = note.level, (note.family,)
        signals.append(note)
    return tier, families


def raised(reading: str, signals: list[Signal], tier: str | None) -> Signal | None:
    """The panel's signal for one of the shapes, or (where `tier` is None) the gentle line's for loneliness."""
    if tier is None and any(key in reading for key in _LONELY_KEYS):
        note = _lonely(reading)
        if note is not None:
            return note
    if any(signal.family == "gevaar-plek" for signal in signals) and any(key in reading for key in _PLACE_KEYS):
        note = _place(reading)
        if note is not None:
            return note
    if "brie" in reading and any(key in reading for key in _LETTER_PLACES) and any(
            key in reading for key in _LETTER_AFTER):
        note = _letter(reading)
        if note is not None:
            return note
    if "wakker word" in reading:
        found = _NOT_WAKE.search(reading)
        if found is not None:
            return Signal("passief", "acuut", f"wakker-liever-niet ({found.group().strip()})")
    if not any(key in reading for key in _IDIOM_KEYS):
        return None
    found = _unless(_END_IDIOM, _ORDINARY, reading)
    handed = any(signal.family == "zaken-regelen" for signal in signals) or _HANDOVER.search(reading)
    if found is None or not handed:
        return None
    return Signal("zaken-regelen", "acuut", f"einde-en-overdracht (einde: {found.group().strip()})")


def _unless(pattern: re.Pattern[str], ordinary: re.Pattern[str], reading: str) -> re.Match[str] | None:
    """`pattern`'s first match in `reading`, or None where `ordinary` is found there too."""
    found = pattern.search(reading)
    return None if found is None or ordinary.search(reading) else found


def _letter(reading: str) -> Signal | None:
    """A letter put away for one's own, read for after (see the module's text)."""
    if not _LETTER.search(reading) or not _PUT_AWAY.search(reading) or not _CLOSE_NAMED.search(reading):
        return None
    own_end = _OWN_END.search(reading)
    after = own_end or _AFTER.search(reading)
    if after is None or (own_end is None and _OCCASION.search(reading)):
        return None
    return Signal("afscheid", "acuut", f"brief-voor-na (brief + {after.group().strip()})")


_LONELY = _at_word(
    r"\b(?:het|t) (?:is|voelt) (?:hier |allemaal )?(?:zo|zoe|heel|erg|vreselijk) eenzaam\b(?! (?:daar|op|in)\b)"
    r"|\b(?:het huis is|is het huis) (?:zo|te|heel|erg) (?:stil|leeg)\b|\bde dagen zijn (?:zo |heel )?(?:lang en )?leeg\b"
    r"|\bniemand (?:die )?(?:merkt|ziet) (?:of|dat) ik er (?:niet )?ben\b|\b(?:zou|merkt) niemand het (?:zelfs )?merken\b"
    r"|\bmerkt niemand het\b")
_LONELY_TOO = _at_word(
    r"\b(?:niemand|alleen|geen woord|vertrokken|weg is|zit vast|vastgelopen|geen zin|heel de dag|de hele dag"
    r"|hele week|spreek ik|er niet meer is|het donker)\b")
_LONELY_NOT = _at_word(
    r"\b(?:kamp|vakantie|heerlijk|rust|eindelijk|film|serie|boek|lol|haha|verhuisd|kopen|kantoor|zee|marine|eiland"
    r"|game|spel|feest|festival|wilt u|kunt u|fijn vinden als|bellen|bel je|langskomen)\b"
    r"|(?<! ik )(?:wil|kun|kan|zou) (?:je|jij)\b(?! niet)")


def _lonely(reading: str) -> Signal | None:
    """Loneliness said of the house, the days or nobody noticing, beside the writer alone (zorg)."""
    found = _unless(_LONELY, _LONELY_NOT, reading)
    if found is None or not _LONELY_TOO.search(reading[:found.start()] + reading[found.end():]):
        return None
    return Signal("isolatie", "zorg", f"eenzaam-gezegd ({found.group().strip()})")


_PLACE_END = _at_word(
    r"\b(?:het|t) is (?:goed|genoeg|mooi) geweest\b|\bklaar mee (?:, )?met alles\b|\bklaar mee om te leven\b"
    r"|\bklaar met alles\b|\bniemand (?:hoeft|moet) (?:me|mij|zich)\b|\b(?:niet|nie) meer (?:naar huis|terug|naar beneden)\b"
    r"|\bhoef (?:\w+ )?(?:niet|nie) (?:meer )?(?:terug|te zoeken)\b|\bhoeft (?:niemand|je|jij) (?:me |mij )?(?:niet )?(?:meer )?te zoeken\b"
    r"|\bzeg (?:tegen|aan) (?:\w+ ){1,3}?dat (?:ik|papa|mama) (?:\w+ ){0,3}?(?:hou|houdt|hield|zie|graag)\b"
    r"|\bsorry (?:voor (?:alles|iedereen)|mama|papa|mam)\b|\bwacht op de volgende\b|\bhoog genoeg\b"
    r"|\bik denk dat ik het (?:vannacht |vanavond )?(?:ga )?doe\b|\bgg iedereen\b|\bniemand (?:die )?(?:me|mij) mist\b"
    r"|\bniet (?:haar|zijn|hun|jullie|heur|eur) schuld\b|\bniet (?:aan|an) (?:hen|jullie|under|ulder) lag\b"
    r"|\bhet water is (?:hier )?(?:zo )?(?:rustig|stil)\b")
_PLACE_ORDINARY = _at_word(
    r"\b(?:plek vinden|geen plek|parkeerplek|auto|foto|zonsondergang|vertraging|hengel|beet|ijsje|file|bitumen"
    r"|dakdekker|afgestudeerd|parasailing|app wel|kom eraan|kom ik eraan|tot straks|tot zo|straks naar huis"
    r"|zo naar huis|voor vandaag|even bijkomen|wat een nacht|wat een dag|lol|haha|film|serie|game|vuurwerk|concert"
    r"|vissen|verhuiz\w*|verkopen|appartement\w*|flatje|slaap bij|blijf slapen|logeer\w*|tot het donker)\b")


def _place(reading: str) -> Signal | None:
    """A dangerous place the writer is at (a `gevaar-plek` signal) beside a plain end said in the message."""
    found = _unless(_PLACE_END, _PLACE_ORDINARY, reading)
    return None if found is None else Signal("gevaar-plek", "acuut", f"plek-en-einde (einde: {found.group().strip()})")
