"""Round 55 (lead): 'zoals gepland' and 'volgens plan' say how something goes, not that a death is planned.

A student's e-mail to a supervisor ('De analyses lopen niet zoals gepland … Zou u volgende dinsdag een halfuurtje tijd
hebben?', k55c-006) got the full panel: 'gepland' read as a plan, 'dinsdag' as its time. The ordinary plan
(`plan-gewoon` in content/nl/crisis_begrippen.toml) now holds these two turns of phrase; beside a means, a farewell or
the writer's own plan the alarm stays.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess


@pytest.mark.parametrize("text", [
    "Beste professor, de analyses lopen niet zoals gepland en ik loop er op vast. Zou u volgende dinsdag een halfuurtje "
    "tijd hebben om samen naar de data te kijken?",
    "Alles loopt volgens plan, zaterdag is de verhuis. Kunt ge om 9u komen helpen?",
    "de bouw loopt nie zoals voorzien, de tegels komen pas donderdag. kunde gij ze dan gaan halen?",
])
def test_as_planned_is_no_plan(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", [
    "het gaat niet zoals gepland maar de pillen liggen klaar voor dinsdag",
    "ik heb het gepland, dinsdag",
    "alles is gepland voor dinsdag. niemand zal me missen",
    "ik weet wanneer ik het ga doen, dinsdag. alles loopt zoals gepland",
])
def test_the_real_plan_keeps_its_panel(text):
    assert assess(text).tier == "acuut"
