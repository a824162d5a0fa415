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


def _lines(*paths: Path) -> list[tuple[dict, bool]]:
    """Every line of `paths` with whether it sits in open/."""
    return [(line, path.parent.name == "open") for path in paths if path.exists()
            for line in tomllib.loads(path.read_text(encoding="utf-8"))["regel"]]


def _shape(text: str) -> str | None:
    """The name of this round's shape that fired on `text`, or None."""
    names = [signal.phrase.split(" (", 1)[0] for signal in assess(text).signals if signal.phrase.startswith(SHAPES)]
    return names[0] if names else None


TWINS = _lines(OWN, OPEN)


def test_twins_in_many_voices_each_real_family_beside_its_harmless_one():
    voices, languages = {line["stem"] for line, _ in TWINS}, {line["taal"] for line, _ in TWINS}
    kinds = {line["familie"]: line["verwacht"] for line, _ in TWINS}
    assert len(voices) >= 30 and languages == {"nl", "be"}
    assert sum(1 for kind in kinds.values() if kind != "geen") >= 5
    assert all(kinds.get(f"{name}-gewoon") == "geen" for name, kind in kinds.items() if kind != "geen")


@pytest.mark.parametrize("line, is_open", TWINS, ids=lambda value: value["tekst"][:40] if isinstance(value, dict) else "")
def test_own_lines_at_their_tier_and_open_twins_untouched_by_this_round(line, is_open):
    found = assess(line["tekst"]).tier or "geen"
    if is_open:  # a harmless twin an older rule or the second opinion still tiers
        assert line["verwacht"] == "geen" and found != "geen" and _shape(line["tekst"]) is None
    else:
        assert found == line["verwacht"]


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
        raised += [line["tekst"] for line, _ in _lines(path) if line["verwacht"] == "geen" and _shape(line["tekst"])]
    assert raised == []
