"""Round 48, the lead: detail_beside (k48a) switched on, and what the lead's review of it mended."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize("draft", [
    "Kun je me zaterdag helpen met verhuizen? Het ligt aan jou of je tijd hebt.",
    "Kun je de plantjes water geven? Het staat buiten kijf dat ik je dankbaar ben.",
    "Kun je woensdag naar mijn fiets kijken? Het gaat om mijn fiets die al weken een lekke band heeft.",
    "Wil je donderdag de kat eten geven? Je mag het zelf weten hoor.",
    # round 48 review of k48a: a farewell, a judgement, gossip, a quote, an idiom, a year after the ask
    "Hoi Sanne, kun je zaterdag Mila naar de hockeyclub brengen? Zie je zondag bij oma!",
    "Kun je morgen mijn pakket bij de buren ophalen? Hij is echt een sukkel, dat zei ik gisteren al.",
    "Kun jij mijn planten water geven deze week? Deze week is echt heftig op het werk.",
    "Wil je vrijdag de kinderen van school halen? Die man van de overkant is zo'n zeurpiet.",
    "Kun jij Noor ophalen van de opvang? Ze heeft 2 linkerhanden, zoals je weet.",
    "Kun je zaterdag oppassen? Hij zei: wie om 7 uur komt, eet mee.",
    "Kan je me 50 euro lenen? Dat is een ander paar mouwen.",
    "Kun je me helpen verhuizen? Die verhuizing van Bart in 2020 was een ramp.",
    "Kun je de rolluik repareren? Zelf werk ik vrijdag tot 22u.",
])
def test_an_idiom_or_a_way_out_after_the_ask_is_no_detail_of_it(draft):
    out = shrink(draft)
    assert out.sentence.rstrip().endswith("?") or not out.sure, out.sentence  # never offered as sure


@pytest.mark.parametrize(("draft", "said"), [
    ("Kun je Mila zaterdag naar de hockeyclub brengen? Ik haal haar om 17 uur weer op.", "17 uur"),
    ("Kun je de sleutel bij de buren ophalen? Die ligt op nummer 12.", "nummer 12"),
    ("Wil jij morgen mijn pakje aannemen? Het wordt tussen 9 en 13 uur bezorgd.", "tussen 9 en 13 uur"),
])
def test_a_detail_right_after_the_ask_stays(draft, said):
    assert said in shrink(draft).sentence


@pytest.mark.parametrize("draft", [
    "Ans. ik wil dood. ik zit bij het spoor. het bloedt heel erg. ik kan niet meer.",
    "Joris. ik wil er niet meer zijn. de deur is open. ik kan echt niet meer.",
    "Mam ik wil dood. ik heb veel gedronken. ik kan niet meer",
])
def test_a_crisis_result_that_needed_a_clause_put_back_is_not_sure(draft):
    out = shrink(draft)  # round 48 review of k48c: what else it dropped was never weighed
    assert out.crisis
    assert "kan" in out.sentence and "niet meer" in out.sentence
    assert not out.sure, out.sentence


@pytest.mark.parametrize("draft", [
    "Hoi Emma! Kun je zaterdag op Noor passen? Ze gaat zondag met haar vader naar Texel. Groetjes Karin",
    "Hoi Lotte, kun je me zaterdag naar Schiphol brengen? Hij vliegt maandag naar Bali. Groetjes Karin",
    "Hoi Bram, kun je vrijdag de hond uitlaten? Die moet dinsdag ook nog naar de dierenarts. Groetjes",
])
def test_a_sentence_after_the_ask_with_another_day_or_ook_is_never_kept_sure(draft):
    out = shrink(draft)  # round 48, second review wave: another day competes with the ask's moment
    assert not out.sure or out.sentence.rstrip().endswith("?"), out.sentence
