"""Round 53 (c53b): harmless messages whose alarm words a plain ordinary cause in the same message explains
(`vraaghulp.coach.crisis.ordinary_kinds53`): a gentle line goes to no tier, a panel to the gentle line, never two
tiers by one kind. The corpus twins are in tests/corpus/crisis/eigen66-b.toml (at least as many real lines per cause
as harmless ones); the texts here are not.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess
from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds53 import quieted

EIGEN66B = Path(__file__).parent / "corpus" / "crisis" / "eigen66-b.toml"
OPEN66B = Path(__file__).parent / "corpus" / "crisis" / "open" / "eigen66-b-open.toml"


def _note(text: str) -> str | None:
    return next((s.phrase for s in assess(text).signals if "c53b" in s.phrase), None)


# (text, the kind that explains it, the tier after: a gentle line goes to none, a panel to the gentle line)
LOWERED = [
    ("Ik heb bij de Hubo een nieuw touw gekocht voor de poort van de wei, de oude was rot. Kom je zondag koffie drinken?",
     "touw-doel", "zorg"),
    ("Ria, ik ben bij de notaris geweest voor mijn testament, nu is alles geregeld voor de kleinkinderen. Dat geeft rust. "
     "Kom je vrijdag koffie drinken?", "notaris-testament", None),
    ("bro ik spring altijd van die brug in de map en ga dood van de fall damage, hoe doe jij dat", "spel-dood", "zorg"),
    ("morgen is 't den lesten keer da 'k uitvare met de Maria, de boot is verkocht en 't is pensioen. komt ge vrijdag "
     "nen pint drinken op mijn afscheid in 't café an de haven?", "werk-afscheid", None),
    ("sta op de bovenste laag van de parkeergarage, ik ben er zo klaar mee dat zoeken naar een plek. ben er over 10 min",
     "parkeer-zoek", "zorg"),
    ("bij het karate mezelf pijn gedaan aan mijn schouder, trainer zegt ijs erop. volgende week toernooi", "sport-letsel",
     "zorg"),
    ("mijn tulpen op het balkon zijn allemaal dood door de vorst, ik moet nieuwe halen in het tuincentrum", "ding-dood",
     None),
]


@pytest.mark.parametrize(("text", "kind", "tier"), LOWERED)
def test_a_plain_ordinary_cause_lowers_one_tier_only(text, kind, tier):
    assessment = assess(text)
    assert assessment.tier == tier, (text, assessment.signals)
    assert f"({kind}, c53b)" in (_note(text) or ""), text


KEPT = [
    ("Ik heb bij de Hubo een nieuw touw gekocht voor de poort. De balk in de schuur houdt het wel. Zondag.", "acuut"),
    ("Mijn laatste dag in de bakkerij is vrijdag, ik begin nergens meer. Ik ga jullie missen, merci voor alles!", "acuut"),
    ("Laatste dag op mijn werk, afscheidsborrel was top, bedankt iedereen voor alles. vanavond neem ik ook afscheid van "
     "mijn leven", "acuut"),
    ("ik ben bij de notaris geweest voor mijn testament, nu is alles geregeld. ik heb genoeg geleefd", "acuut"),
    ("sta boven op de parking aan de markt, achtste verdiep. ik kom niet meer naar beneden, sorry", "acuut"),
    ("mijn tomatenplanten zijn allemaal dood, net als ik vanbinnen. ik wil niet meer leven", "acuut"),
    ("bro ik spring altijd van die brug in de map en ga dood. in het echt wil ik dat ook", "acuut"),
    ("bij de judo mezelf pijn gedaan, zeg ik, maar het was expres. niemand mag het weten", "acuut"),
]


@pytest.mark.parametrize(("text", "tier"), KEPT)
def test_a_real_twin_keeps_its_tier(text, tier):
    assessment = assess(text)
    assert assessment.tier == tier, (text, assessment.signals)
    assert _note(text) is None, text


def test_a_gentle_line_with_an_acute_signal_goes_only_when_the_second_opinion_calls_it_ordinary():
    reading = " mijn laatste dag in de keuken is vrijdag , ik begin in een restaurant . ik ga jullie missen , merci voor alles ! "
    acute = Signal("afscheid", "acuut", "combinatie-16 (signaal:afscheid: merci voor alles + signaal:afscheid: ik ga jullie missen)")
    calm = Signal("inschatting", "hint", "score 0.000, lijkt gewoon (w:begin)")
    assert quieted([acute], reading) is None
    assert quieted([acute, calm], reading) is not None
    lowered_before = Signal("afscheid", "zorg", "gewone oorzaak (rol-genoemd, c51b): zorg, geen paneel")
    assert quieted([acute, calm, lowered_before], reading) is None


def _lines(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["regel"]


def test_at_least_six_of_each_and_as_many_real_twins_as_harmless_lines_a_cause():
    lines = _lines(EIGEN66B) + _lines(OPEN66B)
    causes = {line["familie"].removesuffix("-gewoon") for line in lines}
    assert len(causes) == 7
    for cause in causes:
        real = sum(line["familie"] == cause for line in lines)
        harmless = sum(line["familie"] == f"{cause}-gewoon" for line in lines)
        assert real >= harmless >= 6 and real >= 6, cause


def test_no_real_twin_is_lowered_by_the_kinds():
    lowered = [line["tekst"] for line in _lines(EIGEN66B) + _lines(OPEN66B)
               if line["verwacht"] != "geen" and _note(line["tekst"])]
    assert not lowered, lowered
