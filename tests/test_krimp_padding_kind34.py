"""Dialect burden talk and escape hatches that krimp cuts are named as what they are (round 34, the lead:
padding_kind.py, hooked in unnamed._finding). They were named "achtergrond", whose explanation invites the writer to
put them back. Only the finding's kind changes: the sentence and the verdict stay.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.padding_kind import kind_of

FLEMISH = ("Hoi Lore, 'k willen joe nie deranzjeren mo zoude gij zaterdag om 10u de sleutel van de garage kunnen "
           "brengen? as 't nie goa, 't is ook goed eh")


def _kinds(result) -> dict[str, str]:
    return {f.text: f.kind for f in result.findings if f.text}


def test_a_flemish_draft_names_its_burden_talk_and_its_hatch():
    result = shrink(FLEMISH)
    kinds = _kinds(result)
    assert kinds["'k willen joe nie deranzjeren mo zoude"] == "last", kinds
    assert kinds["as 't nie goa"] == "uitweg", kinds
    assert kinds["'t is ook goed eh"] == "uitweg", kinds
    assert "achtergrond" not in kinds.values(), kinds
    assert result.sentence == "Lore, kunt gij zaterdag om 10u de sleutel van de garage brengen?"


def test_a_limburgish_hatch_in_one_piece_is_a_hatch():
    result = shrink("Jan, zol ie zaoterdag de dakgoot kunn' schoonmaken? As 't neet schikt is 't ook good.")
    assert _kinds(result).get("As 't neet schikt is 't ook good") == "uitweg", _kinds(result)


@pytest.mark.parametrize(("piece", "kind"), [
    ("as 't nie goa", "uitweg"),
    ("Es 't neet geit is 't ouch good", "uitweg"),
    ("als het niet kan, dan is het ook goed hoor", "uitweg"),
    ("'t is ook goed eh", "uitweg"),
    ("is 't ook goed", "uitweg"),
    ("'k willen joe nie deranzjeren mo", "last"),
    ("ik wil oe neet tot last wèn, mer", "last"),
    # look-alikes: content, a condition with its own words, a question, someone else, the writer's own news
    ("als het niet lukt voor 5 uur", None),
    ("is het ook goed als ik later kom", None),
    ("het is ook goed voor je", None),
    ("ik wil de buren niet storen", None),
    ("ik ben ontslagen en ik schaam me kapot", None),
    ("mijn moeder ligt in het ziekenhuis", None),
    ("'k ga ni zagen maar wie heeft er mijn kaas uit de frigo gepakt", None),
    ("Ik wil u ni derangeren maar ik weet ni wie anders te bellen", None),
])
def test_kind_of_a_dropped_piece(piece, kind):
    assert kind_of(piece) == kind
