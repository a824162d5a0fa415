"""Round 17 (c17d): the recall items the review (rv17c) left open.

- a dead relative named without a death word ("mijn mama is niet meer", "ons vake is van ons gegaan")
  and then "dan ben ik (eindelijk) bij haar" or "ik wil bij hem zijn";
- after someone else's jump or death: "volgende keer ben ik het", "de volgende ben ik", "om
  hetzelfde te doen", "zo wil ik ook gaan";
- "de trein van elf uur is de mijne" / "die trein is voor mij" beside being done or at the tracks.

Every alarm case and the bare-name visit ("zaterdag ben ik bij mama") failed on main 922dfb0; the
harmless twins beside them guard the other side.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, assess


@pytest.mark.parametrize("text", (
    "mijn mama is niet meer. nog even en dan ben ik bij haar",
    "mn broer is ni meer, sinds het ongeluk. dan ben ik eindelijk bij hem",
    "Moeder is niet meer sinds kerst. Ik wil bij haar zijn en dat mag niemand tegenhouden.",
    "ons vake is van ons gegaan. ik wil bij hem zijn, echt waar",
))
def test_a_dead_relative_without_a_death_word_and_being_with_them_is_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "zaterdag ben ik bij mama, dan kunnen we samen taart bakken",
    "ons moeke is heengegaan naar de markt, om drie uur ben ik bij haar",
    "papa is er niet meer vandaag, hij is op zakenreis. morgen ben ik bij hem",
    "Opa is niet meer zo fit, dus zondag ben ik bij hem in het rusthuis.",
))
def test_visiting_a_living_relative_stays_quiet(text):
    assert assess(text).tier is None


def test_no_longer_angry_mother_visited_is_no_panel():
    assert assess("Mijn mama is niet meer boos op me. Zaterdag ben ik bij haar om samen te koken.").tier != ACUUT


@pytest.mark.parametrize("text", (
    "er sprong gisteren weer iemand voor de trein. volgende keer ben ik het",
    "Er is een vrouw voor de metro gesprongen in Antwerpen. De volgende ben ik.",
    "Ik zat erbij toen mijn buurman van het balkon sprong. Ik denk dat ik de volgende ben.",
    "Vorige week is er een jongen van de parkeergarage gesprongen. Ik ga daar morgen heen om hetzelfde te doen.",
    "die jongen van de flat is gesprongen. ik ga er ook heen om hetzelfde te doen",
    "De dood van mijn man was zo rustig. Zo wil ik ook gaan, liefst snel.",
))
def test_following_someone_elses_jump_or_death_is_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "Er sprong gisteren iemand voor de trein. Volgende keer ben ik het die te laat komt op het werk.",
    "Mijn opa is zo rustig gestorven in zijn slaap. Zo wil ik later ook gaan, als ik negentig ben.",
    "Mijn collega sprong uit het vliegtuig met een parachute. Volgend jaar ga ik om hetzelfde te doen!",
    "Er is iemand van de trap gesprongen op school, hij heeft zijn enkel gebroken. Volgende keer ben ik het die valt haha",
))
def test_ordinary_next_times_stay_quiet(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "Ik ben er klaar mee. De trein van elf uur is de mijne.",
    "ik sta bij het spoor. die trein is voor mij",
    "het is op. de volgende trein is de mijne",
    "ik zit hier aan de sporen, de goederentrein van 2 uur is de mijne",
    "ik ben hier ni lang meer, de trein van elf uur is de mijne",
))
def test_the_train_is_mine_beside_being_done_or_the_tracks_is_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "de trein van elf uur is de mijne, tot straks",
    "Kunnen we om kwart voor elf afspreken? De trein van elf uur is de mijne.",
    "ik sta bij het spoor, die trein is voor mij, de bus rijdt niet vandaag",
    "ik sta aan de overweg te wachten tot de slagbomen opengaan, de trein van half twaalf is de mijne",
))
def test_a_commuters_train_stays_quiet(text):
    assert assess(text).tier is None
