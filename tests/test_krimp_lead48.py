"""Round 48, the lead: detail_beside (k48a) switched on, and what the lead's review of it mended."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize("draft", [
    "Kun je me zaterdag helpen met verhuizen? Het ligt aan jou of je tijd hebt.",
    "Kun je de plantjes water geven? Het staat buiten kijf dat ik je dankbaar ben.",
    "Kun je woensdag naar mijn fiets kijken? Het gaat om mijn fiets die al weken een lekke band heeft.",
    "Wil je donderdag de kat eten geven? Je mag het zelf weten hoor.",
])
def test_an_idiom_or_a_way_out_after_the_ask_is_no_detail_of_it(draft):
    out = shrink(draft)
    assert out.sentence.rstrip().endswith("?"), out.sentence


@pytest.mark.parametrize(("draft", "said"), [
    ("Kun je Mila zaterdag naar de hockeyclub brengen? Ik haal haar om 17 uur weer op.", "17 uur"),
    ("Kun je de sleutel bij de buren ophalen? Die ligt op nummer 12.", "nummer 12"),
    ("Wil jij morgen mijn pakje aannemen? Het wordt tussen 9 en 13 uur bezorgd.", "tussen 9 en 13 uur"),
])
def test_a_detail_right_after_the_ask_stays(draft, said):
    assert said in shrink(draft).sentence
