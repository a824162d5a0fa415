"""Round 49 (c49b): a panel whose combinations rest on a word the message uses in its everyday sense: the gentle line.

The krimp corpus's ordinary asks (`crisis_eval --gewoon`) got the full panel from combinations that joined a word read
in a sense the message does not have: a release that 'staat gepland' read as a plan to die, 'daar kan ik er niet meer
bij' (cannot reach it) as a plan and not being there, 'sorry dat ik zo veel vraag' as a farewell, 'in de plaats van'
(instead of) as a chosen place, 'sinds Jo er niet meer is' (someone else's death) as the writer's absence, 'de ketting
is eraf' as jumping off, 'een begeleider voor de bus' as in front of the bus, 'als ge nee zegt, dan is het ook goed'
as not minding an accident.

Each `Misreading` names the concepts whose words it reads and the everyday shape (`context`) those words stand in. A
combination is explained when one of its parts is misread (every place its words stand in the message lies in that
shape) and every other part is a benign partner (`BENIGN`: a time, an errand, a plain state of need; never a place
or a second plan word) or misread too.
The rule: the rules give acuut, every acute signal is an explained combination (a phrase signal never is), and the
message names no death, means, dangerous place of the writer or farewell (`_GRAVE`, the kind's own `guard`). Then the
tier is zorg, never nothing (the safety policy: a false panel is lowered to the gentle line; a real line of the shape
keeps a gentle line). Its dangerous twins (real lines in the same words: 'ik heb het gepland voor zaterdag', 'sorry
dat ik altijd vraag, dit is mijn laatste bericht', 'zondag ben ik bij mijn zus in de hemel') keep the panel:
tests/corpus/crisis/eigen58.toml. Loaded only for an acute message.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_ask58 import SHAPES as SHAPES58

__all__ = ["BENIGN", "GENTLE", "MISREADINGS", "Misreading", "explained", "lowered", "parts", "quieted"]

NOTE = "gewone vraag ({}): zorg, geen paneel"
QUIET_NOTE = "gewone vraag ({}): geen zorg"


class Misreading(NamedTuple):
    name: str
    concepts: frozenset[str]  # the concepts (or signal families, 'signaal:' dropped) whose words it reads
    context: re.Pattern[str]  # the everyday shape the words stand in
    guard: re.Pattern[str] | None = None  # words of this kind's real lines: the panel stays
    kin_guard: bool = False  # `guard` only in the shape's own sentence, or beside the person it names elsewhere


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# A partner that says nothing grave of its own: once the misread part is gone, what is left would not alarm. Not a
# place nor a second plan word ('mijn verjaardag staat gepland, de plek heb ik al, het spoor achter ons huis').
BENIGN = frozenset(("tijd", "regelen", "nood", "nood-zwak", "zorg", "wil", "niet-erg", "onverschillig",
                    "voertuig", "lichaam-van-mij", "lichaamsdeel-van-mij", "herhaling", "verwerven", "opzoeken",
                    "verbergen", "zorg-middel", "overleden", "zaken-regelen", "klaar", "erger",
                    "uitputting", "wanhoop-zelf"))
# What no everyday sense explains: a death, a means, the writer at a dangerous place, a farewell to everyone.
_GRAVE = _re(
    r"\b(?:dood|doodgaan|sterven|zelfmoord|suicide|zelfdoding|leven|afscheidsbrief\w*|vaarwel|voorgoed|"
    r"sorry voor alles|bedankt voor alles|dank voor alles|vergeef|laatste (?:bericht|keer|dag|brief)|"
    r"pil|pillen|pilletjes|\w*pillen|tabletten|touw|strop|mes|messen|mesje|mesjes|scheermes\w*|gif|overdosis|"
    r"spring|springen|sprong|ophangen|opknopen|er een eind aan|een eind aan|einde maken|"
    r"niet meer wakker|nooit meer wakker|er niet meer (?:zijn|ben)|hoeft niet meer|maakt niet meer uit|"
    r"niemand mist|zonder mij|beter af|laat (?:mij|me) (?:maar )?gaan|gestorven|uitweg|eindelijk weg|ben ik weg|"
    r"(?:ik|k) (?:wil|wou|ga) (?:\w+ )?ook (?:zo )?gaan|achterna|alleen ik|volgen|"
    r"(?:haal|neem|hale|neemt|haalt) (?:mij|me) (?:\w+ ){0,2}?(?:op|mee)|bij (?:hem|haar) (?:zijn|wil|wou)|"
    r"(?:alles|het) (?:\w+ )?(?:stopt|ophoudt|voorbij is|gedaan is|over is))\b"
    r"|\b(?:ik|k) (?:\w+ ){0,3}?(?:op|aan|bij|naar|onder|naast|boven) (?:de|het|een|die|dat|dit|deze) (?:\w+ )?"
    r"(?:brug|spoor|sporen|spoorlijn|rails|dak|flat|viaduct|perron|balkon|snelweg|rand|klif|toren|parkeergarage|"
    r"kanaal|rivier|water|zee)\b")
_NOT = r"(?:niet|nie|ni)"
_DET = r"(?:de|het|mijn|onze|ons|je|jouw|uw|zijn|haar|hun|die|deze|dat|een)"
# a noun that makes 'X staat gepland' the writer's own end: kept out of the everyday shape
_OWN_PLAN = (r"(?!(?:einde|eind|dood|laatste|moment|afscheid|vertrek|exit|plan|plannen|datum|dag|sprong|zelfmoord|"
             r"zelfdoding|is|was|staat|wordt|werd|alles|het|zo|dan|al|ik|k)\b)")
_BE = r"(?:staat|stond|staan|stonden|is|was|werd|wordt|zijn|waren|worden|werden)"
_TOKEN = r"(?!(?:het|ik|k|alles|dat|dit)\b)\w+"  # a word of a noun phrase: never the act ('het'), the writer, 'alles'
_TAIL = rf"(?:(?:van|voor|met|bij|in|op|uit) (?:{_TOKEN} |\d+ \. \d+ ){{1,3}})?"  # 'van de app', 'van versie 4.2'
_GEPLAND = _re(
    rf"\b{_DET} {_OWN_PLAN}\w+ {_TAIL}{_BE} (?:{_TOKEN} ){{0,4}}?gepland\b"
    rf"|\b{_DET} {_OWN_PLAN}\w+ {_TAIL}(?:strak |vol |druk |krap |al |zo )?gepland {_BE}\b"
    r"|\b(?:je|jij|u|jullie|jij zelf|je zelf) (?:\w+ ){0,3}?(?:iets|wat|plannen|andere plannen|een afspraak) "
    r"(?:\w+ ){0,2}?gepland\b"
    r"|\bgepland (?:door|bij) (?:mijn|de|het|onze|hun|zijn|haar|jouw|je|uw) (?!(?:\w+ ){0,3}?(?:te|om)\b)\w+")
_IF_FINE = (r"(?:geen probleem|ook goed|ook ok|ook oke|niet erg|ook niet erg|geen ramp|ook prima|prima|helemaal oke)")
_IF_NOT = rf"(?:het|dat|dit) (?:\w+ )?{_NOT} (?:lukt|uitkomt|past|gaat|kan|schikt|haalbaar is)"
_IF_WHO = r"(?:je|jij|u|jullie|niemand|iemand)"
_IF_VERB = r"(?:kan|kunt|kunnen|kon|wil|wilt|willen|hebt|heeft|hebben|had|zegt|zeggen|lukt|past|uitkomt|gepland|tijd)"
_CLEAN = r"(?!(?:niet meer|nooit meer|kwijt|zonder|weg|mist|missen)\b)"
_SORRY = (r"\b(?:sorry|excuus|excuses|excuseer|spijt (?:me|mij)) (?:dat|als) (?:ik|k) "
          r"(?:\w+ ){0,6}?(?:vraag|vragen|stoor|storen|mail|mailen|stuur|sturen|app|appen|bel|bellen|lastigval|"
          r"lastig val|lastigvallen|lastig vallen|zeur|zeuren|reageer|antwoord|kom vragen|kom storen)\b")
MISREADINGS = (
    # a release, a date or someone else's schedule 'gepland': not a plan to die
    Misreading("gepland", frozenset(("plan",)), _GEPLAND),
    # 'daar kan ik (er) niet (meer) in / bij': a place one cannot get into or reach
    Misreading("kan er niet bij", frozenset(("plan",)),
               _re(rf"\bdaar (?:kan|kun|kon) (?:ik |k |je |jij |we )?(?:er |dus |ook |zelf |toch )*(?:{_NOT}|nooit)\b")),
    # Flemish 'in de plaats van' (instead of)
    Misreading("in de plaats van", frozenset(("plan",)), _re(r"\bin de plaats (?:van|dat|daarvan)\b")),
    # an apology for asking, writing or disturbing: not a farewell
    Misreading("sorry voor de vraag", frozenset(("afscheid",)), _re(_SORRY)),
    # someone else falls ill, had an accident, or one 'drowns' in a subject
    Misreading("ongeluk van een ander", frozenset(("ongeluk",)), _re(
        rf"\bdat (?!ik\b|k\b)(?:(?!ik\b|k\b|mij\b|me\b)\w+ ){{1,5}}?ziek (?:wordt|worden|werd|is|zijn)\b"
        r"|\b(?:het|dat|zijn|haar|een|dit) ongeluk (?:van|met) (?!mij\b|mezelf\b|me\b)\w+"
        r"|\baan het verdrinken in (?!(?:de |het |een )?(?:water|zee|kanaal|rivier|meer|vaart|gracht|sloot|vijver|"
        r"plas|bad|zwembad|golven|maas|schelde)\b)\w+")),
    # 'er niet meer': over it ('zaag ik er niet meer over'), sleep ('ik slaap er niet meer van'), reach ('ik kan er niet
    # meer bij'), someone else gone ('sinds Jo er niet meer is')
    Misreading("er niet meer gewoon", frozenset(("niet-zijn", "beter-af")), _re(
        rf"\ber {_NOT} meer over (?:zagen|zeuren|zeveren|klagen|beginnen|praten|zeggen|vragen|mailen|bellen)\b"
        rf"|\b(?:zaag|zaagt|zeur|zeurt|zever|klaag|klaagt|begin|zeg|praat) (?:ik |k |je |jij )?er {_NOT} meer over\b"
        rf"|\bslaap (?:ik )?er {_NOT} meer van\b"
        rf"|\b(?:kan|kon|kom|kwam|raak|geraak|kunnen) (?:ik |k |we |je )?(?:er|daar) (?:\w+ )?{_NOT} meer "
        r"(?:aan|bij|in|op|tussen|onder|door)\b(?! (?:doen|toe|uit|tegen|wennen|denken|voldoen|ontsnappen)\b)"
        rf"|\bsinds (?!ik\b|k\b|we\b|wij\b)\w+(?: \w+)? er {_NOT} meer (?:is|was)\b")),
    # 'dan ben ik bij mijn zoon in Breda': a visit to the living in a named town
    Misreading("bij familie op bezoek", frozenset(("niet-zijn", "bij-overledene")), _re(
        r"\b(?:(?:dan|want dan|daar|die dag|die week) )?ben ik (?:\w+ )?bij (?:mijn|ons|onze|de) (\w+) in "
        r"(?!(?:de|het|een|zijn|haar|mijn|hun|ons|onze|t)\b)\w+"), guard=_re(
        r"\b(?:overleden|gestorven|begraven|graf|kerkhof|hemel|dood|verongelukt|er niet meer|weg sinds)\b"),
        kin_guard=True),
    # a lamp that burns, 'slecht ter been', busy people 'vol zitten', a letter 'in de brievenbus gestoken'
    Misreading("letsel van een ding", frozenset(("zelfletsel", "lichaam-van-mij", "lichaamsdeel-van-mij")), _re(
        r"\bter been\b"
        r"|\b(?:lamp|lampen|licht|lichten|lantaarn\w*|straatlamp\w*|verlichting|kaars\w*|kachel|oven|haard) "
        r"(?:\w+ ){0,3}?(?:brandt|branden|brandde)\b"
        r"|\b(?:brandt|branden|brandde) (?:\w+ )?(?:de|het|een|die|onze) (?:\w+ )?(?:lamp|lantaarn\w*|licht|"
        r"verlichting|kaars\w*|kachel|oven)"
        r"|\b(?:jullie|jij|je|u|ze|zij|we|wij|praktijk|dokter|agenda|planning|alles) (?:\w+ )?vol (?:zit|zitten|zat|"
        r"zaten)\b(?! (?:met )?(?:krassen|sneden|littekens|wonden|bloed|blauwe|brandwonden)\b)"
        r"|\b(?:brievenbus|postbus|bpost|envelop)\w* (?:\w+ ){0,7}?gestoken\b")),
    # 'een begeleider voor de bus' (for the bus), 'de ketting is eraf' (a part came off)
    Misreading("bus en ketting", frozenset(("springen",)), _re(
        r"\b(?:begeleider\w*|begeleiding|chauffeur|ticket\w*|kaartje\w*|abonnement|reservatie|reservering|"
        r"inschrijving\w*|lunch\w*|ouder|ouders|vrijwilliger\w*) (?:\w+ ){0,2}?voor de (?:bus|trein|tram|metro|boot)\b"
        r"|\b(?:ketting|band|wiel|knop|knoppen|deksel|dop|kap|klep|label|etiket|sticker|lak|verf|zadel|spatbord|"
        r"bumper|spiegel|ruitenwisser|kabel|stekker) (?:\w+ ){0,3}?(?:is|zijn|was|waren|ging|gaat|gingen|viel|valt|"
        r"vallen|lag|ligt|liggen) (?:\w+ ){0,2}?eraf\b"),
        guard=_re(r"\b(?:gooi|gooien|werp|werpen|stap|stappen|rij|rijd|rijden)\b")),
    # 'als ge nee zegt, dan is het ook goed': declining the ask is fine, not a death that would be
    Misreading("nee is ook goed", frozenset(("onverschillig", "niet-erg")), _re(
        rf"\bals (?:{_IF_NOT}|{_IF_WHO} (?:{_CLEAN}[\w,]+ ){{0,6}}?{_IF_VERB})\b(?: [\w,]+){{0,4}}? "
        rf"(?:dan )?(?:is|vind ik) (?:dat|het|dit) (?:\w+ )?{_IF_FINE}\b")),
    # things that are empty, run out or lists of medicine: not the writer's state nor a means
    Misreading("leeg ding", frozenset(("nood", "middel")), _re(
        r"\b(?:auto|wagen|batterij|accu|tank|telefoon|gsm|benzine|diesel|fles|flessen|koelkast|frigo|portemonnee|"
        r"printer|cartridge|inkt) (?:\w+ ){0,2}?(?:is|was|staat|zijn|raakt|liep|loopt) (?:\w+ )?leeg\b"
        r"|\bhet is op (?:de|het|school|kantoor|werk)\b"
        r"|\b(?:medicijnlijst|medicatielijst|medicatieschema|medicijnschema)\w*"
        r"|\bdoos(?:je|jes)? (?:met|vol) (?!(?:\w+ )?(?:pil\w*|tablet\w*|medicijn\w*|slaap\w*|paracetamol|"
        r"capsule\w*|strips|morfine|insuline|naald\w*|mesje\w*)\b)(?:\w+ ){1,3}?gekocht\b")),
    # 'ik kan zelf niet meer zo goed bellen door mijn gehoor': an ability that declined, not the end of one's strength
    Misreading("niet meer zo goed", frozenset(("nood", "onbereikbaar")), _re(
        rf"\b{_NOT} meer (?:zo |even |erg |heel |zo heel )?goed (?:\w+ ){{0,2}}?(?:bellen|horen|zien|lopen|rijden|"
        r"fietsen|lezen|schrijven|typen|praten|stappen|slapen|eten|bewegen|autorijden|traplopen|onthouden)\b")),
    # someone else's care: a cancelled appointment, a course dropped, a mother who cannot eat by herself
    Misreading("zorg van een ander", frozenset(("stoppen",)), _re(
        r"\b(?:is|werd|zijn|werden) (?:\w+ ){0,3}?afgezegd\b"
        r"|\b(?:bijscholing|cursus|opleiding|les|lessen|vak|vakken|training|vergadering|taak|taken|dienst|shift|"
        r"project) (?:\w+ ){0,4}?laten vallen\b"
        rf"|\b(?:ze|zij|hij) (?:\w+ ){{0,3}}?{_NOT} meer (?:zelf |alleen )?(?:kan|kon|wil|wou) eten\b")),
)  # round 58 (lead): 'er staat een back-up gepland', 'het is zo ver', 'sorry dat ik zo stil was' ...
MISREADINGS += tuple(Misreading(name, concepts, _re(pattern), guard and _re(guard)) for name, concepts, pattern, guard in SHAPES58)


def parts(phrase: str) -> list[tuple[str, str]]:
    """The (concept, words) of each top-level part of a combination's phrase ('plan-en-middel (plan: gepland + tijd:
    morgen)' -> [('plan', 'gepland'), ('tijd', 'morgen')]; 'signaal:' is dropped); none for a phrase signal."""
    start = phrase.find(" (")
    if start < 0 or not phrase.endswith(")"):
        return []
    found, depth, piece = [], 0, []
    for char in phrase[start + 2:-1] + " + ":
        depth += (char == "(") - (char == ")")
        piece.append(char)
        if depth == 0 and "".join(piece[-3:]) == " + ":
            text = "".join(piece[:-3]).strip()
            piece = []
            if text.startswith("signaal:"):
                text = text[len("signaal:"):]
            concept, sep, words = text.partition(": ")
            if sep:
                found.append((concept, words.split(" (")[0].strip()))
    return found


