"""Round 55 (c55a): harmless messages whose gentle line came from someone else's trouble word alone, quieted by what the
message does with it (`vraaghulp.coach.crisis.ordinary_other55`): the other's trouble over and ended well, a joke
someone else made, someone else's illness or natural death. A gentle line goes to no tier, never a panel. The corpus
twins are in tests/corpus/crisis/eigen68-c55a.toml (more real lines per shape than harmless ones); the texts here are
not.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess
from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_other55 import KINDS, quieted

CORPUS = Path(__file__).parent / "corpus" / "crisis"
EIGEN68 = CORPUS / "eigen68-c55a.toml"
OPEN68 = CORPUS / "open" / "eigen68-c55a-open.toml"


def _note(text: str) -> str | None:
    return next((s.phrase for s in assess(text).signals if "c55a" in s.phrase), None)


# (text, the kind that explains it): each has the gentle line on int55 and no tier now
QUIETED = [
    ("mijn neef had vorige maand een overdosis genomen, hij is gered en mag volgende week naar huis. we gaan hem ophalen "
     "met de auto", "ander-gered"),
    ("ons Marieke zei vroeger dat ze er een einde aan wou maken, nu is ze getrouwd en woont ze in Leuven. 't komt goed",
     "ander-gered"),
    ("mijne kozijn zei da hij liever dood is dan nog een kast van Ikea in elkaar te steken haha, zondag moet hij toch",
     "ander-grap"),
    ("onze opa is vorige week overleden in het ziekenhuis, ik kan nog niet geloven dat hij er niet meer is. de "
     "begrafenis is vrijdag", "ziekte-rouw"),
]


@pytest.mark.parametrize(("text", "kind"), QUIETED)
def test_a_shape_of_someone_elses_words_takes_the_gentle_line_away(text, kind):
    assessment = assess(text)
    assert assessment.tier is None, (text, assessment.signals)
    assert f"({kind}, c55a)" in (_note(text) or ""), text


# The same words with what the harmless line leaves out: the writer's own wish, that it comes back, a means, fear.
KEPT = [
    ("mijn neef is gered na zijn overdosis, maar hij zegt dat hij het nog eens doet zodra hij thuis is", "zorg"),
    ("mn vriendin heeft pillen genomen, ze is buiten levensgevaar. maar eerlijk, ik wou dat ik het was", "zorg"),
    ("mijne kozijn zei lachend da hij liever dood is, en 'k heb een touw in zijn kot gevonden", "zorg"),
    ("mijn vader ligt op de IC, de artsen zeggen dat het niet lang meer duurt. als hij gaat, ga ik met hem mee", "zorg"),
]


@pytest.mark.parametrize(("text", "tier"), KEPT)
def test_a_real_twin_keeps_its_tier(text, tier):
    assessment = assess(text)
    assert assessment.tier == tier, (text, assessment.signals)
    assert _note(text) is None, text


def test_a_guard_word_the_normaliser_drops_still_keeps_the_line():
    # 'opnieuw' is not in the first reading; the guard reads the raw text too
    text = "mijn neef is gered na zijn overdosis, maar hij zegt dat hij het opnieuw doet zodra hij thuis is"
    assert assess(text).tier == "zorg"
    assert _note(text) is None


def test_only_someone_elses_gentle_line_is_quieted_never_a_panel_nor_another_family():
    reading = " zware nacht , een man van de brug gehaald , hij leeft gelukkig . morgen weer dienst "
    other = Signal("over-ander", "zorg", "poging-vroeger (poging: van de brug gehaald + methode: van de brug)")
    assert quieted([other], reading, reading) is not None
    assert quieted([other, Signal("uitputting", "zorg", "ik kan niet meer")], reading, reading) is None
    assert quieted([other, Signal("doodswens", "acuut", "wil dood")], reading, reading) is None
    lowered_before = Signal("over-ander", "zorg", "gewone oorzaak (spel, c49): zorg, geen paneel")
    assert quieted([other, lowered_before], reading, reading) is None


def test_someone_elses_wish_is_never_read_as_illness():
    reading = " mijn oma ligt in het ziekenhuis en zegt dat ze niet meer wil leven . we gaan morgen langs "
    wish = Signal("over-ander", "zorg", "niet meer wil leven")
    assert quieted([wish], reading, reading) is None


def test_someone_elses_wish_beside_a_care_home_is_never_read_as_illness():
    # tuning7-a's 'Mijn vader (78) zegt steeds dat hij liever dood is dan naar het verpleeghuis' was lowered by a first
    # draft that read the care home as the cause and the wish as being gone
    text = "ons moeder (84) zegt dat ze liever dood is dan naar het rusthuis te gaan, hoe reageer ik daarop"
    assert assess(text).tier == "zorg"
    assert _note(text) is None


def _lines(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["regel"]


def test_every_shape_has_more_real_twins_than_harmless_ones_and_no_real_twin_is_lowered():
    lines = _lines(EIGEN68) + _lines(OPEN68)
    real = Counter(line["familie"] for line in lines if line["verwacht"] != "geen")
    harmless = Counter(line["familie"].removesuffix("-gewoon") for line in lines if line["verwacht"] == "geen")
    assert {kind.name for kind in KINDS} == {family.removeprefix("tweeling-") for family in harmless}
    for family, count in harmless.items():
        assert real[family] >= count, (family, real[family], count)
    for line in _lines(EIGEN68):
        if line["verwacht"] != "geen":
            assert assess(line["tekst"]).tier is not None, line["tekst"]
            assert _note(line["tekst"]) is None, line["tekst"]
