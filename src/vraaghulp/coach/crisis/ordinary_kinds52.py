"""Round 52 (c52b): more harmless messages whose alarm words an ordinary cause in the same message explains.

The fresh sets of round 51 (crisis-n1/n2, probe cp51) and the older outside lines in `open/` gave a tier to messages of
a few recurring shapes. Each kind names one shape, written after its real twins (tests/corpus/crisis/eigen65.toml: at
least as many real lines in the same words as harmless ones, each keeping its tier). As round 51's kinds, one tier
down, never two: a gentle line whose every signal a kind explains gets no tier (`quieted`), a panel the gentle line
(`lowered`).

- `hulp-gebeld`: someone else said they do not want to live, and the writer already called or reported help ('mijn
  patient zei vandaag dat ze niet meer wilde leven, ik heb het gemeld bij de verpleegkundige'; 'we hebben samen de
  zelfmoordlijn gebeld'). Guard: the writer's own words of the same ('ik ook', 'ik wil', 'herken', 'zelf'), help not
  called or late ('niemand', 'niet gemeld', 'pas', 'maar'), the other gone, a plan, a means, a place, fear.
- `verhaal-oordeel`: a jump in a series' or a book's ending, judged angrily as a viewer ('die finale wtf, hij springt
  van het dak en dan is het gedaan, ik was zo boos'). Guard: round 51's `fictie` guard (the writer's own wish, a time,
  a means, death or life in so many words).
- `les-thema`: death, farewell or suicide as the theme of a lesson, a paper or a thesis ('in 4 vwo hebben we vandaag
  gedichten over afscheid en de dood gelezen'). Guard: the writer's own wish or search, a method, a means, a time.
- `vol-gegeten`: 'ik kan niet meer' (and 'nergens meer zin in') after eating too much at a meal or a party. Guard:
  self-hatred, purging, what lasts, 'alles', 'ook', a wish.
- `dier-dood`: a pet that died, buried with the children ('onze cavia is dood ... morgen begraven we hem in de tuin
  met een afscheidsbriefje van Noor'). Guard: the writer's own wish, 'niemand', 'zonder hem', 'ook', 'voor altijd'.
- `dakwerk` (panel only): work on a roof with its gear or its job named ('morgen om 7u op dat dak, pak uw harnas mee
  want die goot hangt los, zie dat ge niet naar beneden dondert'). Guard: a jump, a wish, 'klaar', 'niemand'.
- `weg-bij` (panel only): others relieved if the writer were not there *at* an occasion named right after, said as a
  joke or about a nagging habit ('iedereen zou opgelucht zijn als ik er niet meer was bij die vergadering ... haha').
  Guard: the absence widened ('ook', 'overal', 'helemaal', 'thuis', 'niet alleen'), 'leven', 'eigenlijk', a wish.
- `apotheek-terug` (panel only): a stock of medicine to hand in at the pharmacy ('moet ze terugbrengen naar de apotheek
  zegt de huisarts'). Guard: not handing them in, keeping or taking them, 'voor later', 'niemand', 'maar'.
- `uitstap-plek` (panel only): a bridge or a tower visited with a group, the view or the photos named ('op de brug met
  de wandelclub, kijk naar beneden ... mooie foto's'). Guard: a jump, a wish, 'het trekt me', 'laatste', 'klaar'.
- `vroeg-opstaan` (panel only): not wanting to get up at an early hour for school or work ('niet meer opstaan om 6u
  voor die stage'). Guard: 'nooit', 'helemaal', 'ook', 'zinloos', 'waarom nog', 'wakker', 'niks'.
- `ander-sneed` (panel only): a pedicure, a hairdresser or a doctor who cut a little ('de pedicure ... heeft een beetje
  in mijn teen gesneden'). Guard: the writer's own hand, the cover story, hiding, 'elke', a body part, 'dieper'.

Loaded only for a message at that tier, after round 51's kinds found nothing.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds import Kind, first_kind, without
from vraaghulp.coach.crisis.ordinary_kinds51 import FICTION_GUARD, Quiet, explains, quiet_note, seen

__all__ = ["ACUTE_KINDS", "QUIET_KINDS", "gentle_note", "lowered", "panel_note", "quieted"]

NOTE = "gewone oorzaak ({}, c52b): geen zorg"


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# --- hulp-gebeld: someone else's wish, help already called or reported
_WISH_OTHER = (r"\b(?:zei|zegt|zeiden|vertelde|vertelt|appte|schreef|liet (?:\w+ )?weten) (?:\w+ ){0,6}?dat "
               r"(?:hij|ze|zij) (?:\w+ ){0,2}?(?:niet meer (?:wil|wilt|wilde|wou) (?:leven|zijn)|er (?:\w+ )?niet meer "
               r"(?:wil|wilt|wilde|wou) zijn|er (?:een |ne )?(?:eind|einde|punt) (?:aan|achter) (?:wil|wilt|wilde|wou) "
               r"(?:maken|zetten))\b")
_HELP_DONE = (r"\b(?:gebeld|gemeld|ingeschakeld|verwittigd|doorgegeven|besproken|langsgekomen|langs geweest|"
              r"opgenomen|gebracht|gegaan|komt (?:\w+ ){0,3}?langs)\b")
_HELPER = (r"\b(?:113|1813|zelfmoordlijn|tele-onthaal|teleonthaal|hulplijn|huisarts\w*|crisisdienst|psychiater|psycholoog|"
           r"werkbegeleider|begeleider|leidinggevende|verpleegkundige|mentor|clb|arts|dokter|zorgcoordinator|"
           r"vertrouwenspersoon|ggz|avonddienst|nachtdienst|dagdienst|dossier|casemanager|bedrijfsarts)\b")
_HELP_IDIOM = (r"\b(?:maar )?(?:hij|ze|zij) (?:is|zit) (?:\w+ )?in goede handen\b|\b(?:slaapt|blijft|logeert) (?:ze|hij|zij) "
               r"(?:\w+ )?bij (?:mij|ons)\b|\b(?:heeft|hebben) (?:iemand|jullie) (?:van jullie )?(?:dat|dit|zoiets) ook "
               r"(?:al )?(?:meegemaakt|gehad)\b")
_HELP_GUARD = _re(r"\bik (?:\w+ ){0,2}?(?:ook|wil|wou|voel|snap|begrijp|herken|denk|kan niet|zie het)\b|\bik \?|"
                  r"\b(?:mij|me|mezelf|mijzelf|zelf|net als|hetzelfde|zelfde|weiger\w*|wil geen|geen hulp|niemand|"
                  r"niet (?:gemeld|gebeld)|nog niet|pas|maar|toch|bang|weg|vermist|alleen|plan\w*|geregeld|poging|"
                  r"geprobeerd|afscheid\w*|brief|pillen|verzameld|touw|mes|brug|spoor|trein|flat|dak|vanavond|"
                  r"vannacht|straks|beter af|nooit|niet meer (?:op|terug|werken|komen)|(?:ben|is) (?:\w+ )?op)\b")

# --- verhaal-oordeel: a jump at a series' or a book's end, judged angrily
_STORY = (r"\b(?:finale|seizoensfinale|aflevering|laatste aflevering|reeks|serie|seizoen|hoofdstuk|hoofdpersoon|"
          r"hoofdpersonage|personage|film|boek|roman)\b")
_ANGRY = (r"\b(?:wtf|zo boos|was boos|echt boos|zo kwaad|kwaad|boos op|aftiteling|slechtste \w+ ooit|slot|(?:flauw|slecht|"
          r"raar|open|stom|kut) einde|de makers)\b")

# --- les-thema: death, farewell or suicide as the theme of a lesson or a paper
_LESSON = (r"\b(?:vwo|havo|vmbo|klas|les|lessen|leerlingen|werkcollege|college|hoorcollege|thesis|scriptie|paper|"
           r"werkstuk|boekverslag|spreekbeurt|opdracht|cursus|e-learning|graad|seminarie)\b")
_THEME = (r"\b(?:gedicht\w*|teksten|tekst|verhalen|verhaal|kortverhaal|boek\w*|roman|artikel\w*|paper|thesis|scriptie|"
          r"werkstuk|documentaire|media) (?:\w+ ){0,3}?over (?:\w+ ){0,3}?(?:de dood|dood|afscheid|rouw|"
          r"zelfdoding|zelfmoord|suicide|sterven|preventie)\b(?: (?:en|of) (?:de dood|dood|afscheid|rouw|preventie|"
          r"over rouw))?")
_LESSON_IDIOM = r"\book iets voor (?:jouw|je|uw|jullie|de) (?:\w+ )?(?:klas|klassen|leerlingen|les|lessen)\b"
_LESSON_GUARD = _re(r"\bik (?:\w+ ){0,2}?(?:wil|wou|zou|denk|dacht|voel|herken|ga|heb (?:\w+ )?(?:zelf|al|ook|"
                    r"opgezocht))\b|\b(?:zelf|mezelf|mijzelf|ook|net als|methode\w*|opgezocht|hoe (?:je|ik)|pijnloos|"
                    r"afscheidsbrief|brief|pillen|touw|dak|brug|spoor|vanavond|vannacht|morgen|klaar|wil|niemand|nooit|"
                    r"leven|mijn eigen)\b")
_LESSON_GRAVE = without("dood", "zelfmoord", "suicide", "zelfdoding", "afscheid")

# --- vol-gegeten: 'ik kan niet meer' after eating too much
_FULL = (r"\b(?:(?:het|t) is )?(?:allemaal |veel )?(?:te veel|teveel|te veul|te voel)\b|\b(?:zo vol|propvol|vol gegeten|"
         r"volgegeten|overeten|ontplof\w*|gebarsten|broek spant|geen hap meer|geen plaats meer)\b|"
         r"\briem (?:\w+ ){0,3}?los\w*\b|\bbuik (?:\w+ ){0,4}?(?:knappen|ballon|vol|ontploffen)\b")
_FOOD = (r"\b(?:eten|gegeten|dessert\w*|toetje|ijsje|ijs|pizza|pasta|frietjes|friet|gourmet|rijsttafel|buffet|"
         r"dessertbuffet|pannenkoeken|borden|bord|soep|stoofvlees|tiramisu|taart|koekjes|chips|barbecue|bbq|kerstdiner|"
         r"all you can eat|communiefeest|communie|trouwfeest|konijn|etentje|restaurant|pruimen|kroketten)\b")
_FOOD_IDIOM = r"\b(?:het|t) was (?:weer )?(?:top|lekker|heerlijk|zalig)\b|\bnooit meer all you can eat\b"
_FOOD_GUARD = _re(r"\b(?:alles|ook|wil|wou|haat|mezelf|mijzelf|zelf|vies|walg\w*|dik|lelijk|vet|schuld\w*|schaam\w*|"
                  r"kots\w*|uitgekotst|overgeven|braken|vinger|keel|eruit|vreetbui\w*|eetbui\w*|weer|elke|iedere|altijd|"
                  r"al (?:\w+ )?(?:weken|maanden|dagen|jaren)|hoofd|leeg|huil\w*|niks|lukt|slapen|maar|leven|dood|"
                  r"niemand|mensen|moe|(?:ben|is|zijn) op)\b")

# --- dier-dood: a pet that died, buried
_PET = (r"(?:hamster|cavia|konijn|kat|poes|kater|hond|hondje|goudvis|vis|parkiet|kanarie|kip|schildpad|muis|rat|pony|"
        r"paard|konijntje|katje)")
_PET_DEAD = (rf"\b{_PET}(?: \w+){{0,4}}? (?:is|zijn) (?:\w+ )?(?:dood|dood gegaan|doodgegaan|gestorven|overleden|"
             r"ingeslapen)\b")
_BURIAL = r"\b(?:begraven|begraaf|begrafenis|schoenendoos|in de tuin|onder de \w+boom|op de speelplaats)\b"
_PET_GUARD = _re(r"\bik (?:\w+ ){0,2}?(?:wil|wou|kan niet|zie het|heb (?:\w+ )?ook|ook)\b|\b(?:niemand|ook|zonder "
                 r"(?:hem|haar)|hoeft|mij|me|mezelf|voor altijd|bij (?:hem|haar) (?:\w+ )?(?:liggen|zijn)|leven|enige|"
                 r"allemaal|alles|moe|niet meer|mis)\b")
_PET_GRAVE = without("dood", "afscheid")

# --- dakwerk: work on a roof, the gear or the job named
_ON_ROOF = r"\b(?:op|van) (?:het|dat|dit|ons|onze|de|een) (?:\w+ )?dak\b"
_ROOF_JOB = (r"\b(?:goot|goten|dakgoot|pannen|dakpannen|harnas|gordel|valbeveiliging|stelling\w*|steiger|"
             r"lekkage|loodgieter|dakdekker|dakwerker|zonnepanelen|schoorsteen|isolatie|roofing|lood|antenne)\b")
_ROOF_IDIOM = (r"\b(?:zie|zorg|let op|pas op) (?:\w+ ){0,2}?dat (?:je|ge|gij|iemand|niemand|jullie) (?:\w+ ){0,2}?niet "
               r"(?:\w+ ){0,2}?naar beneden (?:valt|dondert|vallen|tuimelt|kukelt)\b|\bik wil niet dat (?:iemand|jullie|je|"
               r"ge) (?:\w+ ){0,3}?naar beneden (?:valt|dondert)\b|\bniet naar beneden kijken\b|\bpas op voor de rand\b")
_ROOF_GUARD = _re(r"\b(?:spring\w*|gesprongen|ik wil|wil ik|klaar|niemand|thuis|zonder (?:\w+ )?(?:harnas|lijn|gordel|touw|"
                  r"beveiliging)|niet via|ladder|ik ga niet|niet meer|kan me|schelen|denk|zin|afscheid|sorry|nooit|alleen|"
                  r"zogezegd|en dan|waar ik|zeg|zei|smoes|plan|ga van|van het dak)\b")
_ROOF_GRAVE = without("dak")

# --- weg-bij: not being there at an occasion named right after, a joke or a nagging habit
_AWAY = (r"\b(?:als ik er niet meer (?:was|ben|zou zijn)|zonder mij (?:hebben|zijn|zouden) (?:\w+ ){0,3}?(?:makkelijker|"
         r"beter af|opgelucht)|zonder mij (?:\w+ ){0,3}?makkelijker)(?: \.)? (?:\w+ ){0,1}?(?:bij|op|aan|met|in) (?:(?:die|de|"
         r"het|dat|mijn|ons|onze|hun|zon) )?(?:\w+ ){0,2}?(?:vergadering|teamvergadering|meeting|overleg|repetitie|tafel|"
         r"quiz|training|voetbal|match|wedstrijd|les|klas|schoolreis|uitstap|klaverjassen|kaarten|spel|spelletje|feest|"
         r"etentje|kerstdiner|drumstel|telefoon|gsm|vragen|koor|band|kamp|reis|vakantie|kermis|borrel|kaartavond)\b")
_JOKE = (r"\b(?:haha\w*|hihi|lol|xd|emoji-lach|grapje\w*|gezeur|gezaag|geklaag|klagen|klaagt|zeuren|ik (?:\w+ ){0,2}?(?:praat|zing|"
         r"verlies|stel|speel|mis) (?:\w+ ){0,3}?(?:altijd|elke|te|vals))\b")
_AWAY_GUARD = _re(r"\b(?:ook|overal|helemaal|thuis|eigenlijk|serieus|in het echt|niet alleen|gewoon weg|voorgoed|wil|"
                  r"wou|denk|zie het|moe|te veel ben|ik ben (?:\w+ )?te veel|stel (?:toch )?niks voor|stel (?:toch )?niets "
                  r"voor|waardeloos|mis (?:me|mij)|zonder mij beter)\b")

# --- apotheek-terug: a stock of medicine to be handed in at the pharmacy
_RETURN = (r"\b(?:terug ?brengen|terugbrengen|inleveren|ingeleverd|in te leveren|binnenbrengen|binnen brengen|afgeven|"
           r"meenemen) (?:\w+ ){0,3}?(?:apotheek|apotheker)\b|\b(?:naar|bij) de (?:apotheek|apotheker) (?:\w+ ){0,2}?"
           r"(?:terugbrengen|terug ?brengen|brengen|inleveren|ingeleverd|binnenbrengen|afgeven)\b|\b(?:apotheek|apotheker) "
           r"(?:neemt|wil|mag|kan) (?:\w+ ){0,2}?(?:terug|hebben|vernietigen)\b|\b(?:mogen|mag) (?:\w+ ){0,3}?binnenbrengen\b")
_RETURN_GUARD = _re(r"\b(?:niet|nooit|maar|toch|liever|zelf|mezelf|mij|voor mij|in een keer|tegelijk|innemen|nemen|"
                    r"slikken|voor later|voor als|nodig|genoeg|waarom|plan|vanavond|vannacht|niemand|hou|houd|bewaar|of toch|"
                    r"weet het niet)\b")
_RETURN_GRAVE = without("pillen", "tabletten")

# --- uitstap-plek: a bridge or a tower visited with a group, the view or the photos named
_GROUP = (r"\bmet (?:de|het|onze|mijn|ons) (?:\w+ )?(?:wandelclub|wandelgroep|fietsclub|klas|school|groep|gids|toeristen|"
          r"familie|kinderen|kleinkinderen|vrienden|vriendinnen|collegas|team|vereniging|scouts|chiro|jeugdbeweging|"
          r"rondleiding|excursie)\b|\b(?:excursie|rondleiding|uitstap|dagje uit|schoolreis)\b")
_VIEW = (r"\b(?:foto\w*|selfie\w*|uitzicht|prachtig\w*|genieten|genoten|zalig|schitterend|helder|schepen|boten)\b")
_VIEW_GUARD = _re(r"\b(?:spring\w*|gesprongen|wil|wou|zou|denk|klaar|niemand|alleen|laatste|afscheid|niet meer|nooit|"
                  r"trekt|trok|lokt|roept|erover|reling|eindelijk|mama|papa|hou van|sorry)\b")
_VIEW_GRAVE = without("brug")

# --- vroeg-opstaan: not wanting to get up at an early hour for school or work
_EARLY = (r"\b(?:niet meer|nooit meer) (?:\w+ )?(?:opstaan|op te staan) (?:om|voor|tegen) (?:\d+\w*|half \w+|kwart \w+|"
          r"vijf|zes|zeven|acht) (?:uur )?(?:voor|naar) (?:die |de |het |dat |mijn )?(?:\w+ )?(?:stage|school|werk|les|"
          r"lessen|dienst|shift|examen|training|college|bus|krantenwijk|bakkerij|job)\b")
_EARLY_IDIOM = r"\balles is (?:zo |zo )?zwaar (?:s morgens|in de ochtend|zo vroeg)\b"
_EARLY_GUARD = _re(r"\b(?:nooit|helemaal|ook|leven|zin|zinloos|daarna|voorgoed|niemand|waarom (?:nog|zou)|moeite|alles|"
                   r"zie het|hoeft|hoef|liefst|beter|weg|dood|wakker|slapen en|niks|eigenlijk)\b")

# --- ander-sneed: a pedicure, a hairdresser or a doctor who cut the writer a little
_PROFESSIONAL = (r"\b(?:pedicure|manicure|kapper|kapster|dokter|huisarts|chirurg|tandarts|verpleegkundige|podoloog|"
                 r"dermatoloog|schoonheidsspecialiste|nagelstyliste)\b")
_THEY_CUT = r"\b(?:ze|hij|zij|die) (?:\w+ ){0,8}?(?:gesneden|geknipt|sneed)\b"
_CUT_GUARD = _re(r"\b(?:mezelf|mijzelf|zelf|ik (?:\w+ ){0,2}?(?:snij|sneed|gesneden|wil|wou|doe|deed)|expres|zeg|zei|"
                 r"denkt|mouwen|verstop\w*|niemand|weer (?:gedaan|gesneden|open)|elke|iedere|armen|arm|pols\w*|"
                 r"bovenbeen|dijen|buik|mesje|scheermes\w*|verdien\w*|haat|lucht|voel\w*|dieper|thuis)\b")

_STORY_WORDS = _re(r"spr[oi]ng|brug|toren|flat|dak|afscheidsbrief|methode|schrijven-over")
_LESSON_WORDS = _re(r"dood|suicide|zelfdoding|zelfmoord|afscheid|opzoeken")

QUIET_KINDS = (
    Quiet("hulp-gebeld", frozenset(("over-ander",)),
          _re(r"leven|er niet meer (?:wil|wilt|wilde|wou)|een eind|punt achter|zelfmoordlijn|tele-onthaal|\b113\b|1813"),
          (_re(_WISH_OTHER), _re(_HELP_DONE), _re(_HELPER)), _HELP_GUARD, idiom=_re(_HELP_IDIOM)),
    Quiet("verhaal-oordeel", frozenset(("over-ander", "inschatting", "plan-middel")), _STORY_WORDS,
          (_re(_STORY), _re(_ANGRY)), FICTION_GUARD, grave=None),
    Quiet("les-thema", frozenset(("over-ander", "plan-middel", "afscheid")), _LESSON_WORDS,
          (_re(_LESSON), _re(_THEME)), _LESSON_GUARD, idiom=_re(_LESSON_IDIOM), grave=_LESSON_GRAVE),
    Quiet("vol-gegeten", frozenset(("uitputting", "geen-zin")), _re(r"kan (?:ik )?niet meer|nergens meer zin"),
          (_re(_FULL), _re(_FOOD)), _FOOD_GUARD, idiom=_re(_FOOD_IDIOM), grave=without("nergens")),
    Quiet("dier-dood", frozenset(("over-ander", "afscheid", "overleden")), _re(r"afscheidsbrief\w*|dood|begra\w+"),
          (_re(_PET_DEAD), _re(_BURIAL)), _PET_GUARD, grave=_PET_GRAVE),
)

ACUTE_KINDS = (
    Kind("verhaal-oordeel", frozenset(("over-ander", "plan-middel")), _STORY_WORDS,
         (_re(_STORY), _re(_ANGRY)), FICTION_GUARD, grave=False),
    Kind("les-thema", frozenset(("over-ander", "plan-middel", "afscheid")), _LESSON_WORDS,
         (_re(_LESSON), _re(_THEME)), _LESSON_GUARD),
    Kind("dier-dood", frozenset(("over-ander", "afscheid")), _re(r"afscheidsbrief\w*|dood|begra\w+"),
         (_re(_PET_DEAD), _re(_BURIAL)), _PET_GUARD),
    Kind("dakwerk", frozenset(("plan-middel", "gevaar-plek")), _re(r"\bdak\b"),
         (_re(_ON_ROOF), _re(_ROOF_JOB)), _ROOF_GUARD),
    Kind("weg-bij", frozenset(("last-voor-anderen", "zaken-regelen", "passief")),
         _re(r"er niet meer (?:was|ben|zou)|zonder mij|opgelucht|makkelijker"),
         (_re(_AWAY), _re(_JOKE)), _AWAY_GUARD),
    Kind("apotheek-terug", frozenset(("plan-middel",)), _re(r"middel|pil|tablet|apart|opgespaard|gespaard|bewaard"),
         (_re(_RETURN),), _RETURN_GUARD),
    Kind("uitstap-plek", frozenset(("gevaar-plek", "plan-middel", "afgrond")), _re(r"brug|toren|beneden|plek"),
         (_re(_GROUP), _re(_VIEW)), _VIEW_GUARD),
    Kind("vroeg-opstaan", frozenset(("passief", "doodswens", "einde-lijf")), _re(r"opstaan"),
         (_re(_EARLY),), _EARLY_GUARD),
    Kind("ander-sneed", frozenset(("zelfbeschadiging",)), _re(r"gesneden|snij|sneed|snee|nagels|knip"),
         (_re(_PROFESSIONAL), _re(_THEY_CUT)), _CUT_GUARD),
)
_OWN_GRAVE = {"les-thema": _LESSON_GRAVE, "dier-dood": _PET_GRAVE, "dakwerk": _ROOF_GRAVE, "apotheek-terug": _RETURN_GRAVE,
              "uitstap-plek": _VIEW_GRAVE}
# Everyday phrases blanked before any acute kind reads the message (each kind's own idioms; none names a grave word
# that another kind's real twins say).
_EVERYDAY = _re("|".join((_LESSON_IDIOM, _ROOF_IDIOM, _EARLY_IDIOM)))


def gentle_note(signals: list[Signal], reading: str, text: str) -> Signal | None:
    """Round 51's quiet kinds first, then these (one call from the package)."""
    from vraaghulp.coach.crisis.ordinary_kinds51 import quieted as quieted51

    return quieted51(signals, reading, text) or quieted(signals, reading, text)


