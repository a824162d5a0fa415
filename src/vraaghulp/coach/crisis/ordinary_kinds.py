"""Round 49 (c49): more acute messages whose acute words an ordinary cause in the same message explains: the gentle line.

The fresh sets of round 48 (crisis-k1/k2, probe cp48) and the harmless lines left in `open/` gave the full panel to
messages of a few recurring shapes. Each kind here names one shape; a message of it gets the gentle line instead of the
panel, never nothing (the safety policy: a real line of the shape keeps an alarm):

- `afwezig`: away from a meeting, a shift or a job at a set time, with who takes over ('ik ben er na 15u niet meer,
  dus Sanne notuleert', 'als ik er niet meer ben ... vanaf maandag zit ik bij de concurrent');
- `slaap-tijd`: no waking up *before* a clock time ('nooit meer wakker worden voor kwart over negen, weekend');
- `slaap-moe`: not getting up tomorrow after a race, a tour or a shift, with the legs named ('na die 20 km wil ik
  slapen en morgen niet meer opstaan, mijn benen zijn kapot');
- `laatste-bericht`: the last message *for today or a week*, with the writer's return named ('laatste berichtje voor
  vandaag, gsm is plat, ik ben morgen terug');
- `sportpijn`: hurting oneself *with* new shoes or exercises, with its ordinary mark ('doe mezelf pijn met die nieuwe
  crossfit oefeningen haha, kan de trap niet op');
- `spel`: a death or a jump in a named game ('sprong van de toren, fall damage', 'parachute, gg');
- `overeten`: no more food today after eating too much at a party;
- `opzeggen`: ending something that is named right after as a subscription ('een einde aan maken, aan dat abonnement
  bedoel ik');
- `trouwdatum`: a date chosen for a wedding or a party that the others are asked to keep free.

The rule, per kind: every acute signal belongs to the kind's families and names the kind's words (`words`); every
part of the kind's cause stands in the message (`cause`, a tuple of patterns, each searched in the first normalised
reading); then those cause spans are blanked and nothing grave (`GRAVE`) nor the kind's own guard (`guard`) may stand
in the rest. Each kind was written with its dangerous twins (tests/corpus/crisis/eigen57.toml,
tests/test_crisis_round49.py): a real line of the shape names a death, a life, a means, a farewell to people, 'nooit',
'niemand', 'voor altijd', or lacks the ordinary part, and keeps the panel. Loaded only for an acute message.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from vraaghulp.coach.crisis.engine import Signal

__all__ = ["GRAVE", "KINDS", "Kind", "first_kind", "lowered", "without"]


class Kind(NamedTuple):
    name: str
    families: frozenset[str]
    words: re.Pattern[str]  # every acute signal (and each `signaal:` part it joins) must match this
    cause: tuple[re.Pattern[str], ...]  # each must match the reading; their spans are blanked before the guards
    guard: re.Pattern[str] | None = None  # words of the kind's real lines: the panel stays
    grave: bool = True  # GRAVE holds too (`spel` reads deaths and jumps in a game: its guard says what it cannot explain)


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_NUMBER = r"(?:\d+(?:u\d*)?|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
_DAY = r"(?:morgen|overmorgen|straks|vanavond|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende week)"
# What no ordinary cause explains: a death or a life in so many words, a farewell to people, a means, an end for good.
GRAVE = _re(r"\b(?:dood|doodgaan|sterven|zelfmoord|suicide|leven|zelfdoding|afscheidsbrief|vaarwel|zeg(?:t)? (?:tegen|aan) "
            r"\w+ dat|vergeef|vergeven|sorry|spijt|voorgoed|voor altijd|nooit|niemand|nergens|niet per ongeluk|opgespaard|"
            r"gespaard|bewaard|ingenomen|geslikt|hoeft niet meer|maakt niet meer uit|niet meer terug|hou van|houd van|"
            r"of (?:toch )?niet|laat maar|wie weet|misschien niet|mis(?:sen)? (?:jullie|je|jou)|pillen|tabletten|touw|"
            r"mes|mesje|scheermes|wapen|brug|spoor|trein|flat|"
            r"dak|afscheid|einde|klaar mee|het is genoeg|laatste keer|beter af|tot last|een last|op is|niet meer kan|"
            r"zorg(?:t)? goed voor (?:je|jezelf|elkaar|mama|papa|mijn|ma|pa|de kinderen|de kids|hem|haar|ons|de kleine))\b")
# The waking kinds' guard (as round 48's `slaap`): what follows the time, a means as the noise, a heavy state.
_SLEEP_GUARD = (r"\b(?:helemaal niet meer|nachtmerries?|ellende|wereld|pijn|gedachten|hoofd|te zwaar|bestaan|daarna|"
                r"voorbij|weg zijn|weg te zijn|en dan|ook niet meer|gewoon niet meer|gas|gif|slaap\w*|medicijnen|"
                r"medicatie|uitlaat|overdosis|drank|alcohol|auto|alles|over|rust|kan (?:\w+ )?niet meer|"
                r"of niet|hoeft niet|laat maar)\b")
KINDS = (
    Kind("afwezig", frozenset(("zaken-regelen", "plan-middel", "passief", "afscheid", "doodswens")),
         _re(r"\ber (?:\w+ ){1,3}niet meer\b|\bniet meer (?:ben|bent|is|zijn)\b|\ber niet meer\b"),
         (_re(r"\b(?:meeting|vergadering|overleg|notulen|notuleren|call|dienst|shift|les|college|kantoor|werk|"
              r"werkdag|stage|repetitie|cursus|concurrent|band|werf|ploeg)\b"),
          _re(rf"\bna {_NUMBER}(?: uur)?\b|\bvanaf {_DAY}\b|\bom {_NUMBER}(?: uur)?\b"),
          _re(r"\b(?:moet \w+ (?:\w+ )?(?:notuleren|overnemen|doen|afmaken|voorzitten)|kan iemand|wil iemand|"
              r"(?:zit|werk|begin|start|sta) ik (?:\w+ ){0,2}(?:bij|op|in|aan)|nieuwe (?:job|baan|werkgever|school|"
              r"functie|ploeg)|notulen|notuleren|doorsturen|overnemen|de kleine|de kinderen van|ophalen|halen)\b")),
         _re(r"\b(?:meer zien|mij niet meer|me niet meer|niet meer thuis|ook niet meer|nergens|jullie niet meer)\b")),
    Kind("slaap-tijd", frozenset(("doodswens", "passief")), _re(r"wakker"),
         (_re(rf"\b(?:nooit meer |niet meer |niet )wakker (?:te )?(?:worden|word|wordt) (?:voor|tot na) (?:kwart over |"
              rf"kwart voor |half )?{_NUMBER}(?: uur)?\b"),),
         _re(_SLEEP_GUARD + r"|\bnooit\b")),
    Kind("slaap-moe", frozenset(("doodswens", "passief")), _re(r"wakker|opstaan"),
         (_re(r"\bna (?:de|die|het|dat|een|mijn|zon) (?:\w+ ){0,2}?(?:\d+ ?km|kilometer|marathon|triatlon|training|"
              r"wedstrijd|tocht|fietstocht|wandeltocht|vierdaagse|match|loop|duurloop|toernooi|nachtdienst|dienst|"
              r"shift|verhuizing|trail|klim|etappe)\b"),
          _re(r"\b(?:morgen|zondag|zaterdag) (?:niet |nie )?(?:meer )?(?:opstaan|wakker (?:worden|word))\b"),
          _re(r"\b(?:mijn )?(?:benen|spieren|kuiten|voeten|knieen|dijen) (?:zijn|voelen) (?:\w+ )?(?:kapot|op|stuk|lam|"
              r"gesloopt|verzuurd|dood)\b|\bspierpijn\b")),
         _re(_SLEEP_GUARD + r"|\bnooit\b")),
    Kind("laatste-bericht", frozenset(("afscheid",)), _re(r"laatste|zorg goed voor|zorg jij voor"),
         (_re(r"\blaatste (?:bericht|berichtje|appje|sms|mail|post|tweet) (?:voor|van) (?:vandaag|vanavond|vannacht|"
              r"deze week|een week|even|een tijdje|dit weekend|het weekend|een paar dagen|twee weken)\b"),
          _re(rf"\bik (?:ben|kom) (?:\w+ ){{0,2}}?{_DAY} (?:\w+ )?terug\b|\btot {_DAY}\b|\b{_DAY} ben ik (?:er )?"
              r"(?:weer|terug)\b")),
         _re(r"\b(?:niet meer (?:zijn|ben)|er niet meer|jullie|iedereen|allemaal)\b")),
    Kind("sportpijn", frozenset(("zelfbeschadiging",)), _re(r"pijn"),
         (_re(r"\b(?:mezelf|mijzelf|me) (?:\w+ )?pijn (?:\w+ ){0,2}?met (?:die|de|deze|dat|mijn|zon|het|zulke) "
              r"(?:nieuwe |oude |strakke )?(?:\w+ )?\w*?(?:schoenen|wandelschoenen|hakken|hakjes|laarzen|sportschoenen|"
              r"oefeningen|oefening|training|trainingen|workout|workouts|squats|burpees|yoga|pilates|spinning|fiets|"
              r"zadel|fietszadel|bootcamp|sportschool|gym|planken|situps|pushups|lunges)\b"),
          _re(r"\b(?:blaren|blaar|spierpijn|trap (?:\w+ )?op|stijf|hielen|kuiten|haha|lol|au|auw)\b")),
         _re(r"\b(?:expres|bewust|opzet|verdien\w*|straf\w*|haat|haten|eten|gegeten|calorie\w*|dik|lelijk|verstop\w*|"
             r"snij\w*|gesneden|kras\w*|brand\w*|lucht|voelen|voel|weer gedaan|vaak|elke dag|iedere dag|stoppen|"
             r"de laatste tijd|mag niet|moet pijn|verdiend|lichaam|mezelf haat|wegen|kilo|gewicht)\b")),
    Kind("spel", frozenset(("plan-middel", "gevaar-plek")), _re(r"spr[oi]ng|gesprongen|springen|toren|dak|brug"),
         (_re(r"\b(?:respawn\w*|fall damage|leap of faith|eindbaas|boss|raid|karakter|personage|fortnite|gta|"
              r"minecraft|elden ring|assassins creed|roblox|zelda|valorant|apex|warzone|call of duty|pubg|parachute|"
              r"checkpoint|savefile|game|gamen|controller|ps5|playstation|xbox|lobby|server|mod|level|ronde|map|gg)\b"),
          _re(r"\b(?:lmao\w*|lol|haha\w*|gg|broken|noob|xd)\b")),
         _re(r"\b(?:in het echt|irl|echte leven|echt leven|leven|ook zo|zelf ook|denk aan|wil (?:ik )?(?:niet meer|dood|"
             r"springen)|ik wil|wat ik wil|mezelf|geen respawn|kan niet meer|niet meer kan|zelfmoord|zelfdoding|suicide|"
             r"pillen|touw|mes|afscheid|afscheidsbrief|vaarwel|sorry|spijt|vergeef|niemand|nooit|voorgoed|voor altijd|"
             r"hoeft niet meer|beter af|tot last|klaar mee|het is genoeg|morgen|vannacht|vanavond|straks)\b"),
         grave=False),
    Kind("overeten", frozenset(("stoppen-zorg",)), _re(r"eet|eten"),
         (_re(r"\b(?:overeten|overgegeten|te veel gegeten|teveel gegeten|volgegeten|vol gegeten|vol gepropt|"
              r"volgepropt|propvol|gebarsten|ontploft)\b"),
          _re(r"\b(?:vandaag|vanavond|vannacht|rest van de dag|tot morgen)\b")),
         _re(r"\b(?:haat|dik|dikke|lelijk|straf\w*|verdien\w*|calorie\w*|kotsen|overgeven|braken|vinger|weeg\w*|kilo|"
             r"gewicht|niet meer eten|mag niet|vet|walg\w*|schuld\w*|schaam\w*|morgen ook|week)\b")),
    Kind("opzeggen", frozenset(("zaken-regelen",)), _re(r"bedoel"),
         (_re(r"\b(?:(?:er )?een (?:einde|eind) aan (?:maken|maak|gemaakt) , )?aan (?:dat|dit|die|het|mijn|ons|onze) "
              r"(?:\w+ )?(?:abonnement|contract|lidmaatschap|verzekering|"
              r"account|krant|sportschool|fitness|energiecontract|telefoonabonnement|internetabonnement) "
              r"(?:\w+ ){0,4}?bedoel ik\b"),),
         None),
    Kind("trouwdatum", frozenset(("plan-middel",)), _re(r"datum|dag gekozen|dag geprikt|signaal:tijd"),
         (_re(r"\b(?:trouwen we|we trouwen|gaan we trouwen|ons huwelijk|onze bruiloft|ons trouwfeest|is het feest|"
              r"geven we een feest|ons feest|mijn feest|housewarming|het doopfeest|verhuizen we)\b"),
          _re(r"\b(?:hou|houd|houden) (?:\w+ ){0,2}?(?:dag|datum|avond|weekend|middag) vrij\b|\bsave the date\b|"
              r"\bjullie (?:zijn|allemaal) (?:\w+ )?welkom\b|\buitnodiging\b")),
         _re(r"\b(?:na|tot) (?:de|het|ons|onze|haar|zijn|mijn) (?:bruiloft|trouw\w*|feest|huwelijk)\b|\bvan (?:me|mij) af\b|"
             r"\bniet meer\b|\bdan (?:is|ben) (?:het|ik)\b|\blaatste\b")),
)


def without(*words: str) -> re.Pattern[str]:
    """GRAVE without a kind's own words ('dood' for a dead battery): each dropped wherever it stands in an alternation,
    the first place of a group included (round 53: one helper for rounds 52 and 53, whose copies differed there)."""
    pattern = GRAVE.pattern
    for word in words:
        pattern = pattern.replace(f"|{word}|", "|").replace(f"(?:{word}|", "(?:")
    return re.compile(pattern)


def _only_words(signals: list[Signal], words: re.Pattern[str]) -> bool:
    """Every acute signal is the kind's own words: each names them, and so does each signal a combination joins."""
    for signal in signals:
        if signal.level != "acuut":
            continue
        parts = [signal.phrase] + [part for part in signal.phrase.split(" + ") if "signaal:" in part]
        if any(words.search(part) is None for part in parts):
            return False
    return True


