"""Round 34 (k34c): pieces beside the ask that say nothing it needs no longer withhold `zeker` (spare_piece.py).

A condition that only asks whether it suits the reader ('als het niet te veel moeite is', 'moest ge tijd hebben')
and a verbless piece that only judges or thanks ('Super fijn!', 'duimen!') go, and the result is sure. A condition
about a thing, a person, an event, the writer or a moment ('als het regent', 'als mama geen tijd heeft', 'als ik er
niet ben', 'als het niet lukt voor tien uur') and a comment that names a thing ('Tulpen prima.', 'Jammer van de
regen.') keep safe.py's doubt (`weg-woord`)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink, spare_piece


# --- 1. A condition that only asks whether it suits the reader: sure -------------------------------------------------

@pytest.mark.parametrize("draft, expected", [
    ("Kun je morgen mijn plantjes water geven? Als het niet te veel moeite is.",
     "Kun je morgen mijn plantjes water geven?"),
    ("Kunt u mij deze week terugbellen? Als het niet mogelijk is, hoor ik het wel.",
     "Kunt u mij deze week terugbellen?"),
    ("Hoi Mark, kun je zaterdag mijn fiets naar de hersteller brengen? Als het niet te veel moeite is.",
     "Mark, kun je zaterdag mijn fiets naar de hersteller brengen?"),
    ("Tante Els, zoudt ge woensdag mijn planten water kunnen geven? Als het u niet te veel moeite is he.",
     "Tante Els, kunt ge woensdag mijn planten water geven?"),
])
def test_a_condition_that_only_leaves_the_reader_room_goes_and_the_result_is_sure(draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert result.sure


# --- 2. A verbless piece that only judges or thanks: sure ------------------------------------------------------------

@pytest.mark.parametrize("draft, expected", [
    ("Kun je morgen de was ophalen? Super fijn!", "Kun je morgen de was ophalen?"),
    ("Kunt ge mij morgen naar de garage voeren? Ambetant he.", "Kunt ge mij morgen naar de garage voeren?"),
    ("kun jij de kinderen om 3 uur ophalen? duimen!", "Kun jij de kinderen om 3 uur ophalen?"),
])
def test_a_comment_beside_the_ask_goes_and_the_result_is_sure(draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert result.sure


def test_without_the_module_the_same_drafts_were_withheld(monkeypatch):
    monkeypatch.setattr("vraaghulp.coach.krimp.safe.suits_reader", lambda an, c, kinds: False)
    monkeypatch.setattr("vraaghulp.coach.krimp.safe.only_comment", lambda an, c, kinds: False)
    assert not shrink("Kun je morgen mijn plantjes water geven? Als het niet te veel moeite is.").sure
    assert not shrink("Kun je morgen de was ophalen? Super fijn!").sure


# --- 3. Look-alikes: a dropped fact keeps the doubt -------------------------------------------------------------------

@pytest.mark.parametrize("draft", [
    "Kun je morgen de kinderen ophalen? Als het regent.",
    "Kun je me morgen naar het station brengen? Als de trein vertraging heeft.",
    "Kun je me vrijdag naar het station brengen? Als de bus niet rijdt.",
    "kun je zaterdag komen helpen? als het niet lukt voor tien uur",
    "Kun je morgen mijn pakje aannemen? Als ik er niet ben.",
    "Kun je zondag de kleine halen? Als mama geen tijd heeft.",
    "Kunt ge mijn kat eten geven? Als het niet te veel moeite is met uw rug.",
    "Kun je mijn post ophalen? Als het lukt voor vrijdag.",
    "Kun je bloemen kopen? Tulpen prima.",
    "Kun je me helpen met de tuin? Jammer van de regen.",
])
def test_a_dropped_fact_beside_the_ask_is_not_sure(draft):
    result = shrink(draft)
    assert not result.sure


@pytest.mark.parametrize("draft", [
    "Kun je me ophalen als je auto vrij is?",
    "Kun je de hond uitlaten als het niet te veel moeite is met je knie?",
])
def test_a_condition_with_a_thing_of_its_own_is_kept_when_sure(draft):
    result = shrink(draft)
    assert not result.sure or "als" in result.sentence.lower()


# --- 4. The word test itself ------------------------------------------------------------------------------------------

def test_the_kinds_of_a_dropped_moment_amount_or_name_keep_the_doubt():
    assert not spare_piece.suits_reader(None, None, {"inhoud", "moment"})
    assert not spare_piece.only_comment(None, None, {"naam"})
