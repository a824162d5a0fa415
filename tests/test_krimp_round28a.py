"""Round 28 (k28a): how the writer is, said right before the ask, stays in a sure result (state_before.py); a crisis
result never drops the writer's own words about how bad it is (crisis_own.py). Near misses included."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import crisis_keep, crisis_own, shrink, state_before


@pytest.mark.parametrize("draft, expected", [
    ("Ik hoorde vanochtend dat de knobbel kwaadaardig is. Kun jij morgen met me mee naar de arts?",
     "Ik hoorde vanochtend dat de knobbel kwaadaardig is. Kun jij morgen met me mee naar de arts?"),
    ("Oma ligt nog op intensieve zorgen en wij zitten er compleet door. Kunt gij morgen de kippen eten geven?",
     "Oma ligt nog op intensieve zorgen en wij zitten er compleet door. Kunt gij morgen de kippen eten geven?"),
    ("Het is uit met Sven. Mag ik dit weekend bij jou logeren?",
     "Het is uit met Sven. Mag ik dit weekend bij jou logeren?"),
    ("Ik ben doodop na die verhuizing. Kun je zaterdag helpen met de kasten?",
     "Ik ben doodop na die verhuizing. Kun je zaterdag helpen met de kasten?"),
])
def test_how_the_writer_is_before_the_ask_stays_in_a_sure_result(draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert result.sure


@pytest.mark.parametrize("draft, sentence", [
    ("Mijn fiets is kapot. Mag ik morgen jouw fiets lenen?", "Mag ik morgen jouw fiets lenen?"),  # a thing, not the writer
    ("Sorry dat ik stoor, ik ben doodmoe. Kun je vanavond koken?", "Kun je vanavond koken?"),  # an apology in the piece
    ("Ik heb een vraagje. Kun je vandaag mijn query checken?", "Kun je vandaag mijn query checken?"),  # a lead-in
    ("Hoi Sam! Alles goed? Kun je morgen mijn pakketje aannemen?", "Sam, kun je morgen mijn pakketje aannemen?"),
    ("Ruud, ik sta al drie nachten en ik ben kapot. Kun je zaterdag mijn dienst overnemen?",
     "Ruud, ik ben kapot. Kun je zaterdag mijn dienst overnemen?"),  # one sentence is kept before the ask already
])
def test_near_misses_leave_the_result_alone(draft, sentence):
    assert state_before.lost(draft, sentence, sentence.split(",")[0] if "," in sentence else "") == ""


def test_the_piece_is_found_across_an_emoji_and_without_the_name(monkeypatch):
    draft = "mam ben zo moe 😭 lotte heeft weer de hele nacht gehuild. kun je morgen om 7 uur komen?"
    assert state_before.lost(draft, "Mam, kun je morgen om 7 uur komen?", "Mam") == "lotte heeft weer de hele nacht gehuild"
    assert state_before.kept("Mam, kun je morgen om 7 uur komen?", "Mam", "ik ben op") == "Mam, ik ben op. Kun je morgen om 7 uur komen?"


def test_the_other_choice_withholds_zeker_and_keeps_the_sentence(monkeypatch):
    draft = "Het is uit met Sven. Mag ik dit weekend bij jou logeren?"
    monkeypatch.setattr(state_before, "ACTIVE", "onzeker")
    result = shrink(draft)
    assert result.sentence == "Mag ik dit weekend bij jou logeren?"
    assert not result.sure


@pytest.mark.parametrize("person, draft, expected", [
    ("mijn vriend Bas", "bij me komen zitten, ik denk steeds aan zelfmoord",
     "Bas, kun je nu bij me komen zitten? Ik denk steeds aan zelfmoord."),
    ("mijn zus Fien", "vanavond bij mij blijven want ik wil er een eind aan maken",
     "Fien, kun je vanavond bij mij blijven? Ik wil er een eind aan maken."),
])
def test_a_bare_task_in_a_crisis_draft_is_asked_with_the_writers_words(person, draft, expected):
    result = shrink(draft, person=person)
    assert result.crisis
    assert result.sentence == expected


@pytest.mark.parametrize("draft, expected", [
    # round 38 (k38a): the writer's own 'gewoon' stays in their words (crisis_own.py; h37b-030's and t28a-021's golds)
    # round 39 (k39a): the short heavy sentence before the heaviest stays too (crisis_heavy.short_before; p38-021)
    ("Tess ik trek het niet meer. ik wil gewoon dood. sorry",
     "Tess, ik trek het niet meer. Ik wil gewoon dood. Kun je nu bij me zijn?"),
    # the heaviest one, the ask in Flemish; round 48 (k48c, crisis_every.py): every heavy sentence of the writer's stays
    ("Warre, ik zie het echt ni meer zitten. ik heb al mijn pillen klaargelegd.",
     "Warre, ik zie het echt ni meer zitten. Ik heb al mijn pillen klaargelegd. Kunt ge nu bij me zijn?"),
])
def test_without_a_request_the_heaviest_own_sentence_stands_before_the_ready_ask(draft, expected):
    result = shrink(draft)
    assert result.crisis and result.sure
    assert result.sentence == expected
    assert "gaat niet goed met me" not in result.sentence


def test_a_farewell_only_keeps_the_ready_sentence_and_is_not_sure():
    draft = "Lieve Mark, dit is mijn laatste berichtje. Ik heb alles goed geregeld, de papieren liggen in de kast. Papa"
    result = shrink(draft)
    assert result.crisis
    assert result.sentence == "Mark, het gaat niet goed met me. Kun je nu bij me zijn?"
    assert not result.sure


def test_a_farewell_letter_is_never_made_a_task():
    draft = "Rob, ik wilde je nog even zeggen dat je de beste broer bent. Het spijt me. Pas goed op mam."
    assert "helpen met" not in shrink(draft).sentence


def test_a_crisis_request_is_left_as_it_was():
    result = shrink("Pap ik wil mezelf iets aandoen. Kun je me nu komen halen?")
    assert result.sentence == "Pap, ik wil mezelf iets aandoen. Kun je me nu komen halen?"
    assert result.sure


def test_heaviest_prefers_the_most_acute_clause():
    draft = "moeke ik kan ni meer. ik zie het ni meer zitten, soms wil ik ni meer wakker worden."
    assert crisis_own.heaviest(draft, crisis_keep.cleaned, "moeke") == "Soms wil ik ni meer wakker worden."


def test_the_old_choice_is_still_there_to_count(monkeypatch):
    monkeypatch.setattr(crisis_own, "ACTIVE", "")
    result = shrink("Tess ik trek het niet meer. ik wil gewoon dood. sorry")
    assert result.sentence == "Tess, het gaat niet goed met me. Kun je nu bij me zijn?"


def test_the_writers_own_ready_looking_request_is_left_alone():
    result = shrink("Pap ik wil dood. Kun je nu bij me zijn?")
    assert result.sentence.count("wil dood") == 1
    assert "gaat niet goed" not in result.sentence
