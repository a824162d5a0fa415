"""Round 16 (k16b): a 'would you mind if I don't' ask is never flipped to 'mag ik niet …?'; 'later'
in a condition stays; 'het hoeft niet X, wel Y' stays whole; chat 'pls' is no name and the place of
a pickup stays; the note about shell history is shown once."""

from __future__ import annotations

import re

import pytest

from tests import helpers
from vraaghulp.coach.krimp import compose, shrink

NOT_ALLOWED = re.compile(r"(?i)\bmag ik\b(\s+\w+){0,4}\s+(niet|ni|nie|geen)\b")


@pytest.mark.parametrize("draft", [
    "Zou je het heel erg vinden als ik donderdag niet op je feestje kom?",
    "Vind je het erg als ik morgen niet meefiets?",
    "Beste Ruud, zou u het vervelend vinden als ik vrijdag niet bij de vergadering ben?",
    "Zoudt ge het erg vinden moest ik zaterdag ni meegaan naar de markt?",
    "Is het een probleem als ik deze week geen taart bak?",
])
def test_would_you_mind_if_i_dont_is_never_made_am_i_not_allowed(draft):
    result = shrink(draft)
    assert not NOT_ALLOWED.search(result.sentence), result.sentence
    assert not result.sure  # no faithful direct form within the contract: the person's own question
    assert re.search(r"\b(niet|ni|geen)\b", result.sentence)  # the negation is still there


def test_would_you_mind_if_i_do_is_still_made_direct():
    result = shrink("Zou je het erg vinden als ik zaterdag wat later kom?")
    assert result.sentence == "Mag ik zaterdag wat later komen?" and result.sure


def test_practice_flow_keeps_the_let_off_too():
    sentence = compose("mijn vader", "sorry pap, zou je het erg vinden als ik zondag niet kom helpen, ik ben op", None)
    assert not NOT_ALLOWED.search(sentence) and "niet kom helpen" in sentence


@pytest.mark.parametrize("draft, kept", [
    ("Kun je een berichtje sturen als je later bent?", "als je later bent"),
    ("Wil je even bellen als je later thuiskomt?", "als je later thuiskomt"),
    ("Kunt ge iets laten weten als ge later zijt?", "als ge later zijt"),
    ("Laat je het weten wanneer het later wordt?", "wanneer het later wordt"),
])
def test_later_in_a_condition_stays(draft, kept):
    assert kept in shrink(draft).sentence


def test_a_vague_later_still_goes():
    assert "later" not in shrink("Zou je me misschien later een keer kunnen helpen met de zolder?").sentence


@pytest.mark.parametrize("draft, limit", [
    ("Kun je me helpen met de schuur? Het hoeft niet vandaag, wel deze week.", "Het hoeft niet vandaag, wel deze week."),
    ("Kunt u de factuur sturen? Het moet niet morgen, maar wel voor vrijdag.", "Het moet niet morgen, maar wel voor vrijdag."),
])
def test_not_x_but_y_stays_whole(draft, limit):
    result = shrink(draft)
    assert result.sentence.endswith(limit), result.sentence
    assert not re.search(r"\?\s*(Maar )?Wel\b", result.sentence)


@pytest.mark.parametrize("draft, place", [
    ("pls kun je me ophalen ik sta bij de bakker", "bij de bakker"),
    ("plzz kunde mij komen halen, ik sta aan de kerk", "aan de kerk"),
    ("pleasee kun je me halen ben bij Noor", "bij Noor"),
    ("Kun je me oppikken? Ik wacht bij de sporthal.", "bij de sporthal"),
])
def test_chat_please_is_no_name_and_the_pickup_place_stays(draft, place):
    result = shrink(draft)
    assert not re.match(r"(?i)pl\w*,", result.sentence), result.sentence
    assert place in result.sentence


def test_a_name_after_pls_is_still_the_name():
    assert shrink("pls pap kun je me ophalen ik ben bij de bioscoop").sentence.startswith("Pap, kun je me ophalen?")


def test_please_words_are_not_names_nor_plain_words():
    assert shrink("Kun je me plek geven op de bank?").sentence.count("plek") == 1  # 'plek' is no chat please


@pytest.mark.parametrize("tty", [False, True])
def test_the_shell_history_note_is_shown_once(data_home, tty):
    result = helpers.run("krimp", "Kun je me morgen helpen met de tuin?", tty=tty, answers=[False, False, False])
    assert (result.stdout + result.stderr).count("Goed om te weten") == 1
