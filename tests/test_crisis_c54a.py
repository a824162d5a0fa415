"""Round 54 (c54a): four ordinary causes that gave outside authors' harmless lines the full panel, one tier down.

The twins are in tests/corpus/crisis/eigen67-c54a.toml and open/eigen67-c54a-open.toml (README of the crisis corpus,
"Round 54 (c54a)"): per cause at least 6 harmless lines and at least as many real lines in the same words.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess
from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.ordinary_kinds54 import KINDS, ROPE, lowered

CORPUS = Path(__file__).parent / "corpus" / "crisis"
FILES = (CORPUS / "eigen67-c54a.toml", CORPUS / "open" / "eigen67-c54a-open.toml")
LINES = [line for path in FILES for line in tomllib.loads(path.read_text(encoding="utf-8"))["regel"]]
CAUSES = {kind.name for kind in KINDS} | {ROPE.name}
NOTE = "c54a"


def _noted(text: str) -> bool:
    return any(NOTE in signal.phrase for signal in assess(text).signals)


def test_each_cause_has_enough_twins_in_many_voices():
    harmless = Counter(line["familie"] for line in LINES if line["verwacht"] == "geen")
    real = Counter(line["familie"] for line in LINES if line["verwacht"] != "geen")
    assert set(harmless) == set(real) == CAUSES
    for cause in harmless:
        assert harmless[cause] >= 6 and real[cause] >= harmless[cause], cause
    assert {line["taal"] for line in LINES} == {"nl", "be"}


@pytest.mark.parametrize("text", [line["tekst"] for line in LINES if line["verwacht"] != "geen"])
def test_no_real_twin_is_lowered(text):
    # one real twin gets no tier before this round too (open/: 'de kippen zijn dood ... een balk gezocht'): not ours
    assert assess(text).tier is not None or text.startswith("de kippen zijn dood")
    assert not _noted(text), text


def test_harmless_twins_leave_the_panel():
    harmless = [line["tekst"] for line in LINES if line["verwacht"] == "geen"]
    panel = [text for text in harmless if assess(text).tier == "acuut"]
    # three keep it, by a guard word: 'ik ben toch nooit thuis' ('nooit'), 'kzit nog altijd mee te brullen' ('ik zit'),
    # 'ga ik zeker kijken' ('ga ik': the writer's own act, which the jump kind's real twins say)
    assert len(panel) <= 3, panel
    assert sum(_noted(text) for text in harmless) >= 12


@pytest.mark.parametrize(("kind", "text"), [
    ("sprong-plezier", "ik ben zo blij met mn rijbewijs dat ik van het dak wil springen haha, vanavond trakteer ik"),
    ("sprong-plezier", "in de videoclip springt ze van de brug in de Maas, volgens mij aan een kabel, ziet er wel vet uit"),
    ("afwezig-bij", "omg ik wil morgen niet wakker worden, eerste uur frans so 😭😭"),
    ("afwezig-bij", "iedereen is beter af zonder mij bij die vergadering, ik snap er niks van. ik lees het verslag wel"),
    ("gevochten-met", "'k heb lang genoeg gevochten tegen die rug, volgende week word ik geopereerd in Genk. duimen!"),
    ("dank-gewoon", "bedankt voor alles he gisteren, zorg goed voor die enkel en leg hem omhoog"),
    ("touw-erbij", "Den beer is vannacht dood gegaan, veearts komt morgen, en ik moet nog touw halen voor de poort"),
])
def test_each_kind_lowers_its_shape_to_the_gentle_line(kind, text):
    found = assess(text)
    assert found.tier == "zorg"
    assert any(f"({kind}, {NOTE})" in signal.phrase for signal in found.signals)


@pytest.mark.parametrize("text", [
    # the same shapes with the writer's own end said beside them keep the panel
    "ik ben zo blij dat het voorbij is, morgen spring ik van het dak haha. niemand gaat me tegenhouden",
    "in de videoclip springt ze van de brug en zo wil ik het ook doen",
    "ik wil morgen niet wakker worden, en overmorgen ook niet. ik ben op",
    "iedereen is beter af zonder mij bij die vergadering en overal, ik ben alleen maar tot last",
    "ik heb lang genoeg gevochten tegen die depressie, morgen is het voorbij",
    "bedankt voor alles he gisteren, zorg goed voor die enkel. ik ben er straks niet meer",
    "de beer is vannacht dood gegaan. ik heb touw gehaald voor de poort, zogezegd. ik wil niet meer",
    "touw gekocht, niet voor de tent, vraag maar niks",
])
def test_the_real_variants_keep_the_panel(text):
    assert assess(text).tier == "acuut"
    assert not _noted(text)


def test_only_acute_messages_are_lowered():
    gentle = [Signal("uitputting", "zorg", "ik kan niet meer")]
    assert lowered(gentle, " ik kan niet meer van het lachen haha ", "ik kan niet meer van het lachen haha") is None
    assert lowered([], " in de clip springt hij van de brug ", "in de clip springt hij van de brug") is None
