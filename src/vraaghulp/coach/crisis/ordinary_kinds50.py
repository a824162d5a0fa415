"""Round 50 (c50a): five more shapes of harmless text whose acute words an ordinary cause in the same message explains.

The fresh sets of round 49 (crisis-l, probe cp49: harmless lines written as close twins of real ones) gave the full
panel to messages of these shapes; each gets the gentle line instead, never nothing (the safety policy: a real line of
the shape keeps an alarm). They work as round 49's kinds (`ordinary_kinds.first_kind`): every acute signal belongs to
the kind's families and names its words; every part of the cause stands in the first normalised reading; with the
cause blanked, nothing grave (`ordinary_kinds.GRAVE`; for a kind whose own words it names, GRAVE without them) nor the kind's guard
stands in the rest.

- `dier-of-struik`: a scratch from an animal or a plant, with the ordinary care or occasion ('mijn armen zijn
  opengekrast door de kat, die wou niet in de reismand. mam zegt er zalf op doen'). Guard: the cover story ('zeg ik',
  'de kat krijgt de schuld', 'denkt dat'), the writer's own hand ('zelf', 'mezelf', a blade, glass), 'weer', 'elke',
  hiding, deserving, shame, 'ik wil'.
- `op-doktersadvies`: medicine stopped on the doctor's word, with the writer well ('gestopt met mijn pillen, de
  huisarts vond dat het wel zonder kon. voel me best goed'). Guard: the doctor not knowing or against it, any
  negation, saving or taking the pills, waiting, 'vanzelf', 'genoeg', 'waarvoor', 'ik wil'.
- `klus-benoemd`: 'doe ik het' whose 'het' is named right after as a chore ('vanavond doe ik het, die afwas, anders
  staat hij er morgen'). Guard: 'niet meer', 'ik niet', 'klaar met', 'mezelf', 'daarna', 'en dan', 'eerst', 'alles',
  the house left tidy, a letter, 'wil'.
- `rol-neerleggen`: leaving a group chat for another, or stepping down from a role in a club after years ('de laatste
  keer dat jullie iets van mij horen in deze groep, ik stap over naar de app van het nieuwe team'; 'ik stop als
  secretaris na dertig jaar, het is genoeg geweest'). The kind's own words are 'laatste keer' and 'het is genoeg', so
  GRAVE is read without those two; the guard reads 'ook', 'alles', 'de andere kant', 'een betere plek', 'voorgoed',
  'eruit', 'niet meer', 'morgen', 'vanavond', tiredness, a letter, a pet or a bike given away.
- `verzekering-advies`: an adviser who says 'we' are better off without an insurance, asked about ('onze makelaar zei
  dat we beter af zouden zijn zonder die levensverzekering, wie heeft daar ervaring mee?'). GRAVE is read without
  'beter af'; the guard reads 'mij', 'als ik', a pay-out, money, the family, debts, 'waard', 'nee', 'ik niet'.

Each kind was written after its real twins (tests/corpus/crisis/eigen59.toml: 30+ real lines in the same words per
kind, each keeping the panel). Loaded only for an acute message.
"""

from __future__ import annotations

import re

from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds import GRAVE, Kind, first_kind

__all__ = ["KINDS", "lowered"]


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_ANIMAL_OR_PLANT = (r"(?:kat|katten|poes|poezen|kater|kitten|hond|honden|puppy|pup|konijn|cavia|hamster|rat|papegaai|"
                    r"parkiet|vogel|kip|haan|paard|pony|egel|bramen|braam|braamstruik|rozen|rozenstruik|roos|"
                    r"prikkeldraad|struik|struiken|haag|heg|doornen|doorn|cactus|distels)")
_MEDICINE = (r"(?:pillen|pil|pilletjes|medicijnen|medicijn|medicatie|tabletten|antidepressiva|insuline|pijnstillers|"
             r"kuur|antibiotica|prednison|puffer|\w+pillen|\w+medicatie|\w+tabletten)")
_DOCTOR = (r"(?:huisarts|dokter|arts|psychiater|specialist|cardioloog|neuroloog|internist|apotheker|\w*verpleegkundige|"
           r"poh|praktijkondersteuner|gynaecoloog|longarts|reumatoloog|kinderarts)")
