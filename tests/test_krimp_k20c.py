"""Round 20 (k20c): the practice flow on outside authors' notes — a Flemish hatch inside the ask, 'zou je het
erg vinden als je X geeft en Y voert', a wish with 'Kan dat?', shame next to a loan, a 'niet vertellen' aside."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import compose, shrink
from vraaghulp.coach.krimp.compose import composed


@pytest.mark.parametrize(("draft", "person", "moment", "expected"), [
    ("Griet, zoudt ge moest ge tijd hebben de kleine kunnen ophalen aan de crèche?", "Griet", "woensdagnamiddag",
     "Griet, kunt ge woensdagnamiddag de kleine ophalen aan de crèche?"),
    ("fien zoudt ge moest het passen ne keer mijn cv willen nalezen", "Fien", None, "Fien, wilt ge mijn cv nalezen?"),
    ("Rita, zoudt ge moest ge tijd hebben ne keer kunnen oppassen op Lena?", "Rita", None, "Rita, kunt ge oppassen op Lena?"),
    ("arne zoudt ge moest ge er zin in hebben mee naar het containerpark rijden", "Arne", "zondag",
     "Arne, kunt ge zondag mee naar het containerpark rijden?"),
])
def test_flemish_hatch_inside_the_ask_goes(rules_only, draft, person, moment, expected):
    result = composed(person, draft, moment)
    assert result.sentence == expected
    assert result.sure


def test_a_trip_condition_is_still_no_hatch():
    # 'moest ge naar den Aldi gaan' says what the request rides on: never cut as a way out
    assert "aldi" in shrink("Zoudt ge, moest ge naar den Aldi gaan, melk kunnen meebrengen?").sentence.lower()


@pytest.mark.parametrize(("draft", "expected"), [
    ("Daan, zou je het erg vinden als je de planten water geeft en de vissen voert?",
     "Daan, wil je de planten water geven en de vissen voeren?"),
    ("Marja, zou je het erg vinden als je de kinderen uit school haalt en ze een boterham geeft?",
     "Marja, wil je de kinderen uit school halen en ze een boterham geven?"),
])
def test_would_you_mind_with_two_acts_turns_both_verbs(draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert result.sure


def test_two_nouns_joined_by_en_stay_nouns():
    assert shrink("zou je het erg vinden als je de kat en de hond voert?").sentence == "Wil je de kat en de hond voeren?"


@pytest.mark.parametrize(("draft", "person", "expected"), [
    ("Mark ik zou graag eerder weg willen donderdag om half 3 want mijn zoon heeft zijn diploma-uitreiking. Kan dat?",
     "Mark", "Mark, mag ik donderdag om half 3 eerder weg?"),
    ("ik zou graag je auto willen lenen. kan dat?", "Lotte", "Lotte, mag ik je auto lenen?"),
    ("Ik zou graag de deadline van mijn verslag een week willen verschuiven. Kan dat?", "mevrouw Bakker",
     "Mevrouw Bakker, mag ik de deadline van mijn verslag een week verschuiven?"),
    ("ma 'k zou graag morgen wa vroeger naar huis willen, is da goe?", "ma", "Ma, mag ik morgen wa vroeger naar huis?"),
])
def test_wish_with_tag_question_is_asked_as_mag_ik(draft, person, expected):
    assert compose(person, draft) == expected


def test_a_negated_wish_is_never_turned_into_mag_ik():
    result = composed("Peter", "Peter ik zou zaterdag liever niet willen werken. Kan dat?")
    assert "mag ik" not in result.sentence.lower()
    assert "niet" in result.sentence


@pytest.mark.parametrize("draft", [
    "pap kun je me 50 euro lenen tot de eerste? ik schaam me er heel erg voor",
    "pap ik vind het echt moeilijk om te vragen maar kun je me 200 euro lenen tot maart? ik schaam me er echt voor",
])
def test_shame_next_to_a_loan_of_money_goes(draft):
    assert "schaam" not in shrink(draft, person="pap").sentence


def test_shame_beside_an_ask_without_money_goes_not_sure():
    # Round 54 (lead): this promise said the shame stays. It points back at the asking ('er … voor') and the outside
    # golds drop it in 22 of 27 drafts; without a loan the result is not sure, so the writer is asked to look.
    result = shrink("Pap, ik wil je vragen of je me wil leren hoe ik mijn belastingaangifte invul. ik schaam me er een beetje voor",
                    person="papa", moment="morgenavond")
    assert result.sentence == "Pap, wil je me morgenavond leren hoe ik mijn belastingaangifte invul?"
    assert not result.sure


def test_do_not_tell_with_a_reason_is_set_apart():
    result = shrink("Opa wil je me leren schaken? Niet tegen Mees zeggen want die wint altijd", person="opa", moment="woensdag")
    assert result.sentence == "Opa, wil je me woensdag leren schaken?"
    assert "Mees" in result.second


def test_do_not_tell_without_a_reason_stays_a_limit():
    result = shrink("Iris kun je me naar het ziekenhuis brengen? Niet tegen mama zeggen.", person="Iris", moment="vrijdag")
    assert result.sentence == "Iris, kun je me vrijdag naar het ziekenhuis brengen? Niet tegen mama zeggen."
