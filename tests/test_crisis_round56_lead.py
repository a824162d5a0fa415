"""Round 56 (lead): the Flemish 'heel de strip', 'heel de doos', 'heel het doosje' say the whole pack, as 'de hele …'.

A young father's message ('heb net de slaappillen van ons Lotte genomen, heel de strip en nog wa van die andere …',
round 55's crisis-r2) got no tier at all: the Netherlands 'de hele strip' was known to the whole-dose concept
(`dosis-alles` in content/nl/crisis_begrippen.toml), the Flemish word order not, and the dose came after the verb.
Everyday uses of the same words (a bottle of wine, a pack that is empty) stay quiet.

And a word of address after 'ik kan niet meer' ('… mevrouw, helemaal op') ends the clause, as 'man' already did.
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


@pytest.mark.parametrize("text", [
    "ik werk 3 adressen per dag en s nachts slaap ik niet meer. ik kan niet meer mevrouw, helemaal op. mag ik vrijdag vrij?",
    "ik kan niet meer schat",
    "ik ben het zo beu meneer, al drie weken",
])
def test_a_word_of_address_after_the_exhaustion_ends_it(text):
    """'ik kan niet meer mevrouw, …': a word of address after the clause ends it, as 'man' and 'meid' already did
    (@zinseinde in content/nl/crisis_signalen.toml); crisis-r1's cleaner to her supervisor got no tier. Like 'man',
    the word is read as an address, never as an object ('ik kan niet meer mevrouw bellen' gets the gentle line too)."""
    assert assess(text).tier == "zorg"

