"""When no request is found (wanted.py): the not-sure result offers the sentences that say what the
writer wants, with their limit, list and condition, not the whole message with its news and
reasons. Drafts in other words than the corpus cases that showed the kind (round 9)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize("draft, expected", [
    ("Beste mevrouw Jansen, Sinds vorige maand tikt de verwarming in de slaapkamer de hele nacht. Ik heb het al "
     "twee keer gemeld bij de balie, maar er is niemand gekomen. Ik wil dat er voor vrijdag iemand naar de "
     "verwarming komt kijken, anders zet ik hem zelf uit. Met vriendelijke groet, Karim",
     "Mevrouw Jansen, ik wil dat er voor vrijdag iemand naar de verwarming komt kijken, anders zet ik hem zelf uit."),
    ("Hoi allemaal! Even wat nieuws: de parkeerplaats is vanaf maandag weer open en de lift wordt volgende week "
     "gekeurd. Kan iedereen die een fiets in de gang heeft staan die voor zaterdag in de kelder zetten? Anders "
     "moet de brandweer weer komen.",
     "Kan iedereen die een fiets in de gang heeft staan die voor zaterdag in de kelder zetten? Anders moet de "
     "brandweer weer komen."),
    ("Goedemiddag, mijn naam is R. de Vries. Ik zou graag deze week een afspraak maken bij de tandarts, het liefst "
     "op donderdag omdat ik dan vrij ben. Het gaat om een kies die pijn doet.",
     "Ik zou graag deze week een afspraak maken bij de tandarts, het liefst op donderdag."),
    ("Iemand die mij de aantekeningen van dinsdag kan sturen? Ik was er niet en de docent zet ze nooit online.",
     "Iemand die mij de aantekeningen van dinsdag kan sturen?"),
])
def test_only_what_the_writer_wants_is_offered_not_sure(draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert not result.sure


# round 38 (k38b): the list the not-sure offer keeps is said with commas, no longer ': - a - b' (inline_list.py)
@pytest.mark.parametrize("draft, expected", [
    ("Hoi allemaal, de barbecue was top! Voor zaterdag zou ik graag willen dat er iemand meebrengt:\n- stoelen\n"
     "- een tafel\n- bekers\nAlleen na 15 uur. Vorige week was het ook al zo gezellig.",
     "Voor zaterdag zou ik graag willen dat er iemand meebrengt: stoelen, een tafel, bekers. Alleen na 15 uur."),
    ("De nieuwe printer staat er. Gelieve deze week het volgende in te leveren:\n- je sleutel\n- je pasje\n"
     "Uiterlijk vrijdag. De koffie is ook weer bijgevuld.",
     "Gelieve deze week het volgende in te leveren: je sleutel, je pasje. Uiterlijk vrijdag."),
])
def test_a_list_and_a_limit_stay_with_the_wish(draft, expected):
    """The list after the wish (on its own lines, and again once shrunk to one line: the result is
    a fixed point) and a limit in the next sentence belong to it; the news around it goes."""
    result = shrink(draft)
    assert result.sentence == expected
    assert not result.sure
    assert shrink(result.sentence).sentence == result.sentence


def test_without_a_wish_every_sentence_of_content_stays():
    result = shrink("yo wie heeft er mn fietspomp geleend ik zoek m al de hele ochtend")
    assert result.sentence == "Wie heeft er mn fietspomp geleend ik zoek m al de hele ochtend."
    assert not result.sure
