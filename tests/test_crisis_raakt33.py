"""Round 33 (lead): 'raakt' counts as an accident only with what can hit a person.

The accident concept of the rule `ongeluk-niet-erg` held a bare 'raakt', so a wish word and any 'raakt op' in one
sentence gave the full panel: 'ik wil niet zeuren, maar mijn spaargeld raakt op' (a krimp draft, h30b-020).
"""

import pytest

from vraaghulp.coach.crisis import assess


@pytest.mark.parametrize("text", [
    "ik wil niet zeuren, maar mijn spaargeld raakt op",
    "Ik wil niet klagen maar de melk raakt op, wil je er morgen twee meenemen?",
    "ik wil niet zagen, mijn batterij raakt leeg",
    "ik wil dat de muziek mij raakt",
    "ik wil niet dat ze haar sleutels weer kwijtraakt",
])
def test_raakt_in_everyday_talk_is_no_accident(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", [
    "als een auto me raakt is het ook goed",
    "ik hoop dat die trein me raakt",
    "k hoop dat ne camion mij raakt",
    "het kan me niet schelen als er een auto me raakt",
])
def test_a_vehicle_that_hits_me_still_alarms(text):
    assert assess(text).tier == "acuut"
