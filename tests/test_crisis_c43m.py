"""Round 43 (c43m): lines a user would meet that the crisis check missed or held too low.

A shared plan ('we', 'wij', 'ik en hij') is the writer's own; an overdose already taken; 'een einde aan maken'
without 'er'; a doubled letter in a key word; alone on a boat with an urge to jump in. Each next to the harmless
twins that must stay quiet."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import build, tier_of

ACUTE = [
    # a shared plan
    "we gaan zaterdag samen van de brug springen, dan is het voorbij",
    "we gaan ons samen van kant maken",
    "wij springen morgen voor de trein, dan zijn we dood",
    "we gaan samen zelfmoord plegen zaterdag",
    "ik en hij gaan samen van de brug springen",
    "mijn vriend en ik gaan van de flat springen",
    # acute lines that got only the gentle line
    "kga nie meer wakker worden morgen, ik heb alles ingenomen",
    "vannacht ga ik een einde aan maken",
    "ik ga er vannacht een einde aan maken",
    "ik zal er niet meer zijn als jullie terugkomen",
    # a doubled letter
    "ik wil niet meer leeven",
    "ik wil doodd",
    "ik wil err niet meer zijn",
    "ik wil er niet meer zijnn",
    "ik denk aan zelfmoort",
    "ik heb het gevoel dat ik niet meer wil leeven",
    # alone on a boat (krimp h42b-021)
    "Nadia ik zit hier op de boot en ik weet het nie meer. ik heb zin om er gewoon in te springen. kunt ge mij bellen",
]

QUIET = [
    "we gaan zaterdag samen van de brug springen in de Maas, zwemmen!",
    "we gaan morgen samen bungeejumpen van de brug",
    "we springen samen uit het vliegtuig met een parachute",
    "we gaan samen met een parachute van de toren springen",
    "we springen zaterdag met de scouts van de steiger in het meer",
    "we gaan morgen van de rotsen springen in Durbuy, met de jeugdbeweging",
    "we gaan samen van het dak springen op de trampoline",
    "dan is het voorbij met de zomer",
    "we gaan ons samen van kant maken van het lachen",
    "we gaan daar een einde aan maken",
    "ik zal er niet meer zijn als jullie terugkomen, ik moet om vijf uur weg",
    "ik wil even verdwijnen naar de Ardennen",
    "ik zit hier op de boot en het is zo warm, ik heb zin om er gewoon in te springen",
    "ik zit op de boot in Zeeland, heb zin om er in te springen en te zwemmen",
]

# plain hopelessness, exhaustion or a wish to be away: the gentle line, not the panel (krimp h42a-045, -020, -014)
GENTLE = [
    "ik wil gewoon verdwijnen",
    "ik trek het niet meer, zit hier op de bank te trillen, ik weet niet meer wat ik moet doen",
    "Ik zie het niet meer zitten kind",
]


@pytest.mark.parametrize("text", ACUTE)
def test_acute_lines_get_the_panel(text):
    assert tier_of(text) == "acuut"


@pytest.mark.parametrize("text", QUIET)
def test_harmless_twins_stay_quiet(text):
    assert tier_of(text) is None


@pytest.mark.parametrize("text", GENTLE)
def test_plain_hopelessness_gets_the_gentle_line(text):
    assert tier_of(text) == "zorg"


def test_doubled_letter_forms_of_key_words():
    forms = build.typo_forms({"tikfout_kernwoorden": ["leven", "afscheid"], "tikfout_niet": ["leeg"]})
    assert forms["leeven"] == "leven" and forms["levenn"] == "leven"
    assert forms["afscheit"] == "afscheid"
    assert "leven" not in forms


def test_doubled_forms_leave_known_words_alone():
    forms = build.typo_forms({"tikfout_kernwoorden": ["pillen"], "tikfout_niet": ["piillen"]})
    assert "piillen" not in forms and forms["ppillen"] == "pillen"
