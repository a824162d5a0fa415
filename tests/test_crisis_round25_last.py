"""Round 25 (lead): 'niemand meer tot last' beside a farewell, and 'ik zal niemand meer tot last zijn'.

c25r found "Bedankt voor alles. Ik ben niemand meer tot last." silent in the rules. Alone, 'niemand meer tot last'
is ambiguous (a lift that works again, driving oneself), so it alarms only beside a farewell (samen
'afscheid-geen-last') or said of the future ('ik zal / ga niemand meer tot last zijn': the gentle tier). Read by the
rules alone (`observe`), so a refit does not move these tests.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, observe


@pytest.mark.parametrize(("text", "tier"), [
    ("Bedankt voor alles. Ik ben niemand meer tot last.", ACUUT),
    ("ik ruim de boel op. dank je voor alles, ik ben niemand meer tot last", ACUUT),
    ("ik hou van jullie. vanaf vandaag heeft niemand meer last van mij", ACUUT),
    ("sorry voor alles. binnenkort ben ik niemand meer tot last. zorg goed voor mama", ACUUT),
    ("merci voor alles, ik zal niemand meer tot last zijn", ACUUT),
    ("ik zal niemand meer tot last zijn", ZORG),
    ("k ga niemand meer tot last zijn", ZORG),
])
def test_fires(text, tier):
    assert observe(text)[0] == tier


@pytest.mark.parametrize("text", [
    "ik wil niemand tot last zijn",
    "ik wil niemand nog tot last zijn met mijn verhuizing",
    "ik zal niemand meer tot last zijn met mijn vragen over de belastingaangifte",
    "ik ga niemand meer tot last vallen voor de ritjes, ik heb mijn rijbewijs",
    "bedankt voor alles, sinds ik zelf met de auto kan ben ik niemand meer tot last",
    "dankjewel voor alles, dankzij de thuiszorg ben ik niemand meer tot last",
    "merci voor alles, ik ben niemand meer tot last want ik ga drie maanden op reis",
    "ik ben niemand meer tot last sinds de traplift er is",
])
def test_near_misses_stay_silent(text):
    assert observe(text)[0] is None
