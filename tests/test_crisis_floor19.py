"""Round 19 (c19e): the second opinion's floor reads the whole message where nothing but the
ambiguous kinds (a farewell, things arranged, a place, others rid of the writer) and plain times
are in it.

Before, a panel from those families stayed whenever one sentence read alone scored above the
floor; in a long ordinary handover one always does ("Bedankt voor alles!"), so the floor never
reached most false panels of the blind files' first states. A message with any other hint (a
means, a death, 'het is niet jullie schuld') keeps the old reading, so its panel stays. The
floor's height is fixed here (every refit moves the weights). Our own lines, written fresh.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess
from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.opinion import FAMILY, nothing_else, weights

FLOOR = 0.02  # round 26 (c26n): the shipped height since the refit with the floor 0.02


@pytest.fixture
def floor(monkeypatch):
    from vraaghulp.coach.crisis import opinion

    monkeypatch.setattr(opinion, "_loaded", [{**weights(), "ondergrens": FLOOR}])


# Long ordinary handovers with a trip named: the rules give the panel (a farewell beside keys and
# codes), the message read whole scores under the floor, one sentence alone does not.
_HANDOVERS = (
    "Hoi allemaal, vanaf maandag neemt Yara de planning over. De sleutels van de kast liggen bij het onthaal "
    "en de codes staan in het schrift. Bedankt voor alles, ik ga drie maanden reizen door Chili!",
    "Dag allemaal, vanaf de 1e neemt Sofie de kassa over. De sleutel van de winkel ligt bij de bakker ernaast "
    "en de codes heeft zij. Bedankt voor alles, ik ga een half jaar rondtrekken in Vietnam!",
)


@pytest.mark.parametrize("text", _HANDOVERS)
def test_an_ordinary_handover_read_whole_gets_the_gentle_line(floor, text):
    result = assess(text)
    assert result.tier == ZORG  # never nothing: the gentle line
    assert any(s.family == FAMILY and "lijkt gewoon" in s.phrase for s in result.signals)


# The same handovers with one more sentence: not being there any more, others
# relieved of the writer, no coming back, a means, or a hint that is a warning sign of its own. Each keeps the full panel.
_TWINS = (
    "Hoi allemaal, vanaf maandag neemt Yara de planning over. De sleutels van de kast liggen bij het onthaal "
    "en de codes staan in het schrift. Bedankt voor alles, ik ben er dan niet meer.",
    "Lieve buren, de sleutel van de schuur ligt bij nummer 12. Bedankt voor alles en zorg goed voor de straat. "
    "Na vanavond hoeven jullie niet meer naar mij om te kijken.",
    "Dag team, mijn taken liggen bij Ruben en de sleutel van het lab hangt in het kastje. Bedankt voor alles. "
    "Zoek me niet, ik kom niet terug.",
    "Beste leden, dit is mijn laatste nieuwsbrief. Het archief ligt bij Henk en de wachtwoorden heeft Els. "
    "Merci voor alles. Ik heb de pillen al klaargelegd.",
    "Lieve groep 8, ik ga met pensioen. Dit is mijn afscheidsbrief. Het is niet jullie schuld.",
    "Ik kreeg vandaag het rapport terug. Mijn afscheidsbrief ligt in de la.",
)


@pytest.mark.parametrize("text", _TWINS)
def test_the_twins_keep_the_panel(floor, text):
    assert assess(text).tier == ACUUT


def test_nothing_else_means_only_ambiguous_kinds_and_times():
    farewell = Signal("afscheid", "hint", "bedankt voor alles")
    assert nothing_else([farewell, Signal("tijd", "hint", "maandag"), Signal("zaken-regelen", "hint", "sleutel")])
    handover = Signal("afscheid", "acuut", "afscheid-en-meer (afscheid: bedankt voor alles + regelen: sleutel)")
    assert nothing_else([handover, Signal("tijd", "hint", "maandag")])
    assert not nothing_else([Signal("afscheid", "acuut", "afscheidsbrief")])  # one phrase, an alarm of its own
    assert not nothing_else([farewell, Signal("nalaten", "hint", "het is niet jullie schuld")])
    assert not nothing_else([farewell, Signal("middel", "hint", "pillen")])
