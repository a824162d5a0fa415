"""Round 18 (k18c): a negation in front of a condition stays ('niet alleen als …, maar …', 'Niet als het
regent.'), a condition cut off after 'Maar alleen/enkel' a sentence after the ask stays whole, and a typed
moment goes in while the draft's own time stays with its noun ('voor mijn vlucht van 6u')."""

from __future__ import annotations

import re

import pytest

from vraaghulp.coach.krimp import compose, shrink
from vraaghulp.coach.krimp.compose import composed


@pytest.mark.parametrize(("draft", "kept"), [
    ("Wil je de planten vaker water geven? Niet alleen als ik weg ben maar gewoon elke week.",
     "niet alleen als ik weg ben maar elke week"),  # 'gewoon' is a hedge and goes
    ("Zou je de kattenbak willen verschonen? Niet alleen als het stinkt, maar om de twee dagen.",
     "niet alleen als het stinkt, maar om de twee dagen"),
    ("Kunt ge ne keer de kinderen naar de zwemles brengen? Ni alleen as ik het vraag, ma ook zo uit uzelf.",
     "ni alleen as ik het vraag, ma ook zo uit uzelf"),
])
def test_not_only_when_keeps_its_negation_and_its_but(draft, kept):
    result = shrink(draft)
    said = result.sentence.lower()
    assert kept in said or not result.sure, result.sentence
    assert not re.search(r"(?<!niet )(?<!ni )alleen (als|as) ", said), result.sentence


def test_not_only_in_the_practice_flow():
    result = composed("mijn vriend Ahmed", "ik wil vragen of je vaker de boodschappen wil doen. niet alleen als ik erom vraag maar uit jezelf.", "")
    assert "niet alleen als ik erom vraag" in result.sentence.lower(), result.sentence
    assert result.sentence.startswith("Ahmed, wil je vaker de boodschappen doen")


@pytest.mark.parametrize(("draft", "but"), [
    ("Zou u mijn brievenbus willen legen? Niet alleen de brieven, maar ook de folders.", "ook de folders"),
    ("Zoudt ge mij kunnen helpen met de tuin? Ni enkel het gras maar ook de struiken, anders groeit alles dicht.",
     "ook de struiken"),
])
def test_not_only_a_thing_keeps_what_comes_instead(draft, but):
    result = shrink(draft)
    assert but in result.sentence or not result.sure, result.sentence


@pytest.mark.parametrize(("draft", "condition"), [
    ("Kun je zaterdag de ramen lappen? Mijn schouder is nog stijf. Maar alleen als het niet vriest, anders bevriest het water.",
     "alleen als het niet vriest"),
    ("Kunt ge zondag mee de caravan wegzetten? 'k Heb een hernia. Maar enkel als het droog is, anders zakken we weg.",
     "enkel als het droog is"),
])
def test_a_condition_a_sentence_later_stays_whole(draft, condition):
    result = shrink(draft)
    assert condition in result.sentence.lower() or not result.sure, result.sentence
    assert not re.search(r"(?:^|[.?!] )(?:Alleen|Enkel)\.", result.sentence), result.sentence


def test_a_negated_condition_after_the_ask_stays():
    result = shrink("Kun je morgen het gras maaien? Niet als het regent natuurlijk, dan wordt het een modderboel.")
    assert "Niet als het regent" in result.sentence, result.sentence


def test_a_negated_condition_that_runs_on_into_a_hatch_is_never_sure_with_the_hatch():
    result = shrink("kun je me zaterdag naar de kapper brengen? niet als je moet werken hoor dan ga ik wel lopen")
    assert not (result.sure and "ga ik wel lopen" in result.sentence), result.sentence


@pytest.mark.parametrize(("draft", "moment", "expected"), [
    ("kun je me naar het vliegveld brengen voor mijn vlucht van 7u? sorry dat het zo vroeg is", "woensdagochtend",
     "Jet, kun je me woensdagochtend naar het vliegveld brengen voor mijn vlucht van 7u?"),
    ("kunde mij naar 't station voeren voor mijne trein van 6u?", "zaterdagochtend",
     "Jet, kunt ge mij zaterdagochtend naar 't station voeren voor mijne trein van 6u?"),
])
def test_a_typed_moment_beside_a_time_bound_to_a_noun(draft, moment, expected):
    assert compose("Jet", draft, moment) == expected


def test_a_time_of_its_own_still_joins_the_typed_moment():
    assert compose("Jet", "kan je zachter doen met gamen na 12 uur?", "vanavond") == \
        "Jet, kan je vanavond na 12 uur zachter doen met gamen?"


def test_lost_sees_a_dropped_negation_and_a_dropped_but():
    from vraaghulp.coach.krimp.notonly import lost

    draft = "Wil je koken? Niet alleen als ik laat thuis ben, maar vaker."
    assert lost(draft, "Wil je koken? Alleen als ik laat thuis ben.")
    assert lost(draft, "Wil je koken? Niet alleen als ik laat thuis ben.")
    assert not lost(draft, "Wil je koken? Niet alleen als ik laat thuis ben, maar vaker.")
    assert not lost(draft, "Wil je koken?")


def test_a_condition_after_but_only_right_after_the_ask_still_stays():
    assert "Enkel als het droog is." in shrink("Kunt ge helpen? Maar enkel als het droog is.").sentence


@pytest.mark.parametrize(("draft", "but"), [
    ("Zou u mijn brievenbus willen legen? Niet alleen de brieven, maar ook de folders.", "maar ook de folders"),
    ("Kunt ge ne keer de kinderen naar de zwemles brengen? Ni alleen as ik het vraag, ma ook zo uit uzelf.",
     "ma ook zo uit uzelf"),
])
def test_the_but_part_is_kept_and_sure(rules_only, draft, but):
    result = shrink(draft)
    assert but in result.sentence and result.sure, result.sentence
