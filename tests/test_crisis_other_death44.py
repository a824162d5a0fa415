"""Round 44 (c44f): a farewell taken of someone who died gets the gentle line, not the full panel.

The lines were written for this test, in the shape of the first-sight false panels of group O that the study
`tools/crisis_first_sight_false.py` found in several bring-ins (a funeral of a friend, a father's death notice, a pet's
death, a grandfather's last days). Before this round the engine gave each harmless line the panel. The alarm twins share
the death and the leave-taking and add a word of the writer's own end; they keep the panel.
"""

import pytest

from vraaghulp.coach.crisis import assess
from vraaghulp.coach.crisis.other_death import NOTE, lowered, parts
from vraaghulp.coach.crisis.engine import Signal

HARMLESS = [
    "Onze hond is gisteren overleden, 14 jaar oud. Ik heb afscheid genomen bij de dierenarts. Rust zacht lieve Bobby.",
    "Ik heb afscheid genomen van oma in het ziekenhuis, ze was er op het eind niet meer. Morgen is de begrafenis.",
    "Mijn schoonvader is overleden. Ik heb afscheid genomen aan zijn bed, hij was er op het eind niet meer echt.",
]
ALARM_TWINS = [
    "Onze hond is gisteren overleden. Ik neem afscheid van iedereen, dit is de laatste keer dat jullie van me horen.",
    "opa is gestorven en ik wil ook niet meer. ik neem afscheid van jullie allemaal, dit is de laatste keer",
    "Mijn uitvaart is geregeld, ik heb afscheid genomen van iedereen.",
    "Ons konijn is vannacht gestorven. Ik heb afscheid genomen van iedereen, ik ben er morgen niet meer.",
    "Sinds oma gestorven is neem ik afscheid van iedereen. Rust zacht.",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_farewell_to_the_dead_is_gentle_not_silent(text):
    found = assess(text)
    assert found.tier != "acuut"
    if found.tier is None:
        # Round 44 (c44): the rules now read some of these farewells as someone else's before any panel is left to lower
        # ('hij was er op het eind niet meer': ander-niet-zijn; 'afscheid genomen bij de dierenarts': afscheid-dier);
        # quiet is what the corpus wants for them. At least one line must still reach the lowering (the test below).
        return
    assert found.tier == "zorg"
    assert any(s.phrase == NOTE for s in found.signals)
    assert any(s.level == "acuut" for s in found.signals)  # the rules' panel is still shown as what they heard


def test_the_lowering_is_still_reached():
    assert any(assess(text).tier == "zorg" for text in HARMLESS)


@pytest.mark.parametrize("text", ALARM_TWINS)
def test_own_end_beside_a_death_keeps_the_panel(text):
    found = assess(text)
    assert found.tier == "acuut"
    assert not any(s.phrase == NOTE for s in found.signals)


def test_parts_of_a_combination():
    signal = Signal("afscheid", "acuut", "afscheid-en-meer (afscheid: afscheid + regelen: begrafenis)")
    assert parts(signal) == ["afscheid", "begrafenis"]
    assert parts(Signal("afscheid", "acuut", "afscheidsbrief")) == []


def test_needs_a_death_and_a_leave_taking():
    leave = Signal("afscheid", "acuut", "afscheid-en-meer (afscheid: afscheid + regelen: begrafenis)")
    third = frozenset(("hij", "oma"))
    assert lowered([leave], [" de begrafenis van oma was mooi . ", " ik heb afscheid genomen . "], third) is not None
    assert lowered([leave], [" ik heb afscheid genomen . "], third) is None  # no death told
    assert lowered([leave], [" mijn begrafenis is geregeld , ik heb afscheid genomen . "], third) is None  # my own
    thanks = Signal("afscheid", "acuut", "afscheid-en-meer (afscheid: bedankt voor alles + laatste: laatste keer)")
    assert lowered([thanks], [" oma is overleden . ", " bedankt voor alles , dit is de laatste keer . "], third) is None
    phrase = Signal("afscheid", "acuut", "laatste keer dat jullie van me horen")
    assert lowered([leave, phrase], [" oma is overleden . ", " ik heb afscheid genomen . "], third) is None
