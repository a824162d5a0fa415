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


# The round's third review (over c46r2): the whole-message danger list of the exceptions held bare place and vehicle
# words ('dak', 'flat', 'viaduct', 'trein', 'spoor', 'golven'), so ordinary talk beside an exception's harmless frame
# got the full panel. They count now only in a plan's shape ('van het dak', 'voor de trein', 'op het spoor').
@pytest.mark.parametrize("text", [
    "ik kan er niet meer tegen van die trainer. we eten daarna op het dak van het hotel",
    "ik kan der nie meer tegen van die scheids. de keeper woont in die flat naast het veld",
    "we zaten op het dak van het restaurant. ik kan niet meer, mijn buik ploft",
    "weer wachten voor de trein, ik kan er niet meer tegen",
    "van de pier gesprongen met de hele groep, de golven waren hoog",
])
def test_a_place_or_train_word_in_ordinary_talk_does_not_lift_an_exception(text):
    assert tier_of(text) != "acuut"


@pytest.mark.parametrize("text", [
    "ik kan er niet meer tegen van die trainer. ik ga voor de trein",
    "ik kan er niet meer tegen van die trainer. ik ga van de flat af",
    "ik kan er niet meer tegen van die trainer. ik loop zo het spoor op",
    "ik ga voor de trein liggen, ik kan er niet meer tegen van die coach",
    "ik spring voor de bus, ik kan er niet meer tegen",
    "mijn slaappillen liggen klaar, ik kan er niet meer tegen van die trainer",
])
def test_a_plan_beside_an_exception_keeps_the_panel(text):
    assert tier_of(text) == "acuut"
