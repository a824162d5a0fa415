"""Round 12 of krimp, the lead: a result whose last verb lost the clause it takes ('om te zien'
from 'om te zien of alles goed is met mijn pols') is never offered as sure (honest.py,
code 'aanvulling-weg')."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.honest import _complement_cut

_CUT = (
    ("Kunt ge vanavond passeren om te zien of alles goed is met mijn pols?", "Kunt ge vanavond passeren om te zien?"),
    ("Kun je morgen bellen om te vragen wanneer de monteur komt?", "Kun je morgen bellen om te vragen?"),
    ("Wil je even nakijken of de factuur al betaald is?", "Wil je even nakijken?"),
    ("Kunt u laten weten hoe laat de afspraak is?", "Kunt u laten weten?"),
    ("Kan je eens checken wat da kost bij de garage?", "Kan je eens checken?"),
)

_WHOLE = (
    # the clause is kept, or the verb is followed by a new sentence, not by its clause
    ("Kun je kijken of de deur dicht is?", "Kun je kijken of de deur dicht is?"),
    ("Kun je me morgen naar mijn werk brengen? Dat zou fijn zijn.", "Kun je me morgen naar mijn werk brengen?"),
    ("Kun je vrijdag de kinderen halen. Wat zou dat fijn zijn!", "Kun je vrijdag de kinderen halen?"),
    ("Wil je me leren hoe je jouw appeltaart maakt?", "Wil je me leren hoe je jouw appeltaart maakt?"),
)


@pytest.mark.parametrize(("draft", "result"), _CUT)
def test_a_verb_that_lost_its_clause_is_found(draft, result):
    assert _complement_cut(draft, result)


@pytest.mark.parametrize(("draft", "result"), _WHOLE)
def test_a_verb_with_its_clause_or_a_new_sentence_after_it_is_not(draft, result):
    assert not _complement_cut(draft, result)


def test_the_fallen_neighbour_is_asked_what_to_look_at_or_not_vouched_for():
    draft = ("Dag Marc, ge moet nie schrikken hé, maar ik ben gevallen in de hof. 't Is nie erg. Kunt ge vanavond "
             "ne keer passeren om te zien of alles goed is met mijn pols?")
    result = shrink(draft)
    assert "pols" in result.sentence or not result.sure
