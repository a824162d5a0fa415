"""Round 54 (c54a): four ordinary causes that gave the full panel to harmless lines of many outside authors.

The harmless outside lines at the panel (`open/tuning-ho*-open.toml`, `open/tuning*-cp-open.toml`) were tallied by
what fired and grouped by the kind of ordinary life they name; these four came back in at least three outside files
each. As the kinds of rounds 49 to 53 (`ordinary_kinds.first_kind`): every acute signal belongs to the kind's families
and names its words, every part of the cause stands in the first normalised reading, the cause spans and a few
everyday idioms are blanked, and then nothing grave (GRAVE without the kind's own words) nor the kind's guard may
stand in the rest. One tier down, never two: the panel becomes the gentle line. Written after the real twins of
tests/corpus/crisis/eigen67-c54a.toml (as many real lines per cause as harmless ones, each keeping the panel).

- `sprong-plezier`: a jump at a sport or for fun ('van de hoge toren, wie komt kijken', 'van de rotsen in de Ourthe,
  zalig', 'zo blij dat ik van mijn balkon wil springen'), in a show ('die zin ... as de beat dropt'), or by someone or
  something else, read from the verb ('in de clip springt hij van de brug', 'een kat die van het dak sprong'). Not a
  laugh alone ('haha vanavond spring ik van de brug' is real in the older corpus). Guard: the writer's own jump with a
  time, identifying ('zelf', 'ik wou dat ik', 'snap'), the sport denied ('geen bungee', 'zonder parachute'), an end.
- `afwezig-bij`: not being there, not waking, or others better off without the writer, bound to a named occasion
  or move, read from the phrase after it ('als die schoonmoeder zondag komt', 'bij dat overleg', 'van die haan', 'morgen,
  eerste uur wiskunde', 'zonder mij thuis ... ik heb een kamer in Kralingen'). Guard: the absence widened ('ook',
  'overal', 'nergens', 'nooit', 'gewoon niet meer'), a burden, an end, 'niemand'.
- `gevochten-met`: 'lang genoeg gevochten' with an ordinary opponent named (the council, a knee before its operation,
  an upload, a printer); not oneself, life, an illness of the mind or the body as a whole. Guard: giving up on more than
  that ('alles', 'iedereen', 'op is', 'uitweg', 'hoeft niet meer').
- `dank-gewoon`: thanks for everything or 'zorg goed voor' with the ordinary matter or the next meeting named ('voor
  alles deze week ... zondag kom ik taart brengen', 'zorg goed voor die enkel', 'je ziet er moe uit', 'tot op de
  buurtborrel'). Guard: 'niet meer', 'straks', 'laatste', 'vergeet', 'hoeft', 'alleen', 'genoeg'.

Loaded only for a message at the panel, after the kinds of rounds 51 to 53 found nothing.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds import Kind, first_kind, without
from vraaghulp.coach.crisis.ordinary_kinds51 import seen

__all__ = ["KINDS", "ROPE", "lowered", "panel_note"]

NOTE = "gewone oorzaak ({}, c54a): zorg, geen paneel"


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# --- sprong-plezier
_SHOW = (r"clip|videoclip|serie\w*|finale|trailer|film\w*|aflevering|nummer|liedje|lied|beat|songtekst|refrein|concert|"
         r"live|stunt\w*|acteur|actrice|personage|zanger|rapper")
_FUN = (r"zwembad|duik\w*|bommetje|buikschuiver|plat op (?:mijn|m|zijn|haar) buik|(?<!geen )(?<!zonder )elastiek|"
        r"(?<!geen )(?<!zonder )bungee\w*|kliff?en|cliff\w*|aan boord|trampoline|zalig|uitlachen|fotos volgen|"
        r"(?:zo|heel|super) (?:blij|gelukkig|content|happy) (?:\w+ ){0,4}?dat")
# Someone or something else jumps, read from the verb: 'springt' (never with 'ik'), 'sprong' or 'springen' after 'hij',
# 'ze', 'zij' or 'die' with no 'ik' or 'we' between ('een kat die van het dak sprong'), a group named after it
# ('springen de jongens').
_OTHER_JUMPER = (r"(?<!\bjij )(?<!\bje )(?<!\bge )(?<!\bgij )\bspringt\b(?! (?:jij|je|ge|gij)\b)|"
                 r"(?<!\bik en )(?<!\ben ik )\b(?:hij|ze|zij|die) (?!(?:\w+ ){0,6}?(?:ik|k|we|wij|samen)\b)(?:\w+ ){0,6}?"
                 r"(?:sprong|sprongen|springen)\b|"
                 r"\b(?:springen|sprongen) (?:de|die|ze) (?:\w+ )?(?:jongens|meisjes|kinderen|kids|mannen|matrozen|mensen|"
                 r"katten|honden)\b")
_INVITE = r"\bwie (?:komt|gaat|doet|wil|gaan|komen) (?:\w+ )?(?:kijken|mee|meedoen|supporteren|filmen)\b"
_JUMP_FRAME = rf"\b(?:{_SHOW}|{_FUN})\b|{_OTHER_JUMPER}|{_INVITE}"
# The writer's own jump, wish or end beside it: the panel stays.
_JUMP_GUARD = _re(r"\b(?:ik (?:\w+ ){0,2}?(?:ook|dood)|ook (?:zo|doen|dood)|zo wil|wil (?:ik )?(?:dood|niet meer)|zelf|"
                  r"net als|zoals|ik wil|wil ik|samen|ik en \w+|\w+ en ik|(?:ga|gaat) (?:\w+ )?springen|"
                  r"wou dat ik|snap|begrijp|ik (?:sta|zit|ga|doe|denk|weet)|(?:sta|zit|ga|doe|denk|weet) ik|"
                  r"als ik (?:het )?(?:doe|ga|spring)|zodra|beslist|besloten|agenda|gestaan|eraf|water in|zonder|geen|"
                  r"parachute|(?:vannacht|vanavond|straks|nu) (?:\w+ )?spring ik|spring ik (?:\w+ )?(?:vannacht|vanavond|"
                  r"straks|nu)|niet meer|beu|moe|op is|kan niet|tegenhouden|missen|overal van af|van alles af|"
                  r"is het gedaan|afgelopen|voorbij|beter zo|genoeg|klaar|meen|geen grap|iedereen|alles|leven|eind\w*|"
                  r"rust)\b")

# --- afwezig-bij
_OCCASION = (r"overleg|vergadering|meeting|call|repetitie|feest|feestje|verjaardag|bezoek|etentje|familiedag|"
             r"kerst\w*|nieuwjaar|les|training|borrel|diner|bbq|barbecue|receptie|koffie|bal|teambuilding|uitstap|"
             r"excursie|toets|examen|tandarts|dokter|dienst")
_VISITOR = (r"schoonmoeder|schoonvader|schoonouders|schoonzus|nonkel|tante|oom|baas|buurman|buurvrouw|klant|"
            r"inspecteur|directeur|leraar|juf|meester")
_NOISE = r"haan|hanen|wekker|vuilkar|vuilniswagen|buren|gebuur\w*|hond|blaffen|bouwvakkers|boor|kerkklok\w*|klokken"
_AWAY = (r"(?:er )?(?:niet|nie) (?:meer )?(?:zijn|ben|was|wakker (?:worden|word|wordt|werd|weer|te worden))|"
         r"(?:beter af|opgelucht|rust) (?:\w+ ){0,3}?zonder (?:mij|me)|zonder (?:mij|me)")
# Who or what the absence may not be bound to: people, home, the world (then it is the writer's absence, not an errand).
_PEOPLE = (r"mensen|familie|jullie|iedereen|wereld|aarde|leven|ouders|kinderen|kids|vrienden|man|vrouw|vriend|vriendin|"
           r"mama|papa|ma|pa|moeder|vader|zoon|dochter|broer|zus|hond|kat|huis|thuis|plek|plaats")
# Bound: to a named occasion ('bij dat overleg', 'op de repetitie'), a visitor coming ('als die schoonmoeder zondag
# komt'), a noise that wakes ('van die haan'), home left for a room of one's own, a week away (without 'meer'), an
# early start the next day.
_BOUND = (rf"\b(?:{_AWAY}) (?:\w+ ){{0,3}}?(?:bij|op|tijdens|van|voor) (?:die|dat|de|het|deze|dit|mijn|ons|onze|zon|"
          rf"een) (?:\w+ ){{0,2}}?(?:{_OCCASION}|{_NOISE})\b|"
          rf"\b(?:{_AWAY}) (?:\w+ ){{0,3}}?(?:bij|op|tijdens) (?:die|dat|deze|dit) (?!(?:\w+ )?(?:{_PEOPLE})\b)\w+|"
          rf"\b(?:{_AWAY}) (?:\w+ ){{0,2}}?(?:als|wanneer|as) (?:die|de|mijn|ons|onze|zon) (?!(?:{_PEOPLE})\b)\w+"
          rf" (?:\w+ ){{0,5}}?(?:komt|komen|begint|belt|staat)\b|"
          rf"\bzonder (?:mij|me) (?:thuis|in (?:dat|het|ons|huis)\b(?: huis)?)|"
          rf"\b(?:er )?niet (?:zijn|ben) (?:\w+ )?(?:volgende week|deze week|dit weekend|op (?:maandag|dinsdag|woensdag|"
          rf"donderdag|vrijdag|zaterdag|zondag))\b|"
          rf"\bniet wakker (?:worden|word) (?:\w+ ){{0,1}}?(?:morgen|maandag|dinsdag|woensdag|donderdag|vrijdag)\b|"
          rf"\b(?:morgen|maandag|dinsdag|woensdag|donderdag|vrijdag) (?:\w+ ){{0,1}}?niet wakker (?:worden|word)\b")
# And the occasion said concretely: its name, a time of day, a room or a move, what is handed over.
_REASON = (rf"\b(?:{_OCCASION}|{_VISITOR}|{_NOISE}|uur|\d+u\d*|school|bus|notulen|verslag|sleutel|wachtwoord\w*|"
           r"kamer|kot|verhuis\w*|studio|appartement|woon ik|op kamers)\b|"
           rf"\b(?:bij|op|tijdens) (?:die|dat|deze|dit) (?!(?:\w+ )?(?:{_PEOPLE})\b)\w+|"
           rf"\b(?:als|wanneer|as) (?:die|de|mijn|ons|onze|zon) (?!(?:{_PEOPLE})\b)\w+ (?:\w+ ){{0,5}}?(?:komt|komen|"
           r"begint|belt)\b")
_AWAY_GUARD = _re(r"\b(?:ook|overal|nergens|nooit|altijd|gewoon niet meer|helemaal niet meer|niet meer (?:zijn|ben|wakker)|"
                  r"tot last|last van mij|op is|ik ben op|kan (?:\w+ )?niet meer|genoeg|leven|merken|missen|alles geregeld|"
                  r"voorgoed|rust hebben|eindelijk rust|over nagedacht|besloten|spring\w*|sprong|zolder|touw|pillen|"
                  r"stief\w*|slaat|bang|smeul\w*|rook|kolen|gas|uitlaat|binnen)\b")

# --- gevochten-met
_NOT_ORDINARY = (r"mezelf|mijzelf|leven|depressie\w*|angst\w*|stemmen|gedachten|ziekte|kanker|pijn|verslaving\w*|"
                 r"eetstoornis|demonen|hoofd|wereld|duisternis|somberheid|burn ?out|trauma\w*|herinneringen|verdriet|"
                 r"ellende|lichaam|lijf|alles|iedereen|dit|dat|het|schulden|geest|mij|me")
_FOUGHT = (rf"\blang genoeg (?:gevochten|geknokt|gestreden) (?:met|tegen) (?:de|die|dat|deze|mijn|m|onze|ons|zon|het|een)"
           rf" (?!(?:\w+ )?(?:{_NOT_ORDINARY})\b)\w+(?: (?:over|voor|van) (?:de|die|dat|het|een|mijn|onze) \w+)?")
_FOUGHT_GUARD = _re(r"\b(?:alles|iedereen|met alles|op is|uitweg|hoeft|wil niet meer|kan niet meer|genoeg geweest|"
                    r"voorbij|rust|stop met alles|moe|gaan|ik ben op|laatste)\b")

# --- dank-gewoon
_THANKS = r"\b(?:dank\w*|bedankt|merci) (?:\w+ ){0,2}?voor alles\b"
_CARE = r"\bzorg(?:t)? (?:ook )?(?:goed|goe) voor\b"
# The thanks bound to a named time or deed, the care to the other's body or tiredness, the next meeting named ('tot op
# de borrel', 'zondag trakteer ik'): the contact goes on.
_BODY = (r"enkel|knie|heup|rug|voet|voeten|hand|arm|pols|schouder|been|benen|nek|rib|ribben|verkoudheid|griep|buik|"
         r"hoofdpijn|keel|oog|ogen|tand|kies")
_NEXT_DAY = (r"morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende week|"
             r"volgende maand|deze zomer|met kerst")
_ORDINARY_BIND = (r"\bvoor alles (?:\w+ )?(?:gisteren|vandaag|deze week|vorige week|zaterdag|zondag|dit weekend|"
                  r"op de zaak|op het werk|wat (?:je|jij|ge|jullie|u) voor (?:het|de|ons) \w+)\b|"
                  rf"\bzorg(?:t)? (?:ook )?(?:goed|goe) voor (?:die|je|jouw|jullie|\w+ haar|\w+ zijn) (?:\w+ )?(?:{_BODY})\b|"
                  r"\bzorg(?:t)? (?:ook )?(?:goed|goe) voor jezelf (?:\w+ )?, (?:je|jij|ge) (?:ziet er|bent|lijkt|klinkt) "
                  r"(?:\w+ )?(?:moe|bleek|ziek|verkouden|uitgeput|op)\b|"
                  r"\btot (?:op |bij )?(?:de|het|onze|ons|jullie) (?!(?:\w+ )?(?:einde|eind|dood|laatste|hiernamaals|"
                  r"andere kant|volgende leven)\b)\w+|"
                  rf"\b(?:{_NEXT_DAY}) (?:\w+ )?(?:kom|trakteer|breng|bak|kook|haal|zie|bel|komen|zien|gaan) (?:ik|we|wij)\b")
_THANKS_GUARD = _re(r"\b(?:niet meer|straks|(?:mijn )?laatste (?:bericht\w*|keer|appje|mail|sms|woorden)|mijn laatste|vergeet|hoeft|hoef|alleen|genoeg|nooit|niemand|voorgoed|voor altijd|"
                    r"er niet|kan (?:\w+ )?niet|gevochten|kinderen|mama|papa|moeder|vader|hond|kat|dag|vaarwel|"
                    r"afscheid|rust|slapen|mis)\b")

# --- touw-erbij: rope fetched for a named use (round 53's `touw-doel` uses, also without an article: 'voor
# touwtjespringen'), beside an animal's death or a morning away from the coffee, which round 53's guard read as grave
_ROPE = r"\b(?:touw|touwen|koord)\b"
_ROPE_USE = (r"(?<!niet )(?<!nie )(?<!ni )(?<!nich )(?<!nit )(?<!neet )(?<!nee )\b(?:voor|van) (?:(?:de|het|onze|ons|mijn|een|die|dat) (?:\w+ ){0,2}?)?(?:waslijn|was|schuifdeur|deur|poort|"
             r"hek|stal|tent|scheerlijnen|boot|sloep|kotter|zeilboot|schommel|hangmat|geit\w*|paard\w*|pony|koe\w*|"
             r"verhuizing|aanhangwagen|aanhanger|touwtrekken|touwtjespringen|touwtje springen|sportdag|klimrek|"
             r"vlaggenmast|zandbak|boomhut|kerststal|kinderfeest)\b")
_ANIMAL = (r"hamster|cavia|konijn|kip|kippen|haan|beer|zeug|varken|big|koe|kalf|schaap|lam|geit|paard|pony|vis|goudvis|"
           r"parkiet|kanarie|kat|poes|hond")
# Blanked for this kind only: an animal that died ('de hamster van groep 5 is dood'), away from a named thing at a
# named time ('dan ben ik er niet meer bij de koffie').
_BESIDE = _re(rf"\b(?:de|het|den|onze|ons|mijn|een) (?:\w+ )?(?:{_ANIMAL}) (?:van \w+ \w+ )?(?:is|was) (?:\w+ ){{0,2}}?"
              r"(?:dood(?: gegaan)?|gestorven|doodgegaan)\b|"
              rf"\b(?:is|was) (?:de|het|den|onze|ons|mijn) (?:\w+ )?(?:{_ANIMAL}) (?:van \w+ \w+ )?(?:\w+ ){{0,2}}?dood\b|"
              r"\b(?:dan )?(?:ben|zijn) (?:ik|we) er (?:niet|nie) (?:meer )?bij "
              r"(?:de|het) (?:koffie|ontbijt|lunch|middageten|avondeten|vergadering|training|repetitie)\b")
_ROPE_GUARD = _re(r"\b(?:(?:niet|nie|ni|nich) (?:\w+ ){0,2}?(?:voor|van)|denkt|denken|dacht|denk|weet wel|weet (?:\w+ ){0,2}?"
                  r"(?:al|precies) (?:waar|wat)|waarvoor|lus|strop|knoop|garage|zolder|balk|rustig|alleen|zogezegd|zeg|zei|"
                  r"eigenlijk|mezelf|mij|me|zelf|sterk genoeg|houdt|gewicht|klaar|voorbij|beter zo|niemand|vannacht|"
                  r"als iedereen|als ze|genoeg|hangen|ophangen|wil|wou|ook|mis|verdriet|kan niet|niet meer|nooit|leven)\b")
ROPE = Kind("touw-erbij", frozenset(("plan-middel", "middel")), _re(r"touw|koord|signaal:tijd"), (_re(_ROPE), _re(_ROPE_USE)),
            _ROPE_GUARD)

KINDS = (
    Kind("sprong-plezier", frozenset(("plan-middel", "gevaar-plek")), _re(r"spr[oi]ng|gesprongen"),
         (_re(_JUMP_FRAME),), _JUMP_GUARD),
    Kind("afwezig-bij", frozenset(("doodswens", "passief", "last-voor-anderen", "zaken-regelen")),
         _re(r"niet meer|er niet|wakker|zonder mij|zonder me|opgelucht|als ik er"),
         (_re(_BOUND), _re(_REASON)), _AWAY_GUARD),
    Kind("gevochten-met", frozenset(("afscheid",)), _re(r"gevochten|geknokt|gestreden"),
         (_re(_FOUGHT),), _FOUGHT_GUARD),
    Kind("dank-gewoon", frozenset(("afscheid",)), _re(r"voor alles|zorg goed voor|zorg ook goed voor|ga je goed|"
                                                    r"er altijd|was er|signaal:afscheid"),
         (_re(rf"{_THANKS}|{_CARE}|\bhet ga je goed\b|{_FOUGHT}"), _re(_ORDINARY_BIND)), _THANKS_GUARD),
)
# A kind's own place or absence words are no grave word for it (the jump's place, being away from a named occasion).
_OWN_GRAVE = {
    "sprong-plezier": without("brug", "spoor", "trein", "flat", "dak"),
    "afwezig-bij": without("beter af"),
}
# Everyday phrases with a grave word in them, blanked first: home later, a device dead, rope for the tent or the boat.
_EVERYDAY = _re(r"\bzeg (?:\w+ )?(?:tegen|aan) \w+ dat (?:ik|we|wij) (?:\w+ ){0,3}?(?:niet thuis|later|laat) "
                r"(?:ben|zijn|kom|komen)\b|\b(?:accu|batterij|batterie|gsm|telefoon|laptop|portofoon) (?:\w+ ){0,3}?"
                r"(?:is|was) (?:\w+ )?dood\b|\btouw (?:\w+ ){0,2}?(?:voor|want|van) (?:de|het|onze|ons|mijn) "
                r"(?:tent|scheerlijnen|boot|sloep|waslijn|schommel)\b")


def lowered(signals: list[Signal], reading: str, text: str) -> Signal | None:
    """The note that lowers an acute message to the gentle line, or None (`text`: the emoji laughs the reading drops)."""
    reading = _EVERYDAY.sub(" ", seen(reading, text))
    kind = first_kind(KINDS, signals, reading, _OWN_GRAVE) or first_kind((ROPE,), signals, _BESIDE.sub(" ", reading),
                                                                      {ROPE.name: without("touw")})
    if kind is None:
        return None
    acute = sorted({signal.family for signal in signals if signal.level == "acuut"})
    return Signal(acute[0], "zorg", NOTE.format(kind.name))


def panel_note(signals: list[Signal], reading: str, text: str) -> Signal | None:
    """Rounds 51 to 53's acute kinds first, then these, then round 55's (c55b) and 56's (c56a; one call from the package)."""
    from vraaghulp.coach.crisis.ordinary_kinds53 import panel_note as panel53
    from vraaghulp.coach.crisis.ordinary_kinds55 import lowered as lowered55
    from vraaghulp.coach.crisis.ordinary_kinds56 import lowered as lowered56  # round 56 (c56a): a bound absence
    from vraaghulp.coach.crisis.ordinary_kinds57 import lowered as lowered57  # round 57 (c57a): someone else gone

    return (panel53(signals, reading, text) or lowered(signals, reading, text) or lowered55(signals, reading)
            or lowered56(signals, reading) or lowered57(signals, reading))
