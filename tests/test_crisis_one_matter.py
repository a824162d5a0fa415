"""Two words of one arrangement side by side are one matter, not two (round 31, lead; holds._one_matter).

veel-geregeld wants three different things arranged (or two and something final). 'mijn verzekering opzeggen' is
`regelen` twice, side by side; with 'veel te veel' about a lasagne it gave an ordinary message the full panel.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess


@pytest.mark.parametrize("text", [
    "ik moet mijn verzekering opzeggen. we hebben lasagne gemaakt, veel te veel trouwens.",
    "Morgen even mijn verzekering opzeggen, en ik heb veel te veel soep gemaakt, wil je wat?",
    "ik moet de huur opzeggen en mijn verzekering regelen, het wordt me te veel met die verhuizing",
])
def test_one_arrangement_and_too_much_food_is_no_alarm(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", [
    "heb alle wachtwoorden en pincodes in een envelop gestopt met jouw naam erop",
    "heb het rustig geregeld: verzekering, huur opgezegd, de vissen naar de buurjongen",
    "De kat gaat naar mijn zus, de sleutels liggen bij de buren en het geld staat op haar rekening.",
    "ik heb mijn verzekering opgezegd, mijn abonnement stopgezet en de kat gaat naar mijn zus.",
])
def test_things_arranged_apart_still_alarm(text):
    assert assess(text).tier == "acuut"
