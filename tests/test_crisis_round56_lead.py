"""Round 56 (lead): the Flemish 'heel de strip', 'heel de doos', 'heel het doosje' say the whole pack, as 'de hele …'.

A young father's message ('heb net de slaappillen van ons Lotte genomen, heel de strip en nog wa van die andere …',
round 55's crisis-r2) got no tier at all: the Netherlands 'de hele strip' was known to the whole-dose concept
(`dosis-alles` in content/nl/crisis_begrippen.toml), the Flemish word order not, and the dose came after the verb.
Everyday uses of the same words (a bottle of wine, a pack that is empty) stay quiet.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess


@pytest.mark.parametrize("text", [
    "heb net de slaappillen van ons Lotte genomen, heel de strip en nog wa van die andere. nu efkes wachten zeker",
    "k heb heel de strip van mijn ma haar pillen genomen",
    "ik heb zonet heel het doosje slaappillen ingenomen, sorry",
    "heel de doos van mijn medicatie genomen vanavond",
])
def test_the_whole_pack_taken_gets_the_panel(text):
    assert assess(text).tier == "acuut"


@pytest.mark.parametrize("text", [
    "heel de strip is op, moet nieuwe pillen halen bij de apotheek",
    "ik heb gisteren heel de fles wijn opgedronken haha, koppijn vandaag",
    "heel de doos koekjes is al op, de kinderen hebben niks overgelaten",
])
def test_an_empty_pack_or_a_bottle_of_wine_stays_quiet(text):
    assert assess(text).tier is None
