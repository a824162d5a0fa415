"""Two kinds the lead's own probe found in round 10, each in fresh wording: standing at a
dangerous place and announcing the jump, also in the next sentence ("ik ga springen"); and
passwords or codes left "voor als ik met verlof ben" (an ordinary absence, not a farewell);
and being tired of living itself ("ik ben het beu om te leven"), found by a fresh krimp draft."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

ACUTE = [
    "Mo ik sta boven op de parkeergarage. ik ga springen. sorry",
    "zit al een uur op de spoorbrug, zo spring ik",
    "kstaan op het dak van ons flatgebouw en kga springen",
    "mijn wachtwoorden liggen in de bovenste la, voor als ik er straks niet meer ben",
]

SILENT = [
    "ik sta op de hoge duikplank in het zwembad en ik ga springen, filmen jij?",
    "we zitten op de steiger, het water is lekker, ik ga springen",
    "de codes van de alarminstallatie liggen bij Ruud, voor als ik in juli met vakantie ben",
    "de inlog van de nieuwsbrief staat in de gedeelde map, voor als ik volgende week met verlof ben",
]


@pytest.mark.parametrize("text", ACUTE)
def test_alarms_at_the_acute_tier(text):
    assert assess(text).tier == "acuut", assess(text).signals


@pytest.mark.parametrize("text", SILENT)
def test_stays_silent(text):
    assert assess(text).tier is None, assess(text).signals


@pytest.mark.parametrize("text", [
    "eerlijk? ik ben het zo moe om nog te leven",
    "kben het spuugzat om te leven, sorry",
])
def test_tired_of_living_itself_is_a_wish_to_die(text):
    assert assess(text).tier == "acuut", assess(text).signals


@pytest.mark.parametrize("text", [
    "ik ben het beu om te leven van een studentenbudget",
    "ik ben het zat om te werken voor een baas die nooit bedankt",
])
def test_tired_of_a_way_of_living_is_not(text):
    assert assess(text).tier != "acuut", assess(text).signals


# Ordinary leaving in everyday farewell words (a second probe of the lead, round 10): a message
# to the colleagues, another person's will handed over. Strong words still alarm in them.
@pytest.mark.parametrize("text", [
    "Beste collega's, morgen is het zover: na 27 jaar draai ik de sleutel van de drukkerij om. Bedankt voor alles en het ga jullie goed.",
    "de overdracht is rond en het testament van oom Frans ligt bij de notaris, alles is geregeld. nu eerst slapen",
])
def test_ordinary_leaving_stays_silent(text):
    assert assess(text).tier != "acuut", assess(text).signals


@pytest.mark.parametrize("text", [
    "Lieve collega's, bedankt voor alles. Voor als ik er niet meer ben: de codes liggen in mijn la.",
    "Beste team, dit is mijn afscheidsbrief. Ik wil niet meer leven.",
])
def test_strong_words_to_colleagues_still_alarm(text):
    assert assess(text).tier == "acuut", assess(text).signals