_CHORE = (r"(?:afwas|vaat|strijk|was|wasjes|huiswerk|opdracht|verslag|aangifte|belastingaangifte|belastingen|"
          r"boekhouding|administratie|stofzuigen|poetsen|kuis|boodschappen|gras|tuin|garage|zolder|kast|mails|mail|"
          r"formulier|presentatie|scriptie|paper|taak|taken|klus|klusje|verhuisdozen|ramen|badkamer|keuken|oven|"
          r"koelkast|auto|fiets|strijkwerk|facturen|bonnetjes)")
_ROLE = (r"(?:secretaris|voorzitter|penningmeester|trainer|coach|vrijwilliger|leider|leidster|bestuurslid|"
         r"scheidsrechter|dirigent|beheerder|admin|moderator|kassier|chauffeur|leiding)")

KINDS = (
    Kind("dier-of-struik", frozenset(("zelfbeschadiging",)), _re(r"kras|krab"),
         (_re(rf"\b(?:door|van|aan|met) (?:de|het|onze|ons|mijn|die|een|zijn|haar|hun|dat) (?:\w+ ){{0,2}}?"
              rf"{_ANIMAL_OR_PLANT}\b"),
          _re(r"\b(?:reismand|mand|dierenarts|nagels|zalf|pleister\w*|verband|tetanus\w*|ontsmet\w*|jodium|betadine|"
              r"bad|tuin|snoeien|wandeling|bos|spelen|speelde|sprong|tips?|apotheek|bloedde|ontstoken)\b")),
         _re(r"\b(?:ik zeg|zeg ik|ik zei|zei ik|zeggen|gezegd|zeg \w+ dat|zegt dat|zeg dat|dat zeg|wijsmaak\w*|denk\w*|"
             r"dacht|schuld|smoes\w*|excuus|verzin\w*|verzonnen|vertel\w*|verteld|leg ik|uitleg\w*|alsof|"
             r"laat (?:haar|hem|ze|hen)|niet waar|het niet|niet door|niet de|niks mee|waarheid|zelf|mezelf|mijzelf|"
             r"expres|opzet|bewust|schaar|scheermes\w*|glas\w*|scherf|snij\w*|gesneden|verstop\w*|mouwen|weer|"
             r"opnieuw|elke|iedere|steeds|altijd|stoppen|stopt|verdien\w*|haat|schaam\w*|erger|voelen|ik wil|wil ik|"
             r"kan niet|durf\w*)\b")),
    Kind("op-doktersadvies", frozenset(("stoppen-zorg",)), _re(r"stop"),
         (_re(rf"\b(?:gestopt|stop|stoppen) met (?:mijn |de |die |het |ons |onze )?(?:\w+ )?{_MEDICINE}\b"),
          _re(rf"\b{_DOCTOR} (?:vond|vindt|zei|zegt|adviseerde|besliste|besloot|liet|heeft) (?:dat |het |mij |me )?"
              r"(?:\w+ ){0,4}?(?:zonder (?:kon|kan|mocht|mag)|mocht|mag|kon stoppen|kan stoppen|afbouwen|afgebouwd|"
              r"niet meer nodig|tijd werd|klaar|goed ging|oke|ok|prima|goed idee)\b|"
              rf"\bop (?:advies|aanraden) van (?:de|mijn) {_DOCTOR}\b|\bin overleg met (?:de|mijn) {_DOCTOR}\b"),
          _re(r"\b(?:voel (?:me|mij|ik me) (?:\w+ )?(?:goed|beter|prima|fit)|gaat (?:\w+ )?(?:goed|beter|prima)|"
              r"eet (?:ook )?weer|slaap (?:\w+ )?(?:goed|beter)|doet het goed|opgeknapt)\b")),
         _re(r"\b(?:niet|nie|geen|zonder dat|niks|van niks|tegen|stiekem|verstop\w*|spaar\w*|opgespaard|bewaar\w*|"
             r"voorraad|allemaal|alles|tegelijk|in een keer|innemen|nemen|slikken|vanzelf|ophoud\w*|ophouden|"
             r"misgaat|mis gaat|fout|gebeur\w*|wacht\w*|wakker|genoeg|zin|waarvoor|hoeft|uit|beter zo|iedereen|"
             r"ik wil|wil ik|zie het|liever|maar)\b")),
    Kind("klus-benoemd", frozenset(("plan-middel",)), _re(r"doe (?:ik )?het|signaal:tijd"),
         (_re(rf"\bdoe (?:ik )?het (?:\w+ ){{0,2}}?, (?:die|dat|de|het|mijn|ons|onze|deze|dit) (?:\w+ ){{0,2}}?"
              rf"{_CHORE}\b"),),
         _re(r"\b(?:niet meer|er niet|ik niet|klaar met|laatste|mezelf|mij|me|daarna|en dan|dan (?:ben|is|ga|maak|"
             r"neem|hoeft|vinden|kan)|eerst|alles|allemaal|niemand|iedereen|kinderen|huis|brief|opgeruimd|netjes|"
             r"geregeld|weg|missen|verwijten|pot op|interesseert|hoeft|maakt|wil|ik ga|ga ik)\b")),
    Kind("rol-neerleggen", frozenset(("afscheid", "zaken-regelen")), _re(r"laatste|van mij|wachtwoord|genoeg"),
         (_re(r"\b(?:stap|stappen|ga|gaan) over naar (?:de|het|een|onze) (?:\w+ ){0,3}?(?:app|groep|groepsapp|appgroep|"
              r"whatsappgroep|team|club|chat|kanaal|server|discord|signal|telegram|vereniging|ploeg|afdeling)\b|"
              rf"\bik stop (?:\w+ ){{0,2}}?als {_ROLE}\b"),
          _re(r"\b(?:in (?:deze|de|dit|die) (?:groep|groepsapp|chat|app|kanaal)|na (?:\w+ ){1,2}jaar|turnkring|club|"
              r"vereniging|koor|bestuur|lokaal|kantine|clubhuis)\b")),
         _re(r"\b(?:ook|alles|andere kant|betere plek|voorgoed|eruit|uit het leven|wereld|daarna|niet meer|nergens|"
             r"morgen|vanavond|vannacht|straks|klaar mee|(?:ben|is|zijn) op|moe|beu|slapen|rust|hierna|ergens anders|andere groepen|"
             r"overal|vergeet|testament|brief|kat|fiets|hond|doe|niks|zie het|gedaan met|ik ga|ga ik)\b")),
    Kind("verzekering-advies", frozenset(("last-voor-anderen",)), _re(r"verzekering|polis"),
         (_re(r"\bbeter af (?:\w+ ){0,2}?zonder (?:die|dat|de|deze|dit|onze|ons|mijn|een|zon) (?:\w+ )?\w*(?:verzekering|"
              r"polis)\b"),
          _re(r"\b(?:makelaar|\w*adviseur|bank|tussenpersoon|verzekeraar|boekhouder|notaris) (?:zei|zegt|vindt|vond|meent|"
              r"adviseert|raadt|zeggen)\b|\bvolgens (?:de|onze|mijn|ons) (?:makelaar|\w*adviseur|bank|tussenpersoon|"
              r"verzekeraar|boekhouder|notaris)\b"),
          _re(r"\?|\b(?:klopt dat|ervaring|tips?|wat vinden jullie|iemand)\b")),
         _re(r"\b(?:mij|me|ik er|als ik|uitkeer\w*|uitbetaal\w*|keert|uit|geld|slechter|doe|doen|zelf|dan zijn|ze zijn|"
             r"zij zijn|gezin|kinderen|man|vrouw|waard|schulden|ongeluk|opgezocht|gelezen|geregeld|ik niet|nee|"
             r"nodig|wanneer|binnenkort|zodat)\b")),
)
# The kinds whose own words GRAVE names: GRAVE is read without them.
_GRAVE_WITHOUT = {"rol-neerleggen": _re(GRAVE.pattern.replace("|het is genoeg", "").replace("|laatste keer", "")),
                  "verzekering-advies": _re(GRAVE.pattern.replace("|beter af", ""))}


def lowered(signals: list[Signal], reading: str) -> Signal | None:
    """The note that lowers an acute message to the gentle line, or None. `reading` is the first normalised reading."""
    kind = first_kind(KINDS, signals, reading, _GRAVE_WITHOUT)
    if kind is None:
        return None
    acute = sorted({signal.family for signal in signals if signal.level == "acuut"})
    return Signal(acute[0], "zorg", f"gewone oorzaak ({kind.name}, c50a): zorg, geen paneel")
