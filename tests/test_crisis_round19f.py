"""Round 19 (c19f): a group post that opens with 'dag allemaal' and a question (a lost jersey or phone, getting
home from a trip) is a hello, not a goodbye; 'nu ga ik van de brug' and 'straks ben ik dood' as a whole
sentence are the panel; a goodbye with a bare 'het is niet jullie schuld' is the panel even after a handover;
a stunt from a roof onto an air cushion is no alarm. The corpus lines are in
tests/corpus/crisis/tuning19-c19f.toml; the texts here are not."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, assess


@pytest.mark.parametrize("text", (
    "Dag allemaal, zijn de kinderen goed thuisgekomen van het hockeykamp? Yara kan haar scheenbeschermers "
    "nergens meer vinden. Willen jullie vanavond even in de tassen kijken? Het zijn haar enige.",
    "Dag iedereen! Is er iemand die een grijze hoodie mee naar huis heeft genomen? Misschien ligt hij ergens anders.",
    "Dag allemaal, heeft iemand de sleutelhanger van Ruben gezien? Hij had hem voor het laatst in de bus.",
    "De stuntvrouw sprong van de toren op een enorm luchtkussen, dat wil ik ook eens doen!",
    "nu ga ik van de brug af en dan rechtdoor naar het station",
    "straks ben ik dood van de dorst, de kraan is kapot",
    "Bedankt voor alles! Het is niet jullie schuld dat de zaal dubbel geboekt was.",
))
def test_these_ordinary_messages_get_no_panel(text):
    assert assess(text).tier != ACUUT


@pytest.mark.parametrize("text", (
    "nu ga ik van de brug",
    "ik kan niet meer. dan spring ik vannacht van het viaduct",
    "straks ben ik dood",
    "niemand hoeft te komen. vannacht ben ik dood.",
    "Hoi Kees, de offertes staan in de gedeelde map en de badge ligt bij de receptie op kantoor. Bedankt voor alles. "
    "Het is niet jullie schuld.",
    "Dag allemaal, horen jullie me nog? Dit is de laatste keer, ik wil niet meer leven.",
    "ik spring van het dak en er ligt geen luchtkussen, het is klaar",
))
def test_these_alarms_are_the_panel(text):
    assert assess(text).tier == ACUUT
