"""Round 54 (c54c): harmless messages by outside authors that kept the gentle line, quieted by the ordinary cause they
name (`vraaghulp.coach.crisis.ordinary_kinds54c`): a gentle line goes to no tier, never a panel, never two tiers.
The corpus twins are in tests/corpus/crisis/eigen67-c54c.toml (at least as many real lines per cause as harmless
ones); the texts here are not.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess
from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds54c import KINDS, quieted

CORPUS = Path(__file__).parent / "corpus" / "crisis"
EIGEN67 = CORPUS / "eigen67-c54c.toml"
OPEN67 = CORPUS / "open" / "eigen67-c54c-open.toml"


def _note(text: str) -> str | None:
    return next((s.phrase for s in assess(text).signals if "c54c" in s.phrase), None)


# (text, the kind that explains it): each had the gentle line before this round and has no tier now
QUIETED = [
    ("ik ben het zo moe allemaal met die wegenwerken in onze straat, elke dag lawaai. nog twee weken zeggen ze", "taak-beu"),
    ("het heeft allemaal geen zin meer om die formulieren in te vullen, ik doe mijn best en ze kloppen nooit. ik bel "
     "maandag de gemeente", "taak-beu"),
    ("mijn buurvrouw appte vannacht dat ze zichzelf iets wou aandoen, we hebben samen 113 gebeld en ze is nu bij haar "
     "dochter. wat een nacht, ik ben kapot", "hulp-geregeld"),
    ("in dat boek springt de hoofdpersoon op het eind van de toren, zo'n heftig einde. weet iemand of er een deel 2 komt?",
     "verhaal-indruk"),
    ("ik trek het ni meer, ik ben op na die marathon, alles doet zeer, benen, rug. morgen rustdag", "sport-moe"),
    ("ik kan gewoon niet meer, elke keer weer lig ik dubbel van die sketch \U0001F602", "lachen"),
    ("ik ben bijna doodgegaan van het lachen op die trouw, 'k kon nie meer", "lachen"),
    ("ik kan niet meer, alles is op. drie borden pasta en dan nog tiramisu, mijn buik ontploft", "eten"),
    ("bijna aangereden door een scooter \U0001F633 mijn hart zat in mijn keel, dacht echt dat ik dood was. nu pas thuis",
     "schrik-dood"),
]


@pytest.mark.parametrize(("text", "kind"), QUIETED)
def test_an_ordinary_cause_takes_the_gentle_line_away(text, kind):
    assessment = assess(text)
    assert assessment.tier is None, (text, assessment.signals)
    assert f"({kind}, c54c)" in (_note(text) or ""), text


# The same words with what the harmless line leaves out: the writer's own wish, life, everything, the self.
KEPT = [
    ("ik ben het zo moe allemaal met die wegenwerken en met alles. ik wil niet meer wakker worden", "acuut"),
    ("'t heeft gene zin mi om die formulieren in te vullen, en ook nie om te leven", "zorg"),
    ("mijn buurvrouw zei dat ze niet meer wil leven, we hebben de huisarts gebeld. ik ben kapot, ik wil zelf ook niet meer",
     "acuut"),
    ("in die reeks springt de dochter van een flat, triestig einde. ik denk er zelf ook aan", "zorg"),
    ("ik trek het niet meer, 40 km gefietst om niet te denken, maar het blijft. ik wil er niet meer zijn", "acuut"),
    ("ik lag dubbel met de anderen, maar vanbinnen kan ik niet meer. ik wil niet meer", "acuut"),
    ("ik kan niet meer, alles op en daarna weer alles eruit. ik haat mezelf", "acuut"),
    ("bijna aangereden door een scooter, dacht echt dat ik dood was. jammer dat het niet zo was", "zorg"),
]


@pytest.mark.parametrize(("text", "tier"), KEPT)
def test_a_real_twin_keeps_its_tier(text, tier):
    assessment = assess(text)
    assert assessment.tier == tier, (text, assessment.signals)
    assert _note(text) is None, text


def test_only_a_gentle_line_is_quieted_and_never_one_an_older_kind_lowered():
    reading = " ik lag dubbel van die sketch op tv , ik kan niet meer "
    gentle = Signal("uitputting", "zorg", "ik kan niet meer")
    assert quieted([gentle], reading, reading) is not None
    assert quieted([gentle, Signal("doodswens", "acuut", "wil dood")], reading, reading) is None
    lowered_before = Signal("uitputting", "zorg", "gewone oorzaak (spel, c49): zorg, geen paneel")
    assert quieted([gentle, lowered_before], reading, reading) is None
    assert quieted([], reading, reading) is None


def _lines(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["regel"]


def test_each_cause_has_at_least_as_many_real_twins_as_harmless_ones():
    lines = _lines(EIGEN67) + _lines(OPEN67)
    harmless = Counter(line["familie"].removesuffix("-gewoon") for line in lines if line["verwacht"] == "geen")
    real = Counter(line["familie"] for line in lines if line["verwacht"] != "geen")
    names = {kind.name for kind in KINDS}
    assert {family.removeprefix("tweeling-") for family in harmless} == names
    for family, count in harmless.items():
        assert count >= 3 and real[family] >= count, (family, count, real[family])


def test_no_real_twin_is_lowered_by_the_kinds():
    for line in _lines(EIGEN67) + _lines(OPEN67):
        if line["verwacht"] != "geen":
            assert _note(line["tekst"]) is None, line["tekst"]