def _misread(concept: str, words: str, reading: str) -> bool:
    return any(_misread_by(kind, concept, words, reading) for kind in MISREADINGS)


def _misread_by(kind: Misreading, concept: str, words: str, reading: str) -> bool:
    """Every place the part's words stand in the message lies in (overlaps) an everyday shape of `kind`."""
    if concept not in kind.concepts:
        return False
    places = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", reading)]
    if not places:
        return False
    shapes = [m for m in kind.context.finditer(reading) if not _guarded(kind, m, reading)]
    return all(any(m.start() < end and start < m.end() for m in shapes) for start, end in places)


def _guarded(kind: Misreading, match: re.Match[str], reading: str) -> bool:
    """The kind's guard holds for this shape: anywhere, or (`kin_guard`) in the shape's own sentence or beside a
    person the shape names who is named once more elsewhere ('mijn zus is overleden ... ben ik bij mijn zus in Gent')."""
    if kind.guard is None:
        return False
    if not kind.kin_guard:
        return kind.guard.search(reading) is not None
    left = max(reading.rfind(" . ", 0, match.start()), reading.rfind(" ? ", 0, match.start()),
               reading.rfind(" ! ", 0, match.start()))
    ends = [i for i in (reading.find(" . ", match.end()), reading.find(" ? ", match.end())) if i >= 0]
    if kind.guard.search(reading[left + 1:min(ends) if ends else len(reading)]):
        return True
    person = match.group(1) if match.groups() else None
    rest = reading[:match.start()] + " | " + reading[match.end():]
    return bool(person and re.search(rf"\b{re.escape(person)}\b", rest) and kind.guard.search(reading))


