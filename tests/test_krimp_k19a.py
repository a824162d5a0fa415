"""Round 19 (k19a): a fact the reader needs, dropped as background while the result was sure.

- what the reader need not do, before the ask with 'maar' ('je hoeft niet te komen, maar kun je …'), stays
  in front of the question; after the ask with 'tenzij' it stays whole ('Ge moet ni komen kijken tenzij …');
  a reassurance ('je hoeft niet te antwoorden', '… hoor') still goes as an escape hatch;
- the writer's own body giving up, said after the ask ('Mijn knie wil niet meer mee.'), is the honest sentence;
- when the writer fetches back what the ask is about ('Ik haal ze op om half zes.') stays after the ask;
- the thing the ask names, broken ('Mijn scooter is kapot.'), dropped: the result is not sure.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import compose, shrink


def _kept(result, words: str) -> bool:
    return words.lower() in result.sentence.lower()


@pytest.mark.parametrize(("draft", "part"), [
    ("Joost, je hoeft niet te blijven eten, maar kun je zondag de tafels klaarzetten?", "je hoeft niet te blijven eten, maar"),
    ("hoi mam je hoeft niet uit te stappen maar kun je me om 9 uur bij het station ophalen", "je hoeft niet uit te stappen, maar"),
    ("Dag Wim, ge moet ni helpen dragen, maar kunt ge morgen uw camionette uitlenen?", "ge moet ni helpen dragen, maar"),
    ("Meneer Smits, u hoeft niet langs te komen, maar zou u het formulier kunnen mailen?", "u hoeft niet langs te komen, maar"),
])
def test_what_the_reader_need_not_do_stays_in_front(draft, part):
    result = shrink(draft)
    assert _kept(result, part), result.sentence
    assert result.sentence.endswith("?")
    assert not any("maar" in draft[a:b] for a, b in result.dropped)  # kept: not struck through


@pytest.mark.parametrize(("draft", "part"), [
    ("Wil jij morgen op de kat passen? Je hoeft niet te blijven tenzij ze niet eet.", "niet te blijven tenzij ze niet eet"),
    ("Kunde gij vrijdag op de kleine letten? Ge moet ni opstaan tenzij ze huilt.", "ni opstaan tenzij ze huilt"),
    ("Kun je woensdag de plantjes water geven? Je hoeft de tuin niet te sproeien, tenzij het droog blijft.",
     "niet te sproeien, tenzij het droog blijft"),
])
def test_a_spared_part_with_unless_stays_whole(draft, part):
    result = shrink(draft)
    assert _kept(result, part), result.sentence
    assert not result.sentence.rstrip(".").endswith(part.split("tenzij")[1]) or _kept(result, part.split(" tenzij")[0])


@pytest.mark.parametrize("draft", [
    "Je hoeft niet meteen te antwoorden, maar kun je deze week naar mijn offerte kijken?",
    "Sorry! je hoeft niet te reageren vandaag, maar wil je vrijdag mijn brief nalezen?",
])
def test_a_reassurance_still_goes(draft):
    result = shrink(draft)
    assert "hoeft" not in result.sentence.lower(), result.sentence


@pytest.mark.parametrize(("draft", "body"), [
    ("Kun jij zaterdag de kliko aan de straat zetten? Mijn knie wil niet meer mee.", "knie"),
    ("Kunde gij morgen de bakken water naar boven dragen? Mijn rug wil ni meer mee.", "rug"),
    ("Wie kan vrijdag de tuinstoelen naar binnen zetten? Mijn armen werken niet meer mee.", "armen"),
])
def test_the_writers_body_giving_up_is_the_honest_sentence(draft, body):
    result = shrink(draft)
    assert _kept(result, body), result.sentence
    assert any(f.kind == "staat" for f in result.findings)


@pytest.mark.parametrize(("draft", "time"), [
    ("Hoi Eva, sorry voor de late vraag. Kun jij morgen Sam na school opvangen? Ik haal hem op om half zes.", "half zes"),
    ("Dag Mieke, sorry da 'k het nu pas vraag. Kunde gij de hond tot zondag bij u houden? 'k Haal hem op om zes uur.",
     "zes uur"),
])
def test_when_the_writer_fetches_it_back_stays(draft, time):
    result = shrink(draft)
    assert _kept(result, time), result.sentence
    assert result.sure


def test_a_broken_thing_the_ask_names_is_never_dropped_while_sure():
    result = shrink("Hoi Sem, ik heb een probleem. Mijn scooter is kapot. Mag ik morgen jouw scooter lenen?")
    assert _kept(result, "scooter is kapot") or not result.sure, result.sentence


def test_the_practice_flow_keeps_the_spared_part():
    sentence = compose("Lotte", "je hoeft niet te komen, maar kun je me vanavond bellen", "vanavond")
    assert "je hoeft niet te komen, maar" in sentence.lower(), sentence


@pytest.mark.parametrize(("draft", "fact"), [
    ("Kun je vrijdag de kat voeren? Hij mag met zijn oog nog niet naar buiten.", "nog niet naar buiten"),
    ("Hoi Pim, kun jij dinsdag mijn pakket aannemen? Ik ben er niet tussen 9 en 4.", "niet tussen 9 en 4"),
    ("kun je woensdag de kleine ophalen bij de crèche, ik ben er niet voor vijf uur", "niet voor vijf uur"),
    ("Wil jij Mila donderdag naar de tandarts brengen? Niet met de scooter. Om 10.45 bij de praktijk.", "10.45"),
    ("Wie kan zondag rijden naar de wedstrijd in Ede? Ik heb nog 4 plekken nodig.", "4 plekken"),
    ("Kunt ge morgen bij ons pa blijven? Ge moet ni koken, er is nog stoofvlees.", "ni koken"),
])
def test_a_fact_said_after_the_ask_stays(draft, fact):
    result = shrink(draft)
    assert _kept(result, fact), result.sentence


def test_a_reason_after_a_handling_limit_about_a_person_still_goes():
    result = shrink("Kun jij zaterdag chips en cola meenemen? Geen bier. Dat mag hij niet meer van de dokter.")
    assert "dokter" not in result.sentence, result.sentence
