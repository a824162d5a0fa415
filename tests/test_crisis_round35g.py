"""Round 35 (c35g): the lone-family gate before the full panel (`crisis.lone`), tried and kept out of the check.

The gate lowered the outside sets' false panels at first sight (design 14 -> 9, crisis-w held out 5 -> 2; figures by
tools/crisis_lone_gate.py), but on the corpus it moves nine real acuut lines to zorg: the check must keep them acuut.
"""

from __future__ import annotations

import pytest

import vraaghulp.coach.crisis as crisis
from vraaghulp.coach.crisis.engine import Signal
from vraaghulp.coach.crisis.lone import LONE_FLOOR, lone_family, lone_gate

# Real lines of the corpus whose panel rests on one family with a low score: the gate would make them zorg.
REAL_LONE = (
    "Ik zou willen dat ik niet bestond.",
    "ik werk in de apotheek, ik weet wat te veel is van mijn eigen pillen. ze liggen al in mijn tas. na mijn shift",
    "ons ma haar pillen, genoeg vo een peerd, da zou bij mij ook wel moeten lukken",
    "na de training heb ik mijn kuiten weer opengekrast met een mesje, het brandt maar het helpt",
    "ik heb afscheid genomen van de familie, mijn spullen liggen klaar, ik ben er kapot van maar het moet",
    "heb onkruidverdelger gekocht maar niet voor het onkruid. ligt in de schuur",
    "merci voor alles mannen, ge waart de beste ploeg. da was mijn laatste training, en nie omda ik verhuis. "
    "zorgt goe voor mijn ma",
)


def _gate(text: str) -> tuple[str | None, tuple[str, ...], Signal | None]:
    found = crisis.assess(text)
    _signals, sentences, concepts = crisis._weigh(text)
    return lone_gate(found.tier, found.families, sentences, concepts, list(found.signals),
                     crisis.compiled_rules().first_person, len(text.split()) <= 30)


def test_lone_family_is_the_only_family_of_every_signal() -> None:
    alone = [Signal("zelfbeschadiging", "acuut", "in mijn hand gesneden"), Signal("zelfbeschadiging", "hint", "snij")]
    assert lone_family(alone) == "zelfbeschadiging"
    assert lone_family(alone + [Signal("inschatting", "hint", "score 0.1")]) == "zelfbeschadiging"


@pytest.mark.parametrize("beside", [Signal("tijd", "hint", "vannacht"), Signal("middel", "hint", "pillen"),
                                    Signal("uitputting", "zorg", "ik kan niet meer"),
                                    Signal("over-ander", "zorg", "springt van het dak")])
def test_lone_family_needs_nothing_beside(beside: Signal) -> None:
    assert lone_family([Signal("plan-middel", "acuut", "touw en haak hangt al klaar"), beside]) is None


def test_lone_family_needs_exactly_one_acute_family() -> None:
    two = [Signal("last-voor-anderen", "acuut", "beter als ik er niet meer ben"),
           Signal("zaken-regelen", "acuut", "als ik er niet meer ben")]
    assert lone_family(two) is None
    assert lone_family([Signal("afscheid", "hint", "bedankt voor alles")]) is None


@pytest.mark.parametrize("text", REAL_LONE)
def test_the_check_keeps_real_lone_lines_acute(text: str) -> None:
    """Why the gate is not in `assess`: these real lines keep the full panel."""
    assert crisis.assess(text).tier == "acuut"


def test_the_gate_gives_the_gentle_line_never_nothing() -> None:
    tier, families, note = _gate(REAL_LONE[0])
    assert (tier, families) == ("zorg", ("doodswens",))
    assert note is not None and note.family == "inschatting" and float(note.phrase.split()[1].rstrip(",")) < LONE_FLOOR


def test_the_gate_leaves_life_and_death_words_and_other_tiers() -> None:
    assert _gate("Ik wil niet meer leven.")[0] == "acuut"  # 'leven': the words speak beyond (opinion.speaks_beyond)
    gentle = [Signal("wanhoop", "zorg", "op")]
    assert lone_gate("zorg", ("wanhoop",), ["ik ben op"], [], gentle, frozenset())[0] == "zorg"
    assert lone_gate(None, (), ["gewoon"], [], [], frozenset())[0] is None
