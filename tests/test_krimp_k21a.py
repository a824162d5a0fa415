"""Round 21 (k21a): a list that belongs to the request stays (contract point 3: the action and its
object; a list of items is part of the object). coach/krimp/object_row.py, unnamed.py (the finding
quotes the whole row). Drafts written for these tests, not copied from the corpus."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.unnamed import dropped_pieces


@pytest.fixture(autouse=True)
def _rules(rules_only):
    yield


@pytest.mark.parametrize(("draft", "row"), [
    ("Kun je de drank halen? Bier, cola en ijs. Ik doe de rest.", "Bier, cola en ijs."),
    ("Kunde gij zaterdag de hapjes meebrengen? Kaas, olijven en ne zak chips.", "Kaas, olijven en ne zak chips."),
    ("wie gaat er straks naar de lidl? 3 pakken koffie + suiker + melk", "3 pakken koffie + suiker + melk"),
    ("Kun je de tas voor het zwembad inpakken? Je handdoek, de zwembril en een flesje water.",
     "Je handdoek, de zwembril en een flesje water."),
    ("Kun jij de boodschappen voor zondag doen? Het gaat om vlees, groenten en een fles wijn.",
     "Het gaat om vlees, groenten en een fles wijn."),
    ("Wie kan er zaterdag komen helpen? We moeten de piano, de kast en twaalf dozen naar boven dragen.",
     "We moeten de piano, de kast en twaalf dozen naar boven dragen."),
    ("Kunde gij de koffer van de auto laden? De tent, de stoelen en de koelbox moeten mee.",
     "De tent, de stoelen en de koelbox moeten mee."),
    ("Kun je me helpen met de zolder? Vooral de oude kleren, de boeken en het speelgoed.",
     "Vooral de oude kleren, de boeken en het speelgoed."),
])
def test_a_row_of_things_after_the_request_stays_and_is_sure(draft, row):
    result = shrink(draft)
    assert row.rstrip(".") in result.sentence
    assert result.sure


@pytest.mark.parametrize(("draft", "gone"), [
    ("Kun je zondag op de kat passen? Ik had het druk, mijn broer was ziek en de auto was stuk.", "ziek"),
    ("Wie doet vanavond de afwas? Ik heb al gekookt, de was gedaan en de vuilbak buitengezet.", "gekookt"),
    ("Kun je vrijdag komen? Jan, Piet en Kees komen ook.", "Kees"),
    ("Kun je zaterdag het gras maaien? Ik moet werken, koken en de kinderen halen.", "koken"),
])
def test_a_row_that_is_not_the_object_does_not_ride_along(draft, gone):
    assert gone not in shrink(draft).sentence


def test_the_finding_quotes_the_whole_row_when_it_goes():
    result = shrink("Kun je zondag op de hond passen? Ik had het druk. Bier, cava, cola en ijs heb ik al.")
    quotes = [f.text for f in result.findings if f.kind == "achtergrond"]
    assert "Bier, cava, cola en ijs heb ik al" in quotes


def test_an_emoji_before_a_capital_ends_the_quoted_piece():
    pieces = [raw.strip() for _at, raw in dropped_pieces("en 'k heb nog niks klaar 🙈 Kunde")]
    assert pieces == ["en 'k heb nog niks klaar", "Kunde"]


def test_a_row_cut_at_its_commas_is_one_piece_and_a_row_of_clauses_is_not():
    assert [raw.strip() for _at, raw in dropped_pieces("Bier, cava, cola en ne zak ijs")] == ["Bier, cava, cola en ne zak ijs"]
    assert len(dropped_pieces("ik had het druk, mijn broer was ziek en de auto was stuk")) == 2


def test_a_request_for_something_takes_the_row_in_itself_once():
    sentence = shrink("Kun je morgen iets meebrengen van de bakker? Brood, koffiekoeken en een taart.").sentence
    assert sentence.count("koffiekoeken") == 1