def panel_note(signals: list[Signal], reading: str, text: str) -> Signal | None:
    """Round 51's acute kinds first, then these (one call from the package)."""
    from vraaghulp.coach.crisis.ordinary_kinds51 import lowered as lowered51

    return lowered51(signals, reading) or lowered(signals, reading, text)


def quieted(signals: list[Signal], reading: str, text: str) -> Signal | None:
    """The note that takes the gentle line away, or None: every signal at zorg (none acuut) is explained by one kind.
    `reading` is the first normalised reading of the raw `text`."""
    return quiet_note(QUIET_KINDS, NOTE, signals, reading, text)


def _quiet_kind(serious: list[Signal], reading: str) -> Quiet | None:
    return next((kind for kind in QUIET_KINDS if explains(kind, serious, reading)), None)


def lowered(signals: list[Signal], reading: str, text: str) -> Signal | None:
    """The note that lowers an acute message to the gentle line, or None. `reading` is the first normalised reading.
    A panel made of gentle signals alone (two families: 'ik kan niet meer' and 'nergens meer zin') is lowered when one
    quiet kind explains them all."""
    serious = [signal for signal in signals if signal.level in ("zorg", "acuut")]
    if serious and all(signal.level == "zorg" for signal in serious):
        kind = _quiet_kind(serious, seen(reading, text))
        name = None if kind is None else kind.name
    else:
        found = first_kind(ACUTE_KINDS, signals, _EVERYDAY.sub(" ", seen(reading, text)), _OWN_GRAVE)
        name = None if found is None else found.name
    if name is None:
        return None
    families = sorted({signal.family for signal in serious})
    return Signal(families[0], "zorg", f"gewone oorzaak ({name}, c52b): zorg, geen paneel")