def _rest(kind: Kind, reading: str) -> str | None:
    """The reading with every cause span blanked, or None when a part of the cause is not there."""
    if any(cause.search(reading) is None for cause in kind.cause):
        return None
    for cause in kind.cause:
        reading = cause.sub(" ", reading)
    return reading


def first_kind(kinds: tuple[Kind, ...], signals: list[Signal], reading: str,
               own_grave: dict[str, re.Pattern[str]] | None = None) -> Kind | None:
    """The first of `kinds` that explains every acute signal of the message, or None (also used by round 50's
    `ordinary_kinds50`). `own_grave` gives a kind whose own words GRAVE names its own grave list."""
    acute = {signal.family for signal in signals if signal.level == "acuut"}
    if not acute:
        return None
    for kind in kinds:
        if not acute <= kind.families or not _only_words(signals, kind.words):
            continue
        rest = _rest(kind, reading)
        grave = (own_grave or {}).get(kind.name, GRAVE if kind.grave else None)
        if rest is None or (grave is not None and grave.search(rest)) or (kind.guard is not None and kind.guard.search(rest)):
            continue
        return kind
    return None


def lowered(signals: list[Signal], reading: str) -> Signal | None:
    """The note that lowers an acute message to the gentle line, or None. `reading` is the message's first normalised
    reading."""
    kind = first_kind(KINDS, signals, reading)
    if kind is None:
        return None
    acute = sorted({signal.family for signal in signals if signal.level == "acuut"})
    return Signal(acute[0], "zorg", f"gewone oorzaak ({kind.name}, c49): zorg, geen paneel")
