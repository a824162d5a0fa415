"""Round 30 (c30b): young people's slang and hyperbole, and the gentle tier for zorg lines.

- The zorg tier (`posture.separate`): exhaustion and hopelessness (`uitputting`, `wanhoop`) read one posture twice
  when both found the very same words, when the hopelessness is only the qualifier of the tiredness ("niet van het
  werk, van alles") or a state of it, not an outlook ("ik voel me leeg", "elke dag is een gevecht", "ik voel niks
  meer", "ik ben mezelf kwijt"). Not with "nooit", not with a wish that it stops, not with life itself, and not
  beside an outlook ("geen uitweg", "geen toekomst").
- Hyperbole: a thing forgotten, left or lost, or a missed bus beside "ik wil dood" / "kms" softens the wish to the
  gentle line (`pech-ding`); a song quoted (liedje, songtekst, drillrap, refrein) is ordinary context for an acute
  phrase; a match, a training or a school test as the cause quiets the safety net on "dood" / "sterf".

Read by the rules alone (`observe`), so a refit of the second opinion does not move these tests. More probes in
tests/corpus/crisis/eigen46.toml.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, observe
from vraaghulp.coach.crisis.posture import separate


def _rules(text: str) -> str | None:
    return observe(text)[0]


@pytest.mark.parametrize("text", [
    "ik kan echt niet meer, niet van school, van alles",
    "ik ben op en ik voel me zo leeg de laatste tijd",
    "elke dag is een gevecht, ik trek het gewoon niet meer",
    "k kan ni meer, ik voel niks meer, al maanden",
    "ik kan niet meer en ik ben mezelf kwijt sinds de geboorte",
])
def test_one_posture_of_exhaustion_gets_the_gentle_line(text):
    assert _rules(text) == ZORG


@pytest.mark.parametrize("text", [
    "ik kan niet meer, niet van het werk, ik wil gewoon dat het stopt",
    "ik kan niet meer en het wordt nooit beter",
    "ik voel me leeg, ik zie geen uitweg meer en ik kan niet meer",
    "ik kan niet meer, niet van het werk, ik wil dood",
    "ik kan niet meer, ik voel niks meer en ik heb de pillen al klaarliggen",
    "ik ben zo moe van het leven, ik voel me leeg",
])
def test_exhaustion_with_an_outlook_a_wish_or_a_means_keeps_the_panel(text):
    assert _rules(text) == ACUUT


def test_separate_reads_the_qualifier_and_the_same_words_only():
    qualifier = "wanhoop-over-mezelf (wanhoop-zelf: niet van het werk)"
    assert separate({"uitputting": ["ik kan niet meer"], "wanhoop": [qualifier]}) == {"uitputting"}
    assert separate({"uitputting": ["ik wil dat het stopt"], "wanhoop": [qualifier]}) == {"uitputting", "wanhoop"}
    same = "ik voel me al maanden zo leeg"
    assert separate({"uitputting": [same], "wanhoop": [same]}) == {"uitputting"}
    # round 31 (c31): an outlook alone ("zie geen uitweg") is one worry now; "nergens" keeps it two
    assert separate({"uitputting": ["ik kan niet meer"], "wanhoop": ["zie nergens een uitweg"]}) == {"uitputting", "wanhoop"}


@pytest.mark.parametrize("text", [
    "kms, ik ben mijn sleutels weer kwijt en de bus is weg",
    "ik wil dood, mn oortjes vergeten en nog een uur in de trein 😩",
    "omg ik wil sterven, mijn huiswerk vergeten in te leveren",
    "kms, vergeten mijn gymspullen mee te nemen, weer een strafblad van meneer",
    "dat liedje 'ik wil niet meer leven zonder jou' zit de hele dag in mijn hoofd",
    "nieuwe drillrap: 'spring van de brug als je durft' 🔥",
    "het refrein gaat 'ik wil niet meer leven' en dan een gitaarsolo, echt mooi nummer",
])
def test_hyperbole_with_a_mishap_or_a_song_never_gets_the_panel(text):
    assert _rules(text) != ACUUT


@pytest.mark.parametrize("text", [
    "ik wil dood, al weken, en nu ben ik ook nog mijn sleutels kwijt. ik heb de pillen al klaarliggen",
    "ik luister de hele dag naar dat liedje over doodgaan want ik wil niet meer leven, ik heb de pillen al",
    "die rapper zegt wat ik voel, ik wil ook dood en ik heb een plan",
])
def test_a_real_wish_beside_a_mishap_or_a_song_keeps_the_panel(text):
    assert _rules(text) == ACUUT


@pytest.mark.parametrize("text", [
    "ik zen dood 😭 die proef van chemie was echt nie te doen",
    "na de judowedstrijd lag ik gewoon dood op de mat, maar brons gepakt 🥉",
    "ben echt dood na die voetbaltraining, benen van pudding",
    "ik ga dood, drie tentamens in een week",
])
def test_a_match_or_a_school_test_as_the_cause_quiets_the_safety_net(text):
    assert _rules(text) is None


@pytest.mark.parametrize("text", [
    "ik denk de laatste tijd veel aan de dood",
    "ik ben niet meer bang voor de dood, eerder opgelucht",
])
def test_the_safety_net_still_reads_death_without_such_a_cause(text):
    assert _rules(text) is not None


@pytest.mark.parametrize(("text", "expected"), [
    ("niemand zou me missen als ik niet kom op het kamp toch? ik heb geen zin, er is een voetbaltoernooi", None),
    ("zou iemand mij missen als ik nie meega naar de fuif zaterdag? ben zo moe", None),
    ("ze gaan het nie eens merken als ik niet naar de training kom, coach heeft genoeg spelers", None),
    ("niemand zou me missen als ik er niet meer ben", ACUUT),
    ("niemand zou me missen als ik niet meer kom, nergens meer", ACUUT),
    ("niemand zou me missen als ik niet kom op het kamp, of ergens, ooit. ik heb de pillen al", ACUUT),
])
def test_being_missed_at_an_outing_one_skips_is_no_burden(text, expected):
    assert _rules(text) == expected
