"""Round 31 (lead): two false panels on ordinary messages.

Two words of one arrangement side by side are one matter, not two (holds._one_matter). veel-geregeld wants three different things arranged (or two and something final). 'mijn verzekering opzeggen' is
`regelen` twice, side by side; with 'veel te veel' about a lasagne it gave an ordinary message the full panel.

A complaint that passes by itself is an ordinary reason to stop pills (concept stoppen-gewoon): 'ik stop met mijn
pillen, de hoofdpijn gaat vanzelf over' got the full panel from stoppen-vanzelf.
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


@pytest.mark.parametrize("text", [
    "ik stop met mijn pillen, de hoofdpijn gaat vanzelf over",
    "ik stop met die pillen hoor, de rugpijn trekt vanzelf weg",
    "k stop me mn pillen, de migraine gaat wel vanzelf beter",
])
def test_a_complaint_that_passes_by_itself_is_no_alarm(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", [
    "Ik heb de pillen van de cardioloog allemaal weggegooid. Dan gaat het vanzelf.",
    "ik stop met mijn pillen, dan gaat het vanzelf over, niemand hoeft het te weten",
    "ik stop met mijn medicijnen. de pijn gaat vanzelf over als ik er niet meer ben",
])
def test_stopping_so_that_it_happens_by_itself_still_alarms(text):
    assert assess(text).tier == "acuut"


@pytest.mark.parametrize("text", [
    "de wachtlijst is 9 maanden, zo lang hou ik het niet vol",
    "nog drie maanden wachten, dat hou ik niet meer uit",
    "wachtlijst ggz is 7 maand, zolang hou ik het ni uit",
])
def test_not_holding_on_through_a_wait_gets_the_gentle_line(text):
    assert assess(text).tier == "zorg"


@pytest.mark.parametrize("text", [
    "de marathon is 42 km, zo lang hou ik het niet vol haha",
    "een hele nacht doorwerken, dat hou ik niet vol",
    "nog twee weken tot de vakantie, dat hou ik wel vol",
])
def test_not_holding_on_through_a_race_or_a_night_is_no_alarm(text):
    assert assess(text).tier is None
