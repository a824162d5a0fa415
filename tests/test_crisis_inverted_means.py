"""Round 41 (lead, from round 40's reviewer): a means said with the verb before 'ik' ('dan gooi ik me voor de trein',
'als hij nog een keer aan me zit gooi ik me voor de trein') is the same plan as 'ik gooi me voor de trein'; before,
the inverted order after a fronted clause matched nothing at all. The harmless uses of 'zich gooien' (a goalkeeper,
a bed, a swimming pool, a diving board) stay quiet."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, assess

PLANS = [
    "als hij nog een keer aan me zit gooi ik me voor de trein",
    "dan gooi ik me voor de trein, ik hou het niet meer",
    "nog een keer zo'n dag en dan werp ik mezelf van de brug",
    "zaterdag na de verjaardag gooi k me voor een vrachtwagen",
]

HARMLESS = [
    "dan gooi ik me voor de tv met een zak chips",
    "dan gooi ik me in het zwembad, het is hier 35 graden",
    "morgen gooi ik me van de duikplank, eindelijk durf ik het",
    "als keeper gooi ik me voor elke bal",
    "na de les gooi ik me op mijn bed en slaap ik",
]


@pytest.mark.parametrize("line", PLANS)
def test_an_inverted_plan_with_a_means_gets_the_full_panel(line):
    assert assess(line).tier == ACUUT, line


@pytest.mark.parametrize("line", HARMLESS)
def test_throwing_oneself_at_a_harmless_thing_stays_quiet(line):
    assert assess(line).tier is None, line
