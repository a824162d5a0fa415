"""Round 55 (c55b): false panels on outside authors' harmless lines lowered by two ordinary shapes, and real lines
that leave the end unnamed ('het') raised to the panel.

The twins are in tests/corpus/crisis/eigen68-c55b.toml and open/eigen68-c55b-open.toml (README of the crisis corpus,
"Round 55 (c55b)").
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess, normalised
from vraaghulp.coach.crisis.ordinary_kinds55 import KINDS
from vraaghulp.coach.crisis.said_end55 import raised

CORPUS = Path(__file__).parent / "corpus" / "crisis"
FILES = (CORPUS / "eigen68-c55b.toml", CORPUS / "open" / "eigen68-c55b-open.toml")
LINES = [line for path in FILES if path.exists() for line in tomllib.loads(path.read_text(encoding="utf-8"))["regel"]]
LOWERED = "c55b): zorg, geen paneel"
RAISED = "het-einde ("


def _notes(text: str) -> list[str]:
    return [signal.phrase for signal in assess(text).signals if "c55b" in signal.phrase or RAISED in signal.phrase]


def test_the_twins_are_many_voices_and_more_real_than_harmless():
    real = [line for line in LINES if line["verwacht"] != "geen"]
    harmless = [line for line in LINES if line["verwacht"] == "geen"]
    assert len(real) >= len(harmless) >= 20
    assert {line["taal"] for line in LINES} == {"nl", "be"}
    assert len({line["stem"] for line in LINES}) >= 40


@pytest.mark.parametrize("text", [line["tekst"] for line in LINES if line["verwacht"] != "geen"])
def test_no_real_twin_is_lowered_or_missed(text):
    assessment = assess(text)
    assert assessment.tier is not None, text
    assert not any(LOWERED in signal.phrase for signal in assessment.signals), text


@pytest.mark.parametrize(("kind", "text"), [
    ("arts-zegt", "op advies van de cardioloog ben ik gestopt met de bloedverdunners voor de ingreep van dinsdag, dus niet "
                  "schrikken als je ze niet in de doos ziet"),
    ("arts-zegt", "mijn vader moest stoppen met zijn bloedverdunners, op vraag van de chirurg. woensdag is het zover, duim je mee?"),
    ("arts-zegt", "de laatste tijd mijn slaappillen niet meer genomen want de huisarts wou afbouwen, wat overschiet breng ik morgen "
                  "naar de apotheek"),
    ("ding-stuk", "vandaag de oude brug bij Venlo gesloopt, alles met touwen gezekerd. morgen afscheid van de ploegbaas, "
                  "hij gaat met pensioen, bier is geregeld"),
])
def test_each_shape_takes_its_harmless_line_to_the_gentle_line(kind, text):
    assert kind in {k.name for k in KINDS}
    assessment = assess(text)
    assert assessment.tier == "zorg", (text, assessment)
    assert any(f"({kind}, c55b)" in signal.phrase for signal in assessment.signals), assessment


@pytest.mark.parametrize("text", [
    # the doctor not knowing, overruled, or everything stopped: the panel stays
    "ik ben gestopt met de bloedverdunners, de dokter weet van niks. dan gaat het vanzelf, niet ongerust worden",
    "de huisarts wou afbouwen maar ik heb ze allemaal gespaard in een potje. ge weet wel waarvoor",
    "'k neem die pillen van de dokter al twee weken nie meer en 'k eet bijna niks, als 't vanzelf gaat is 't goed",
    # a blade, a cover story, hiding or a place further on: the panel stays
    "heb me weer gekrast met de scheermesjes van mijn vriend, niemand mag het weten",
    "ik heb mezelf vannacht weer gekrast op de wc van de afdeling, erger dan vorige keer. zeg het niet tegen mama",
    "ik krab mijn armen open, van de kat zeg ik tegen mama, maar ik doe het zelf. lange mouwen zodat niemand het ziet",
    "weer krassen in mijn bovenbeen met de schaar van de kine, verband erover zodat de coach niks ziet",
    # trouble said of the writer at the place: the panel stays
    "ik sta op de brug en ik ben kapot vanbinnen, het heeft geen zin meer",
    "op het perron, ik ben kapot en de volgende trein stopt hier niet. het is gedaan",
    # an injury with a named cause: round 48 (c48f) took that kind back, and so did this round (a harmless one too)
    "'k heb mij weer gebrand aan de frituurpan, erger dan vorige keer, iemand nog brandzalf?",
    "gesneden aan een breekmes, pleister erop, het lucht even op",
    # an end left unnamed beside affairs, a means or a place picked out: the panel (het-einde)
    "heb al mijn wachtwoorden op een briefje gezet voor mijn broer. het is bijna voorbij",
    "mijn kamer is opgeruimd, wachtwoorden liggen bij mijn zus en mijn fiets mag naar Tim. zondag ga ik het doen",
    "dat ding ligt in mijn kast. één keer en het is klaar",
    "heb een plekje uitgezocht boven op de brug, en dan is het gedaan met al dat gedoe",
    "'k heb de pillen van mijn moeder meegenomen, 't is nie voor de hoofdpijn. 'k denk dat het vannacht gaat gebeuren",
])
def test_real_variants_keep_or_get_the_panel(text):
    assessment = assess(text)
    assert assessment.tier == "acuut", (text, assessment)
    assert not any(LOWERED in signal.phrase for signal in assessment.signals), assessment


@pytest.mark.parametrize("text", [
    "heb alle wachtwoorden op een briefje gezet voor mijn collega, ik ben drie weken op reis. het is bijna voorbij, die drukte",
    "ik heb het nieuwe mes in de la gelegd, voor de kalkoen. één keer snijden en het is klaar",
    "heb een plekje uitgezocht voor de tent, dan is het klaar voor morgen",
    "het is klaar! de verbouwing is voorbij, morgen komt de schilder nog even",
    "vrijdag ga ik het doen, die verhuis. wie helpt er dragen?",
])
def test_an_unnamed_end_with_its_ordinary_use_is_not_raised(text):
    assert not any(RAISED in phrase for phrase in _notes(text)), text


@pytest.mark.parametrize("text", [
    "heb al mijn wachtwoorden op een briefje gezet voor mijn broer. het is bijna voorbij",
    "mijn kamer is opgeruimd, wachtwoorden liggen bij mijn zus en mijn fiets mag naar Tim. zondag ga ik het doen",
    "dat ding ligt in mijn kast. één keer en het is klaar",
    "heb een plekje uitgezocht boven op de brug, en dan is het gedaan met al dat gedoe",
])
def test_the_unnamed_end_is_read_beside_its_means_place_or_affairs(text):
    signals = list(assess(text).signals)
    note = raised(normalised(text), signals)
    assert note is not None and note.level == "acuut" and note.phrase.startswith(RAISED), (text, note)
    # without the end, the same message raises nothing
    plain = text.replace("het is bijna voorbij", "tot zo").replace("ga ik het doen", "kom ik").replace(
        "één keer en het is klaar", "tot zo").replace("en dan is het gedaan met al dat gedoe", "mooi uitzicht")
    assert raised(normalised(plain), list(assess(plain).signals)) is None, plain

