"""Round 41 (c41b): the first-sight false panels across rounds (tools/crisis_first_sight.py), and why no structural
demotion was shipped: real crisis lines are written without the writer's words, as telegraphically as the harmless
reports about someone else, so a rule on the message's shape cannot tell them apart (crisis corpus README, "Round 41
(c41b)")."""

from __future__ import annotations

import pytest

import vraaghulp.coach.crisis as crisis
from tests.helpers import load_tool

tool = load_tool("crisis_first_sight")

# Real acuut lines of the corpus that name no writer and open no clause with the writer's verb: a demotion of
# "no word of the writer" (the best ratio at first sight: 20 false panels against 10 real lines) would lower them.
WRITERLESS_REAL = (
    "Het touw hangt al aan de balk boven in de schuur. Als de kinderen zondag weg zijn, is het klaar.",
    "Dienstwapen ligt thuis. Eén kogel is genoeg.",
    "houtskool in een emmer in de badkamer, alle kieren afgeplakt",
    "tuinslang op de uitlaat en het raampje op een kier, meer is het niet",
)


def test_every_label_names_a_group_once() -> None:
    found = tool.labels()
    assert len(found) == len(tool.LABELS.replace("\n", "|").split("|")) == 105
    assert set(found.values()) == set(tool.GROUPS)


def test_short_names_are_the_labels_names() -> None:
    assert tool.short_name("tuning-ho37z2") == "ho37z2"
    assert tool.short_name("tuning38-cp") == "cp38"
    assert tool.short_name("tuning40-ct") == "tuning40-ct"


@pytest.mark.parametrize("text, expected", [
    ("Heb een nieuw touw gekocht voor de sloep, de oude was helemaal versleten.", True),  # the writer's verb first
    ("ik sta hier boven op de parking en ik vind de auto niet meer terug", True),
    ("De koe die gisteren niet meer wilde opstaan moest helaas afgemaakt worden.", False),
    ("Melding van een man op de Erasmusbrug die wilde springen, rapport volgt.", False),
])
def test_writer_is_a_word_of_the_writer_or_the_writers_verb_first(text: str, expected: bool) -> None:
    first_person = crisis.compiled_rules().first_person
    assert tool.writer(crisis.normalised(text), first_person) is expected


@pytest.mark.parametrize("text", WRITERLESS_REAL)
def test_real_lines_without_the_writer_keep_the_panel(text: str) -> None:
    assert not tool.writer(crisis.normalised(text), crisis.compiled_rules().first_person)
    assert crisis.assess(text).tier == "acuut"


def test_a_practical_ask_counts_only_outside_the_acute_words() -> None:
    signal = "Signal(family='plan-middel', level='acuut', phrase='middel-met-doel (middel: touw + verwerven: gekocht)')"
    apart = {"text": "Heb nieuw touw gekocht voor de kotter. Kun je zaterdag helpen met de lier?", "signals": [signal]}
    inside = {"text": "Heb touw gekocht. Wie wil weten waarvoor ik touw gekocht heb?", "signals": [signal]}
    assert tool.practical_ask(apart)
    assert not tool.practical_ask(inside)
    assert tool.acute_rules(apart) == {"middel-met-doel"}
