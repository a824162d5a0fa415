"""Round 19 (k19c): the practice flow, with fresh drafts of our own (not from the corpus).

A role typed alone ('mijn man', 'mijn dochter', 'de receptionist') is no form of address: the
sentence gets no vocative from it, and a name the draft uses itself stays in front; family words,
titles and the neighbour ('mijn oma', 'de juf', 'mijn buurvrouw') still are said to the person.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp.compose import composed


@pytest.mark.parametrize("person, note", [
    ("mijn vrouw", "Wil jij vanmiddag de boodschappen doen? Ik lig met koorts in bed."),
    ("mijn zoon", "kun je het gras maaien"),
    ("mijn stiefdochter", "Kun je je schoenen uit de gang halen?"),
    ("de receptionist", "Kunt u mij een taxi bellen?"),
    ("mijn kamergenoot", "wil je de muziek zachter zetten na elf uur"),
])
def test_a_typed_role_that_is_no_form_of_address_gives_no_vocative(person, note):
    sentence = composed(person, note, None).sentence
    role = person.split()[-1]
    assert not sentence.lower().startswith(role), sentence


@pytest.mark.parametrize("person, note, start", [
    ("mijn oma", "kun je zondag pannenkoeken bakken", "Oma, "),
    ("de juf", "Mag ik vandaag eerder weg?", "Juf, "),
    ("mijn nonkel", "kunt ge mij helpen met de haag", "Nonkel, "),
])
def test_family_words_and_titles_typed_alone_are_still_said(person, note, start):
    assert composed(person, note, None).sentence.startswith(start)


def test_the_drafts_own_name_stays_in_front_when_only_a_role_is_typed():
    sentence = composed("mijn zus", "Roos kun jij morgen de kat eten geven?", None).sentence
    assert sentence.startswith("Roos, ")
