"""Round 15, the lead's mends after the merges: a doctor's advice is no voice, 'wat is het nut dat ik
hier ben', 'ik stop ermee, met alles', and 'alles op' only as using everything up."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, observe


@pytest.mark.parametrize("text", [
    "de dokter zegt dat ik moet stoppen met de pillen",
    "Mijn huisarts zei dat ik moet stoppen met die pillen, ik krijg nieuwe",
    "de apotheker zegt dat ik moet wachten met de pillen tot na het eten",
    "ik stop met alles op het werk, ik neem ontslag",
    "ik neem alles op, de camera staat aan",
    "wat is het nut van die vergadering",
])
def test_ordinary_advice_and_work_get_no_panel(text):
    assert assess(text).tier != ACUUT


@pytest.mark.parametrize("text", [
    "de stemmen zeggen dat ik de pillen moet nemen",
    "mijn huisarts zei dat ik moet stoppen met die pillen, maar de stem in mijn hoofd zegt dat ik moet springen",
    "ik slik ze allemaal, de pillen liggen klaar",
])
def test_voices_and_taking_them_all_keep_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", [
    "Wat is het nut nog dat ik hier ben?",
    "wat is nog het nut dat ik hier ben eigenlijk",
    "Mijn beslissing staat vast, ik stop ermee, met alles.",
    "k kap ermee met alles",
])
def test_meaning_lost_and_stopping_with_everything_are_caught(text):
    assert assess(text).tier in (ZORG, ACUUT)


@pytest.mark.parametrize("text", [
    "ik ben klaar met school, niet met mijn leven. nog niet. maar vannacht wel",
    "k ben nie klaar met mn leven, nog nie, maar straks wel",
])
def test_a_denial_taken_back_with_a_near_time_is_caught(text):
    assert assess(text).tier in (ZORG, ACUUT)


def test_a_household_leaving_its_street_after_years_gets_nothing_from_the_rules():
    """Round 15: leaving one's street or neighbourhood after years is an ordinary occasion for the
    rules (gewoon-afscheid); the floor tests now use a goodbye to a street by name."""
    text = "Beste buren, na veertig jaar in de straat zeggen we gedag, bedankt voor alles en pas goed op jezelf!"
    assert observe(text)[0] is None and assess(text).tier is None


def test_flemish_geraken_is_getting_somewhere_not_a_collision():
    text = ("Dag Martine, ik hoop dat ge goed thuis geraakt zijt gisteren. Ik zit met mijn arm in het gips, "
            "zoudt ge dinsdag mijn vuilzakken buiten kunnen zetten?")
    assert assess(text).tier != ACUUT
    assert assess("ik hoop dat ik geraakt word door een trein").tier == ACUUT
