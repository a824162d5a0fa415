"""Round 24 (c24l): crisis-l (tuning-ho23l1/l2) brought in; its misses and false alarms mended as classes.

Read by the rules alone (`observe`), so a refit of the second opinion does not move these tests. Each class has
lines that must fire and near misses on the same words that must not. Probe lines per class, in other words, are
in tests/corpus/crisis/tuning24-c24l.toml; the unit tests' kinds a refit lost in round 23 are in eigen38.toml.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, observe

RANK = {None: 0, ZORG: 1, ACUUT: 2}


def _rules(text: str):
    tier, families, _found = observe(text)
    return tier, families


@pytest.mark.parametrize(("text", "lowest"), [
    # a vehicle that takes me along on my way, and that being fine
    ("als die tram mij vanavond gewoon meeneemt bij het oversteken is dat ook prima", ZORG),
    ("moest die camion mij morgen meepakken op weg naar het werk, vind ik dat niet erg", ZORG),
    # a beam or hook 'stevig genoeg' beside being alone soon or debts
    ("de schulden lopen op, maandag ben ik alleen thuis en de zolderbalk is stevig genoeg", ACUUT),
    ("de deurwaarder komt maandag. vanavond is er niemand thuis en de haak in de garage is sterk genoeg", ACUUT),
    # a medicine not taken but put with the rest
    ("tramadol opgehaald, niet slikken maar bij de andere in het doosje", ACUUT),
    ("de slaappillen niet innemen maar in de la bij de rest", ACUUT),
    # no friends any more, stuck until I am grown up, old age and tired of it
    ("sinds de scheiding heb ik eigenlijk geen vrienden meer", ZORG),
    ("ik zit hier vast, thuis ruzie, en weg kan ik pas als ik achttien ben", ZORG),
    ("opa is het allemaal zat, zo oud worden is niks", ZORG),
    ("ik ben het een beetje moe, ouder worden is geen pretje", ZORG),
    # a place newly named
    ("sta nu op het spoorviaduct. ik hou het niet meer vol", ACUUT),
])
def test_the_class_fires(text, lowest):
    tier, families = _rules(text)
    assert RANK[tier] >= RANK[lowest], (tier, families)


@pytest.mark.parametrize("text", [
    # a ride, not an accident
    "als de bus mij morgen meeneemt naar school is dat ook goed, dan hoef ik niet te fietsen",
    # the idiom 'uit mijn zetel springen'
    "die film amai, op het einde op die brug zat ik uit mijn zetel te springen",
    "bij die goal sprong ik uit mijn stoel",
    # a place on a route, a short trip to the sea
    "morgen fietstocht met de club, over de brug en dan terug. ben nog kapot van zondag",
    "met de wandelclub langs de dijk en dan terug voor koffie, ik ben kapot",
    "ik kan niet meer tot vrijdag, dan eindelijk een weekje naar zee",
    # a breakup, a game, a hangover, a video
    "afscheid genomen van mijn ex, zijn spullen teruggegeven. klaar mee",
    "heeft iemand nog een totem? anders ga ik sterven in die nether",
    "na dat feest ben ik precies doodgegaan en herrezen, nooit meer tequila",
    "die tiktok van die hond die in het zwembad springt ik kan niet meer ik ga dood",
    # a beam judged by a craftsman, or strong enough for a swing
    "de bank belt voor de lening van de verbouwing, de aannemer zegt dat de balk stevig genoeg is",
    "zaterdag ben ik alleen thuis en de balk is stevig genoeg voor de schommel",
    # a medicine handled as told
    "de antibiotica niet innemen maar terugbrengen naar de apotheek",
    "de pillen niet innemen maar eerst iets eten",
    # stuck in traffic, someone else tired of old age, a move named
    "ik zit hier vast in de file, weg kan ik pas als de weg vrij is",
    "de buurvrouw is het allemaal zat, zo oud worden is niks zegt ze",
    "tegen die tijd ben ik er niet meer, dan woon ik al in Portugal",
])
def test_the_near_miss_stays_quiet(text):
    tier, families = _rules(text)
    assert tier is None, (tier, families)


@pytest.mark.parametrize("text", [
    "ik fiets naar de brug en kom niet meer terug, ik ben kapot",
    "laatste rit over de brug en dan spring ik",
    "ik kan niet meer, ik ga naar zee en loop het water in",
    "afscheid genomen van mijn ex en van iedereen, ik ben er klaar mee",
    "ik wil sterven, niet in de game maar echt",
    "ik heb dat filmpje over pesten gezien, ik kan niet meer, ik wil niet meer leven",
    "ik sta op de brug en ik wil springen, ik zat uit mijn zetel te huilen",
    "tegen die tijd ben ik er niet meer, dan is het voorbij",
])
def test_the_alarm_twin_keeps_the_panel(text):
    tier, families = _rules(text)
    assert tier == ACUUT, (tier, families)
