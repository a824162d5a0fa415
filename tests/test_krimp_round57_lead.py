"""Round 57 (lead): in a crisis draft, where the writer is stays in the offered sentence, also when 'alleen', 'weer'
or who is with them stands between the verb and the place (crisis_place.py)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.crisis_place import clause


@pytest.mark.parametrize(
    ("draft", "place"),
    [
        ("Bas, sorry voor dit bericht. Ik ben alleen in mijn kamer en ik wil niet meer leven. Ik weet niet wat te doen.",
         "alleen in mijn kamer"),
        ("Mijn man heeft me weer geslagen, ik ben nu met de kinderen bij de bushalte in Kessel-Lo. Help",
         "met de kinderen bij de bushalte in Kessel-Lo"),
        ("Ik ben helemaal alleen in huis en ik wil niet meer leven", "helemaal alleen in huis"),
        ("ik sta weer op de brug en ik wil er een eind aan maken. kun je me bellen", "op de brug"),
    ],
)
def test_the_place_with_company_or_alone_is_kept(draft, place):
    result = shrink(draft)
    assert result.crisis
    assert place.lower() in result.sentence.lower(), result.sentence
    assert result.sentence.rstrip().endswith("?")


@pytest.mark.parametrize(
    "draft",
    [
        "Ik ben alleen met de kinderen en ik kan niet meer, ik wil er niet meer zijn. Kun je komen?",
        "Ik zit weer helemaal in de put en ik wil niet meer leven. Kun je me bellen?",
        "Ik ben alleen met mijn gedachten en ik wil dood. Bel me aub",
    ],
)
def test_a_state_said_the_same_way_is_no_place(draft):
    assert clause(draft) == ""
    assert shrink(draft).crisis
