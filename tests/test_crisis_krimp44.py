"""Round 44 (c44k): crisis language in outside krimp drafts that krimp did not flag at first sight.

A rope or a knife with me in a closed room beside not knowing what to do or 'it was a close thing'
(`middel-in-ruimte-nood`), and 'I don't know if I want to make it to tomorrow' (`morgen-niet-halen`) give the
panel, and krimp makes its crisis result; their harmless twins inside an ordinary ask stay without the panel and
krimp shrinks them as an ordinary ask.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, assess
from vraaghulp.coach.krimp import shrink

REAL = [
    ("middel-in-ruimte-nood", "Dries. Ik sta in de schuur met het touw. Weet niet meer wat ik moet. Kom."),
    ("middel-in-ruimte-nood", "Anke ik heb net weer in de badkamer gezeten met een mes. ik heb niks gedaan maar het "
                              "scheelde niet veel. ik durf niet alleen te zijn. kun je komen? sorry sorry"),
    ("middel-in-ruimte-nood", "Sanne ik zit in de garage met een touw. ik kan niet meer. bel me alsjeblieft"),
    ("morgen-niet-halen", "Jermaine broer ik zit echt kapot. ik heb net alles verloren, baan kwijt, huis kwijt binnenkort. "
                          "ik weet niet of ik morgen nog wil halen eerlijk. sorry voor dit bericht man. kun je bij me "
                          "langskomen?"),
    ("morgen-niet-halen", "mam ik weet echt niet of ik de nacht nog wil halen. kun je komen?"),
]

TWINS = [
    "Ik sta in de schuur met het touw voor de tent, ik weet niet meer wat ik moet meenemen. Kom je helpen?",
    "Ik sta in de schuur met het touw. Waar hangt de aanhanger? Kom je even helpen?",
    "ik zit in de keuken met een mes en een ui en ik kan niet meer van het huilen haha",
    "Mijn broer zit in de garage met een touw om de fietsen op te hangen, kun jij hem helpen?",
    "ik weet niet of ik morgen de trein nog wil halen of dat ik de bus neem",
    "ik weet niet of ik morgen de kinderen wil halen, kun jij dat doen?",
    "ik weet niet of ik morgen de pizza wil halen of laten bezorgen",
    "ik weet niet of ik de deadline van morgen ga halen, kun je meekijken?",
]


@pytest.mark.parametrize(("rule", "text"), REAL)
def test_a_means_at_hand_or_not_wanting_tomorrow_gives_the_panel_and_a_crisis_result(rule, text):
    found = assess(text)
    assert found.tier == ACUUT, found
    assert any(s.phrase.startswith(f"{rule} (") and s.level == ACUUT for s in found.signals), found
    assert shrink(text).crisis


@pytest.mark.parametrize("text", TWINS)
def test_the_harmless_twin_in_an_ordinary_ask_gets_no_panel_and_no_crisis_result(text):
    found = assess(text)
    assert found.tier != ACUUT, found
    assert not any(s.phrase.startswith(("middel-in-ruimte-nood (", "morgen-niet-halen (")) for s in found.signals)
    assert not shrink(text).crisis


def test_the_room_and_the_means_alone_give_no_signal_of_their_own():
    """`middel-in-ruimte` is a hint: without the state beside it nothing is said."""
    found = assess("Ik sta in de schuur met het touw. Kom je?")
    assert found.tier != ACUUT
    assert not any(s.phrase.startswith("middel-in-ruimte-nood (") for s in found.signals)


def test_someone_else_with_a_rope_gets_no_panel_for_the_writer():
    found = assess("Mijn zus zit in de schuur met een touw en weet niet meer wat ze moet. Kun je komen?")
    assert found.tier != ACUUT
