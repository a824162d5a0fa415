"""Round 12 of krimp, the lead: a result whose last verb lost the clause it takes ('om te zien'
from 'om te zien of alles goed is met mijn pols') is never offered as sure (honest.py,
code 'aanvulling-weg')."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.honest import complement_cut

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
    assert complement_cut(draft, result)


@pytest.mark.parametrize(("draft", "result"), _WHOLE)
def test_a_verb_with_its_clause_or_a_new_sentence_after_it_is_not(draft, result):
    assert not complement_cut(draft, result)


def test_the_fallen_neighbour_is_asked_what_to_look_at_or_not_vouched_for():
    draft = ("Dag Marc, ge moet nie schrikken hé, maar ik ben gevallen in de hof. 't Is nie erg. Kunt ge vanavond "
             "ne keer passeren om te zien of alles goed is met mijn pols?")
    result = shrink(draft)
    assert "pols" in result.sentence or not result.sure


# "alles goed" opens a message as a greeting, but after "of", "dat" or "als" it is what is asked.
@pytest.mark.parametrize(("draft", "kept"), (
    ("Kunt ge vanavond passeren om te zien of alles goed is met mijn pols?", "of alles goed is met mijn pols"),
    ("Kun je even bellen met het verpleeghuis om te vragen of alles goed gaat met opa?", "of alles goed gaat met opa"),
    ("Wil je zondag bij de kat gaan kijken of alles oke is?", "of alles oke is"),
    ("Kun je me appen als alles goed is aangekomen?", "als alles goed is aangekomen"),
))
def test_alles_goed_inside_a_clause_is_part_of_the_ask(draft, kept):
    result = shrink(draft)
    assert kept in result.sentence.lower()
    assert all(f.kind != "aanloop" for f in result.findings)


def test_alles_goed_as_a_greeting_still_goes():
    result = shrink("Hoi Jan, alles goed? Kun je morgen de ladder terugbrengen?")
    assert result.sentence == "Jan, kun je morgen de ladder terugbrengen?"
    assert any(f.kind == "aanloop" for f in result.findings)
