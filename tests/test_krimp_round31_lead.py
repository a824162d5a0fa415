"""Round 31 (lead): a sentence the result would say twice is said once (form.said_once); whose name an errand is
under, or its code, said after the ask, is a detail the result may not drop while sure (detail_after._NAMED)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.form import said_once


@pytest.mark.parametrize("draft, expected", [
    # the fact after the ask and the limit after it each put the same sentence back (h30a-004's shape)
    ("Zoudt gij zaterdag de opening kunnen doen om 14u? Ik ben er ten laatste om 15u.",
     "Kunt gij zaterdag de opening doen om 14u? Ik ben er ten laatste om 15u."),
    ("Kun je zaterdag de winkel openen om 9u? Ik ben er ten laatste om 10u.",
     "Kun je zaterdag de winkel openen om 9u? Ik ben er ten laatste om 10u."),
])
def test_a_sentence_after_the_ask_comes_once(draft, expected):
    assert shrink(draft).sentence == expected


def test_said_once_keeps_the_first_of_two_equal_statements():
    assert said_once("Kun je komen? Ik ben er om 3 uur. Ik ben er om 3 uur.") == "Kun je komen? Ik ben er om 3 uur."


def test_said_once_keeps_two_different_statements_and_a_repeated_question():
    assert said_once("Kun je komen? Ik ben er om 3 uur. Ik ben er om 4 uur.") == \
        "Kun je komen? Ik ben er om 3 uur. Ik ben er om 4 uur."
    assert said_once("Kun je komen? Kun je komen?") == "Kun je komen? Kun je komen?"


def test_the_name_an_errand_is_under_is_never_dropped_while_sure():
    out = shrink("Lieve Anna, zou jij voor mij naar de apotheek willen gaan? Ik lig met koorts in bed. Mijn medicijnen "
                 "liggen klaar op naam van De Wit.")
    assert "De Wit" in out.sentence or not out.sure


def test_an_order_number_after_the_ask_is_kept_or_not_sure():
    out = shrink("Wil je mijn bestelling ophalen bij de Action? Bestelnummer 88213.")
    assert "88213" in out.sentence or not out.sure


def test_my_own_name_on_a_rented_van_withholds_nothing():
    assert shrink("Kun je me helpen met de verhuizing? Ik heb een busje gehuurd op mijn naam.").sure