def explained(signal: Signal, reading: str) -> bool:
    """An acute combination one of whose parts is misread, every other part benign or misread too."""
    found = parts(signal.phrase)
    if not found:
        return False
    misread = [_misread(concept, words, reading) for concept, words in found]
    return any(misread) and all(m or concept in BENIGN for m, (concept, _words) in zip(misread, found))


def lowered(signals: list[Signal], reading: str) -> Signal | None:
    """The note that lowers an acute message to the gentle line, or None. `reading` is the message's first normalised
    reading (lower case, spaced punctuation)."""
    acute = [signal for signal in signals if signal.level == "acuut"]
    if not acute or _GRAVE.search(reading):
        return None
    if all(explained(signal, reading) for signal in acute):
        names = sorted({kind.name for signal in acute for concept, words in parts(signal.phrase)
                        for kind in MISREADINGS if _misread_by(kind, concept, words, reading)})
        return Signal(sorted(s.family for s in acute)[0], "zorg", NOTE.format(", ".join(names)))
    return None


_TASK = (r"(?:hoofdstuk\w*|taak|taken|opdracht\w*|oefening\w*|thesis|masterproef|scriptie|paper|eindwerk|werkstuk|"
         r"verslag\w*|project\w*|statistiek|wiskunde|geschiedenis|fysica|chemie|biologie|economie|boekhouding|"
         r"bronvermelding|analyse|aanbesteding|migratie|code|database\w*|\w*database|server\w*|offerte\w*|factuur|"
         r"dossier\w*|planning|rooster|excel\w*|bestand\w*|formulier\w*|aangifte|computer|laptop|printer|"
         r"wachtwoord|software|update|installatie|samenvatting|werk (?:voor|van))")
