"""Round 45 (c45z): where the safety net alone gives the gentle line, the floor is its own height
(`gentle_floor.NET_FLOOR`, 0.3; 0.1 since the round's review, c45r2), no longer the panel's `ondergrens` (0.02). A harmless line the net alone hears ('ik ga
dood in die horrorgame') scored between the two heights is now quiet; its real twin keeps its tier, and at the old
height the same line gets the gentle line again. Someone else's words and a sudden calm keep the low floor. Figures: tests/corpus/crisis/README.md, "Round 45 (c45z)"
(`tools/crisis_signal_ledger.py --vloer`)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess, gentle_floor, opinion

ORDER = {None: 0, "zorg": 1, "acuut": 2}
# harmless lines the rules hear only on a broad reading (scored 0.02-0.1), and a real twin of each with its least tier
PAIRS = [
    ("ik ga dood in die horrorgame, die clown blijft me pakken man",
     "ik ga dood in die horrorgame, die clown blijft me pakken man, en eerlijk gezegd wil ik er zelf ook niet "
     "meer zijn",
     "acuut"),
    ("ik ga dood in die horrorgame, die clown blijft me pakken man",
     "ik ga dood in die horrorgame, die clown blijft me pakken man. ik wil gewoon dood", "acuut"),
]


@pytest.mark.parametrize(("harmless", "twin", "tier"), PAIRS)
def test_the_safety_net_alone_scored_under_its_floor_is_quiet_and_its_twin_is_not(harmless, twin, tier):
    found = assess(harmless)
    assert found.tier is None, found
    assert any(s.family == opinion.FAMILY and "geen zorg" in s.phrase for s in found.signals), found
    assert ORDER[assess(twin).tier] >= ORDER[tier], twin


@pytest.mark.parametrize("harmless", [h for h, _, _ in PAIRS])
def test_at_the_old_height_the_same_lines_get_the_gentle_line(harmless, monkeypatch):
    monkeypatch.setattr(gentle_floor, "NET_FLOOR", 0.02)
    assert assess(harmless).tier == "zorg", harmless


@pytest.mark.parametrize("text", [
    "een bewoner zei vanmiddag dat hij niet meer wil leven, wat moet ik nou doen?",  # someone else's wish, scored high
    "mijn buurvrouw zei dat ze dood wil, ik heb de huisarts gebeld en die is nu bij haar",
    "waarom ben ik er eigenlijk nog",  # the safety net, and the score hears it
    "ik ga weer dood bij die draak in level 7, ik wil niet meer leven",  # a wish in words beside a game
    "mijn vader heeft alles geslikt wat hij had, de ambulance is onderweg",  # someone else's: the low floor (0.09)
    "Na een zware winter voel ik me eindelijk rustig.",  # a sudden calm: the low floor (0.05)
])
def test_real_lines_on_a_borrowed_reading_keep_the_gentle_line(text):
    assert ORDER[assess(text).tier] >= ORDER["zorg"], text


def test_the_floor_is_its_own_and_off_with_the_weights_floor(monkeypatch):
    assert opinion.weights()["ondergrens"] < gentle_floor.NET_FLOOR <= 0.5
    harmless = PAIRS[0][0]
    monkeypatch.setattr(opinion, "_loaded", [{**opinion.weights(), "ondergrens": 0.0}])
    assert assess(harmless).tier == "zorg"  # weights that switch the floors off switch this one off too
