"""Round 34 (c34c): a self-injury said with intent always alarms; no tool or wound frame clears it.

Our own new variants (none is a line of eigen54 or of any corpus file): a cut, a burn, a scratch or a prick of
myself said with intent (expres, met opzet, bewust, niet per ongeluk, om mezelf te straffen, omdat ik het verdien) keeps
the full panel beside a kitchen, a garden tool, a cat or glass; 'mezelf ... in mijn pols' with a tool alarms at least
at the gentle tier. Accidents said as such (per ongeluk, niet expres, uitgeschoten), a surgeon's cut, a cut in bread and
a burn at the barbecue stay quiet.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess, normalised

PANEL = [
    "gisteravond heb ik mezelf opzettelijk gesneden met een schaar, mijn moeder weet van niks",
    "k heb mij expres gebrand me een aansteker op mijn arm",
    "met een scheermesje over mijn bovenbeen gegaan, met opzet",
    "ik heb me bewust gekrast met een paperclip omdat ik het verdien",
    "bij het afwassen heb ik mezelf expres gesneden aan een glas",
    "met de heggenschaar bezig geweest en toen mezelf expres in mijn arm geknipt",
    "heb me expres gesneden met de snoeischaar, de rozen waren maar een excuus",
    "ik heb mezelf gesneden, niet per ongeluk, met het mes uit de keuken",
    "om mezelf te straffen heb ik me gesneden met een glasscherf",
    "de kat heeft niks gedaan, ik heb mezelf met opzet opengekrabd",
    "mezelf gesneden met het broodmes. expres.",
]

AT_LEAST_ZORG = [
    "ik heb mezelf in mijn polsen gesneden met een stanleymes",
    "mezelf gesneden in mn pols met de snoeischaar",
]

QUIET = [
    "ik heb me per ongeluk gesneden met de snoeischaar bij het snoeien van de rozen",
    "niet expres hoor, ik heb mij gebrand aan de oven",
    "bij het koken sneed ik in mijn vinger met het nieuwe mes, twee hechtingen",
    "de dermatoloog heeft bewust een stukje uit mijn arm gesneden voor onderzoek",
    "expres een sneetje in het brood gemaakt voor het bakken",
    "ik schoot uit met het stanleymes en heb in mijn hand gesneden, twee hechtingen",
    "au, heb me aan de barbecue gebrand, mijn arm is rood",
    # the intent words in other senses (the first two alarmed with a first version of these rules)
    "ik ben me er bewust van dat ik me gesneden heb aan het blik, ik let nu beter op",
    "ik heb expres handschoenen aangedaan zodat ik me niet snij aan het glas",
    "de kapper heeft me expres in mijn oor geknipt denk ik haha",
    "heb mijn haar expres kort geknipt",
]


# the lines of the brief (round 34 found them silent on main)
BRIEF = [
    ("ik heb me expres gesneden met een mes", "acuut"),
    ("met de snoeischaar heb ik mezelf expres gesneden in mijn pols", "acuut"),
    ("ik heb mezelf gesneden in mijn pols met de snoeischaar", "zorg"),
    ("ik heb me in mijn vinger gesneden bij het koken", None),
    ("met de snoeischaar in mijn hand geknipt, drie hechtingen", None),
]


@pytest.mark.parametrize(("text", "least"), BRIEF)
def test_the_brief_lines(text, least):
    tier = assess(text).tier
    assert tier == least if least in (None, "acuut") else tier in ("zorg", "acuut"), (tier, assess(text).signals)


@pytest.mark.parametrize("text", PANEL)
def test_self_injury_with_intent_keeps_the_panel(text):
    assert assess(text).tier == "acuut", assess(text).signals


@pytest.mark.parametrize("text", AT_LEAST_ZORG)
def test_myself_at_the_wrist_with_a_tool_alarms(text):
    assert assess(text).tier in ("zorg", "acuut"), assess(text).signals


@pytest.mark.parametrize("text", QUIET)
def test_an_accident_said_as_such_stays_quiet(text):
    assert assess(text).tier is None, assess(text).signals


def test_intent_before_the_verb_is_read_after_it():
    # the accident exclusion only looks ahead: the intent is moved behind the verb, a denial is not
    assert "gesneden expres" in normalised("ik heb me expres gesneden met het mes")
    assert "niet expres gesneden" in normalised("ik heb me niet expres gesneden met het mes")
