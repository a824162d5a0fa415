"""Round 46 (lead): 'springen' with a time and nothing after it is the gentle line, as 'ik ga springen' was.

'ik ga springen' got the gentle line since round 45 (signal springen-los), but a time inside or before it
('vannacht ga ik springen', 'ik spring vannacht') got nothing: c46r's review found those real lines silent.
"""
import pytest

from vraaghulp.coach.crisis import tier_of


@pytest.mark.parametrize("text", [
    "Vannacht ga ik springen.",
    "ik ga vannacht springen",
    "ik spring vannacht",
    "vannacht spring ik",
    "ik ga vanavond springen",
    "ik ga vannacht springen, sorry voor alles",
])
def test_a_jump_with_a_time_and_nothing_after_it_alarms(text):
    assert tier_of(text) in ("zorg", "acuut")


@pytest.mark.parametrize("text", [
    "ik spring vannacht even bij je binnen",
    "ik spring vanavond nog even langs de winkel",
    "ik ga vanavond springen op het feest",
    "we gaan vannacht springen op de trampoline",
    "vanavond ga ik springen met de parachute",
    "straks ga ik springen bij de zwemles",
])
def test_a_jump_with_a_time_and_an_ordinary_end_stays_quiet(text):
    assert tier_of(text) is None
