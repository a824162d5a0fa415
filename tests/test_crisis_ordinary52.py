"""Round 52 (c52b): harmless messages whose alarm words a plain ordinary cause in the same message explains
(`vraaghulp.coach.crisis.ordinary_kinds52`): a gentle line goes to no tier, a panel to the gentle line, never two
tiers at once. The corpus twins are in tests/corpus/crisis/eigen65.toml (at least as many real lines per cause as
harmless ones); the texts here are not.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess

EIGEN65 = Path(__file__).parent / "corpus" / "crisis" / "eigen65.toml"
OPEN65 = Path(__file__).parent / "corpus" / "crisis" / "open" / "eigen65-open.toml"


def _note(text: str) -> str | None:
    return next((s.phrase for s in assess(text).signals if "c52b" in s.phrase), None)


# (text, the kind that explains it, the tier after: a gentle line goes to none, a panel to the gentle line)
LOWERED = [
    ("de stagiaire zei vanmorgen dat ze niet meer wil leven. ik heb het direct gemeld bij de huisarts van de praktijk en "
     "haar ouders zijn gebeld", "hulp-gebeld", None),
    ("mijn buurjongen zei gisteren dat hij niet meer wil leven, we hebben samen met hem 113 gebeld. hoe kan ik hem "
     "steunen?", "hulp-gebeld", None),
    ("voor mijn paper over media en zelfdoding heb ik die reeks nog eens bekeken, blijft heftig", "les-thema", None),
    ("ik kan niet meer, da dessert op het trouwfeest was te veel, ik lig plat in de zetel", "vol-gegeten", None),
    ("kan echt niet meer, die barbecue was veel te veel, ik heb nergens meer zin in vandaag, zo vol", "vol-gegeten",
     "zorg"),
    ("in de seizoensfinale springt ze van de brug en dan is het gedaan, ik zat zo kwaad op de bank", "verhaal-oordeel",
     "zorg"),
    ("onze konijn is dood, de kinderen hebben een afscheidsbriefje geschreven en we begraven hem morgen in de tuin",
     "dier-dood", "zorg"),
    ("morgen om 8u op het dak van de kerk, de goot lekt. harnas mee en zie dat ge niet naar beneden valt",
     "dakwerk", "zorg"),
    ("iedereen zou opgelucht zijn als ik er niet meer was op de training, ik mis altijd alles haha", "weg-bij", "zorg"),
]


@pytest.mark.parametrize(("text", "kind", "tier"), LOWERED)
def test_a_plain_ordinary_cause_lowers_one_tier_only(text, kind, tier):
    assessment = assess(text)
    assert assessment.tier == tier, (text, assessment.signals)
    assert f"({kind}, c52b)" in (_note(text) or ""), text


KEPT = [
    ("de stagiaire zei dat ze niet meer wil leven, ik heb het gemeld bij de huisarts. ik snap haar, ik wil ook niet meer",
     "acuut"),
    ("mijn buurjongen zei dat hij niet meer wil leven, we hebben 113 gebeld maar nu is hij weg", "zorg"),
    ("in de finale springt ze van de brug. ik was kwaad, want zo wil ik het ook", "acuut"),
    ("voor mijn paper over zelfdoding heb ik opgezocht hoe je het pijnloos doet, voor mezelf", "acuut"),
    ("ik kan niet meer, te veel gegeten en ik haat mezelf, ik moet het eruit krijgen", "acuut"),
    ("onze cavia is dood. ik wil ook dood, niemand ziet mij", "acuut"),
    ("morgen om 8u op het dak van de kerk, de goot. ik spring gewoon naar beneden", "acuut"),
    ("iedereen zou opgelucht zijn als ik er niet meer was, op de training en overal", "acuut"),
]


@pytest.mark.parametrize(("text", "tier"), KEPT)
def test_a_real_twin_keeps_its_tier(text, tier):
    assessment = assess(text)
    assert assessment.tier == tier, (text, assessment.signals)
    assert _note(text) is None, text


def _lines(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["regel"]


def test_at_least_as_many_real_twins_as_harmless_lines_a_cause():
    lines = _lines(EIGEN65) + _lines(OPEN65)
    causes = {line["familie"].removesuffix("-gewoon") for line in lines}
    assert len(causes) == 11
    for cause in causes:
        real = sum(line["familie"] == cause for line in lines)
        harmless = sum(line["familie"] == f"{cause}-gewoon" for line in lines)
        assert real >= harmless, cause


def test_no_real_twin_is_lowered_by_the_kinds():
    lowered = [line["tekst"] for line in _lines(EIGEN65) + _lines(OPEN65)
               if line["verwacht"] != "geen" and _note(line["tekst"])]
    assert not lowered, lowered
