"""Round 17 (c17a): a jump sport word the exclusions used to mask before the concept layer (so
`sport-springen` never blocked a rule), a cover purpose then hanging it from a beam at night, an
elliptic blade sentence, noise in the head, "ik ben er (toch) niet lang meer", a pill count then
"dat is genoeg", a jump announced with a decision or a secret, and a purpose check that read the
whole sentence ("het mes ligt klaar voor vanavond, na het eten")."""

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, compiled_rules
from vraaghulp.coach.crisis.engine import scan
from vraaghulp.coach.crisis.weigh import _tag


def _concepts(text: str) -> set[str]:
    rules = compiled_rules()
    found: set[str] = set()
    for reading in rules.normaliser.readings(text):
        sentences, _signals = scan(rules, reading)
        found |= {hit.name for hit in _tag(rules.concepts, sentences)[3]}
    return found


@pytest.mark.parametrize("text", [
    "ik sta op het dak, ik ga springen met de parachute",
    "sta al bij het open luik, ik ga springen met mijn valscherm",
    "we gaan skydiven, ik sta op het dak van de hangar en ga zo springen",
])
def test_the_concept_layer_sees_the_sport_word(text):
    assert "sport-springen" in _concepts(text)


@pytest.mark.parametrize("text", [
    "ik sta op het dak, ik ga springen, zonder parachute",
    "parachute is niks voor mij. ik sta op de brug en ik ga springen",
    "ik zit op de brug, ik ga springen. vroeger deed ik aan bungee, nu zonder",
])
def test_a_sport_turned_down_is_no_sport(text):
    assert "sport-springen" not in _concepts(text)
    assert assess(text).tier == ACUUT, assess(text)


@pytest.mark.parametrize("text", [
    "ik sta op het dak, ik ga springen met de parachute",
    "ik sta op het dak van de hangar, zo meteen ga ik springen met de parachute, duim voor me!",
    "Niemand weet dat ik vanavond spring met de parachute, verrassing voor papa",
    "straks spring ik van de tien meter plank, ik heb het zo beslist!",
])
def test_a_jump_for_sport_is_no_panel(text):
    assert assess(text).tier != ACUUT, assess(text)


@pytest.mark.parametrize("text", [
    "Touw gekocht voor de schommel. Vannacht hang ik het aan de balk.",
    "Vannacht hang ik mezelf aan de balk.",
    "Koord gehaald voor de waslijn. Als iedereen slaapt knoop ik die aan de haak op zolder.",
    "ik lach me dood haha. en met een mes in mijn arm",
    "ik heb gesneden met een mes in mijn arm",
    "Doe maar met mijn kleren wat je wil. Ik ben er toch niet lang meer.",
    "ik log voorgoed uit, zorg goed voor elkaar",
    "ik heb 40 pillen. dat is genoeg",
    "straks spring ik, 'k heb het zo beslist",
    "ik zeg tegen niemand dat ik vannacht spring",
    "het mes ligt klaar voor vanavond, na het eten",
])
def test_the_missed_alarms_are_the_panel(text):
    assert assess(text).tier == ACUUT, assess(text)


def test_noise_in_the_head_is_the_gentle_line():
    assert assess("ik wil dat die herrie in mijn hoofd ophoudt").tier == ZORG


@pytest.mark.parametrize("text", [
    "Touw gekocht voor de schommel. Zaterdag hang ik hem aan de balk in de schuur.",
    "Ham gekocht bij de slager. Vannacht hang ik het aan de balk om te drogen.",
    "met een mes in mijn hand stond ik uien te snijden",
    "dat voelde als een mes in mijn rug",
    "ik wil dat het liedje in mijn hoofd stopt haha, al drie dagen hetzelfde refrein",
    "ik ben er niet lang meer, om 5 uur moet ik naar huis",
    "de dokter gaf dertig tabletten voor de kuur. dat is genoeg",
    "Ik heb zestig vitaminepillen gekocht. Dat is genoeg voor twee maanden.",
    "morgen ga ik naar de kapper, ik heb het beslist",
    "het mes ligt klaar voor het vlees, na het eten snijden we de taart",
    "het mesje van de kaas ligt klaar op de plank",
])
def test_the_harmless_twins_stay_quiet(text):
    assert assess(text).tier is None, assess(text)
