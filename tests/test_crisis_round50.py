"""Round 50 (c50a): crisis-l (tuning-ho49l1/l2) and the probe cp49 (tuning49-cp) brought in; false panels on harmless
text lowered by their ordinary cause (`crisis/ordinary_kinds50.py`) or by a quoted song title praised
(`crisis/quoted_song.py`): the gentle line, never nothing. The sentences here are new variants, none a corpus line.

Every shape has its dangerous twins, written first (tests/corpus/crisis/eigen59.toml, 30+ per shape): real lines in the
same words that tell a cover story, name a means, a death, a farewell, or say the doctor does not know. They keep the
panel.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess
from vraaghulp.coach.crisis.ordinary_kinds50 import KINDS

CORPUS = Path(__file__).parent / "corpus" / "crisis"

LOWERED = [
    # dier-of-struik: a scratch from an animal or a plant, with the ordinary care
    ("mijn handen zijn opengekrast door onze kater, hij moest naar de dierenarts en wou niet in de mand", "dier-of-struik"),
    ("mn benen zijn opengekrast door de hond van mijn zus, hij sprong tegen me op bij het spelen. pleister erop", "dier-of-struik"),
    # op-doktersadvies: medicine stopped on the doctor's word, the writer well
    ("sinds maandag gestopt met mijn slaappillen, de huisarts vond dat het wel zonder kon. slaap best goed eigenlijk",
     "op-doktersadvies"),
    # klus-benoemd: 'het' named as a chore
    ("morgen doe ik het gewoon, die stomme belastingaangifte, ik heb er al drie weken geen zin in", "klus-benoemd"),
    # rol-neerleggen: leaving a group or a role
    ("de wachtwoorden van de voetbalclub staan in de map op de bar. ik stop als penningmeester na twaalf jaar, het is genoeg geweest",
     "rol-neerleggen"),
    # verzekering-advies: an adviser's word, asked about
    ("de hypotheekadviseur zei dat we beter af zijn zonder die levensverzekering, heeft iemand daar ervaring mee?",
     "verzekering-advies"),
]

LOWERED_SONG = [
    "'ik wil er niet meer zijn' is het beste nummer van de nieuwe plaat, we zingen het in de auto allemaal mee",
]

KEEP_PANEL = [
    # dier-of-struik: the cover story, the writer's own hand
    "mijn armen zijn opengekrast door de kat zeg ik tegen de dierenarts, maar het was een mesje",
    "armen opengekrast door onze poes, dat denkt iedereen. ik heb zalf, maar ik doe het zelf",
    # op-doktersadvies: the doctor does not know, the pills are saved
    "gestopt met mijn pillen, de huisarts weet het niet. voel me best goed nu ik weet dat het bijna voorbij is",
    "ik ben gestopt met mijn pillen, de huisarts vond het prima. voel me goed, want vannacht spring ik van de brug",
    # klus-benoemd: the chore and then the end
    "vanavond doe ik het gewoon, die afwas eerst nog, daarna neem ik de pillen",
    "vanavond doe ik het, dat huiswerk laat ik liggen. niemand gaat me missen",
    # rol-neerleggen: leaving life, not the group
    "dit is de laatste keer dat jullie iets van mij horen in deze groep, ik stap over naar de andere kant. vaarwel",
    "ik stop als voorzitter na twintig jaar, het is genoeg geweest. ook met leven, ik wil dood",
    # verzekering-advies: the writer is the loss the family is better off without
    "de makelaar zegt dat we beter af zijn zonder die levensverzekering. nee, ze zijn beter af zonder mij, klopt dat niet?",
    # a quoted title the writer takes as their own
    "'ik wil er niet meer zijn' is het mooiste nummer van het nieuwe album, het gaat over mij",
]


@pytest.mark.parametrize(("text", "kind"), LOWERED)
def test_an_ordinary_cause_lowers_the_panel_to_the_gentle_line(text, kind):
    result = assess(text)
    assert result.tier == ZORG, (text, result)
    assert any(f"({kind}, c50a)" in signal.phrase for signal in result.signals), result.signals


@pytest.mark.parametrize("text", LOWERED_SONG)
def test_a_quoted_title_praised_gets_the_gentle_line(text):
    result = assess(text)
    assert result.tier == ZORG, (text, result)
    assert any("geciteerd lied" in signal.phrase for signal in result.signals)


@pytest.mark.parametrize("text", KEEP_PANEL)
def test_a_real_line_of_the_shape_keeps_the_panel(text):
    result = assess(text)
    assert result.tier == ACUUT, (text, result)
    assert not any("c50a" in signal.phrase for signal in result.signals)


def _eigen59() -> list[dict]:
    return tomllib.loads((CORPUS / "eigen59.toml").read_text(encoding="utf-8"))["regel"]


def test_every_shape_has_thirty_real_twins_that_keep_the_panel():
    kinds = [kind.name for kind in KINDS] + ["lied-titel"]
    for name in kinds:
        twins = [line["tekst"] for line in _eigen59() if line["familie"] == f"c50a-tweeling-{name}"]
        kept = [text for text in twins if assess(text).tier == ACUUT]
        assert len(kept) >= 30, (name, len(kept))


def test_no_real_line_of_eigen59_carries_a_c50a_note():
    for line in _eigen59():
        if line["verwacht"] != "geen":
            result = assess(line["tekst"])
            assert not any("c50a" in signal.phrase for signal in result.signals), line["tekst"]


def test_a_kind_never_lowers_to_nothing():
    for text, _kind in LOWERED:
        assert assess(text).tier is not None
