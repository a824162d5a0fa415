"""Kinds mended in round 11 (cr26c), each in fresh wording: harmless lines that got the panel
(a bounded sleep: hours or a limit before/after; an object given away with an ordinary reason
the writer no longer uses it; a pet rehomed for a practical reason and missed; estate papers
arranged with a partner, for a parent or long ago; a farewell at the funeral of someone who
died), and the real alarm lines in the same words, which must keep the panel."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

ACUTE = [
    # never waking, without a limit or with the limit denied
    "ik wil gaan slapen en nooit meer wakker worden, dat is alles wat ik nog wil",
    "vanavond slapen en niet meer wakker worden, voorgoed",
    "ik wil slapen en niet meer wakker worden, niet tot maandag, nooit meer",
    "ik wil tien uur slapen en nooit meer wakker worden, nooit",
    # things given away because they are not needed where the writer goes
    "mijn boeken heb ik weggegeven, sinds gisteren weet ik dat ik ze niet meer nodig heb waar ik heen ga",
    # a pet brought away with a reason kept secret
    "ik breng de hond naar mijn broer, hij hoeft niet te weten waarom",
    "de cavia is naar de buurjongen gegaan, niemand hoeft te weten waarom",
    # the will ready with a letter beside it
    "het testament is klaar en de brief ligt erbij",
    "mijn testament is getekend, voor jullie ligt er een brief klaar in de kast",
    # wanting to be with the one who died, after the funeral
    "de begrafenis van mijn vrouw was mooi, ik wil bij haar zijn",
    "na de uitvaart van papa heb ik afscheid genomen, ik kom hem achterna",
    # a last greeting that is the writer's own
    "dit is mijn laatste groet aan jullie, ik hou van jullie",
    # a farewell in a crematorium, then a reunion with the one who died
    "in het rouwcentrum afscheid genomen van opa, het was mooi. ik ook, dan zijn we weer samen",
    # the writer's own funeral arranged, a farewell to everyone
    "ik heb afscheid genomen van iedereen, mijn uitvaart in het crematorium is geregeld, het was mooi met jullie",
]

SILENT = [
    # a bounded sleep
    "na die verhuizing wil ik elf uur slapen en niet meer wakker worden voor de lunch",
    "toets af! slapen en nooit meer wakker worden voor tienen morgen",
    "dat congres was zwaar, slapen en niet meer wakker worden tot maandag",
    "tot zondag slapen en nooit meer wakker worden, heerlijk",
    # an object given away with an ordinary reason
    "mijn roeiboot weggegeven aan de club, ik roei nooit meer sinds mijn schouder",
    "de oude fiets weggegeven aan de kringloop, ik heb een nieuwe gekocht en rij er nooit meer op",
    # a pet rehomed for a practical reason
    "onze kater gaat naar een gezin op het platteland, in ons appartement mogen geen katten. ik ga hem zo missen",
    # estate papers with a partner or for a parent
    "jaren geleden samen met mijn vrouw ons testament gemaakt bij de notaris, alles geregeld, maak je geen zorgen",
    "volgende week ga ik met mijn moeder naar de notaris voor haar testament, dan is alles geregeld",
    # a farewell at a funeral
    "vanochtend de begrafenis van onze buurman, afscheid genomen met muziek, het was mooi",
    # the same kinds in wordings the first lists did not reach (eigen24 part 3)
    "de hele herfstvakantie slapen en niet meer wakker worden, zalig",
    "de cavia's gaan naar de buren, ze konden niet met de kat overweg. ik ga ze missen",
    "het testament van mijn grootouders is geregeld bij de notaris, alles is in orde",
    "mijn vrouw en ik zijn vorige week naar de notaris geweest voor het testament, alles geregeld, maak je geen zorgen",
    "tante Jos is vrijdag gecremeerd, we hebben afscheid genomen en het was mooi",
    "in het rouwcentrum afscheid genomen van nonkel Jef, het was mooi, hij zag er rustig uit",
    # eigen24 part 5's kinds: a bound with "tot in", hands that no longer cooperate, rehabilitation,
    # a last greeting at a funeral
    "zondag tot in de middag slapen en nooit meer wakker worden",
    "mijn accordeon gaat naar de muziekschool, mijn handen willen niet meer mee, ik speel nooit meer",
    "de kat gaat naar mijn zus zolang ik revalideer na mijn val, ik ga haar zo missen",
    "de laatste groet aan onze buurvrouw in de aula was prachtig, afscheid nemen doet pijn",
]


@pytest.mark.parametrize("text", ACUTE)
def test_each_real_alarm_gets_the_panel(text):
    result = assess(text)
    assert result.tier == "acuut", result


@pytest.mark.parametrize("text", SILENT)
def test_each_ordinary_line_stays_silent(text):
    result = assess(text)
    assert result.tier is None, result


def test_a_new_home_for_a_pet_is_no_reason_by_itself():
    # the handover is no reason: "voorgoed" and going away keep the panel
    text = "mijn kat heeft een nieuw thuis, voorgoed. ik ben blij dat het geregeld is voor ik ga"
    assert assess(text).tier is not None, assess(text).signals


def test_a_partner_does_not_silence_a_means():
    text = "samen met mijn vrouw het testament gemaakt, alles geregeld, en ik heb de pillen gespaard"
    assert assess(text).tier == "acuut", assess(text).signals


def test_a_partner_without_estate_papers_is_no_frame():
    # "mijn vrouw en ik" frames a calm only together with a will or a notary
    text = "mijn vrouw en ik zijn uit elkaar, alles is geregeld, maak je geen zorgen"
    assert assess(text).tier == "acuut", assess(text).signals
