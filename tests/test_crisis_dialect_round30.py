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


# Two ordinary letters from k30d's long-message probes got the full panel (round 30, lead): rescheduling an appointment
# 'naar een datum na 5 januari' read as a chosen date (plan) beside 'morgen'; a wife who 'denkt dat het aan de
# medicijnen ligt' read as a hidden purpose for the medicine. A rescheduled appointment is an ordinary plan
# (plan-gewoon), naming a cause is no hidden purpose (oorzaak-noemen).
@pytest.mark.parametrize("line", [
    "Helaas is mijn moeder plotseling opgenomen in het ziekenhuis en vlieg ik morgen naar haar toe. "
    "Zou u mijn afspraak kunnen verzetten naar een datum na 5 januari?",
    "Ik gebruik sinds het voorjaar metoprolol voor mijn bloeddruk. Mijn vrouw denkt dat het aan de medicijnen ligt, "
    "maar ik weet het niet zeker.",
])
def test_an_ordinary_letter_to_a_clinic_gets_no_panel(line):
    assert crisis.tier_of(line) != "acuut"


@pytest.mark.parametrize("line", [
    "ik heb pillen gespaard, iedereen denkt dat het vitamines zijn",
    "mijn vrouw denkt dat het aan de pillen ligt maar ik heb ze gespaard voor als ik er een eind aan maak",
    "ik moet mijn afspraak verzetten, ik heb een datum gekozen en de pillen liggen klaar, zaterdag is het voorbij",
])
def test_the_real_plans_beside_them_keep_the_panel(line):
    assert crisis.tier_of(line) == "acuut"
