"""Kinds of mistakes found by the fresh outside file tuning8-g, each shown with a draft of its own
(other wording than the corpus case), so a test fails on the kind, not on one case.

Adults at work and at home: crisis words that only together reach the crisis tier, an ask that
points back at the topic a sentence before named, and a consequence that comes with the ask.
"""

from __future__ import annotations

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.text import fold


# -- crisis: the person's own words about how bad it is stay -----------------------------------

def test_crisis_words_that_only_together_reach_the_crisis_tier_all_stay():
    # neither the place nor the wish is acute on its own; together they are, and both stay
    result = shrink("Pap ik sta hier op de brug over de Schelde. ik wil springen. kunt ge komen")
    assert result.crisis
    folded = fold(result.sentence)
    assert "ik wil springen" in folded and "op de brug over de schelde" in folded, result.sentence
    assert folded.endswith("nu komen?"), result.sentence


def test_a_dangerous_place_before_the_acute_sentence_stays_with_it():
    result = shrink("Bram ik zit op de rand van de brug bij het kanaal. ik wil er een eind aan maken. kun je komen")
    assert result.crisis
    folded = fold(result.sentence)
    assert "rand van de brug bij het kanaal" in folded and "een eind aan maken" in folded, result.sentence
