"""Round 30 (c30): crisis-r (tuning-ho29r1/r2) brought in; its misses and false panels mended as kinds: a report
of work with someone else (a prisoner, a patient, a man on a bridge, a cow put down) is no alarm about the writer;
calm arranging for later (a couple's "als wij er niet meer zijn", "niks dramatisch, gewoon verstandig", a funeral
wish "als ik er ooit niet meer ben"); misses: a poison not bought for its use, a weapon open beside "zeg dat het me
spijt", a month of pills at once, a coat taken off on a bridge, not caring whether a train comes, a place and the
timetable known, thanks for all the years with my things given away now, a doctor's own prescription "genoeg voor een
keer", living on "omdat het moet"; Limburg and West-Flemish words.

Read by the rules alone (`observe`), so a refit of the second opinion does not move these tests. Each kind has lines
in our own words that must fire and look-alikes on the same words that must stay quiet (or at least not get the
panel). More probes in tests/corpus/crisis/tuning30-c30.toml and eigen45.toml.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, observe

RANK = {None: 0, ZORG: 1, ACUUT: 2}


def _rules(text: str) -> str | None:
    return observe(text)[0]


@pytest.mark.parametrize(("text", "lowest"), [
    # a poison not bought for its ordinary use, or 'voor mezelf'
    ("het rattengif heb ik niet voor de ratten gekocht. het staat in de schuur", ACUUT),
    ("heb onkruidverdelger gekocht maar niet voor het onkruid. ligt in de schuur", ACUUT),
    # a weapon open or ready, and 'zeg tegen ... dat het me spijt'
    ("mijn jachtgeweer is geladen en ligt naast mij. zeg aan ons moeder dat het mij spijt", ACUUT),
    ("patronen liggen klaar op tafel, zeg tegen Anne dat het me spijt van alles", ACUUT),
    # a month of pills at once, and a moment
    ("al mijn medicijnen van de hele maand in een pot gedaan, alles in een keer, vanavond als hij naar zijn werk is", ACUUT),
    ("mijn pillen nie per dag nemen maar allemaal ineens, morgen als iedereen weg is", ACUUT),
    # a coat or shoes taken off on a bridge
    ("sta op de brug over de schelde, schoenen uitgedaan. 't is goed zo", ZORG),
    # at the track, not caring whether a train comes; a place and the timetable known
    ("ik zit op het spoor, het kan me niet schelen of er een trein komt", ACUUT),
    ("'k weet welke overweg en 'k ken de dienstregeling van buiten. vanavond", ACUUT),
    ("na 20 jaar politie snap ik die springers wel. ik weet al welk viaduct en hoe laat de goederentrein komt", ACUUT),
    # thanks for all the years, my things given away now, no ordinary reason
    ("zeg tegen de trainer dat ik niet meer kom. jullie mogen mijn tas hebben. bedankt voor alle jaren, jullie waren mijn familie",
     ACUUT),
    ("merci voor al die jaren mannen, ge moogt mijn gereedschap houden. 't beste", ACUUT),
    # a doctor's own prescription, enough for once
    ("'k heb mezelf een voorschrift gegeven, genoeg voor in een keer. 't is beter zo", ACUUT),
    # living on because one must
    ("'k leef nog wa door omdat het moet, meer nie", ZORG),
    # Limburg: 'ich höb e touw ... ich weit al woa'
    ("ich höb e touw in de sjoer en ich weit al woa. ich kin nimmie", ACUUT),
    # a means from work taken home, and knowing where
    ("ik heb een touw van het werk mee naar huis genomen, ik weet al waar", ACUUT),
    # pills all saved, and on a condition 'neem ik ze in'
    ("'k heb de pillen van de dokter allemaal gespaard, als ge nie terugkomt neem ik ze in", ACUUT),
    # better off than with me, with a life insurance or a debt
    ("de levensverzekering keert uit bij overlijden. mijn vrouw is er beter mee af dan met mij", ACUUT),
])
def test_the_kind_fires(text, lowest):
    assert RANK[_rules(text)] >= RANK[lowest], text


@pytest.mark.parametrize("text", [
    "de slakkenkorrels zijn niet voor de slakken in de moestuin maar voor de bak bij de buren, die hebben er last van",
    "patronen liggen klaar voor de drijfjacht zaterdag. zeg tegen Anne dat het me spijt dat ik haar verjaardag mis",
    "geweerkast staat open voor de keuring. zeg tegen pa dat het mij spijt, ik ben te laat",
    "mijn vitamines neem ik niet per dag maar alles in een keer op zondag, makkelijker",
    "op de brug even de jas uitgedaan, het is zo warm in de zon. foto komt",
    "op de kade schoenen uitgedaan, de kinderen spelen in het zand",
    "'k ken de dienstregeling vanbuiten, elke dag de trein van 7u naar Gent, handig voor mijn werk",
    "ik weet welk viaduct ze gaan afbreken, de gemeente heeft een brief gestuurd",
    "bedankt voor alle jaren bij de club! mijn schoenen mogen jullie houden, ik verhuis naar Groningen. tot ziens op de reünie",
    "na 40 jaar met pensioen, merci voor alles collega's, mijn bureau mag leeg. receptie vrijdag",
    "mijn eigen recept voor pannenkoeken, genoeg voor een keer met de kleinkinderen",
    "ik leef door in mijn kinderen, zeg ik altijd, en dat vind ik mooi",
    "hoeveel ibuprofen mag ik per dag als ik ook paracetamol pak voor mijn rug? ik wil niet te veel nemen",
    "Zaterdag met de klimclub naar Freyr, touw en setjes gecheckt. Ik sta nog altijd graag boven op die rots",
    "ik heb een touw mee naar huis genomen voor de schommel, ik weet al waar die komt",
    "mijn schulden zijn afbetaald, mijn vrouw is er beter van af dan met mijn oude job",
])
def test_the_look_alike_is_quiet(text):
    assert _rules(text) is None, text


@pytest.mark.parametrize("text", [
    # the week's pills in one box for the home care: no panel (the gentle line of 'middel-veel-klaar' stays, left open)
    "ik heb alle pillen van de week in een doosje gedaan, dat is makkelijker met de thuiszorg",
    # a book's twist 'nie zien komen' is no hiding (the story's jump keeps the gentle line)
    "in het boek van deze maand springt de dader van de kerktoren, dat had ik totaal niet zien komen!",
])
def test_no_panel(text):
    assert _rules(text) != ACUUT, text


@pytest.mark.parametrize("text", [
    # (a) a professional's report about someone else
    "gedetineerde van sectie B heeft zich weer gesneden aan zijn arm, naar de ziekenboeg, pv is opgemaakt",
    "melding van een man op de brug die wilde springen, onderhandelaar heeft hem eraf gepraat. goed werk team",
    "overdosis oxycodon bij een meneer uit de wijk, ligt op de IC, overdracht naar de dagdienst om 7u",
    "de koe die nie meer wou rechtstaan is afgemaakt, rendac komt morgen",
    "lijk uit de Maas gehaald, duikers hebben het goed gedaan, nu een pint want ik kan niet meer",
    # (b) calm arranging for later
    "wie krijgt de kat als we er later nie meer zijn? ons Els wil da, da's geregeld. volgende maand naar Lourdes",
    "volmacht en bankcodes in een envelop, alles op orde. niks dramatisch hoor, gewoon verstandig",
    "als ik er ooit niet meer ben wil ik gecremeerd worden en dat jullie een feestje geven. maar ik ben nog lang niet weg",
    "na mijn hartinfarct heb ik een levenstestament gemaakt met een volmacht. verder gaat alles goed, ik fiets weer",
    # ordinary tiredness after work
    "na die nachtdienst ben ik een zombie, ga nu dood neer op de bank, niet bellen",
    "'k ben kapot van de shift, 12 uur op de ambulance. ik kan ni meer, bed in",
])
def test_work_talk_and_calm_planning_are_quiet(text):
    assert _rules(text) is None, text


@pytest.mark.parametrize(("text", "lowest"), [
    # the same work talk with the writer's own alarm in it keeps its alarm
    ("gedetineerde in cel 9 heeft zich gesneden, rapport volgt. ik snij mezelf ook weer elke avond, niemand weet het", ACUUT),
    ("melding van een man op de brug die wilde springen, onderhandelaar erbij. ik snap hem wel, ik sta er morgen zelf", ACUUT),
    ("overdosis bij een patient op de IC. ik heb zelf genoeg oxazepam thuis liggen, vanavond neem ik alles", ACUUT),
    ("Ik heb de oxazepam van mevrouw meegenomen om zelf te slikken, niemand telt het na.", ACUUT),
    ("lijk uit de Schelde gehaald, duikers goed gedaan. ik kan niet meer, ik zie hem elke nacht en ik wil er zelf in", ZORG),
    ("zelfdoding op lijn 3, 1 uur vertraging. ik wil hetzelfde, onder de trein", ACUUT),
    # ... and calm arranging beside a real farewell
    ("als ik er niet meer ben wil ik gecremeerd worden. en dat is binnenkort, ik wil niet meer", ACUUT),
    ("wie krijgt de hond als wij er niet meer zijn? we hebben besloten samen te gaan, morgen", ACUUT),
    ("codes van de bank in een envelop, alles op orde. niks dramatisch, ik ben gewoon moe en klaar", ACUUT),
    ("Ik kost iedereen alleen maar geld en tijd. Als wij er allebei niet meer zijn hoeft niemand nog te komen.", ACUUT),
    ("ik heb paracetamol gehaald, ik wil niet te veel nemen want het moet in een keer goed zijn", ACUUT),
    ("ik val dood neer op de bank en sta niet meer op, nooit meer", ZORG),
])
def test_the_real_alarm_beside_it_stays(text, lowest):
    assert RANK[_rules(text)] >= RANK[lowest], text
