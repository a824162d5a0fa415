"""Round 19 (c19g): a 'plan' that is no plan to die (an audit or meeting planned by others, 'daar kan ik niet
mee overweg', a caregiver who cannot keep it up), a parent fetching a child at a time or from school, and a
dangerous place named as an obstacle on the way ('het is te glad aan de brug') beside loneliness are no
panel; real plans, death or God coming to fetch me, and standing at the bridge still are. The corpus lines
are in tests/corpus/crisis/tuning19-c19g.toml; the texts here are not."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, assess


@pytest.mark.parametrize("text", (
    "Hallo Sanne, kan ik volgende week maandag vrij krijgen, tenzij er dan een audit gepland is?",
    "Mogen we het deze week telefonisch doen? Met videobellen kan ik niet goed, daar kan ik niet mee overweg.",
    "Ik merk dat ik het niet lang meer volhoud met de zorg voor mama. Wanneer is het gesprek gepland?",
    "juf, mijn papa komt mij vandaag halen om 15u want we gaan naar de dokter",
    "Ik kom niet meer naar de repetitie, het is te glad op de brug in de winter. Ik voel mij dikwijls eenzaam.",
))
def test_these_ordinary_messages_get_no_panel(text):
    assert assess(text).tier != ACUUT


@pytest.mark.parametrize("text", (
    "ik heb het gepland voor volgende week",
    "ik weet hoe ik het ga doen, deze week",
    "opa komt mij vandaag halen, ik ben er klaar voor",
    "de engelen komen mij halen, het is goed zo",
    "ik sta aan de brug en ik voel me zo alleen",
    "het is nog te druk op de brug, ik wacht tot het stil is en dan spring ik",
))
def test_these_alarms_are_the_panel(text):
    assert assess(text).tier == ACUUT
