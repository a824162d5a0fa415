"""Round 53 (c53a): round 52's c52a brought back (crisis corpus README, "Round 53 (c53a)").

1. `middel-doel-ontkend` (a means whose ordinary purpose is denied, the panel) stays quiet when another ordinary purpose
   or reason is named right after the denial ('niet voor de verhuizing, voor de scouts', ', als hondenlijn', 'gewoon in
   de aanbieding'), and still fires when what follows is no ordinary purpose ('voor mezelf', 'als het niet beter wordt')
   or nothing. Corpus lines: eigen64-b.toml; the sentences here are new variants.
2. c52a's gentle shapes run from `gentle_shapes` (the package's `__init__` stays under 16,000 bytes) and read the first
   reading `assess` made: a text is normalised once per check, a crying emoji excepted.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach import crisis
from vraaghulp.coach.crisis import ACUUT, assess, gentle_shapes, heavy_tired, normalised, story_self

ORDINARY_PURPOSE_AFTER = [
    "ik heb koord gekocht, niet voor de was, voor de moestuin van mijn schoonvader",
    "touw gehaald, niet voor de tent, als trekkoord voor de slee",
    "'k heb een touw gekocht, nie voor de verhuis, voor de vlag van de voetbalclub",
    "pillen gehaald, niet tegen de hoofdpijn, voor de kat tegen de vlooien",
    "kolen gekocht, niet voor de bbq, ze waren in de aanbieding",
    "koord meegenomen, niet voor de tent, als reserve in de caravan",
]
NOTHING_ORDINARY_AFTER = [
    "ik heb koord gekocht, niet voor de was, voor mezelf",
    "touw gehaald, niet voor de tent, als het morgen niet beter is",
    "'k heb een touw gekocht, nie voor de verhuis, voor de zolderbalk",
    "koord meegenomen, niet voor de tent. vraag maar niks",
]


@pytest.mark.parametrize("text", ORDINARY_PURPOSE_AFTER)
def test_an_ordinary_purpose_named_after_the_denial_keeps_the_means_quiet(text):
    result = assess(text)
    assert result.tier is None, (text, result.signals)
    assert not any(s.phrase.startswith("middel-doel-ontkend") for s in result.signals)


@pytest.mark.parametrize("text", NOTHING_ORDINARY_AFTER)
def test_a_denial_with_no_ordinary_purpose_after_it_keeps_the_panel(text):
    result = assess(text)
    assert result.tier == ACUUT, (text, result.signals)
    assert any(s.phrase.startswith("middel-doel-ontkend") for s in result.signals), result.signals


def _no_second_reading(text: str) -> str:
    raise AssertionError(f"read again: {text!r}")


def test_the_gentle_shapes_read_the_reading_they_are_given():
    tired = "na mijn dienst kan ik niet meer, ik lig elke nacht wakker en niemand die het ziet"
    story = "in de reeks schrijft hij een afscheidsbrief, ik ben de mijne ook aan het schrijven"
    note = gentle_shapes.floor(tired, normalised(tired), assess, _no_second_reading)
    assert note is not None and note.level == "zorg" and note.phrase.startswith("moe-en-zwaar")
    assert story_self.signal(story, normalised(story)).phrase.startswith("verhaal-en-ik-ook")
    # the reading decides: a reading without the exhaustion gives nothing, whatever the raw text says
    assert heavy_tired.signal(tired, normalised("ik lig elke nacht wakker"), _no_second_reading) is None


def test_only_a_crying_emoji_makes_a_second_reading():
    read = []
    text = "ik kan niet meer 😭 dit gaat al weken zo"
    note = heavy_tired.signal(text, normalised(text), lambda t: read.append(t) or normalised(t))
    assert note is not None and len(read) == 1 and "😭" not in read[0]


@pytest.mark.parametrize("text", [
    "na mijn dienst kan ik niet meer, ik ben al weken zo moe en verdrietig, niemand die het ziet",
    "Hoi, ik was kapot na de verhuizing, maar het is gelukt en de kat is ook mee. " * 25,
    "in de serie schrijft ze een afscheidsbrief, ik heb de mijne al klaar",
    "ik heb pillen gespaard voor vannacht, niemand mag het weten",
])
def test_a_check_normalises_its_text_once(monkeypatch, text):
    normaliser = type(crisis.compiled_rules().normaliser)
    made, plain = [], normaliser.readings

    def counted(self, what):
        made.append(what)
        return plain(self, what)

    monkeypatch.setattr(normaliser, "readings", counted)
    assess(text)
    assert made == [text]
