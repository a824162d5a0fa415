"""Ordinary requests of the kind the krimp corpus holds (long, apologising, practical) keep the panel
away, while the same surface in a real goodbye keeps it: kinds found by running the crisis check over
the krimp corpus's ordinary drafts (round 7), each in words of its own here."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, assess


@pytest.mark.parametrize("text", [
    # an apology for bringing something up is politeness, not a farewell's 'sorry'
    "Sorry dat ik er weer mee kom, maar het wordt me te veel op het werk. Kun jij de planning van juni overnemen?",
    "Het spijt me dat ik u hiermee lastig moet vallen, maar het wordt me allemaal te veel met de verbouwing. "
    "Kunt u de oplevering een week uitstellen?",
    # 'ik moet werken' is a job, not a method that has to work
    "kan jij zaterdag de jongens met de auto naar voetbal brengen? ik moet helaas werken",
    # a stay away with its own length is an ordinary occasion
    "We gaan een weekje naar Zeeland, zou jij de kat willen voeren? Het voer staat in de kast en het is echt "
    "niet moeilijk, ze moet gewoon eten krijgen",
])
def test_an_ordinary_request_gets_no_panel(text):
    assert assess(text).tier != ACUUT


@pytest.mark.parametrize("text", [
    "dit keer moet het werken, ik heb de pillen al klaarliggen",
    "sorry dat ik er niet meer zal zijn, zorg goed voor mama",
])
def test_the_same_surface_in_a_real_goodbye_keeps_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", [
    # a refill asked of the pharmacy or the GP's assistant
    "Goedemorgen, kunt u voor donderdag de volgende medicijnen klaarzetten: - bisoprolol 5 mg - simvastatine 40 mg. "
    "Ik haal ze zelf op.",
    # keys left with a neighbour and a balcony, around a week away
    "Hoi Els, wij gaan zaterdag een week naar Zeeland. Wil jij de tomaten op het balkon water geven? "
    "De sleutel ligt bij jou in de brievenbus.",
])
def test_an_errand_around_medication_or_a_week_away_gets_no_panel(text):
    assert assess(text).tier != ACUUT
