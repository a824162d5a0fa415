"""A message sent to someone is no wish to be with them (round 29, lead).

'Ik wil het volgende appen naar mijn vriendin: … Ik moet naar een begrafenis.' got the full panel: 'wil … naar mijn
vriendin' read as wanting to be with a loved one, and the funeral as that person's death (bij-overledene). A verb of
sending (appen, sturen, mailen, sms'en, schrijven) in between now keeps it quiet; wanting to be with the dead stays
acute."""
import pytest

from vraaghulp.coach import crisis


@pytest.mark.parametrize("text", [
    "Ik wil het volgende appen naar mijn vriendin Mirjam: hoi Mirjam, zou jij vrijdag mijn dienst in de bieb willen "
    "overnemen? Ik moet naar een begrafenis.",
    "ik wil dit sturen naar mijn broer: kun je zaterdag mee naar de begrafenis van oom Jef?",
    "ik wil een mail sturen naar mijn zus, de begrafenis van tante is dinsdag",
    "k wil da sms'en naar mijn moeder: de uitvaart van nonkel is om 10u",
])
def test_sending_a_message_is_no_wish_to_be_with_someone(text):
    assert crisis.assess(text).tier is None


@pytest.mark.parametrize("text", [
    "Sinds Wim er niet meer is, wil ik alleen nog maar bij hem zijn.",
    "mijn vriendin is vorige maand gestorven en ik wil naar mijn vriendin, ik hou het niet meer",
    "sinds mama dood is wil ik gewoon naar haar toe",
    "papa is begraven vorige week. ik wil gewoon bij papa zijn",
])
def test_wanting_to_be_with_the_dead_stays_acute(text):
    assert crisis.assess(text).tier == "acuut"
