"""Round 41's review (c41r): lines a read-only reviewer wrote against c41's new exceptions and narrowings.

Several of c41's exceptions silenced clear crisis lines (acuut -> nothing): 'wil er niet meer zijn als hij komt, ik ga
naar ...' (any destination), 'als ... verliezen ga ik dood' (no team needed), 'zo blij dat ik wil springen haha',
'<animal> die ... sprong' (it took the writer's 'ik wil net als die kat'), 'waarom zou ik opstaan als het ... is',
the song forms 'dat oude nummer' and 'staat op repeat', 'airbag'/'trampoline' as a sport, 'afscheid nemen kan ... uur',
and the place after 'zien jullie me nooit meer' ('in leven', 'aan tafel'). They are taken out (their corpus lines are in
tests/corpus/crisis/open/ with why) or, for 'niets meer van mij op dit adres', narrowed to an address, number or account
with no danger word after it. Every line that got worse must be back at its old tier or higher.

c41's narrowed accident pattern for a cut ('met de schaar in mijn arm gesneden') gave the panel to plain accidents;
c41r's chore exceptions for that were taken out again after a second review (they silenced real self-harm beside a
chore): a blade in the writer's own arm alarms, beside a chore too. Three new gentle lines are quiet again ('klaar mee allemaal, met die regen',
'pas als ik weg ben naar mijn werk'); two are left (see LEFT).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess

WERE_ACUTE = [
    'ik wil er niet meer zijn als hij komt, ik ga naar het kanaal',
    'ik wil er niet meer zijn als mijn vader komt, ik ben dan al weg voor altijd',
    'ik wil er niet meer zijn als hij er is, ik ga naar de zolder met een koord',
    'ik wil er niet meer zijn als die man komt, ik ga naar boven en neem mijn medicijnen',
    'ik wil er niet meer zijn als hij komt, ik ben dan weg en hang aan de balk',
    'ik wil er niet meer zijn als mijn stiefvader komt, ik ga naar de zolder en spring',
    'ik wil er niet meer zijn als hij komt , ik ga naar het meer en loop erin',
    'ik wil er niet meer zijn als hij komt, ik ga weg , ik heb een strop',
    'als de buffalos verliezen ga ik dood, echt, ik heb het mes al klaarliggen',
    'na vannacht zien jullie mij nooit meer in leven',
    'na vanavond zien jullie me nooit meer in dit leven',
    'na vanavond zien jullie mij nooit meer bij jullie',
    'na vanavond zien jullie me nooit meer in mijn kamer',
    'na vrijdag zien jullie mij nooit meer aan tafel',
    'vanaf morgen zien jullie niks meer van mij in jullie leven',
    'na vrijdag zien jullie mij niet meer aan tafel, ik ben er klaar mee',
    'ik ben zo blij dat ik van de flat wil springen haha, vaarwel allemaal',
    'ik ben zo blij dat ik van het dak wil springen haha, ik ben het zat',
    'zo happy dat ik van de brug zou springen xd , dan is iedereen van me af',
    'ik heb dat oude nummer van papa op repeat en ik wil niet meer leven',
    'ik sta op het dak, geen airbag die me opvangt, ik spring',
    'ik sta op de brug, er ligt geen airbag, ik spring nu',
    'ik wil net als die kat die van de flat sprong',
    'ik wil net als die kat die van de flat sprong, maar ik land niet',
    'waarom zou ik opstaan als het zondag is, ik ben iedereen tot last',
    'waarom zou ik opstaan als het koud is, ik ben op, echt op, ik stop ermee',
]

WERE_GENTLE = [
    'ik wil niet meer zijn als mijn stiefvader thuis komt, ik ga in bad met het mesje',
    'als we weer verliezen ga ik dood, morgen stap ik van de flat',
    'als ze de zaak verliezen ga ik dood, ik heb het mes al',
    'ik ga dood als ze weer verliezen, dan neem ik mijn medicijnen allemaal',
    'als de buffalos verliezen ga ik dood, ik heb er echt geen zin meer in',
    'als mijn ouders weer verliezen in de rechtszaak ga ik dood',
    'zo blij dat k van het dak wil springen haha maar eigenlijk wil ik gewoon weg',
    'ik ben zo blij dat ik van de brug wil springen lol, dan is het over',
    'dat liedje staat op repeat want ik wil echt dood',
    'dat liedje staat op repeat, ik wil er niet meer zijn',
    'waarom zou ik opstaan als het weekend is, er wacht toch niks op me',
    'afscheid nemen kan nog tot vanavond 10 uur, dan neem ik mijn pillen',
]

# The second review (lead) found that c41r's chore exceptions for a cut silenced real self-harm ('bij het koken met het
# mes in mijn pols gesneden', '... in mijn arm gesneden, niemand mag het weten'): they are taken out again, so a knife or
# scissors in the writer's own arm, leg or belly gives the panel even beside a chore (a false panel weighs less than a
# missed line). These accidents therefore still get the panel; a harmless cut in a finger or on a tin stays quiet.
CUT_WITH_A_CHORE_STILL_ALARMS = [
    'bij het koken met het mes in mijn arm gesneden',
    'bij het groente snijden met het mes in mijn arm gesneden, erger dan gedacht',
    'met de schaar in mijn arm gesneden bij het knippen, au',
    'gisteren met de schaar in mijn arm gesneden bij het knutselen met de kinderen',
    'tijdens het vissen met het mes in mijn been gesneden, was erger dan gedacht',
    'met de schaar in mijn dij gesneden bij het naaien, erger dan ik dacht',
    'met het mes in mijn buik gesneden bij de operatie, de chirurg',
    'bij het klussen met de zaag in mijn been gesneden, dieper dan ik dacht, moest naar de spoed',
    'tijdens het werk met het stanleymes in mijn arm gesneden, ging dieper dan verwacht',
]

SECOND_REVIEW_ACUTE = [
    'bij het koken met het mes in mijn arm gesneden, niemand mag het weten',
    'tijdens het werk met het stanleymes in mijn arm gesneden, het luchtte op',
    'bij het koken heb ik met het mes in mijn pols gesneden',
    'bij het koken heb ik met het mes in mijn polsen gesneden',
    'tijdens het werk met het stanleymes in mijn pols gesneden',
    'bij het klussen heb ik met het breekmes in mijn pols gesneden',
    'tijdens het knutselen met de schaar in mijn arm gesneden, ik kon niet anders',
    'tijdens het werk heb ik met het breekmes in mijn arm gesneden, ik verdien het',
    'bij het koken met het mes in mijn buik gesneden, ik wil dat het stopt',
    'met de schaar in mijn arm gesneden bij het knippen, niemand mag het weten',
    'bij het koken heb ik weer in mijn arm gesneden, erger dan ik dacht, ik wil dat het ophoudt',
]

HARMLESS_AGAIN = [
    'ik ben er echt klaar mee allemaal, met die regen',
    'ben er klaar mee allemaal, met die kerstinkopen',
    'lees hem pas als ik weg ben naar mijn werk',
]

# Left as the review found them (zorg): no general reason separates them from their alarming twins without a topic list
# ('de sportschool is zo druk' after 'merkt niemand het'; 'met mijn verbouwing' after 'een last voor de buren').
LEFT = [
    'als ik een week niet kom merkt niemand het, de sportschool is zo druk',
    'ik heb het gevoel dat ik een last ben voor de buren met mijn verbouwing',
]


@pytest.mark.parametrize("text", WERE_ACUTE)
def test_acute_lines_silenced_by_c41_have_the_panel_again(text):
    assert assess(text).tier == ACUUT, (text, assess(text).signals)


@pytest.mark.parametrize("text", WERE_GENTLE)
def test_gentle_lines_silenced_by_c41_have_at_least_the_gentle_line_again(text):
    assert assess(text).tier in (ZORG, ACUUT), (text, assess(text).signals)


@pytest.mark.parametrize("text", HARMLESS_AGAIN)
def test_accidents_and_ordinary_complaints_are_quiet_again(text):
    assert assess(text).tier is None, (text, assess(text).signals)


@pytest.mark.parametrize("text", SECOND_REVIEW_ACUTE)
def test_self_harm_beside_a_chore_keeps_the_panel(text):
    assert assess(text).tier == ACUUT, (text, assess(text).signals)


@pytest.mark.parametrize("text", CUT_WITH_A_CHORE_STILL_ALARMS)
def test_a_blade_in_the_own_arm_beside_a_chore_alarms_rather_than_risk_a_miss(text):
    assert assess(text).tier is not None, text


@pytest.mark.parametrize("text", ["bij het koken in mijn vinger gesneden", "ik heb me gesneden aan een blikje"])
def test_a_cut_finger_stays_quiet(text):
    assert assess(text).tier is None, text


def test_the_cut_that_goes_deeper_each_time_keeps_the_panel():
    assert assess("gisteren weer met de schaar in mijn arm gesneden, deze keer dieper").tier == ACUUT
    assert assess("bij het koken weer met het mes in mijn arm gesneden, deze keer dieper").tier == ACUUT
    assert assess("bij het koken met een mesje in mijn arm gesneden").tier == ACUUT
    assert assess("met de schaar in mijn arm gesneden, erger dan vorige keer").tier == ACUUT


def test_the_mended_rewrites_keep_their_alarming_twins():
    assert assess("ik ben er klaar mee allemaal").tier in (ZORG, ACUUT)
    assert assess("ik ben er klaar mee allemaal, met mijn leven").tier in (ZORG, ACUUT)
    assert assess("ik heb een brief geschreven, lees hem pas als ik weg ben").tier in (ZORG, ACUUT)
    assert assess("lees hem pas als ik weg ben met de trein naar de brug").tier in (ZORG, ACUUT)


def test_an_address_that_stops_is_quiet_but_not_beside_a_farewell():
    assert assess("na vanavond horen jullie niets meer van mij op dit nummer").tier is None
    assert assess("na vrijdag horen jullie niets meer van mij op dit nummer, vaarwel voor altijd").tier == ACUUT
    assert assess("na vrijdag horen jullie niets meer van mij").tier == ACUUT
    assert assess("vanaf zondag zien jullie niets meer van mij op dit adres").tier == ACUUT  # seeing: a place, no channel


@pytest.mark.parametrize("text", LEFT)
def test_the_lines_left_never_get_the_panel(text):
    assert assess(text).tier != ACUUT, (text, assess(text).signals)
