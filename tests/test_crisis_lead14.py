"""Round 14, the lead: an overdose said without naming the drug ("Ik heb alles ingenomen wat ik
had") gets the panel; about someone else it is a worry; taking along or recording "alles wat ik
had" is nothing."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", (
    "Ik heb alles ingenomen wat ik had",
    "heb alles geslikt wat er in de kast lag",
    "kheb alles ingenomen wa k had",
    "ik heb alles wat ik had ingenomen",
    "ik heb alles ingenomen wat ik nog had liggen, het is nu rustig",
))
def test_all_i_had_swallowed_is_acute(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "mijn zus heeft alles ingenomen wat ze had",
    "mijn vader heeft alles geslikt wat hij had, de ambulance is onderweg",
))
def test_someone_else_swallowing_all_they_had_is_a_worry(text):
    assert assess(text).tier == ZORG


@pytest.mark.parametrize("text", (
    "ik heb alles meegenomen wat ik had",
    "ik heb alles opgenomen wat ik had, de camera is vol",
    "mijn moeder heeft alles meegenomen wat ze had naar het nieuwe huis",
    "Ik heb alles ingenomen wat de dokter voorschreef",
))
def test_taking_along_or_recording_all_one_had_is_nothing(text):
    assert assess(text).tier is None
