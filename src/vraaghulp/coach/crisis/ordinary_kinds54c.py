"""Round 54 (c54c): seven ordinary causes that explain a harmless gentle line written by outside authors.

Every harmless outside line of `open/` still at the gentle line (tuning-ho*-open and tuning*-cp-open) was read by what
fired and sorted by the kind of ordinary life it names; the causes taken are the ones three or more outside authors
wrote (a file `tuning-ho*` is one author; the probes `tuning*-cp` are two, CP and Q; `sport-moe`'s wrong lines are
CP's and Q's, its cause, tiredness after sport or work, is round 51's `moe-na-werk` in more files). Each kind was
written after its real twins (tests/corpus/crisis/eigen67-c54c.toml: at least as many real lines in the same words as
harmless ones, each keeping its tier). Gentle line only: a message whose every zorg signal (none acuut) one kind
explains gets no tier; never a panel, never two tiers.

- `taak-beu`: tired of, done with or seeing no point in a named everyday task or nuisance (a printer, a renovation, a
  course, a diet, the referee; never a train, a bus or a tram: round 46's 'onder den trein'), with the fix or the next
  step named, or the words bound to the thing ('geen zin meer om die printer te resetten, ik bel morgen de ICT').
  Guard: everything ('alles', 'niks anders'), oneself, life, the head, getting up, being gone, the writer's own wish.
- `hulp-geregeld`: someone else said they want to die or tried, help is already arranged, and the writer says how it
  shook them or asks how to support ('ik ben kapot', 'ik zie er wel van af', 'heftig om mee te maken'); without that
  reaction round 45's promise stands ('de huisarts gebeld en die is nu bij haar' keeps the gentle line). Guard: the
  writer's own wish beside it ('ik ook', 'zelf', 'en ik?'), help refused or the person gone, fear that it happens
  tonight.
- `verhaal-indruk`: a jump at a story's end with the reader's or viewer's impression of the story ('heftige afloop',
  'deprimerend einde', 'rare film', 'zit hier te bleiten', a second season, a book report). Guard: round 51's
  `FICTION_GUARD` (the writer's own wish, a time, a means, 'in het echt').
- `sport-moe`: 'ik kan niet meer' / 'moe van alles' after named exercise or rehab, with the body or the rest named
  ('ik ben op na die marathon, alles doet zeer, morgen rustdag'). Guard: what lasts, life, the head, a wish, vanishing.
- `lachen`: 'ik kan niet meer' / 'ik ga dood' from laughing, the laugh named ('dubbel', 'van het lachen', 'van deze
  meme'). Guard: 'maar', tears of sorrow, emptiness inside, 'vroeger', a wish, being gone.
- `eten`: 'ik kan niet meer' / 'ik ga dood' after a big meal or from hunger ('alles is op, drie borden spaghetti, mijn
  buik ontploft'; 'ik sterf van den honger, wanneer is het eten klaar'). Guard: not eating on purpose, purging,
  self-hatred, 'ook', a wish.
- `schrik-dood`: 'ik dacht dat ik dood was' after a fright or a near miss that ended well (a tram, the high board, a
  grandson's bungee jump on film). Guard: 'jammer', 'helaas', hoping it, rest, relief, 'was het maar waar'.

Leave-one-author-out (the words an author's lines gave the kinds taken out, that author's lines read again): 2 of the
34 outside lines mended stay mended; the kinds are mostly the words of the lines they mend (README, "Round 54 (c54c)").

Loaded only for a message at the gentle line, after the kinds of rounds 51 to 53 found nothing.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds import without
from vraaghulp.coach.crisis.ordinary_kinds51 import FICTION_GUARD, Quiet, quiet_note

__all__ = ["KINDS", "gentle_note", "quieted"]

NOTE = "gewone oorzaak ({}, c54c): geen zorg"


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# --- taak-beu: a named everyday task or nuisance
_NUISANCE = (r"\b(?:printer|scanner|router|wifi|modem|laptop|computer|update|software|app|website|wasmachine|"
             r"vaatwasser|droogkast|koelkast|auto|fiets|formulier\w*|aangifte|belastingaangifte|administratie|"
             r"papierwerk|boekhouding|facturen|verbouwing|renovatie|bouwvakkers|boormachine|wegenwerken|aannemer|"
             r"loodgieter|nmbs|file|vertraging|staking|scheidsrechter|defensie|ploeg|"
             r"cursus|yogales|les|opleiding|bijbaan|uitvoerder|planning|rooster|quota|dieet|gedichten|"
             r"sinterklaasgedichten|rijmen|huiswerk|taak|examen|tomaten|basilicum|moestuin|slakken|onkruid|gras|"
             r"haag|strijk|afwas|verhuisdozen)\b")
# the words bound to the thing ('zo moe met die verbouwing', 'geen zin meer om die printer te resetten')
_BOUND = (r"\b(?:moe|beu|klaar mee|zin meer|reden meer(?: om door te gaan)?|niet meer(?: tegen)?|nut niet meer in|"
          r"geef het op)(?: \w+){0,2}?(?: ,)? (?:met|van|om|tegen) (?:die|dat|de|het|den|al die|mijn|ons|onze)\b")
_FIX = (r"\b(?:(?:ik )?bel (?:ik )?(?:morgen |maandag |straks )?(?:de|het|naar|den) \w+|morgen bel ik|"
        r"(?<!al )(?<!sinds )\b(?:nog )?(?:een|\d+|twee|drie|vier) (?:dagen|weken|maanden)(?: volhouden)?|"
        r"volgende? (?:week|maand|seizoen|jaar)|in (?:september|januari|juni)|(?:anders )?zoek ik (?:iets anders|"
        r"een andere \w+)|dan ga ik (?:\w+ ){0,2}?(?:weer|bij)|ik ga te voet|fiets ik|zeg ik (?:mijn|m) (?:\w+ )?op|"
        r"(?:ermee )?naar de (?:boekhouder|garage|winkel|helpdesk)|zet ik (?:ze|het|hem) in|(?:is|"
        r"zijn) (?:\w+ )?af\b|aanraden|komt (?:\w+ )?(?:volgende|morgen))")
_TASK_IDIOM = (r"\bik ga dood , (?:wat een|wa ne) \w+|\bniks houdt (?:me|mij) daar\b|\b(?:wil|moet|"
               r"doet) alles opnieuw\b|\b(?:doet|wordt) (?:het )?nooit (?:beter|op tijd)\b|\bdoet het nooit\b")
_TASK_GUARD = _re(r"\b(?:alles|van alles|niks anders|niets anders|niks|niets|mezelf|mijzelf|met mij|leven|hoofd|"
                  r"stemmen|gedachten|ruzie\w*|op te staan|opstaan|wakker|er (?:\w+ )?niet meer (?:zijn|ben|is|wil)|"
                  r"(?:ben|is) (?:ik |hij )?er (?:\w+ )?niet meer|niet meer zijn|verdwijnen|beter af|zonder mij|"
                  r"pillen|huisarts|dokter|niemand|eenzaam|huil\w*|leeg|ik (?:\w+ )?(?:wil|wou|zou)|wil ik|"
                  r"volhou\w*|ook niet|en ook|niet alleen|nooit meer|dood|zin om|weg|gaat niet)\b")

# --- hulp-geregeld: someone else's wish or attempt, help arranged, the writer shaken
_OTHER_WISH = (r"\b(?:zei|zegt|vertelde|vertelt|appte|schreef|liet (?:\w+ )?weten) (?:\w+ ){0,6}?dat (?:hij|ze|zij|"
               r"zijn \w+|zijne \w+|haar \w+) (?:\w+ ){0,3}?(?:dood wil|dood wilde|zichzelf iets (?:wou|wilde|"
               r"wil) aandoen|niet meer (?:wil|wilde|wou) (?:leven|zijn)|er (?:\w+ )?niet meer (?:wil|wilde|"
               r"wou) zijn|er (?:een |ne )?(?:eind|einde) aan (?:wil|wilde|wou) maken|"
               r"(?:er )?(?:\w+ )?aan dacht om er een (?:eind|einde) aan te maken)|\b(?:een |haar |"
               r"zijn )?(?:suicidepoging|zelfmoordpoging) (?:gedaan )?(?:met \w+)?|\b(?:vannacht )?(?:een|"
               r"ne) (?:jongen|man|vrouw|meisje|gast) (?:van|uit) (?:de|het) \w+ gehaald")
_ARRANGED = (r"\b(?:113|112|024|1813|tele-onthaal|zelfmoordlijn|huisarts|crisisdienst|clb|paaz|psychiatrie|spoed|"
             r"mentor|ouders)\b(?: \w+){0,4}? (?:gebeld|gegeven|gegaan|gemeld|verwittigd|ingeschakeld|geweest)\b|"
             r"\b(?:gebeld|gemeld|verwittigd)(?: \w+){0,3}? (?:113|112|024|1813|tele-onthaal|huisarts|crisisdienst|"
             r"clb|ouders|mentor)\b|\b(?:krijgen|krijgt) (?:\w+ )?hulp\b|\b(?:ligt|is) (?:\w+ )?veilig op de \w+\b")
# the writer shaken by it, or asking how to support (a cause: without it, round 45's 'de huisarts gebeld en die is nu
# bij haar' keeps the gentle line)
_SHAKEN = (r"\b(?:(?:ik ben|ben ik|ik zijn) (?:\w+ )?(?:kapot|gesloopt)|wat een (?:nacht|avond|dag|dienst)|"
           r"(?:ben|zit) (?:er )?(?:\w+ ){0,2}?ondersteboven van|ik zien? (?:er )?(?:wel )?van af|"
           r"(?:wel )?(?:even )?heftig om mee te maken|(?:ik ben )?blij dat ik er was|"
           r"fijn dat ik het (?:\w+ ){0,3}?kon bespreken|hoe kan ik (?:hem|haar) (?:\w+ ){0,3}?steunen|"
           r"zit er (?:\w+ )?van te trillen)")
# what else such a message says of the night ('dienst zit erop', 'tot haar ouders er waren'), blanked before the guard
_HELP_NIGHT = (r"\b(?:ga slapen(?: tot \d+ uur)?|dienst zit erop|gelukkig op tijd|(?:\w+ )?van me\b|"
               r"tot (?:haar|zijn) ouders er waren|(?:ze|hij) is (?:\w+ )?(?:thuis )?bij (?:hen|zijn \w+|haar \w+)|"
               r"ik heb (?:goed )?met (?:haar|hem) gepraat)")
_HELPED_GUARD = _re(r"\bik (?:\w+ ){0,2}?(?:ook|wil|wou|voel|snap|begrijp|herken|denk|kan niet|zie het)\b|\ben ik\b|"
                    r"\b(?:ik \?|zelf|mezelf|mijzelf|net als|hetzelfde|niemand|nog niet|maar|toch|bang|weg|vermist|"
                    r"wou niet|wilde niet|weiger\w*|plan\w*|vanavond|vannacht|straks|beter af|nooit|afscheid\w*)\b")

# --- verhaal-indruk: a story judged by its reader or viewer
_STORY = (r"\b(?:film|serie|reeks|aflevering|seizoen|boek|roman|hoofdstuk|hoofdpersoon|hoofdpersonage|personage|"
          r"game|scene)\b")
_IMPRESSION = (r"\b(?:(?:heftig\w*|deprimerend\w*|triest\w*|rare|raar|zwak\w*|beste) (?:\w+ )?(?:einde|afloop|film|"
               r"serie|reeks|boek|game|aflevering|slot)|(?:tweede|nieuw|volgend) seizoen|seizoen \d|"
               r"zit (?:hier )?te (?:bleten|bleiten|janken|huilen|balen)|boekverslag|wa een reeks|wat een reeks|"
               r"volgende keer kies)\b")
_STORY_WORDS = _re(r"spr[oi]ng|brug|toren|flat|dak|methode|schrijven-over")

# --- sport-moe: exercise or rehab named, the body or the rest after it
_EXERCISE = (r"\b(?:(?:halve )?marathon|bootcamp|spinning\w*|zumba\w*|fitness|crossfit|training|fysio|kine|kinesist|"
             r"revalidatie|treden|trap op|\d+ km|gefietst|gezwommen|beklimming)\b")
_BODY_REST = (r"\b(?:rug|benen|armen|voeten|kuiten|knie|heup|spieren|spierpijn|lam|kapot|"
              r"(?:alles )?doet (?:\w+ )?(?:pijn|zeer)|rustdag|bed|slapen|pintje|traplift|"
              r"(?:al )?(?:in geen )?jaren (?:niet )?(?:meer )?gesport|gesport|volgende week weer)\b")
_SPORT_IDIOM = (r"\balles doet (?:pijn|zeer)\b|\b(?:ik ben|ik zijn|ben) op na\b|\bmoe van alles na\b|\bin geen jaren\b|"
                r"\bjaren (?:niet|nie) (?:meer )?(?:echt )?gesport\b")
_SPORT_GUARD = _re(r"\b(?:maar|alles|allemaal|leven|zin|altijd|steeds|al (?:\w+ )?(?:weken|maanden|jaren|jaar)|"
                   r"laatste tijd|nooit|niemand|huil\w*|leeg|verdriet\w*|hoofd|gedachten|denken|wil|wou|hoop|wakker|"
                   r"verdwijnen|weg|genoeg|zwaar|te veel|mezelf|alleen|niks|niets|voel\w*|ook|dit|die pijn|"
                   r"laat (?:mij|me)|gaan)\b")

# --- lachen: the laugh named
_LAUGH = (r"\b(?:van het lachen|(?:lig|lag|liggen|lagen) (?:\w+ ){0,3}?dubbel|lag plat|in een deuk|slap van het lachen|"
          r"gierend|proest\w*|(?:van|door) (?:deze|die|dat|dit) (?:meme|edit|filmpje|video|tiktok|reel|sketch|clip)|"
          r"die (?:\w+ )?(?:kat|poes|hond|baby|geit|eend) die)\b")
_LAUGH_IDIOM = r"\bik ga (?:\w+ )?dood\b|\b(?:ben|zijn) (?:\w+ )?dood ?gegaan\b"
_LAUGH_GUARD = _re(r"\b(?:maar|alleen|toch|alsof|leeg|moe|huil\w*|gehuild|verdriet\w*|zwaar|alles|allemaal|"
                   r"al (?:\w+ )?(?:weken|maanden|jaren)|hoofd|pijn|help|hulp|sorry|niemand|eenzaam|bang|wil|wou|"
                   r"mezelf|verder|voel\w*|wakker|nacht|vanbinnen|vroeger|daarna|er niet meer|elke dag|serieus|"
                   r"echt waar)\b")

# --- eten: a big meal or hunger
_MEAL = (r"\b(?:eten|honger|dessert|dame blanche|tiramisu|spaghetti|borden|porties|stoofvlees|mosselen|kroketten|"
         r"garnaalkroketten|frieten|pizza|buffet|barbecue)\b")
_FULL_OR_HUNGRY = (r"\b(?:honger|gebarsten|ontplof\w*|zo vol|propvol|geen dessert|zo lekker|buik|hoe laat eten|"
                   r"wanneer is het eten)\b")
_MEAL_IDIOM = (r"\bik (?:ga|sterf) (?:\w+ )?dood\b|\bik sterf van (?:de|den) honger\b|\balles is op\b|"
               r"\btrek het (?:\w+ )?niet meer tot (?:\d+|zes|zeven|acht) uur\b|\bgeen dessert voor (?:mij|meer)\b")
_MEAL_GUARD = _re(r"\b(?:alles|ook|wil|wou|haat|mezelf|zelf|vies|walg\w*|dik|lelijk|schuld\w*|schaam\w*|kots\w*|"
                  r"gekotst|overgeven|braken|vinger|keel|eruit|vreetbui\w*|eetbui\w*|weer|elke|altijd|dagen|weken|"
                  r"hoofd|leeg|huil\w*|niks|maar|leven|niemand|expres|niet meer eet|vanzelf|niet zo goed|gaat niet)\b")

# --- schrik-dood: 'ik dacht dat ik dood was' after a fright or a near miss that ended well
_THOUGHT_DEAD = (r"\b(?:ik )?dacht (?:\w+ ){0,2}?(?:dat )?ik (?:\w+ ){0,3}?dood (?:was|ging|ga|neerviel|"
                 r"bij neerviel)\b|\bdacht (?:ik )?(?:\w+ )?(?:ik ga|dat ik) (?:\w+ ){0,2}?dood\b")
_FRIGHT = (r"\b(?:aangereden|aanrijding|bestelbus|tram|hart in (?:mijn|m) keel|(?:mijn )?hart zat in (?:mijn|m) keel|"
           r"duikplank|achtbaan|bungee\w*|gebungeejumpt|turbulentie|landing|het ging goed|er is niks gebeurd|"
           r"niks aan de hand|gelukkig|geweldig|trots|schrik|geschrokken)\b")
_FRIGHT_IDIOM = r"\b(?:telefoon|gsm|batterij|accu) (?:\w+ )?(?:was|is) dood\b"
_FRIGHT_GUARD = _re(r"\b(?:jammer|helaas|hoop\w*|hoopte|wou|wilde|liever|rust|opluchting|eindelijk|voelde|maar waar|"
                    r"was het maar|spijt|niet zo|weer niet|teleurgesteld|had gemogen|echt gewild|mocht)\b")

KINDS = (
    Quiet("taak-beu", frozenset(("uitputting", "geen-zin")),
          _re(r"moe|beu|k[ao]n (?:ik )?(?:er )?niet meer|zin|reden meer|nut niet meer|hoeft het voor mij niet meer|"
              r"geef het op|klaar"),
          (_re(_NUISANCE), _re(_BOUND + "|" + _FIX)), _TASK_GUARD, idiom=_re(_TASK_IDIOM), grave=without("nooit")),
    Quiet("hulp-geregeld", frozenset(("over-ander",)),
          _re(r"leven|dood|aandoen|zichzelf|eind|einde|er niet meer|suicidepoging|zelfmoordpoging|plek-en-nood|brug"),
          (_re(_OTHER_WISH), _re(_ARRANGED), _re(_SHAKEN)), _HELPED_GUARD,
          idiom=_re(_HELP_NIGHT)),
    Quiet("verhaal-indruk", frozenset(("over-ander", "inschatting", "plan-middel")), _STORY_WORDS,
          (_re(_STORY), _re(_IMPRESSION)), FICTION_GUARD, grave=None),
    Quiet("sport-moe", frozenset(("uitputting",)), _re(r"k[ao]n (?:ik )?niet meer|trek het niet meer|moe"),
          (_re(_EXERCISE), _re(_BODY_REST)), _SPORT_GUARD, idiom=_re(_SPORT_IDIOM)),
    Quiet("lachen", frozenset(("uitputting", "vangnet")), _re(r"k[ao]n (?:ik )?niet meer|dood"),
          (_re(_LAUGH),), _LAUGH_GUARD, idiom=_re(_LAUGH_IDIOM)),
    Quiet("eten", frozenset(("uitputting", "vangnet")),
          _re(r"k[ao]n (?:ik )?niet meer|trek het niet meer|dood|sterven"),
          (_re(_MEAL), _re(_FULL_OR_HUNGRY)), _MEAL_GUARD, idiom=_re(_MEAL_IDIOM)),
    Quiet("schrik-dood", frozenset(("vangnet",)), _re(r"dood"),
          (_re(_THOUGHT_DEAD), _re(_FRIGHT)), _FRIGHT_GUARD, idiom=_re(_FRIGHT_IDIOM)),
)


def quieted(signals: list[Signal], reading: str, text: str) -> Signal | None:
    """The note that takes the gentle line away, or None: every signal at zorg (none acuut) is explained by one kind.
    `reading` is the first normalised reading of the raw `text`."""
    if any(signal.phrase.startswith("gewone oorzaak") for signal in signals):
        return None  # an older kind already lowered it one tier
    return quiet_note(KINDS, NOTE, signals, reading, text)


def gentle_note(signals: list[Signal], reading: str, text: str) -> Signal | None:
    """The quiet kinds of rounds 51 to 53 first, then these, then round 55's (one call from the package)."""
    from vraaghulp.coach.crisis.ordinary_kinds53 import gentle_note as gentle53
    from vraaghulp.coach.crisis.ordinary_other55 import quieted as other55  # round 55 (c55a): someone else's words

    from vraaghulp.coach.crisis.ordinary_kinds58 import quieted as kinds58  # round 58 (c58a): a glad or busy day

    return (gentle53(signals, reading, text) or quieted(signals, reading, text) or other55(signals, reading, text)
            or kinds58(signals, reading, text))
