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


# The frame put before a bare task speaks as the note and the person do: Flemish 'ge', formal 'u'.
@pytest.mark.parametrize("person, note, frame", [
    ("Jorre", "de vuilbakken buitenzetten, ge weet da ik op reis ben", "kunt ge "),
    ("nonkel Staf", "helpen met de haag snoeien", "kunt ge "),
    ("meneer Kaya", "mijn verslag nalezen", "kunt u "),
    ("dokter Smit", "een herhaalrecept voor mijn pillen uitschrijven", "kunt u "),
    ("Iris", "de vuilniszakken buitenzetten", "kun je "),
])
def test_the_frame_follows_the_register_of_the_note_and_the_person(person, note, frame):
    sentence = composed(person, note, None).sentence.lower()
    assert frame in sentence, sentence
    assert frame == "kun je " or "kun je" not in sentence


# 'mee naar …': the verb is left out and the person asked goes along.
@pytest.mark.parametrize("person, note, moment", [
    ("Noor", "mee naar de tandarts", "donderdag"),
    ("mijn broer Ward", "mee met mij naar de garage", "zaterdagochtend"),
    ("Hafsa", "mee naar het oudergesprek, ik zie er tegenop", "dinsdagavond"),
])
def test_mee_naar_asks_the_person_to_come_along(person, note, moment):
    result = composed(person, note, moment)
    low = result.sentence.lower()
    assert "kun je " + moment + " mee" in low, result.sentence
    assert "helpen met mee" not in low and "mag ik" not in low


# 'naar mijn … komen': the person asked comes to the writer's event, never 'mag ik … komen?'.
@pytest.mark.parametrize("note", ["naar mijn diploma-uitreiking komen", "op mijn verjaardag komen", "naar m'n optreden komen kijken"])
def test_coming_to_my_event_is_asked_of_the_person(note):
    sentence = composed("Daan", note, "vrijdag").sentence.lower()
    assert sentence.startswith("daan, kun je"), sentence


# Sentences of the writer's own that the engine finds no ask in are never wrapped in 'kun je … ?', and the
# typed person's name that opens the note is not asked about ('Mo, mag ik mo?').
@pytest.mark.parametrize("person, note", [
    ("mijn leidinggevende Joost", "Joost, ik moet eerlijk zijn: ik ben op. Ik wil me ziek melden voor de rest van de week. Is dat goed?"),
    ("Gijs", "gijs ik zit er doorheen. ik wil de rest van de dag vrij nemen. mag dat?"),
    ("Lies", "Lies, ik ben op. ik wil even praten."),
    ("Mo", "mo ik heb een probleem"),
])
def test_sentences_of_their_own_are_not_wrapped_in_a_question(person, note):
    result = composed(person, note, None)
    low = result.sentence.lower()
    name = person.split()[-1].lower()
    assert not low.startswith("kun je") and "helpen met " + name not in low, result.sentence
    assert f"kun je {name}" not in low and f"mag ik {name}" not in low, result.sentence
