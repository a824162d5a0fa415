"""Dialect words in the crisis check (round 30, lead).

West-Flemish, Limburg, Zeeuws and Twents chat spell the key words of a wish to die in ways the
normaliser did not know: 'mier' (meer), 'moake' (maken), 'hol' (houd), 'worre' (worden), 'slape'
(slapen), 'un' (een). Each line below was missed or only got the gentle line; the harmless lines use
the same words in their everyday sense and stay quiet.
"""
import pytest

from vraaghulp.coach import crisis


@pytest.mark.parametrize("line", [
    "ik wil nie mier leve",
    "ik wil dr een einde aan moake",
    "ik wil der un eind aan make",
    "ik wil slape en nie mier wakker worre",
    "kzen op, k wil nie mier leve, kunt ge komen",
])
def test_a_wish_to_die_in_dialect_gets_the_panel(line):
    assert crisis.tier_of(line) == "acuut"


def test_not_holding_on_in_dialect_gets_the_gentle_line():
    assert crisis.tier_of("ik hol t nie meer vol") == "zorg"


@pytest.mark.parametrize("line", [
    "er liep een mier over mijn boterham",
    "ik hol naar de bakker, bent ge thuis?",
    "hij is un mooie jongen",
    "ik wil slape, k ben doodop van de training",
    "we moeten da nog moake tegen vrijdag",
])
def test_the_same_words_in_everyday_talk_stay_quiet(line):
    assert crisis.tier_of(line) is None
