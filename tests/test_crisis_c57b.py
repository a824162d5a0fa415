"""Round 57 (c57b): outside authors' alarm lines missed or only at the gentle line, raised by five recurring shapes
(`said_end57`): gone for good beside a farewell, no purpose in being here, a lethal amount for oneself, a dangerous
place with a last word, and (the gentle line) emptiness in the writer's own words.

The twins are in tests/corpus/crisis/eigen70-c57b.toml and open/eigen70-c57b-open.toml (README of the crisis corpus,
"Round 57 (c57b)").
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess

CORPUS = Path(__file__).parent / "corpus" / "crisis"
OWN = CORPUS / "eigen70-c57b.toml"
OPEN = CORPUS / "open" / "eigen70-c57b-open.toml"
SHAPES = ("weg-en-afscheid (", "doel-hier (", "dosis-voor-mezelf (", "plek-en-afscheid (", "leegte-zelf (")
OUTSIDE = re.compile(r"^tuning(?:-ho\d+\w*|\d+-cp)(?:-open)?$")


def _lines(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["regel"] if path.exists() else []


def _shape(text: str) -> str | None:
    """The shape of this round that fired on `text`, or None."""
    for signal in assess(text).signals:
        for shape in SHAPES:
            if signal.phrase.startswith(shape):
                return shape[:-2]
    return None


def test_the_twins_are_many_voices_with_harmless_twins_per_family():
    lines = _lines(OWN) + _lines(OPEN)
    real = [line for line in lines if line["verwacht"] != "geen"]
    harmless = [line for line in lines if line["verwacht"] == "geen"]
    assert len(real) >= 15 and len(harmless) >= 15
    assert {line["taal"] for line in lines} == {"nl", "be"}
    assert len({line["stem"] for line in lines}) >= 30
    families = {line["familie"] for line in real}
    assert all(f"{family}-gewoon" in {line["familie"] for line in harmless} for family in families)


@pytest.mark.parametrize("line", _lines(OWN), ids=lambda line: line["tekst"][:40])
def test_every_own_line_outside_open_gets_its_tier(line):
    tier = assess(line["tekst"]).tier
    assert (tier or "geen") == line["verwacht"]


@pytest.mark.parametrize("line", _lines(OPEN), ids=lambda line: line["tekst"][:40])
def test_the_open_harmless_twins_are_never_raised_by_this_round(line):
    assert line["verwacht"] == "geen"
    assert _shape(line["tekst"]) is None


@pytest.mark.parametrize("text, shape", [
    ("merci voe alles mannen, ge gaat nie veel mi van mij horen. de sleutels liggen in 't bakske", "weg-en-afscheid"),
    ("heb mn hamster aan Sanne gegeven en mijn switch mag mn broertje hebben. hoef het allemaal niet meer",
     "weg-en-afscheid"),
    ("snap echt niet meer waarom ik hier nog rondloop. er is niks waarvoor ik het nog doe", "doel-hier"),
    ("heb vanochtend gegoogled hoeveel van mijn slaappillen je nodig hebt. niet voor een vriend ofzo", "dosis-voor-mezelf"),
    ("ik voel mij precies een lege doos. ge moet nie antwoorden hoor", "leegte-zelf"),
    ("'k sta op de brug over 't kanaal, 'k ben aan 't twijfelen. zegt aan Bart dat 't me spijt", "plek-en-afscheid"),
])
def test_each_shape_raises_its_kind(text, shape):
    assert _shape(text) == shape
    assert assess(text).tier == ("zorg" if shape == "leegte-zelf" else "acuut")


@pytest.mark.parametrize("text", [
    # the same words beside an ordinary cause, an estate for some day, a budget, a box, a party
    "merci voor alles mannen, vanaf maandag rij ik voor Vervaeke in Frankrijk, ge gaat nie veel meer van mij horen",
    "'k heb bij den notaris mijn testament laten opmaken, voor als ik er ooit nie meer ben. nu op naar de frituur!",
    "Beste Marc, bedankt voor alles. Vanaf volgend jaar zal ik er nie meer zijn als voorzitter",
    "Ik weet precies hoeveel ik nodig heb voor de verbouwing, kun je de kinderen ophalen?",
    "hoeveel paracetamol is te veel voor een kind van 6? vraag voor mezelf, ze heeft koorts",
    "ik ben een lege zak chips aan het opeten in de trein, wil je ook iets van de automaat?",
    "Op retraite in het klooster spreek ik een hele week niemand, dat is de bedoeling",
    "zit op het perron, de trein heeft vertraging. zeg tegen mijn zus dat ik van haar hou",
])
def test_the_shapes_stay_quiet_on_their_twins(text):
    assert _shape(text) is None


def test_a_single_sign_of_no_purpose_keeps_the_gentle_line():
    # the own corpus labels one loss of purpose alone 'zorg' (eigen10): a second sign is needed for the panel
    found = assess("God lijkt ver weg. Ik weet niet meer waarom ik hier nog ben.")
    assert found.tier == "zorg"
    assert _shape("God lijkt ver weg. Ik weet niet meer waarom ik hier nog ben.") is None


def test_no_outside_harmless_line_is_raised_by_this_round():
    raised = []
    for path in sorted(CORPUS.glob("tuning*.toml")) + sorted((CORPUS / "open").glob("tuning*.toml")):
        if not OUTSIDE.match(path.stem):
            continue
        raised += [line["tekst"] for line in _lines(path) if line["verwacht"] == "geen" and _shape(line["tekst"])]
    assert raised == []