# The gentle line on a word in its everyday sense (zorg -> nothing: only where the rules themselves gave zorg).
GENTLE = (
    # 'ik zit vast met hoofdstuk 3', 'ik zit vast in overleggen': stuck with a task or in a meeting, not in life
    Misreading("vast met een taak", frozenset(("wanhoop-zelf",)), _re(
        rf"\b(?:ik|k) zit (?:nu |dus |hier |wat |een beetje )?vast (?:met|bij|aan|op) (?:\w+ ){{0,3}}?{_TASK}\b"
        r"|\b(?:ik|k) zit (?:nu |dus |hier )?vast in (?:\w+ )?(?:overleg\w*|vergadering\w*|meeting\w*|de file|"
        r"het verkeer|de lift)\b")),
)


def quieted(signals: list[Signal], reading: str) -> Signal | None:
    """The note that takes the gentle line away, or None: every signal at zorg (none acuut) is a combination all of
    whose parts are a word in its everyday sense (`GENTLE`), and nothing grave stands in the message."""
    serious = [signal for signal in signals if signal.level in ("zorg", "acuut")]
    if not serious or any(signal.level == "acuut" for signal in serious) or _GRAVE.search(reading):
        return None
    names = set()
    for signal in serious:
        found = parts(signal.phrase)
        if not found:
            return None
        for concept, words in found:
            kinds = [kind.name for kind in GENTLE if _misread_by(kind, concept, words, reading)]
            if not kinds:
                return None
            names.update(kinds)
    return Signal(sorted(s.family for s in serious)[0], "hint", QUIET_NOTE.format(", ".join(sorted(names))))
