"""Round 20 (k20b): a sentence beside the ask that holds a fact the reader needs to act stays (fact_kept.py)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        ("Hoi Bart, kun je vanavond mijn pakket bij de buren ophalen? Ik woon op 17.", "Ik woon op 17."),
        ("Hey Nina, wil je zaterdag de schuur opruimen? Ik geef 10 euro per uur.", "10 euro per uur"),
        ("Papa kun je me komen halen? Ik sta bij de ingang van de bibliotheek.", "Ik sta bij de ingang van de bibliotheek."),
        ("Tom, kun je zondag naar mijn fiets kijken? De ketting ligt eraf.", "De ketting ligt eraf."),
        ("Hoi Sara, de reservesleutel ligt onder de mat. Kun jij morgen de planten water geven?",
         "de reservesleutel ligt onder de mat"),
    ],
)
def test_a_fact_the_reader_needs_stays(draft, kept):
    out = shrink(draft)
    assert kept.lower() in out.sentence.lower()


@pytest.mark.parametrize(
    ("draft", "gone"),
    [
        ("Hey Ruben, wil je woensdag de heg knippen? Ik heb geen tijd want ik moet werken.", "moet werken"),
        ("Lotte, kun je donderdag oppassen? Ik weet dat je het druk hebt met je studie.", "druk"),
    ],
)
def test_the_writers_own_logistics_still_go(draft, gone):
    assert gone not in shrink(draft).sentence.lower()
