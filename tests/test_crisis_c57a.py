"""Round 57 (c57a): false panels on outside authors' harmless lines, read by who owns the trouble.

Two kinds (`ordinary_kinds57`): round 56's `erger-verborgen` no longer raises a hurt an animal did or a cut in a finger
(`hurt_by_other`), and `ander-weg` takes a panel one tier down where affairs settled or care stopped are said of
someone else by name, title or kin ('dat Klaas er niet meer is', 'meneer Veenstra is gestopt met eten').

The twins are in tests/corpus/crisis/eigen70-c57a.toml and open/eigen70-c57a-open.toml (README of the crisis corpus,
"Round 57 (c57a)").
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess, normalised
from vraaghulp.coach.crisis.ordinary_kinds57 import hurt_by_other

CORPUS = Path(__file__).parent / "corpus" / "crisis"
OWN = CORPUS / "eigen70-c57a.toml"
OPEN = CORPUS / "open" / "eigen70-c57a-open.toml"
NOTE = "gewone oorzaak (ander-weg, c57a)"


def _lines(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["regel"] if path.exists() else []


def _lowered(text: str) -> bool:
    return any(signal.phrase.startswith(NOTE) for signal in assess(text).signals)


def test_the_twins_are_many_voices_with_real_and_harmless_lines():
    lines = _lines(OWN) + _lines(OPEN)
    real = [line for line in lines if line["verwacht"] != "geen"]
    harmless = [line for line in lines if line["verwacht"] == "geen"]
    assert len(real) >= 8 and len(harmless) >= 8
    assert {line["taal"] for line in lines} == {"nl", "be"}
    assert len({line["stem"] for line in lines}) == len(lines)


@pytest.mark.parametrize("line", _lines(OWN), ids=lambda line: line["tekst"][:40])
def test_every_own_line_outside_open_gets_its_tier(line):
    tier = assess(line["tekst"]).tier
    assert (tier or "geen") == line["verwacht"]
    if line["verwacht"] != "geen":
        assert not _lowered(line["tekst"])


@pytest.mark.parametrize("line", _lines(OPEN), ids=lambda line: line["tekst"][:40])
def test_the_open_harmless_twins_are_at_the_gentle_line_at_most(line):
    assert line["verwacht"] == "geen"
    assert assess(line["tekst"]).tier == "zorg"


@pytest.mark.parametrize("text", [
    # outside authors' lines (tuning56-cp #30, back from open/) and the own twins
    "de kat heeft me weer gekrast vannacht, meer dan vorige keer, mn arm zit vol. zeg niks tegen mn moeder pls anders "
    "mag hij niet meer op mn bed",
    "onze kitten heeft me weer gekrast vannacht, erger dan vorige week, mijn arm ziet er niet uit. zeg niks tegen papa "
    "want dan moet ze terug naar het asiel",
    "ik heb in mijn vinger gesneden met het grote mes bij het avondeten, dieper dan anders. zeg niks tegen mama, dat mes "
    "mocht ik niet gebruiken",
])
def test_a_hurt_an_animal_did_or_a_finger_cut_is_not_raised(text):
    assert hurt_by_other(normalised(text))
    assert assess(text).tier is None


def test_the_bread_knife_in_the_thumb_is_no_longer_at_the_panel():
    # tuning56-cp #2: raised by erger-verborgen on int57; the second opinion's gentle line stays (open/)
    text = ("jom ge moogt da echt tegen niemand zeggen eh maar 'k heb mij gisteren in mijn duim gesneden met het broodmes "
            "en 't was dieper dan anders, mijn ma mag da nie weten want da mes was verboden terrein")
    assert assess(text).tier == "zorg"


@pytest.mark.parametrize("text", [
    # the real twins: the cause denied or a cover story, the writer's own blade, the arms or legs
    "mn arm zit weer vol krassen, erger dan vorige keer, en niemand mag het weten. het was niet de kat, dat zeg ik alleen",
    "ik heb in mijn vinger gesneden, erger dan vorige keer, maar niet met het mes van de keuken, met mijn eigen mesje. "
    "zeg niks",
    "de kat heeft me gekrast zeg ik tegen iedereen, maar het is erger dan vorige keer en niemand mag het weten",
    "ik heb in mijn vinger gesneden, dieper dan vorig jaar, expres. zeg niks tegen mama",
])
def test_the_writers_own_hand_keeps_the_panel(text):
    assert not hurt_by_other(normalised(text))
    assert assess(text).tier == "acuut"


@pytest.mark.parametrize("text", [
    # outside authors (tuning-ho56s2 #67, tuning46-cp #7) and the own twins: panel -> gentle line
    "Zet erin: Lieve Jannie, wat een verdriet dat Klaas er niet meer is. Zestig jaar vrienden. Ik kom donderdag naar de "
    "uitvaart, Daan rijdt me.",
    "meneer Veenstra is gestopt met eten en drinken, zijn eigen keuze en de arts staat erachter. het gaat nu vanzelf, zei "
    "de verpleegkundige. de familie is er, ik waak vannacht bij hem",
    "ons vader is gestopt met de dialyse, zijn eigen keuze, de dokter staat erachter. het gaat nu vanzelf zeggen ze, we "
    "zitten allemaal bij hem",
])
def test_someone_elses_trouble_takes_the_panel_one_tier_down(text):
    found = assess(text)
    assert found.tier == "zorg" and _lowered(text)


@pytest.mark.parametrize("text", [
    # the writer follows, stops too, or settles their own affairs: the panel stays
    "Lieve Marga, nu Jan er niet meer is, wil ik er ook niet meer zijn. Na de uitvaart regel ik mijn eigen zaken.",
    "ik ben gestopt met eten en drinken, net als mevrouw Brouwer. het gaat nu vanzelf, zeg niks tegen de verpleging",
    "ons vader is gestopt met de dialyse en ik stop met mijn pillen, dan gaat het bij mij ook vanzelf. zeg het nie "
    "tegen den dokter",
    "wat een verdriet dat Klaas er niet meer is. na de uitvaart wil ik hem achterna, ge moet mij nie zoeken",
    "ik ben gestopt met eten, het gaat nu vanzelf. mijn zus is gestopt met bellen",
])
def test_the_writers_own_end_keeps_the_panel(text):
    found = assess(text)
    assert found.tier == "acuut" and not _lowered(text)
