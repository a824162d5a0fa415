"""Round 45 (c45z): the gentle line's floor is its own height (`gentle_floor.GENTLE_FLOOR`, 0.3), no longer the
panel's `ondergrens` (0.02). A gentle line that rests on a broad or borrowed reading alone (the safety net's 'dood',
a sudden calm) in a message scored between the two heights is now quiet; its real twin keeps its tier, and at the old
height the same harmless lines get the gentle line again. Figures: tests/corpus/crisis/README.md, "Round 45 (c45z)"
(`tools/crisis_signal_ledger.py --vloer`)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess, gentle_floor, opinion

ORDER = {None: 0, "zorg": 1, "acuut": 2}
# harmless lines the rules hear only on a broad reading (scored 0.02-0.3), and a real twin of each with its least tier
PAIRS = [
    ("ik ga dood in die horrorgame, die clown blijft me pakken man",
     "ik ga dood in die horrorgame, die clown blijft me pakken man, en eerlijk gezegd wil ik er zelf ook niet "
     "meer zijn",
     "acuut"),
    ("de dokter zegt dat het gezwel weg is, eindelijk licht aan het einde van de tunnel",
     "voor het eerst in jaren voel ik rust, alles is geregeld en ik heb iedereen gedag gezegd", "acuut"),
]


@pytest.mark.parametrize(("harmless", "twin", "tier"), PAIRS)
def test_a_broad_reading_scored_under_the_new_floor_is_quiet_and_its_twin_is_not(harmless, twin, tier):
    found = assess(harmless)
    assert found.tier is None, found
    assert any(s.family == opinion.FAMILY and "geen zorg" in s.phrase for s in found.signals), found
    assert ORDER[assess(twin).tier] >= ORDER[tier], twin


@pytest.mark.parametrize("harmless", [h for h, _, _ in PAIRS])
def test_at_the_old_height_the_same_lines_get_the_gentle_line(harmless, monkeypatch):
    monkeypatch.setattr(gentle_floor, "GENTLE_FLOOR", 0.02)
    assert assess(harmless).tier == "zorg", harmless


@pytest.mark.parametrize("text", [
    "een bewoner zei vanmiddag dat hij niet meer wil leven, wat moet ik nou doen?",  # someone else's wish, scored high
    "mijn buurvrouw zei dat ze dood wil, ik heb de huisarts gebeld en die is nu bij haar",
    "waarom ben ik er eigenlijk nog",  # the safety net, and the score hears it
    "ik ga weer dood bij die draak in level 7, ik wil niet meer leven",  # a wish in words beside a game
])
def test_real_lines_on_a_borrowed_reading_keep_the_gentle_line(text):
    assert ORDER[assess(text).tier] >= ORDER["zorg"], text


def test_the_floor_is_its_own_and_off_with_the_weights_floor(monkeypatch):
    assert opinion.weights()["ondergrens"] < gentle_floor.GENTLE_FLOOR <= 0.5  # between the panel's floor and any
    harmless = PAIRS[0][0]
    monkeypatch.setattr(opinion, "_loaded", [{**opinion.weights(), "ondergrens": 0.0}])
    assert assess(harmless).tier == "zorg"  # weights that switch the floors off switch this one off too
