"""Round 56 (c56b): outside authors' alarm lines missed or only at the gentle line, raised to the panel by four
recurring shapes (`said_end56`): worse and hidden, no reason left to live, at the place and done, asking God to come
and take the writer.

The twins are in tests/corpus/crisis/eigen69-c56b.toml and open/eigen69-c56b-open.toml (README of the crisis corpus,
"Round 56 (c56b)").
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess, normalised
from vraaghulp.coach.crisis.said_end56 import raised

CORPUS = Path(__file__).parent / "corpus" / "crisis"
OWN = CORPUS / "eigen69-c56b.toml"
OPEN = CORPUS / "open" / "eigen69-c56b-open.toml"
SHAPES = ("erger-verborgen (", "geen-reden-leven (", "plek-klaar (", "gebed-halen (")


def _lines(path: Path) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["regel"] if path.exists() else []


def _shape(text: str) -> str | None:
    """The shape of this round that raised `text`, or None."""
    for signal in assess(text).signals:
        for shape in SHAPES:
            if signal.phrase.startswith(shape):
                return shape[:-2]
    return None


def test_the_twins_are_many_voices_with_harmless_twins_per_shape():
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
    if line["verwacht"] == "acuut":
        assert tier == "acuut"
    else:
        assert tier is None


@pytest.mark.parametrize("line", _lines(OPEN), ids=lambda line: line["tekst"][:40])
def test_the_open_harmless_twins_are_never_raised_by_this_round(line):
    assert line["verwacht"] == "geen"
    assert _shape(line["tekst"]) is None


@pytest.mark.parametrize(("text", "shape"), [
    # outside lines of four authors each kind (tuning-ho26o2, ho48k2, ho55r2, tuning44-cp)
    ("het is erger geworden dan vorig jaar, gisteren bleef het gwn bloeden 💀 zeg niks tegen mevrouw de smet aub",
     "erger-verborgen"),
    ("mam denkt dat die pleisters op m'n arm van de kat zijn lol. is niet zo. het wordt steeds dieper en ik kan niet "
     "stoppen, vertel het aan niemand oké", "erger-verborgen"),
    ("lange mouwen in juni haha jaja ik weet het. het is weer erger dan vorig jaar en niemand hoeft dat te weten. "
     "anyway wie gaat er mee naar de pride zaterdag", "erger-verborgen"),
    ("ik heb gewoon niks meer om voor te leven. niks. geen werk, geen Lisa meer, geen reden om morgen nog op te staan",
     "geen-reden-leven"),
    ("heb eigenlijk geen enkele reden meer om door te gaan, niks houdt me hier nog", "geen-reden-leven"),
    ("'t hoeft vo mie nie mi, 'k zien gin reden mi vo te leven. 'k ben 't zo beu jong", "geen-reden-leven"),
    ("Ik sta op het perron in Amersfoort na mijn dienst en ik ben er zo klaar mee. De intercity komt over vier minuten.",
     "plek-klaar"),
    ("sta nu boven op de parkeergarage bij de markthal, uitzicht is mooi vanaf hier. ben er klaar mee man, met alles. "
     "hoef niet meer te bellen", "plek-klaar"),
    ("ik sta op het dak van de parking aan de Rive Gauche en ik ben het beu, alles is kapot, excuseer voor mijn slecht "
     "nederlands", "plek-klaar"),
    ("Elke avond vraag ik de Here of Hij mij maar wil komen halen, dan ben ik weer bij je moeder. Morgen moet de groene "
     "container aan de weg, wil jij dat even doen.", "gebed-halen"),
    ("Ik vraag de Heere elke avond of Hij mij vannacht wil komen halen. De morgen hoef ik niet meer te zien.",
     "gebed-halen"),
])
def test_outside_alarm_lines_reach_the_panel_through_the_shape(text, shape):
    found = assess(text)
    assert found.tier == "acuut"
    assert _shape(text) == shape


@pytest.mark.parametrize("text", [
    # the same words with an ordinary cause or object: never raised by these shapes
    "ik snij weer in mn vinger bij het uien snijden, dieper dan vorige keer. pleisters zijn op, kun jij ze meenemen?",
    "het is kouder dan vorig jaar, lange mouwen aan vandaag",
    "mijn hooikoorts is erger dan vorig jaar, zeg niks tegen de trainer want ik wil spelen",
    "ik heb geen reden meer om door te gaan met die cursus Spaans, de docent is vertrokken",
    "oma zegt dat ze genoeg heeft om voor te leven: zeven kleinkinderen en een moestuin",
    "in dat boek heeft de hoofdpersoon niks meer om voor te leven, heftig einde",
    "de trein staat al een half uur stil op het perron, ik ben er klaar mee",
    "sta op het dak van de schuur om die losse dakpannen vast te zetten. ben er echt klaar mee, het regent",
    "zit op het dak van ons appartement de dakgoot te kuisen. nog een half uurtje en ik ben der klaar mee",
    "sta hier op 't dak van de parking aan 't station. 'k ben er klaar mee, die automaat pakt mijn kaart nie",
    "ik bid elke avond dat God mij kracht geeft voor de operatie van vrijdag",
    "vraag jij aan Peter of hij mij morgen komt halen aan het station? god wat een weer hier",
])
def test_ordinary_twins_are_not_raised(text):
    assert _shape(text) is None


def test_raised_reads_the_first_reading_and_the_rules_signals():
    reading = normalised("sta op het dak van de parkeergarage. ik ben er klaar mee, met alles")
    assert raised(reading, []) is None  # the place must come from a rules signal with the writer standing there
    place = assess("sta op het dak van de parkeergarage").signals
    note = raised(reading, list(place))
    assert note is not None and note.level == "acuut" and note.family == "gevaar-plek"
    assert raised(normalised("ik heb geen reden meer om te leven"), []).family == "doodswens"
    assert raised(normalised("hij heeft geen reden meer om te leven, zegt hij"), []) is None
