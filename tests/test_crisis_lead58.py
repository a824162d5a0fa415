"""Round 58 (lead): four everyday shapes of the ordinary ask lower a false panel to the gentle line
(`crisis/ordinary_ask58.py`); their dangerous twins keep the panel (tests/corpus/crisis/eigen71-lead58.toml, under the
table tests)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import assess

KRIMP = Path(__file__).parent / "corpus" / "krimp"

LOWERED = [
    ("Dag Jan, zou je de servers tot dinsdag niet willen herstarten? Er staat een grote back-up gepland voor het "
     "weekend.", "er staat gepland"),
    ("Dag Martine, zoudt ge mij maandag naar het ziekenhuis kunnen voeren? Ik zou met de bus gaan maar 't is zo ver.",
     "te ver"),
    ("hey sorry dat ik zo ghost de laatste weken, ik ben gewoon op. kun je zondag de kids een middagje nemen?",
     "sorry voor de stilte"),
    ("Dag mevrouw Peeters, sinds het overlijden van die patiënt heb ik het moeilijk. Zou ik vrijdag even met u kunnen "
     "praten? Als het niet past, is het ook niet erg.", "overlijden van een ander"),
    ("Beste Ilse, na het overlijden van mijn schoonvader is alles wat veel. Kun je mijn dienst van woensdag "
     "overnemen? Als het niet lukt is het ook goed.", "overlijden van een ander"),
]


@pytest.mark.parametrize(("text", "shape"), LOWERED)
def test_an_ordinary_ask_in_an_everyday_shape_gets_the_gentle_line_not_the_panel(text, shape):
    result = assess(text)
    assert result.tier == "zorg"
    assert any(shape in signal.phrase for signal in result.signals), [s.phrase for s in result.signals]


@pytest.mark.parametrize("text", [
    "sorry dat ik zo stil ben. ik ben klaar met alles en zaterdag stop ik",
    "na het overlijden van mijn man hoeft het voor mij niet meer. als het niet lukt is het ook goed",
    "ik ga met de trein naar de kust, het is zo ver. ik kom niet meer terug",
    "er staat een afscheid gepland voor zaterdag, niemand weet het",
])
def test_a_real_line_in_the_same_words_keeps_the_panel(text):
    assert assess(text).tier == "acuut"


def _draft(stem: str, case_id: str) -> str:
    with (KRIMP / f"{stem}.toml").open("rb") as handle:
        return next(c["concept"] for c in tomllib.load(handle)["case"] if c["id"] == case_id)


@pytest.mark.parametrize(("stem", "case_id"), [
    ("tuning-ho55a", "h55a-020"), ("tuning-ho43b", "h43b-002"), ("tuning-ho51a", "h51a-048"),
    ("tuning-ho50a", "h50a-027"),
])
def test_the_outside_ordinary_asks_that_got_the_panel_no_longer_do(stem, case_id):
    assert assess(_draft(stem, case_id)).tier == "zorg"


@pytest.mark.parametrize("text", [
    "ik ga dood. echt. ge weet waarom",
    "ik ga gewoon dood, wie weet dat ik hier lig?",
    "ik ga dood. kun je komen?",
])
def test_a_bare_ik_ga_dood_with_a_question_keeps_the_gentle_line(text):
    """Round 58's `dood-overdreven` (ordinary_kinds58) takes the gentle line away from 'ik ga dood' as a figure of
    speech; a bare question or 'ge weet waarom' after it is no sign of play (review of round 58)."""
    assert assess(text).tier is not None


@pytest.mark.parametrize("text", [
    "ik ga letterlijk dood voor een sigaret, ik zweer het",
    "bij jou ga ik dood van het lachen, gaat gij mee koffie drinken?",
])
def test_ik_ga_dood_in_play_gets_no_line(text):
    assert assess(text).tier is None
