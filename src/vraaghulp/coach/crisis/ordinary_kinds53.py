"""Round 53 (c53b): five more ordinary causes that explain a harmless message's alarm words.

The outside lines in `open/` (the fresh crisis-o1/o2 and the probe cp52 among them) gave a tier to messages of a few
shapes that come back in many files. Each kind names one shape, written after its real twins
(tests/corpus/crisis/eigen66-b.toml: at least as many real lines in the same words as harmless ones, each keeping its
tier). As the kinds of rounds 51 and 52: one tier down, never two. A panel whose acute signals a kind explains gets the
gentle line (`lowered`). A gentle line whose every signal a kind explains gets no tier (`quieted`); when its signals
hold an acute one (the second opinion already lowered it: 'lijkt gewoon'), only when that second opinion said so.

- `touw-doel`: rope or cord bought or fetched for a named ordinary use ('touw gekocht voor de schuifdeur van de stal',
  'het touw van de sloep'). Guard: the use denied or told as a story ('niet voor', 'zogezegd', 'zeg ik', 'eigenlijk'),
  a beam, 'sterk genoeg', 'voor mezelf', an end ('klaar', 'voorbij', 'beter zo'), 'niemand', 'weet wel'.
- `werk-afscheid`: a farewell to a job, a boat, a choir or a team with the next step or the party named (a new job,
  retirement, 'volgend jaar doet Marleen het', a farewell drink). Guard: the farewell widened ('ook', 'overal', 'van
  alles', 'nergens'), no next step, 'niemand', a wish, 'gedaan', 'rusten', 'van mij hoort'.
- `parkeer-zoek`: the top of a car park while looking for a spot or the car, the lift broken, coming later. Guard:
  'niet meer', 'beter', 'beste voor iedereen', a jump, 'terug', 'reden', 'zoek mij niet', looking down, a wish.
- `notaris-testament`: a will made at the notary with an ordinary day around it (coffee, cake, the sea, a move, a
  divorce, a grandchild born, what it cost). Guard: going now ('rustig gaan'), 'genoeg', an end, letters, things given
  away, 'beter af', a near day ('volgende week', 'morgen').
- `sport-letsel` (panel only): hurt oneself at a named sport with the ordinary injury or care ('mezelf pijn gedaan bij
  het boulderen, knie open geschaafd'). Guard: 'expres', 'zelf gedaan', 'weer', 'elke', hiding, a blade, the cover
  story, deserving, relief, a wish, letting go.

Loaded only for a message at a tier, after round 52's kinds found nothing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds import GRAVE, without

__all__ = ["KINDS", "gentle_note", "lowered", "panel_note", "quieted"]

NOTE = "gewone oorzaak ({}, c53b): geen zorg"
SECOND_OPINION_CALM = "lijkt gewoon"


class Kind53(NamedTuple):
    name: str
    families: frozenset[str]  # every serious signal belongs to these
    words: re.Pattern[str]  # and names these words (each `signaal:` part it joins too)
    cause: tuple[re.Pattern[str], ...]  # each must stand in the reading; blanked before the guards
    guard: re.Pattern[str]  # words of the kind's real twins: the tier stays
    grave: re.Pattern[str]  # GRAVE, without the kind's own words
    quiet: bool = True  # may also take a gentle line away


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# --- touw-doel
_ROPE = r"\b(?:touw|touwen|koord|lijn|lijnen)\b"
_ROPE_USE = (r"\b(?:voor|van) (?:de|het|onze|ons|mijn|een) (?:\w+ ){0,2}?(?:waslijn|was|schuifdeur|deur|poort|hek|stal|"
             r"tent|scheerlijnen|boot|sloep|kotter|zeilboot|fok|schommel|hangmat|geit\w*|paard\w*|pony|koe\w*|hond|"
             r"verhuizing|aanhangwagen|aanhanger|kast|touwtrekken|touwtjespringen|touwtje springen|springtouw|sportdag|"
             r"klimrek|lier|vlaggenmast|zandbak|boomhut|kerststal|kinderfeest)\b")
_ROPE_GUARD = _re(r"\b(?:niet|nie|ni|nich|nit|neet|denkt|denken|dacht|denk|weet (?:\w+ ){0,2}?(?:al|wel|precies) "
                  r"(?:waar|wat)|weet wel|waarvoor|lus|strop|knoop|garage|zit|rustig|alleen|zogezegd|zeg|zei|zeggen|"
                  r"eigenlijk|mezelf|mij|me|zelf|balk|sterk genoeg|houdt het|gewicht|klaar|voorbij|beter zo|niemand|"
                  r"vannacht|als iedereen|als ze|kan niet|genoeg|zolder|hangen|ophangen)\b")

# --- werk-afscheid
_FAREWELL_IDIOM = (r"\b(?:merci|bedankt|dank|dankjewel|dankuwel) (?:\w+ ){0,2}?voor (?:alles|de (?:mooie |fijne )?jaren|"
                   r"de (?:fijne |goede )?samenwerking)\b(?: (?:wat|die) (?:\w+ ){0,6}?(?:gedaan|geholpen) (?:hebt|hebben|"
                   r"heeft))?|\b(?:ik ga|ga) (?:jullie|je) (?:\w+ )?missen\b|\bafscheidsbrief (?:\w+ ){0,2}?aan de "
                   r"(?:directie|baas|werkgever|personeelsdienst)\b")
_JOB = (r"\b(?:werk|werkdag|job|baan|kantoor|keuken|bakkerij|werf|dienst|shift|collegas|team|ploeg|personeel|winkel|"
        r"koor|club|vereniging|boot|schip|kaai|kazerne|bataljon|bedrijf|firma|gemeente|thuiszorg|training|coach|"
        r"wijkfeesten|groep|colruyt|uitvare|uitvaren|directie|vissen|vissn|boeren)\b")
_NEXT = (r"\b(?:(?:met )?pensioen|gepensioneerd|(?:ik )?begin ik|ik begin|start ik|ik start|werk ik (?:vanaf|bij|in)|"
         r"nieuwe (?:job|baan|werkgever|school|functie|ploeg|baas)|bij de concurrent|afscheidsborrel|afscheidsfeest|"
         r"afscheidsetentje|afscheidsreceptie|afscheidsfuif|(?:op|naar) mijn afscheid|afscheid in (?:de|het) (?:\w+ )?"
         r"(?:cafe|kantine|zaal|restaurant)|volgend (?:jaar|seizoen) (?:doet|neemt) (?:\w+ ){1,2}?(?:het|over)|"
         r"neemt (?:\w+ ){1,2}?(?:het )?over|(?:stop|stoppe|stoppen) (?:ik )?(?:\w+ ){0,2}?na \d+ (?:jaar|joar)|"
         r"na \d+ (?:jaar|joar) (?:stop|stoppe|stoppen|ga)|(?:mijn|ons) afscheid (?:van|op) (?:het|de) "
         r"(?:werk|zaak|kantoor|dienst))\b")
_JOB_GUARD = _re(r"\b(?:ook|overal|van alles|alles en|niemand|nergens|leven|wil|wou|niks meer|niets meer|"
                 r"geen (?:nieuwe|zin)|(?:is|was) (?:het )?gedaan|klaar|op is|weg|zie het|hoeft|genoeg|moe|daarna|"
                 r"van (?:mij|me) hoort|zien (?:mij|me) niet|zorg(?:t)? goed|voel|rusten|rust|slapen|vergeet|denk aan|"
                 r"onthoud|sorry|spijt|brug|dak|water)\b")

# --- parkeer-zoek
_CAR_PARK = r"\b(?:parkeergarage|parking|parkeerdak|parkeergebouw|parkeerkelder|p\d)\b"
_ERRAND = (r"\b(?:(?:een |naar een )?plek (?:\w+ )?(?:zoeken|gezocht|vinden|vrij)|zoeken naar een plek|dat zoeken|"
           r"rondjes (?:\w+ ){0,2}?(?:rijden|gereden)|rondjes|(?:de |mijn )?(?:auto|wagen|huurwagen) (?:\w+ ){0,2}?"
           r"(?:vinden|kwijt|zoeken|nergens (?:\w+ )?(?:vinden|te vinden|zien))|vind (?:mijn|de) (?:auto|wagen) (?:\w+ )?"
           r"(?:niet|nergens)|(?:lift|ascenseur) (?:\w+ )?(?:kapot|stuk|defect)|volzet|(?:beneden )?(?:was )?alles vol|"
           r"(?:ben|zijn|kom|komen) (?:\w+ ){0,2}?(?:later|te laat)|ben er over \d+ min|kom (?:te voet )?naar beneden|"
           r"oppikken|ophalen|lossen|uitgang|bioscoop|popcorn|boodschappen|winkelen)\b")
_PARK_IDIOM = (r"\bzeg (?:\w+ )?(?:tegen|aan) \w+ dat (?:we|ik|wij) (?:\w+ ){0,3}?(?:later|te laat) "
               r"(?:zijn|ben|komen|kom)\b|\blater , sorry\b|\b(?:is|zijn|was|komt|komen) (?:\w+ )?nooit op tijd\b")
_PARK_GUARD = _re(r"\b(?:niet meer|nooit|niemand|iedereen|beter|beste|spring\w*|wil|wou|weet niet|terug|reden|"
                  r"kan (?:\w+ )?niet meer|hou van|zoek (?:mij|me) niet|kijk (?:\w+ )?naar beneden|denk|alleen|rand|"
                  r"reling|afscheid|laatste|leven|dood|voorgoed|genoeg|goed zo|hoeft|zin|nacht)\b")

# --- notaris-testament
_NOTARY = r"\b(?:notaris|bij den notaris)\b"
_WILL = r"\b(?:testament|levenstestament|samenlevingscontract)\b"
_DAY = (r"\b(?:koffie|taart|gebak|eten|zee|tuin|verhuizen|verbouwing|scheiding|kleinkinderen|kleindochter|kleinzoon|"
        r"getrouwd|geboren|kost|kostte|euro|verstandig|leeftijd|sociale assistente|afspraak|spaargeld|schenken)\b")
_WILL_IDIOM = r"\bvoor als (?:ik|er) (?:er )?ooit (?:\w+ )?(?:niet meer ben|iets gebeurt)\b"
_WILL_GUARD = _re(r"\b(?:nu kan ik|rustig gaan|kan gaan|klaar|genoeg|punt|niet meer (?:ben|zijn|nodig)|er (?:\w+ )?niet "
                  r"meer|brieven|brief|moogt|mag (?:\w+ )?hebben|zie het|beter af|zonder mij|het is goed|goed zo|"
                  r"volgende week|binnenkort|straks|vanavond|vannacht|morgen|niemand|zorgen|afscheid\w*|ik hou)\b")

# --- sport-letsel
_SPORT = (r"\b(?:bij|op|tijdens|van|met|na) (?:het|de|die|mijn|een) (?:\w+ )?(?:boulderen|klimmen|hardlopen|voetbal|"
          r"training|judo|karate|schaatsen|mountainbike|fietsen|turnen|hockey|tennis|skaten|skien|snowboarden|rugby|"
          r"basket|volleybal|crossfit|toernooi|wedstrijd|match|sliding)\b")
_INJURY = (r"\b(?:geschaafd|schaafwonden|schaafwond|verzwikt|verrekt|gevallen|val|knie|enkel|schouder|kuit|scheen|"
           r"blauw en dik|ijs erop|ehbo|fysio|trainer zegt|verbonden|blaar|route|rit|toernooi|waard)\b")
_SPORT_GUARD = _re(r"\b(?:expres|zelf gedaan|zelf|niet per ongeluk|weer|elke|iedere|steeds|dieper|niemand|geheim|"
                   r"verstop\w*|mouwen|zeg|zei|mesje|mes|scheermes|gesneden|gekrast|krassen|verdien\w*|haat|lucht|"
                   r"opluchting|voel|wou|wil|erger|nooit|opsta|los|vallen|bloedde|tot het|armen|pols\w*)\b")

# --- spel-dood: a jump or a death in a game, with the player's reaction
_GAME = (r"\b(?:respawn\w*|fall damage|leap of faith|eindbaas|boss|raid|karakter|personage|fortnite|gta|minecraft|"
         r"elden ring|assassins creed|roblox|valorant|apex|warzone|call of duty|pubg|parachute|checkpoint|game|gamen|"
         r"ps5|playstation|xbox|lobby|server|mod|level|ronde|map)\b")
_PLAYER = (r"\b(?:lmao\w*|lol|haha\w*|gg|broken|noob|xd|emoji-lach|hoe doe (?:jij|je|gij|jullie) dat|reviven|revive|"
           r"carry\w*|won ik|overleeft|volgende ronde)\b")
_GAME_GUARD = _re(r"\b(?:in het echt|irl|echt\w*|buiten|leven|ook|zelf|denk\w*|wil|wou|zou|respawn|mezelf|mij|me|"
                  r"niet meer|kan niet|zelfmoord|zelfdoding|suicide|pillen|touw|mes|afscheid\w*|vaarwel|sorry|spijt|"
                  r"niemand|nooit|voorgoed|voor altijd|beter af|tot last|klaar mee|genoeg|(?:vanavond|vannacht|straks|"
                  r"morgen) (?:spring|doe|ga) ik)\b")

# --- ding-dood: a plant, a battery or a device dead, its replacement or repair named
_THING = (r"(?:batterij|batterie|accu|gsm|laptop|computer|router|modem|printer|tv|televisie|koelkast|wasmachine|"
          r"vaatwasser|lamp|lampje|motor|plant|plantje|plantjes|planten|geranium|tulpen|basilicum|kerstboom|"
          r"orchidee|cactus|bloemen|tomatenplanten|moestuin|haag|gras)")
_THING_DEAD = (rf"\b{_THING}\w* (?:\w+ ){{0,6}}?(?:is|zijn|was|waren|gaat|ging|lijkt) (?:\w+ ){{0,2}}?dood\b|"
               rf"\b{_THING}\w* (?:\w+ ){{0,4}}?dood (?:is|zijn|was|waren)\b|"
               rf"\b(?:de|het|mijn|onze|ons) {_THING}\w* (?:\w+ )?laten doodgaan\b")
_REPLACE = (r"\b(?:nieuwe|nieuw|vervangen|bestellen|besteld|kopen|koop|halen|meebrengen|startkabels|kabels|reserve|"
            r"opladen|oplader|wegenwacht|garage|herstellen|monteur|kunstboom|proximus|technieker|veiling|"
            r"tuincentrum|kwekerij)\b")
_THING_GUARD = _re(r"\b(?:ik (?:\w+ ){0,2}?(?:ook|wil|wou|zou|kan niet)|ook (?:\w+ )?dood|net als|vanbinnen|mezelf|"
                   r"mij|zelf|leven|niemand|alles wat|beter als|hoofd|wakker|niet meer|kwijt|(?:ben|zo|echt) moe|ben op|hart)\b")

KINDS = (
    Kind53("touw-doel", frozenset(("plan-middel", "middel")), _re(r"touw|koord|lijn|signaal:tijd"),
           (_re(_ROPE), _re(_ROPE_USE)), _ROPE_GUARD, without("touw"), quiet=False),
    Kind53("werk-afscheid", frozenset(("afscheid", "gevaar-plek", "laatste-bezoek", "inschatting")),
           _re(r"afscheid|merci voor|bedankt voor|dank voor|missen|laatste|lesten|voor het laatst|berichtje|"
               r"score|signaal:afscheid"),
           (_re(_JOB), _re(_NEXT)), _JOB_GUARD,
           without("afscheid", "laatste keer", "mis(?:sen)? (?:jullie|je|jou)")),
    Kind53("parkeer-zoek", frozenset(("gevaar-plek", "plan-middel", "uitputting", "inschatting", "klaar")),
           _re(r"parkeergarage|parkeerdak|dak|plek|beneden|klaar mee|beu|kapot|gevaar-plek|signaal:gevaar-plek"),
           (_re(_CAR_PARK), _re(_ERRAND)), _PARK_GUARD, without("dak", "klaar mee")),
    Kind53("notaris-testament", frozenset(("zaken-regelen", "inschatting")),
           _re(r"notaris|testament|geregeld|regelen|score|niet meer ben"),
           (_re(_NOTARY), _re(_WILL), _re(_DAY)), _WILL_GUARD, GRAVE),
    Kind53("sport-letsel", frozenset(("zelfbeschadiging",)),
           _re(r"pijn gedaan|bezeerd|zeer gedaan|opengehaald|gebrand|geschaafd|mezelf|zelfletsel"),
           (_re(_SPORT), _re(_INJURY)), _SPORT_GUARD, GRAVE, quiet=False),
    Kind53("spel-dood", frozenset(("plan-middel", "gevaar-plek")),
           _re(r"spr[oi]ng|gesprongen|springen|toren|dak|brug|flat"),
           (_re(_GAME), _re(_PLAYER)), _GAME_GUARD, without("brug", "flat", "dak", "dood", "doodgaan")),
    Kind53("ding-dood", frozenset(("vangnet", "overleden")), _re(r"dood"),
           (_re(_THING_DEAD), _re(_REPLACE)), _THING_GUARD, without("dood")),
)
_EVERYDAY = _re("|".join((_FAREWELL_IDIOM, _PARK_IDIOM, _WILL_IDIOM)))


def _names_words(signal: Signal, words: re.Pattern[str]) -> bool:
    parts = [signal.phrase] + [part for part in signal.phrase.split(" + ") if "signaal:" in part]
    return all(words.search(part) is not None for part in parts)


def _explains(kind: Kind53, serious: list[Signal], reading: str) -> bool:
    if any(s.family not in kind.families or not _names_words(s, kind.words) for s in serious):
        return False
    if any(cause.search(reading) is None for cause in kind.cause):
        return False
    rest = _EVERYDAY.sub(" ", reading)
    for cause in kind.cause:
        rest = cause.sub(" ", rest)
    rest = re.sub(" +", " ", rest)
    return kind.grave.search(rest) is None and kind.guard.search(rest) is None


def quieted(signals: list[Signal], reading: str) -> Signal | None:
    """The note that takes the gentle line away, or None. Every zorg or acuut signal is explained by one kind; an
    acuut one only when the second opinion already called the message ordinary ('lijkt gewoon')."""
    serious = [signal for signal in signals if signal.level in ("zorg", "acuut")]
    if not serious or any(signal.phrase.startswith("gewone oorzaak") for signal in signals):
        return None  # nothing to take away, or an older kind already lowered it one tier
    if any(s.level == "acuut" for s in serious) and not any(SECOND_OPINION_CALM in s.phrase for s in signals):
        return None
    kind = next((k for k in KINDS if k.quiet and _explains(k, serious, reading)), None)
    return None if kind is None else Signal(sorted(s.family for s in serious)[0], "hint", NOTE.format(kind.name))


def lowered(signals: list[Signal], reading: str) -> Signal | None:
    """The note that lowers an acute message to the gentle line, or None: every acute signal is explained by one
    kind (as `ordinary_kinds.first_kind`, the zorg signals beside them stay a gentle line)."""
    acute = [signal for signal in signals if signal.level == "acuut"]
    if not acute:
        return None
    kind = next((k for k in KINDS if _explains(k, acute, reading)), None)
    if kind is None:
        return None
    return Signal(sorted(s.family for s in acute)[0], "zorg", f"gewone oorzaak ({kind.name}, c53b): zorg, geen paneel")


def gentle_note(signals: list[Signal], reading: str, text: str) -> Signal | None:
    """Rounds 51 and 52's quiet kinds first, then these (one call from the package)."""
    from vraaghulp.coach.crisis.ordinary_kinds52 import gentle_note as gentle52

    return gentle52(signals, reading, text) or quieted(signals, reading)


def panel_note(signals: list[Signal], reading: str, text: str) -> Signal | None:
    """Rounds 51 and 52's acute kinds first, then these (one call from the package)."""
    from vraaghulp.coach.crisis.ordinary_kinds52 import panel_note as panel52

    return panel52(signals, reading, text) or lowered(signals, reading)
