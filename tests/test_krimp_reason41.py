"""Round 41 (k41c): two kinds of short piece after the ask no longer withhold `zeker` (code `weg-reden`,
reasoned.py), each with a look-alike that still does. Drafts in our own words; the rules alone decide `sure`."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import reasoned, shrink

THEN_NAMED = "Hoi Bram, kun je zaterdag mijn hond uitlaten? Niet voor 11 uur, want dan ben ik nog bij de kapper."
THEN_AFTER_COMPARATIVE = "Bram kun je vanavond na achten bellen niet eerder want dan is de verpleging er"
THEN_UNNAMED = "Hoi Bram, kun je zaterdag mijn hond uitlaten? Niet te vroeg, want dan ben ik nog bij de kapper."
MEANS_BROKE = "Hoi Bram, kun je me morgen om 8 uur naar mijn werk brengen? Mijn fiets is kapot."
FAULT_OTHER_VERB = "Hoi Bram, kun je me zondag helpen met mijn fiets? De ketting ligt eraf."
MENDING_ASK = "Hoi Bram, kun je zondag naar mijn fiets kijken? Mijn fiets is kapot."


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("draft", [THEN_NAMED, MEANS_BROKE])
def test_a_reason_that_only_says_why_goes_and_the_result_is_sure(draft):
    result = shrink(draft)
    assert result.sure, result.withheld
    assert "kapper" not in result.sentence and "kapot" not in result.sentence  # the reason went


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("draft", [THEN_AFTER_COMPARATIVE, THEN_UNNAMED, FAULT_OTHER_VERB, MENDING_ASK])
def test_a_look_alike_the_reader_may_need_stays_not_sure(draft):
    result = shrink(draft)
    assert not result.sure
    assert reasoned.CODE in result.withheld


def test_then_named_needs_a_named_moment_the_result_keeps():
    piece = "dan ben ik nog bij de kapper"
    kept = "Kun je zaterdag mijn hond uitlaten? Niet voor 11 uur."
    assert reasoned.then_named(piece, "kun je zaterdag mijn hond uitlaten? Niet voor 11 uur, ", kept)
    weekend = "Mag ik de kinderen het weekend van 3 mei hebben?"
    assert reasoned.then_named(piece, weekend.lower() + " ", weekend)
    assert not reasoned.then_named(piece, "kun je mijn hond uitlaten? Niet voor 11 uur, ", "Kun je mijn hond uitlaten?")
    assert not reasoned.then_named(piece, "bellen na 8 uur, niet eerder ", "Kun je na 8 uur bellen, niet eerder?")
    assert not reasoned.then_named("de kapper is dicht", "niet voor 11 uur, ", kept)  # no 'dan': not this kind


def test_means_broke_needs_a_copula_and_an_ask_that_does_not_mend_it():
    ride = "Kun je me naar mijn werk brengen?"
    assert reasoned.means_broke("mijn fiets is kapot", ride)
    assert reasoned.means_broke("bus gemist en mn telefoon is bijna leeg", "Kun je me ophalen bij het station?")
    assert not reasoned.means_broke("de ketting ligt eraf", ride)
    assert not reasoned.means_broke("mijn fiets is kapot", "Kun je naar mijn fiets kijken?")
    assert not reasoned.means_broke("mijn wasmachine is kapot", "Kunt u deze week een monteur sturen?")
    assert not reasoned.means_broke("fiets is kapot", ride)  # no determiner: not read as the writer's own one
