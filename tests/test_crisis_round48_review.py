"""The review of c48 (c48f): real lines that c48's `crisis/ordinary_cause.py` lowered from the panel to the gentle line.

The reviewer wrote 243 lines of their own and read them on main and on c48: 53 real lines went from acuut to zorg, none
to nothing. The lead's decision (a real line never loses the panel to fix a harmless one): the kinds `gewoonte` (a
habit quit; 28 of 38 real lines worse) and `letsel` (an injury at an ordinary thing with its care; 18 of 40 worse) are
taken out; `slaap` (not waking from a noise or until a clock time; 7 of 56 worse) stays with guards: what follows the
time ('daarna', 'en dan', 'voorbij', 'ook niet meer'), a means as the 'noise' ('van het gas'), and no acute signal
besides the waking words. Every line below must keep the panel. The reviewer's lines are theirs; OWN_SLAAP are new
lines of c48f near the `slaap` shape that c48's first `slaap` lowered (19 of 44 written; the other 25 kept their tier
on both).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

REVIEW_SLAAP = [
    "ik hoop dat ik vannacht in slaap val en tot de middag niet meer wakker word, en daarna ook niet",
    "hoop dat ik niet meer wakker word van het gas",
    "ik hoop dat ik tot 3 uur niet meer wakker word en dan is het voorbij",
    "ik wil niet meer wakker worden van de ochtend, ik wil gewoon weg zijn",
    "ik hoop dat ik tot vijf uur niet meer wakker word en dan is alles over",
    "ik wil tot 8 uur niet wakker worden. en daarna ook niet meer eigenlijk",
    "ik wou dat ik tot de ochtend niet meer wakker werd en dan gewoon niet meer",
]

REVIEW_GEWOONTE = [
    "ik ben nuchter en ik meen het, dit is mijn laatste bericht, nooit meer",
    "ik schrijf dit nuchter: dit is mijn laatste bericht, ik meen het",
    "gestopt met drinken, gestopt met eten, gestopt met alles. dit is mijn laatste bericht",
    "ik stop met drinken en met alles, ik meen het, dit is mijn laatste bericht",
    "ik ben nuchter, dit is geen dronken gedoe, dit is mijn laatste bericht",
    "ik ben al een jaar droog staan en nog steeds wil ik stoppen, dit is mijn laatste bericht",
    "zonder drank hou ik het niet vol, ik meen het, dit is mijn laatste bericht",
    "100 dagen rookvrij, maar dit is mijn laatste bericht, ik meen het",
    "dit is mijn laatste bericht. ik ben nuchter, ik weet wat ik doe",
    "nuchter en helder: dit is mijn laatste berichtje ooit",
    "ik ben gestopt met gokken maar de schulden blijven, dit is mijn laatste bericht, ik meen het",
    "dag 5 zonder alcohol, ik meen het: nooit meer, ik ben er klaar mee, met alles",
    "ik ben nuchter. ik heb er lang over nagedacht. dit is mijn laatste bericht",
    "sorry, dit is mijn laatste bericht. ik ben nuchter, het is geen opwelling",
    "ik ben gestopt met blowen en met hopen, dit is mijn laatste bericht",
    "ik ben nuchter en zeker, nooit meer, ik meen het echt",
    "dit is mijn laatste bericht, en nee ik heb niet gedronken, ik ben nuchter",
    "ik ben nuchter, ik zeg dit niet in een opwelling: dit is mijn laatste bericht",
    "geen druppel gedronken, ik ben nuchter, en dit is het laatste wat je van me hoort",
    "rookvrij of niet, het maakt niks uit, dit is mijn laatste bericht",
    "gestopt met drinken en toch ben ik op, dit is mijn laatste bericht",
    "ik ben nuchter en ik heb mijn besluit genomen, dit is het laatste bericht",
    "na 2 jaar zonder alcohol heb ik vanavond alles opgegeven, dit is mijn laatste bericht, ik meen het",
    "ik ben nuchter en ik weet wat ik ga doen, dit is mijn laatste bericht",
    "ik schrijf dit niet dronken, ik ben nuchter. ik meen het, nooit meer",
    "dag 40 zonder alcohol en ik ben er klaar mee, ik meen het, nooit meer",
    "ik ben nuchter, ik ben niet dronken, ik meen elk woord: dit is mijn laatste bericht",
    "ik ben al maanden nuchter maar het helpt niks, dit is mijn laatste bericht",
]

REVIEW_LETSEL = [
    "ik heb mezelf gebrand aan een peuk, blaar, pleister erop",
    "arm gesneden aan mijn stanleymes, pleister erop, het lucht op",
    "ik heb mezelf verbrand aan de kaars, blaar, ik wou het voelen",
    "ik heb me gebrand aan het strijkijzer, blaar, maar ik deed het om de pijn te voelen",
    "ik heb mijn been gesneden aan een puntenslijpermesje, pleister erop",
    "ik heb mijn arm opengehaald aan een naald, pleister erop, het lucht op",
    "ik heb mijn arm gebrand aan een lucifer, blaar, het lucht op",
    "mijn dijen gesneden aan een slijpermesje, pleisters erop, het lucht op",
    "ik heb mezelf gesneden aan een scalpel, pleister erop, ik voelde eindelijk iets",
    "arm gebrand aan de strijkbout, blaar, zodat ik de rest niet voel",
    "ik heb mezelf gesneden aan een breekmesje, pleister erop, het was nodig",
    "arm verbrand aan de peuk, blaar, deed het zelf",
    "ik heb mijn arm gesneden aan een stukje glas, pleister erop, het lucht op",
    "ik heb mijn arm gesneden aan de punt van de schaar, pleister erop, ik voel me rustiger",
    "ik heb mijn bovenbeen gesneden aan het puntenslijpertje, pleister erop, en het voelde goed",
    "gesneden aan een breekmes, pleister erop, het lucht even op",
    "ik heb mijn arm gebrand aan een kaars, blaar, ik wou pijn voelen",
    "ik heb me opengehaald aan de nagelschaar, pleisters erop, ik verdiende het",
]

OWN_SLAAP = [
    "wil tot de ochtend niet meer wakker worden en dan is het over",
    "ik wil tot morgenmiddag niet wakker worden en daarna ook niet",
    "ik wil niet meer wakker worden van het gas, ik heb de kraan opengedraaid",
    "ik wil tot twee uur niet meer wakker worden en dan gewoon weg zijn",
    "ik hoop dat ik tot zeven uur niet meer wakker word, en dan is alles voorbij",
    "k wil tot 9 uur ni meer wakker worden en daarna ook ni meer",
    "ik wil tot drie uur niet wakker worden en dan is het klaar, ik kan niet meer",
    "ik wil tot acht uur niet meer wakker worden. daarna hoeft het ook niet meer",
    "ik hoop dat ik niet meer wakker word van de auto met de motor aan in de garage",
    "ik wil tot 5 uur niet wakker worden en dan ben ik er niet meer",
    "ik hoop dat ik tot half acht niet meer wakker word en dan is het eindelijk voorbij",
    "ik wil tot de ochtend niet wakker worden en daarna wil ik ook niet meer",
    "ik hoop dat ik niet meer wakker word van de barbecue die binnen staat te smeulen",
    "ik hoop dat ik tot negen uur niet meer wakker word, en dan ben ik weg",
    "ik hoop dat ik niet meer wakker word van de kolen in de emmer",
    "ik wil tot zes uur niet meer wakker worden en daarna helemaal niet meer",
    "hoop tot de middag niet meer wakker te worden en dan is het voorbij met mij",
    "ik wil tot elf uur niet wakker worden, en na elf uur ook niet meer",
    "ik wil tot twaalf uur niet wakker worden en dan is het gedaan met mij",
]

# the reviewer's harmless twins that the guarded `slaap` still lowers to the gentle line (no panel for a noisy night)
STILL_LOWERED = [
    "ik hoop dat ik niet wakker word van die bouwvakkers morgen",
    "ik hoop niet meer wakker te worden van dat geblaf",
    "ik wil tot de middag niet wakker worden, zaterdag eindelijk",
    "ik wil morgen tot half tien niet wakker worden",
    "ik hoop dat ik niet meer wakker word van de vogels om 4 uur",
    "ik hoop dat ik niet wakker word van het vuurwerk",
]


@pytest.mark.parametrize("text", REVIEW_SLAAP + REVIEW_GEWOONTE + REVIEW_LETSEL + OWN_SLAAP)
def test_a_real_line_the_review_found_keeps_the_panel(text):
    assert assess(text).tier == ACUUT, text


@pytest.mark.parametrize("text", STILL_LOWERED)
def test_a_noisy_night_still_gets_the_gentle_line(text):
    result = assess(text)
    assert result.tier == ZORG, (text, result)
    assert any(signal.phrase.startswith("gewone oorzaak (slaap)") for signal in result.signals)
