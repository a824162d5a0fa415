"""Round 51 (c51b): harmless messages whose alarm words an ordinary cause in the same message explains.

The fresh sets of round 50 (crisis-m1/m2, probe cp50) gave an alarm to messages of a few recurring shapes. Each kind
names one shape, written after its real twins (tests/corpus/crisis/eigen62.toml: 30+ real lines in the same words per
kind, each keeping its tier). Two steps, each one tier down, never two:

- a gentle line (zorg, nothing acute) whose every signal a plain ordinary cause explains gets no tier (`quieted`):
  - `lach-blij`: 'ik kan niet meer' / 'ik ga dood' beside plain joy or a funny scene ('ik kan nie meer 😭😭 ik ben
    zo blij', 'ik ga dood 😭 die kat die van de kast springt en mist'). Guard: 'maar', doing as if, sadness, tiredness,
    'alles', time that lasts, the writer's own hand, a wish.
  - `moe-na-werk`: 'ik kan niet meer' / 'dood neervallen' after named physical work, with the body or bed named ('het
    dak van de stal hersteld ... nu kan ik nie meer, mijn rug is kapot'; 'dienst van 12 uur ... ga nu dood neervallen in
    bed'). Guard: 'maar', what lasts ('al weken', 'elke dag'), crying, emptiness, a wish, not waking up, 'zin'.
  - `fictie`: a jump or a farewell letter in a film, series, book or game, judged as a viewer ('in de film springt hij
    van de brug ... ongeloofwaardig, wel goeie soundtrack'). Guard: the writer's own wish ('ik ook', 'net als ik', 'zo
    wil ik', 'in het echt', 'de mijne'), a time, a means.
  - `hulp-voor-ander`: someone else's wish not to live, help already arranged, asked how to support ('ze zei dat ze niet
    meer wil leven. ik heb met haar de huisarts gebeld en ze krijgt nu hulp. hoe kan ik haar het beste steunen?').
    Guard: the writer's own words of the same ('ik ook', 'zelf', 'net als'), help refused or not come, a plan, a means,
    a place, a time, fear that it happens anyway.
  - `zorg-client`: a carer's note on a client's or patient's pills not taken, with the doctor or the next shift told
    ('bewoner kamer 12 heeft haar medicatie niet ingenomen ... doorgegeven aan de avonddienst'). Guard: the writer's
    own pills or taking them ('mijn pillen', 'meegenomen', 'voor mezelf', 'spaar'), a plan, a time, 'niemand'.
  - `school-klaar`: study books or notes given away after passing or when changing school ('wie wil mijn
    wiskundeboeken? ik ga naar een andere school'). Guard: more given away ('de rest', 'mijn fiets', 'niks meer
    nodig'), 'er niet meer', 'nergens', a farewell for good, sorry, 'zinloos'.
  - `rol-genoemd`: not being there any more bound to a role or workplace named right after, with the handover or the
    party after ('voor als ik er volgend seizoen nie meer ben als penningmeester ... liggen bij de secretaris'; 'ik
    ga er nie meer zijn op de kazerne maar op de barbecue ...'). Guard: 'ook', 'nergens', 'als mens', 'voorgoed',
    'daarna', 'waar dan ook', a will, 'genoeg'.
- a panel whose acute words a plain ordinary cause explains gets the gentle line (`lowered`, as round 49's kinds,
  `ordinary_kinds.first_kind`): the last three kinds above read the same way at the panel, and:
  - `snee-gewoon`: cut on a tin, a bread knife or a broken glass while cooking or washing up, with the plaster asked
    for ("'k heb mij gesneden aan een blikske tonijn, 't bloedt als een rund. hebt ge pleisters?"). Guard: 'expres',
    'niet per ongeluk', the cover story ('zeg ik', 'denkt dat', 'zo noem ik het'), 'weer', 'elke', a body part, hiding,
    deserving, feeling.

Loaded only for a message at that tier.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds import GRAVE, Kind, first_kind

__all__ = ["ACUTE_KINDS", "FICTION_GUARD", "QUIET_KINDS", "Quiet", "explains", "lowered", "quieted", "seen"]

NOTE = "gewone oorzaak ({}, c51b): geen zorg"


class Quiet(NamedTuple):
    name: str
    families: frozenset[str]  # every signal at zorg belongs to these
    words: re.Pattern[str]  # and names these words
    cause: tuple[re.Pattern[str], ...]  # each must stand in the reading (emoji marks added); blanked before the guards
    guard: re.Pattern[str]  # words of the kind's real lines: the tier stays
    idiom: re.Pattern[str] | None = None  # everyday phrases with a grave word in them, blanked before the guards
    grave: re.Pattern[str] | None = GRAVE  # what no ordinary cause explains (None: the guard says it all)


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# Emoji the normaliser drops or reads as a laugh: named here so a kind can read them.
_EMOJI = ((re.compile("[\U0001F602\U0001F923\U0001F606\U0001F639\U0001F480]"), "emoji-lach"),
          (re.compile("[\U0001F973\U0001F60D\U0001F970\U0001F389\U0001F38A\U0001F929]"), "emoji-feest"))
_JOY = (r"\b(?:emoji-lach|emoji-feest|haha\w*|hihi\w*|lol|xd|zo blij|super blij|echt blij|blij|gelukkig|grappig|"
        r"hilarisch|te gek|schattig|zalig|geweldig|kampioen|gewonnen|geslaagd|ja gezegd|verloofd|lachen|gelachen)\b")
_SCENE = (r"\bdie (?:\w+ ){0,2}?(?:kat|poes|kitten|hond|puppy|baby|peuter|juf|meester|leraar|man|vrouw|gast|kerel|opa|"
          r"oma|papegaai|geit|eend|aap|konijn|cavia|broertje|zusje|acteur|presentator|filmpje|video|meme|clip|tiktok) die\b")
_BODY = r"(?:rug|benen|armen|voeten|schouders|knieen|kuiten|spieren|handen|nek|lijf|lichaam)"
_WORK = (r"\b(?:dienst|diensten|nachtdienst|dagdienst|avonddienst|dubbele dienst|shift|\d+ uur (?:gewerkt|werken|gestaan)|"
         r"gewerkt|werkdag|verhuisdozen|verhuizing|verhuisd|gesjouwd|geschilderd|behangen|gemaaid|geknipt|gesnoeid|"
         r"gespit|geklust|gepoetst|geschrobd|hersteld|gerepareerd|marathon|halve marathon|\d+ km|getraind|gefietst|"
         r"gewandeld|oogst|steiger)\b|\b(?:het |de )?dak (?:van (?:de|het|onze|ons|mijn) \w+ )?(?:hersteld|gerepareerd|"
         r"gelegd|geisoleerd|gedaan|vernieuwd)\b")
_REST = (rf"\b(?:mijn |m )?{_BODY} (?:is|zijn|voelt|voelen) (?:\w+ )?(?:kapot|lam|stuk|gesloopt|op)\b|"
         r"\b(?:in|naar) (?:mijn |m |het |me )?bed\b|\bga (?:\w+ )?slapen\b|\bwelterusten\b|\bslaap lekker\b|"
         r"\bspreek (?:je|jou|u|jullie) morgen\b|\btot morgen\b|\bin bad\b|\bspierpijn\b")
_OTHER = (r"(?:zus|zusje|broer|broertje|moeder|mama|ma|vader|papa|pa|man|vrouw|vriend|vriendin|zoon|dochter|partner|"
          r"oma|opa|tante|oom|nicht|neef|collega|buurvrouw|buurman|schoonzus|schoonmoeder|vriendje|lief)")
_FICTION = (r"\b(?:film|films|filmpje|serie|series|aflevering|seizoen|cutscene|game|spel|boek|roman|personage|"
            r"hoofdpersoon|hoofdpersonage|karakter|acteur|actrice|scene|trailer|toneelstuk|musical|strip|manga|anime)\b")
# A viewer's verdict on how it was made, or tears shed over it (not 'spannend' alone: a plot told with a thrill keeps
# the gentle line, as the older own corpus holds: 'het hoofdpersonage springt van een brug ..., zo spannend').
_VERDICT = (r"\b(?:ongeloofwaardig|soundtrack|muziek|beelden|\d+ sterren|ster|plot twist|slecht geschreven|mooi "
            r"geschreven|geacteerd|aanrader|cliche|te janken|zitten janken|zitten bleten|zitten huilen|actiefilm|"
            r"over de top|regie|regisseur|overleeft)\b")

_CLIENT = (r"\b(?:mevr|mevrouw|mw|meneer|dhr|mr|bewoner|bewoonster|client|cliente|patient|patiente|pt)\b(?: \.)?"
           r"(?: \w+){0,4}? (?:heeft|had|neemt|nam) (?:haar|zijn) (?:\w+ )?(?:pillen|medicijnen|tabletten|medicatie)\b")
_REPORTED = (r"\b(?:huisarts|arts|dokter|apotheek|apotheker|verpleegkundige|avonddienst|nachtdienst|dagdienst|"
             r"overdracht|rapportage|dossier|doorgegeven|gerapporteerd|genoteerd|gemeld|baxter)\b")
_CLIENT_GUARD = _re(r"\b(?:ik (?:\w+ )?(?:spaar|bewaar|neem|ga|wil|hou|heb (?:ze|er|de pillen))|mijn (?:\w+ )?(?:pillen|"
                    r"medicijnen|medicatie|tabletten|zak|tas|kast|la)|mezelf|mij|me|zelf|allemaal|in een keer|tegelijk|"
                    r"verzamel\w*|spaar\w*|gehouden|meegenomen|gepakt|genoeg|plan|niemand|vanavond|vannacht|weekend|"
                    r"niet meer|kan het niet|ben op)\b")
_CLIENT_GRAVE = _re(GRAVE.pattern.replace("|ingenomen", "").replace("|pillen|tabletten", ""))
_STUDY = (r"\b(?:samenvattingen|samenvatting|notities|aantekeningen|cursussen|syllabus|syllabi|\w*boeken|rekenmachine|"
          r"atlas|woordenboek)\b")
_STUDY_DONE = (r"\b(?:geslaagd|afgestudeerd|diploma|examens? gehaald|(?:andere|nieuwe) (?:school|richting)|"
               r"overgestapt|opleiding (?:is )?(?:klaar|af))\b")
_STUDY_GUARD = _re(r"\b(?:ook|rest|niks|niets|alles van|al mijn|spullen|kleren|fiets|laptop|telefoon|knuffels|kat|hond|"
                   r"niemand|nergens|vergeet|zorg goed|daarna|straks|vanavond|vannacht|morgen|klaar|er (?:\w+ )?niet meer|"
                   r"niet meer zijn|niet meer zien|laatste|voor altijd|nooit|sorry|spijt|hou van|beter zo|zinloos|nut|zin|"
                   r"zitten|brief|grapje|of niet|stop|stoppen|mooi zolang|beste)\b")
_ROLE = (r"(?:penningmeester|secretaris|voorzitter|trainer|coach|leider|leidster|bestuurslid|vrijwilliger|"
         r"scheidsrechter|dirigent|beheerder|moderator|kassier|chauffeur|kapitein|ploegleider|teamleider|"
         r"begeleider|conciërge|concierge|dienstdoende)")
# Not being there any more, bound to a role or a workplace right after ('... niet meer ben als penningmeester')
_BOUND = (rf"\ber (?:\w+ ){{0,3}}?niet meer (?:ben|zijn|is) (?:als (?:\w+ )?{_ROLE}\b|op (?:de|het) (?:kazerne|"
          r"werkvloer|werf|vergadering|training|club|zaak|kantoor|afdeling|redactie|school|repetitie)\b)")
# ... and the rest of life named beside it: the handover, the party after, a season
_HANDOVER = (r"\bmaar op (?:de|het) \w+\b|\b(?:liggen|ligt|staan|staat) (?:\w+ ){0,3}?(?:bij|in) (?:de |het |mijn )?\w+|"
             r"\b(?:volgend seizoen|na de zomer|reunie|borrel|barbecue|feest)\b")
_ROLE_GUARD = _re(r"\b(?:ook|nergens|niemand|helemaal|nooit|voor altijd|voorgoed|als mens|als vader|als moeder|als opa|"
                  r"als oma|als vriend|daarna|waar dan ook|testament|geregeld|beter zo|spijt|sorry|vergeet|zorg goed|"
                  r"genoeg|thuis|leven|mezelf|maar goed|klaar|voor alles)\b")
# A farewell taken of a unit or a team, blanked before GRAVE reads 'afscheid'
_GROUP_FAREWELL = (r"\bafscheid (?:genomen )?van (?:de|het|ons|onze|mijn) (?:\w+ ){0,2}?(?:bataljon|compagnie|"
                   r"brandweer|kazerne|ploeg|team|afdeling|collegas|club|vereniging|bestuur|regiment|eenheid)\b")
# Everyday phrases with a grave word in them ('zonder jullie had ik het nooit gehaald'), blanked before the guards.
_THANKS_IDIOM = _re(r"\bzonder (?:jullie|jou|u|je) (?:had|was|zou) (?:ik )?(?:het|me|mij)? ?(?:\w+ )?nooit "
                    r"(?:gehaald|gelukt|gered|gekund)\b")

# The writer's own wish, a time, a means, death or life beside a story (also round 52's `verhaal-oordeel`).
FICTION_GUARD = _re(r"\b(?:ik (?:wil|wou|ga|zou|denk|dacht|doe|kan niet|heb (?:\w+ )?(?:ook|al|de mijne|die))|wil ik|ook|"
        r"net als|zoals ik|zelf|mezelf|mijzelf|herken\w*|in het echt|irl|echte leven|de mijne|die van mij|van mij|"
        r"binnenkort|morgen|vanavond|vannacht|straks|durf\w*|opgezocht|balkon|hoe ik me voel|wou dat|snap|"
        r"begrijp|respawn\w*|pillen|touw|mes|sorry|vaarwel|niemand|nooit|voorgoed|dat was|mist|missen|leven|"
        r"dood|zelfmoord|zelfdoding|raakte me|uit mijn hoofd|ik schrijf|schrijf ik|beschrijf\w*|"
        r"geloofwaardig|waarin)\b")

QUIET_KINDS = (
    Quiet("lach-blij", frozenset(("uitputting",)), _re(r"kan (?:ik )?niet meer"),
          (_re(_JOY + "|" + _SCENE),),
          _re(r"\b(?:maar|alleen|toch|alsof|denkt|denken|doe|leeg|(?:ben|is|zijn) op|moe|huil\w*|verdriet\w*|zwaar|te veel|teveel|"
              r"alles|allemaal|elke|iedere|al (?:\w+ )?(?:weken|maanden|jaren|jaar)|steeds|weer|hoofd|pijn|help|hulp|"
              r"sorry|zeur\w*|niemand|eenzaam|bang|slecht|fout|ruzie|uitgelachen|lacht|pest\w*|vol|wil|wou|mezelf|"
              r"verder|voel\w*|mij|me|wakker|nacht)\b"),
          _re(r"\bik ga (?:\w+ )?dood\b|\b(?:is|zijn) (?:\w+ )?dood en begraven\b|"
              r"\b(?:en )?(?:dan )?doet alsof er niks (?:aan de hand )?is\b")),  # round 52 (c52b): the scene's own act
    Quiet("moe-na-werk", frozenset(("uitputting", "vangnet")), _re(r"kan (?:ik )?niet meer|dood"),
          (_re(_WORK), _re(_REST)),
          _re(r"\b(?:maar|alles|allemaal|leven|zin|elke|iedere|altijd|steeds|al (?:\w+ )?(?:weken|maanden|jaren|jaar)|"
              r"laatste tijd|weer|nooit|niemand|huil\w*|leeg|verdriet\w*|piekeren|hoofd|gedachten|wil|wou|hoop|opstaan|"
              r"wakker|verdwijnen|weg|verder|genoeg|beu|(?:ben|is) op|zwaar|te veel|teveel|probleem|zelf|mezelf|thuis|"
              r"naar huis|alleen|niks|niets|voel|gevoel|meen|echt)\b"),
          _re(r"\b(?:ga |ik )?dood (?:neervallen|neer vallen|in (?:mijn |m )?bed vallen)\b|\bdoodmoe\b|\bdoodop\b|"
              r"\bde schrik van mijn leven\b")),
    Quiet("fictie", frozenset(("over-ander", "inschatting")),
          _re(r"spr[oi]ng|brug|toren|flat|dak|afscheidsbrief|methode|schrijven-over"),
          (_re(_FICTION), _re(_VERDICT)),
          FICTION_GUARD,
          grave=None),
    Quiet("hulp-voor-ander", frozenset(("over-ander",)), _re(r"leven"),
          (_re(rf"\b(?:(?:hij|ze|zij) (?:\w+ )?niet meer (?:wil|wou) leven|{_OTHER} (?:\w+ )?wil niet meer leven)\b"),
           _re(r"\b(?:krijgt|kreeg|heeft) (?:\w+ ){0,2}?(?:hulp|therapie|begeleiding|behandeling)\b|"
               r"\b(?:is|zit|ligt) (?:\w+ ){0,2}?(?:in behandeling|in therapie|opgenomen|onder behandeling)\b|"
               r"\bheeft (?:\w+ ){0,2}?(?:een|haar|zijn) (?:psycholoog|therapeut|psychiater|hulpverlener|begeleider)\b|"
               r"\b(?:huisarts|crisisdienst|psychiater|dokter) (?:\w+ ){0,3}?(?:gebeld|langs geweest|ingeschakeld)\b|"
               r"\b(?:gebeld|ingeschakeld) (?:\w+ ){0,3}?(?:huisarts|crisisdienst)\b"),
           _re(r"\bhoe (?:kan|moet) (?:ik|k) (?:\w+ ){0,3}?(?:steunen|helpen|bijstaan|ondersteunen|er (?:\w+ ){0,3}?zijn)"
               r"\b|\btips (?:om|hoe) (?:\w+ ){0,3}?(?:steunen|helpen)\b")),
          _re(r"\b(?:ik (?:\w+ )?ook|ik (?:wil|wou|voel|snap|begrijp|herken|denk|kan|hou)|zelf|mezelf|mijzelf|net als|"
              r"hetzelfde|zelfde|mij|weiger\w*|wil geen|geen hulp|niks|niet|nog geen|pas over|terug|weg|vermist|"
              r"nog steeds|toch|maar|plan\w*|gepland|geprobeerd|poging|afscheid\w*|brief|pillen|opgespaard|verzameld|"
              r"touw|mes|brug|spoor|flat|dak|vanavond|vannacht|morgen|straks|naar huis|beter af|niemand|nooit|"
              r"mijn leven|(?:ben|is) (?:\w+ )?op|bang|zonder (?:hem|haar|mij))\b")),
    Quiet("zorg-client", frozenset(("plan-middel", "over-ander")), _re(r"pil|medicijn|tablet|ingenomen"),
          (_re(_CLIENT), _re(_REPORTED)), _CLIENT_GUARD, grave=_CLIENT_GRAVE),
    Quiet("school-klaar", frozenset(("zaken-regelen", "afscheid")),
          _re(r"weggeven|weggegeven|wie wil|niet meer nodig|voor alles"),
          (_re(_STUDY), _re(_STUDY_DONE)), _STUDY_GUARD, idiom=_THANKS_IDIOM),
    Quiet("rol-genoemd", frozenset(("zaken-regelen", "afscheid")), _re(r"niet meer (?:ben|zijn)|er niet meer|afscheid"),
          (_re(_BOUND), _re(_HANDOVER)), _ROLE_GUARD, idiom=_re(_GROUP_FAREWELL)),
)

_SNEE_GUARD = (r"\b(?:ik zeg|zeg ik|zei|zeggen|zeg|denkt|dacht|schuld|smoes\w*|alsof|noem|bedoel|per ongeluk|expres|"
               r"opzet\w*|bewust|weer|opnieuw|elke|iedere|steeds|altijd|keer|verdien\w*|haat|straf\w*|schaam\w*|"
               r"verstop\w*|mouwen|niemand|doorvertellen|niks|niets|geheim|lucht|voelen|voel|wil|wilde|mezelf|"
               r"mijzelf|arm|armen|pols|polsen|been|benen|bovenbeen|dij|dijen|buik|diep\w*|stoppen|ophoud\w*|"
               r"scheermes\w*|mesje|slijper|bang|maar)\b")
ACUTE_KINDS = (
    Kind("snee-gewoon", frozenset(("zelfbeschadiging",)), _re(r"gesneden|snij|sneed|snee|bloed|pleister"),
         (_re(r"\bgesneden (?:aan|met|op) (?:een|het|de|mijn|zon|dat|die|ons|onze) (?:\w+ ){0,2}?(?:blik\w*|deksel|"
              r"conserve\w*|broodmes|keukenmes|aardappelmes|schilmes\w*|mandoline|rasp|kaasrasp|dunschiller|glas|"
              r"papier|envelop|karton|doos|blikopener|plaat|schroef|zaag|schaar)\b"),
          _re(r"\b(?:pleister\w*|ehbo\w*|verband|hechting\w*|huisartsenpost|spoedpost|ontsmet\w*|bloedt|bloedde|"
              r"tonijn|sardienen|mais|tomaten|bonen|soep|koken|afwas|keuken)\b")),
         _re(_SNEE_GUARD)),
    Kind("zorg-client", frozenset(("plan-middel", "over-ander")), _re(r"pil|medicijn|tablet|ingenomen"),
         (_re(_CLIENT), _re(_REPORTED)), _CLIENT_GUARD),
    Kind("school-klaar", frozenset(("zaken-regelen", "afscheid")),
         _re(r"weggeven|weggegeven|wie wil|niet meer nodig|voor alles"), (_re(_STUDY), _re(_STUDY_DONE)), _STUDY_GUARD),
    Kind("rol-genoemd", frozenset(("zaken-regelen", "afscheid")), _re(r"niet meer (?:ben|zijn)|er niet meer|afscheid"),
         (_re(_BOUND), _re(_HANDOVER)), _ROLE_GUARD),
)
_EVERYDAY = _re(_THANKS_IDIOM.pattern + "|" + _GROUP_FAREWELL)
_OWN_GRAVE = {"zorg-client": _CLIENT_GRAVE}


def seen(reading: str, text: str) -> str:
    """The first normalised reading with the emoji marks it drops (`_EMOJI`, read in the raw `text`) added at the end."""
    marks = [mark for pattern, mark in _EMOJI if pattern.search(text)]
    return " ".join([reading, *marks]) + " "


def explains(kind: Quiet, serious: list[Signal], seen: str) -> bool:
    if any(s.family not in kind.families or kind.words.search(s.phrase) is None for s in serious):
        return False
    if any(cause.search(seen) is None for cause in kind.cause):
        return False
    rest = seen
    for pattern in (*kind.cause, *((kind.idiom,) if kind.idiom is not None else ())):
        rest = pattern.sub(" ", rest)
    rest = re.sub(" +", " ", rest)
    return not ((kind.grave is not None and kind.grave.search(rest)) or kind.guard.search(rest))


def quiet_note(kinds: tuple[Quiet, ...], note: str, signals: list[Signal], reading: str, text: str,
               also: Callable[[Quiet], bool] | None = None) -> Signal | None:
    """The note (`note` formatted with the kind's name) that takes the gentle line away, or None: every signal at zorg
    (none acuut) is explained by one of `kinds` (and `also` holds for it, when given). `reading` is the first
    normalised reading of the raw `text`. Shared by the quiet kinds of rounds 51, 52, 54 (c54c) and 55 (c55a)."""
    serious = [signal for signal in signals if signal.level in ("zorg", "acuut")]
    if not serious or any(signal.level == "acuut" for signal in serious):
        return None
    seen_text = seen(reading, text)
    kind = next((k for k in kinds if explains(k, serious, seen_text) and (also is None or also(k))), None)
    return None if kind is None else Signal(sorted(s.family for s in serious)[0], "hint", note.format(kind.name))


def quieted(signals: list[Signal], reading: str, text: str) -> Signal | None:
    """This round's quiet kinds (`quiet_note`)."""
    return quiet_note(QUIET_KINDS, NOTE, signals, reading, text)


def lowered(signals: list[Signal], reading: str) -> Signal | None:
    """The note that lowers an acute message to the gentle line, or None. `reading` is the first normalised reading."""
    kind = first_kind(ACUTE_KINDS, signals, _EVERYDAY.sub(" ", reading), _OWN_GRAVE)
    if kind is None:
        return None
    acute = sorted({signal.family for signal in signals if signal.level == "acuut"})
    return Signal(acute[0], "zorg", f"gewone oorzaak ({kind.name}, c51b): zorg, geen paneel")
