"""Round 54 (c54b): alarm lines by outside authors that the check missed or left a tier low, raised by their shape.

Five shapes (crisis corpus README, "Round 54 (c54b)"; corpus lines in eigen67-c54b.toml; the module
`coach/crisis/said_end.py`): letters for one's own put away with a word that makes them a letter for after, an end idiom
beside a handover ('ik heb het hier wel gezien', 'als ik hier niet meer ben'), a dangerous place the writer is at
beside a plain end, 'als ik morgen nog wakker word, ik hoop van niet', and loneliness said of the house, the days or
nobody noticing (the gentle line). Each has real variants and harmless twins in the same words. None of these sentences
is in the corpus.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess
from vraaghulp.coach.crisis.said_end import raised

PANEL = [
    # letters put away, read for after
    ("de brief voor mijn dochter zit in mijn nachtkastje, ze mag hem lezen als ze groot is. zeg dat ik het niet meer "
     "volhield", "afscheid"),
    ("heb een brief voor mn ouders onder mn matras gelegd in mn kamer. als ze hem vinden snappen ze waarom", "afscheid"),
    ("de brieven voor onze kinderen liggen klaar in de kast. ze mogen ze pas lezen als ze ouder zijn", "afscheid"),
    # an end idiom beside a handover
    ("de pincode van de bank staat in het zwarte boekje. ik heb het hier wel gezien", "zaken-regelen"),
    ("wil jij mijn wachtwoorden bewaren? dan kan mama alles regelen als ik hier niet meer ben", "zaken-regelen"),
    ("zorg jij goed voor Max? ik ga er niet meer zijn voor hem", "zaken-regelen"),
    # a dangerous place the writer is at, and an end
    ("zit nu op het dak van de garage. zeg tegen mama dat ik van haar hou", "gevaar-plek"),
    ("sta op de brug bij de haven. niemand hoeft me te zoeken", "gevaar-plek"),
    # not waking, hoped for
    ("als ik morgen nog wakker word, ik hoop van niet", "passief"),
]

QUIET = [
    "de brief voor mijn dochter zit in mijn nachtkastje, ze mag hem lezen op haar verjaardag als ze groot is",
    "heb een brief voor mn ouders in mn kamer gelegd voor hun jubileum. als ze hem vinden snappen ze waarom ik zo lief ben",
    "de brieven voor de kinderen liggen klaar voor sinterklaas, ze mogen ze pas lezen als ze ouder zijn haha",
    "de pincode van de camping staat in het zwarte boekje. ik heb het hier wel gezien na die regen, morgen naar huis",
    "wil jij mijn wachtwoord van de club bewaren? dan kunnen ze alles regelen als ik hier niet meer ben, ik verhuis",
    "zorg jij goed voor Max? ik ga er niet meer zijn voor hem als ik op vakantie ben",
    "zit nu op het dak van de garage, even een foto van de zonsondergang. tot zo",
    "als ik morgen wakker word met koorts, ik hoop van niet, dan bel ik je",
]

LONELY = [
    "het is zo eenzaam sinds mijn vrouw er niet meer is, ik zeg de hele dag geen woord",
    "sinds hij weg is, is het huis zo stil. niemand belt",
]

LONELY_QUIET = [
    "het is zo eenzaam daar op dat eiland in de film, alleen een vuurtoren",
    "het huis is zo stil nu de kinderen op kamp zijn, heerlijk, niemand die zeurt",
]


@pytest.mark.parametrize(("text", "family"), PANEL)
def test_real_variants_get_the_panel(text: str, family: str) -> None:
    found = assess(text)
    assert found.tier == "acuut", found
    assert family in found.families


@pytest.mark.parametrize("text", QUIET)
def test_harmless_twins_get_no_panel(text: str) -> None:
    assert not any(signal.phrase.startswith(("brief-voor-na", "einde-en-overdracht", "plek-en-einde", "wakker-liever"))
                   for signal in assess(text).signals)
    assert assess(text).tier != "acuut"


@pytest.mark.parametrize("text", LONELY)
def test_loneliness_gets_the_gentle_line(text: str) -> None:
    assert assess(text).tier == "zorg"


@pytest.mark.parametrize("text", LONELY_QUIET)
def test_loneliness_in_a_film_or_a_quiet_house_enjoyed_is_quiet(text: str) -> None:
    assert assess(text).tier is None


def test_the_shape_reads_nothing_without_its_words() -> None:
    """The cheap test: a reading without any of the shapes' words gives no signal, whatever the signals."""
    assert raised(" ik ga morgen naar de markt , wil je mee ? ", [], None) is None


def test_the_gentle_shape_needs_no_tier_before_it() -> None:
    reading = " het is zo eenzaam , ik zeg de hele dag geen woord "
    assert raised(reading, [], None) is not None
    assert raised(reading, [], "zorg") is None
