"""Round 42 (c42z): the gentle line's floor (`coach/crisis/gentle_floor.py`). A gentle line that rests only on a
borrowed or broad reading (someone else's words, the safety net, a sudden calm) in a message the second opinion finds
ordinary is dropped; its real twin keeps its tier, and the writer's own state or a wish said in words is never dropped
this way. Figures: tests/corpus/crisis/README.md, "Round 42 (c42z)"."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess, gentle_floor
from vraaghulp.coach.crisis.engine import Signal

# harmless lines the rules put at the gentle line on a borrowed or broad reading alone, and a real twin of each
PAIRS = [
    ("meneer op kamer 12 zei dat hij klaar is met leven, de arts is ingeschakeld en de familie komt",
     "mijn zus zei gisteren dat ze niet meer wil leven, wat moet ik doen?", "zorg"),
    ("mijn oma bakt zoveel taart, ik ben dood, ik kan niet meer bewegen 😂",
     "mijn oma bakt zoveel taart, ik ben dood vanbinnen en wil niet meer bewegen", "zorg"),
    ("bro ik ga dood, de nieuwe iphone is uitverkocht", "bro ik ga dood, ik zie het echt niet meer zitten", "acuut"),
    ("mijn tijd is om als voorzitter, volgende maand neemt Karin het over. eindelijk rust",
     "mijn tijd is om, volgende maand ben ik er niet meer. eindelijk rust", "acuut"),
    ("net die film gezien waar hij aan het eind van de brug springt, ik was er echt kapot van. iemand anders ook?",
     "net die film gezien waar hij van de brug springt, ik wil dat ook doen", "acuut"),
]
ORDER = {None: 0, "zorg": 1, "acuut": 2}


@pytest.mark.parametrize(("harmless", "twin", "tier"), PAIRS)
def test_a_borrowed_reading_in_an_ordinary_message_is_quiet_and_its_twin_is_not(harmless, twin, tier):
    found = assess(harmless)
    assert found.tier is None, harmless
    assert any(s.family == "inschatting" and "geen zorg" in s.phrase for s in found.signals), found
    assert ORDER[assess(twin).tier] >= ORDER[tier], twin


@pytest.mark.parametrize("harmless", [h for h, _, _ in PAIRS])
def test_without_the_floor_the_same_lines_get_the_gentle_line(harmless, monkeypatch):
    monkeypatch.setattr(gentle_floor, "dropped", lambda *args: None)
    assert assess(harmless).tier == "zorg", harmless


@pytest.mark.parametrize("text", [
    "die toets was zo moeilijk, ik wil dood lol. nee maar echt hij was zwaar",  # a wish in words, lowered by a joke
    "die nieuwe baas, ik hang me nog op aan zijn powerpoints, eindeloos haha",  # a method in words, lowered so
    "waarom ben ik er eigenlijk nog",  # the safety net, and the score hears it
])
def test_a_wish_or_method_in_words_and_a_heard_safety_net_keep_the_gentle_line(text):
    assert assess(text).tier == "zorg", text


def test_only_borrowed_readings_count():
    other = Signal("over-ander", "zorg", "niet meer wil leven")
    net = Signal("vangnet", "zorg", "vangnet-dood (dood: dood)")
    own = Signal("uitputting", "zorg", "ik kan niet meer")
    hint = Signal("tijd", "hint", "vandaag")
    assert gentle_floor.borrowed_only([other, net])
    assert not gentle_floor.borrowed_only([other, net, hint])  # round 42 review (c42r): a hint of another family counts
    assert not gentle_floor.borrowed_only([other, own])  # the writer's own state is never borrowed
    assert not gentle_floor.borrowed_only([net, Signal("doodswens", "acuut", "wil dood")])
    assert not gentle_floor.borrowed_only([hint])
