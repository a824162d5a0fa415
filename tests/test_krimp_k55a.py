"""Round 55 (k55a): a name right after a greeting krimp does not know, and a dictated question mark after a place.

Own drafts first (tests/corpus/krimp/tuning55-k55a.toml and below):
- heldout54's h54b-014 ('ayo Gio mi bro 🙏🏾 hoe is het dushi. …') lost 'Gio' while sure: 'ayo' is no greeting the
  lexicon holds, and the name went with it. A lower-case word the engine does not know, right before a name that is
  closed (a mark, an emoji, a nickname, a how-are-you, the ask), greets (greet_unknown.opener); a capitalised one
  only with a how-are-you after the name. A name after the opening greetings that the result loses, or an unknown
  first word left in front of it, is not sure (greet_unknown.lost, `weg-naam-groet`).
- 'in Duffel vraagteken': a dictated question mark after a place with its preposition is the mark, not a noun
  (spoken.py; h53a-006 and h54a-044 kept 'vraagteken' in the ask).
Harmless twins: a first name and a surname ('Femke Jansen, …'), a word of address kept with the name ('Ome Henk',
'broeder Yusuf'), a shop name that says something ('Albert Heijn is
dicht.'), an unknown word before a name that does something ('gistren Gio zei …'), 'een groot vraagteken'.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import greet_unknown, shrink
from vraaghulp.coach.krimp.spoken import spoken

KEPT = [
    ("ayo Gio mi bro 🙏🏾 hoe is het dushi. ff vraagje en zeg gwn nee als t niet uitkomt he. mag ik zaterdag jouw busje "
     "lenen om de tafels van het buurthuis naar de Kaap te brengen? ik tank m vol natuurlijk. danki 🙏🏾",
     "Gio, mag ik zaterdag jouw busje lenen om de tafels van het buurthuis naar de Kaap te brengen?"),
    ("wazzup Jayden bro 🔥 kan je vanavond je controller meenemen naar mij?",
     "Jayden, kan je vanavond je controller meenemen naar mij?"),
    ("ayo Dorian mijn broer alles fit? kan jij vrijdag mijn boxen ophalen bij de verhuur in diemen?",
     "Dorian, kan jij vrijdag mijn boxen ophalen bij de verhuur in diemen?"),
    ("Hewa Ravi, alles goed met jou? Kun je zaterdag om 10 uur helpen met de laminaat in de gang?",
     "Ravi, kun je zaterdag om 10 uur helpen met de laminaat in de gang?"),
    ("Ahlan Nadia 😘 hoe gaat het met de kleine? Kun jij zaterdagochtend Amin naar voetbal brengen?",
     "Nadia, kun jij zaterdagochtend Amin naar voetbal brengen?"),
]


@pytest.mark.parametrize("draft,offer", KEPT)
def test_the_name_after_an_unknown_greeting_is_kept_and_the_greeting_goes(draft, offer):
    r = shrink(draft)
    assert r.sentence == offer
    assert r.sure


def test_h54b_014_lost_the_name_before_the_greeting_was_read():
    """The shape as it arrived: without the opener, 'ayo' is no greeting and the name goes with the padding."""
    draft = KEPT[0][0]
    original = greet_unknown.opener
    try:
        greet_unknown.opener = lambda d, first, found: None
        from vraaghulp.coach.krimp.memo import forget_texts
        forget_texts()
        r = shrink(draft)
    finally:
        greet_unknown.opener = original
        forget_texts()
    assert "Gio" not in r.sentence
    assert not r.sure and greet_unknown.CODE in r.withheld  # the last look still catches it


UNSURE = [
    # the name lost after a greeting of two words and a name of two
    "Bom dia Tia Lúcia 🌸 sorry dat ik zo vroeg stuur. Kunt u vandaag om 3 uur Kiara van school halen?",
    # a capitalised unknown word before a name, no how-are-you: greeting or first name? kept, not sure
    "Dorian Jansen, kun je morgen de sleutel brengen?",
    "Ayo Gio, mag ik zaterdag jouw busje lenen?",
    # a word of address between the greeting and the name ('om': uncle), the name lost
    "Sjoewke om Benny, alles baik? Kan ik vrijdagavond de aanhanger lenen voor de verhuizing?",
]


@pytest.mark.parametrize("draft", UNSURE)
def test_a_name_after_an_unknown_opening_that_may_be_lost_is_not_sure(draft):
    r = shrink(draft)
    assert not r.sure and greet_unknown.CODE in r.withheld


TWINS = [
    ("Femke Jansen, kun je het contract voor vrijdag naar de jurist sturen?",
     "Femke Jansen, kun je het contract voor vrijdag naar de jurist sturen?"),
    ("Albert Heijn is dicht. Kun jij morgen brood meenemen van de Jumbo?", "Kun jij morgen brood meenemen van de Jumbo?"),
    ("Hoi Sanne, kun je morgen de sleutel brengen?", "Sanne, kun je morgen de sleutel brengen?"),
    # a word of address the lexicon does not hold stays with the name, sure (the golds keep it)
    ("Ome Henk, mag ik zaterdag meekijken in de werkplaats?", "Ome Henk, mag ik zaterdag meekijken in de werkplaats?"),
    ("broeder Yusuf, mag de jongerengroep de zaal op zaterdag 9 maart gebruiken?",
     "Broeder Yusuf, mag de jongerengroep de zaal op zaterdag 9 maart gebruiken?"),
    ("Hallo hallo Noor! Kun jij zondag de bidons meenemen naar de wedstrijd?",
     "Noor, kun jij zondag de bidons meenemen naar de wedstrijd?"),
    ("Goeiemiddag Ingrid,\n\nKunt u mijn verlofaanvraag voor 12 mei vandaag nog goedkeuren?\n\nGroet, Mehmet",
     "Ingrid, kunt u mijn verlofaanvraag voor 12 mei vandaag nog goedkeuren?"),
]


@pytest.mark.parametrize("draft,offer", TWINS)
def test_twins_stay_as_they_are(draft, offer):
    r = shrink(draft)
    assert r.sentence == offer
    assert r.sure and greet_unknown.CODE not in r.withheld


def test_an_unknown_word_before_a_name_that_does_something_is_no_greeting():
    r = shrink("gistren Gio zei dat je een boor hebt. Mag ik die lenen?")
    assert "Gio" in r.sentence and greet_unknown.CODE not in r.withheld


def test_a_dictated_question_mark_after_a_place_is_the_mark():
    said = "dag Marleen met mama punt kunde gij mee naar het ziekenhuis in Duffel vraagteken ik durf nie punt"
    assert spoken(said).split("Duffel")[1].startswith("?")
    r = shrink("Robbe ge zijt jong en ge hebt wel wat anders te doen punt maar zoudt ge zaterdag mijne nieuwe tablet "
               "kunnen instellen zodat ik kan beeldbellen met tante Lies in Spanje vraagteken")
    assert "vraagteken" not in r.sentence and r.sentence.endswith("Spanje?")


@pytest.mark.parametrize("said", ["ik zet er een groot vraagteken bij punt ok", "er staat het vraagteken achter punt kom je",
                                  "ik zet er een dik vraagteken bij punt ok"])
def test_a_question_mark_as_a_noun_stays_a_word(said):
    assert "vraagteken" in spoken(said)
