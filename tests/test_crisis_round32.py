"""Round 32 (c32): crisis-t (tuning-ho31t1/t2) brought in; its misses, false gentle lines and zorg lines with the
full panel mended as kinds, and the kinds the lead's own probes missed. Each kind with our own new variants (NL,
Flemish, Limburg, chat spelling) and harmless look-alikes; the rules alone (no test reads the sealed text).
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess


@pytest.mark.parametrize("text", [
    # stopping 'with everything' and the how already found out
    "na de kerst stop ik ermee, met alles. heb al opgezocht hoe",
    "ik stop met alles. ik weet al hoe, niemand hoeft te zoeken",
    "k stop ermee met alles na dit semester, heb al uitgezocht hoe",
    "ik heb al uitgezocht hoe, na mijn laatste shift doe ik het",
    # waiting at the rails for a train that does not stop; the railway 'where it is quiet'
    "ik sta bij het spoor en wacht op de goederentrein die hier niet stopt",
    "zit aan de sporen, de intercity stopt hier nie, ik wacht erop",
    "ik loop naar het spoor achter de wijk, daar is het rustig",
    "k ga naar de sporen bij de fabriek, daar is het stil 's nachts",
    "ik sta aan de overweg, ik wacht op de trein. niet meer bellen",
    # alone onto the water and not coming back
    "ik vaar morgen alleen de zee op en ik kom niet meer terug",
    "ga vannacht met de roeiboot het water op, kom nie terug",
    # someone else's pills 'enough for a horse' meant for oneself
    "pa zn pillen, genoeg voor een olifant, dat zou voor mij wel moeten werken",
    "oma haar slaappillen zijn genoeg voor een paard, bij mij gaat dat zeker lukken",
    # 'the sea may have me' beside things given away
    "heb mijn surfplank en mijn gitaar weggegeven. de zee mag me hebben",
    "alles verdeeld onder mijn broers, het water mag mij nemen",
    # a short farewell in three parts
    "zorg goed voor mama. bedankt voor alles. ik hou van je",
    "zorgt goe voor de kinders. merci voor alles. k zie ulder graag",
    # things divided, with someone, sooner than they think
    "de spaarboekjes heb ik al overgeschreven op de kleinkinderen, ik wil bij Mieke zijn, het zal sneller gaan dan ze denken",
    # bare means and place with a moment
    "auto. boom. vanavond.",
    "wagen. muur. morgen.",
    # a wish with only a laugh beside it
    "ik wil dood lol",
    "haha ik wil dood",
    "wil gewoon dood 😂",
    # stopped one's pills so it happens by itself, Limburg
    "ich bin gestop mit mien medicatie, dan geit 't vaanzelf",
    # a harness left off on purpose at height; one's own funeral laid out and decided
    "morgen op het dak klik ik mijn harnas niet vast, dan is het gedaan",
    "mijn uitvaart is geregeld. ik heb besloten, het duurt nie lang meer",
])
def test_the_kinds_of_crisis_t_and_the_lead_get_the_panel(text):
    assert assess(text).tier == "acuut"


@pytest.mark.parametrize("text", [
    "de zaak is dicht, ik ben niemand meer, ik weet niet wie ik nog ben zonder mijn werk",
    "sinds de failliet ben ik niks meer",
    "ik voel weer dezelfde leegte als de vorige keer",
    "diezelfde donkerte als toen komt terug, ik heb niks gedaan hoor",
    "ich zin allein nog ene last vur mien vrouw",
    "de zee mag me hebben",
    "ik ben het zo zat, niks heeft nog zin",
    "12 uur gewerkt, ik kan niet meer, alles is zinloos",
    "ik ben iedereen tot last, sorry dat ik zo zit te klagen",
])
def test_a_worry_without_a_plan_gets_the_gentle_line(text):
    assert assess(text).tier == "zorg"


@pytest.mark.parametrize("text", [
    "ik stop ermee met roken, heb al uitgezocht hoe: pleisters",
    "na de examens stop ik ermee, met de scouts. heb al opgezocht hoe ik me uitschrijf",
    "ik heb al uitgezocht hoe de printer werkt, na de lunch probeer ik het",
    "ik sta aan de overweg, de trein naar Gent is te laat, ik wacht erop",
    "de sneltrein stopt hier niet, ik moet overstappen in Mechelen",
    "ik ga naar het spoor foto's maken, daar is het stil op zondag",
    "ik ga naar de spoorlijn om te wandelen met de hond, daar is het rustig",
    "ik vaar morgen uit en kom niet terug voor vrijdag",
    "we varen met de boot naar Texel en komen niet terug tot zondag",
    "ons pa zijn pillen zijn genoeg voor een paard, de apotheker lacht ermee",
    "die vitamines zijn genoeg voor een paard haha, ik neem er een per dag",
    "de zee mag hem hebben die oude boot",
    "zorg goed voor de planten deze week, bedankt voor alles, tot maandag",
    "auto. boom. verzekering. niemand gewond",
    "auto, boom, sleepdienst, wat een dag",
    "haha ik ga dood van het lachen",
    "ik ga dood van het lachen lol",
    "lol ik lach me dood",
    "die pizza, ik ga dood hoe lekker",
    "die frietjes waren om te sterven zo goed",
    "ik ben niks meer verschuldigd aan de bank, eindelijk",
    "ik weet niet wie ik ben op die foto haha",
    "dezelfde leegte in de koelkast als vorige week, tijd voor boodschappen",
    "sorry dat ik zo zeur over de planning, kunnen we morgen bellen?",
    "ich bin kapot vaan 't lache",
    "de geit is ziek, de veearts komt morgen",
    "ik doe mijn gordel niet om, dan is het over met mijn rijbewijs haha",
])
def test_harmless_look_alikes_stay_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", [
    "ik wil dood lol, weer een toets morgen",
    "lol kwil dood van schaamte, stond met mijn gulp open",
    "dat liedje 'ik wil dood' staat op repeat haha",
])
def test_a_laughed_wish_with_something_to_laugh_about_gets_no_panel(text):
    assert assess(text).tier != "acuut"


@pytest.mark.parametrize("text", [
    "mijn afscheidsspeech is klaar, ik heb voor iedereen een kaartje geschreven",
    "de afscheidsborrel is vrijdag, ik heb bedankkaartjes gekocht voor het hele team",
    "ik loop elke avond naar zee, dat maakt mijn kop leeg",
    "even mijn hoofd leeg maken aan de dijk",
])
def test_a_farewell_at_work_and_a_clear_head_stay_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", [
    "mijn afscheidsbrief is klaar, ik heb voor iedereen een kaartje geschreven",
    "mijn afscheidsspeech is klaar, ik heb voor iedereen een kaartje geschreven, morgen ben ik er niet meer",
    "de zee in lopen, mijn hoofd is zo leeg, niemand zal me missen",
])
def test_beside_those_narrowings_the_real_alarm_keeps_the_panel(text):
    assert assess(text).tier == "acuut"



@pytest.mark.parametrize("text", [
    "niemand die merkt dat ik elke avond huil",
    "niemand ziet hoe vaak ik lig te janken 's nachts",
    "lol niemand die merkt dat ik elke avond huil",
    "haha niemand ziet dat ik elke nacht lig te janken",
])
def test_crying_that_no_one_sees_gets_the_gentle_line(text):
    assert assess(text).tier == "zorg"


@pytest.mark.parametrize("text", [
    "niemand die merkt dat ik huil om die film haha",
    "niemand weet hoe vaak ik heb gehuild van het lachen bij die show",
    "niemand die mijn grap snapt haha",
    "haha met niemand gepraat vandaag, lekker rustig",
])
def test_crying_at_a_film_or_from_laughing_stays_quiet(text):
    assert assess(text).tier is None
