"""Kinds mended for tuning9-d (round 11, cr26a), each in fresh wording: ordinary farewells and
handovers that got the panel (a last shift or years in a choir ending with thanks, a school
group chat left, clothes that no longer fit, passwords in a safe before a leave, sorry + love
after a quarrel, a bounded joke about never waking, a bungee jump from a bridge, a partner's
love passed on to the other partner, a family home left behind), and the real farewells hidden
in the same words, which must keep the panel."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

ACUTE = [
    # a farewell to life behind the farewell to a band
    "na twintig jaar in de fanfare neem ik afscheid van de fanfare en van dit leven",
    # clothes given away, "waar ik naartoe ga"
    "ik heb mijn truien weggegeven, ik heb ze niet meer nodig waar ik naartoe ga",
    # a mood apologised for, then a letter read after the writer is gone
    "sorry dat ik zo humeurig was, ik hou van je. als je dit leest ben ik er niet meer",
    # never waking, the bound denied
    "ik wil slapen en nooit meer wakker worden, niet tot de zomer, nooit",
    "ik wil een week slapen en nooit meer wakker worden, eigenlijk voor altijd",
    "na die blok wil ik een week slapen en nooit meer wakker worden, en daarna ook niet",
    # the bridge on a given day, without the cord
    "morgen ga ik naar de brug in Namen en ik spring, zonder elastiek",
    # the writer's own love passed on
    "zeg tegen oma dat ik veel van haar hield",
    # a widow who wants to be with him
    "veertig jaar getrouwd en nu twee jaar alleen, ik wil bij hem zijn",
]

SILENT = [
    "mijn laatste training als hulptrainer zit erop, bedankt iedereen, ik ga jullie missen",
    "na 30 jaar in het kerkkoor stop ik, bedankt allemaal, mijn stem wil niet meer",
    "ik verlaat de klassenapp nu de kinderen van school zijn, bedankt voor alles en het ga jullie goed",
    "mijn oude jurken weggegeven aan mijn nicht, ik pas er toch niet meer in",
    "twee weken met verlof vanaf maandag, de wachtwoorden liggen in de kluis en Tom heeft de sleutel",
    "sorry dat ik zo chagrijnig deed over het eten, ik hou van je. breng jij straks de hond naar buiten?",
    "na die examens wil ik een week slapen en nooit meer wakker worden, tot de vakantie",
    "zondag spring ik van de brug in Durbuy, bungeejumpen met mijn zus",
    "zeg tegen oma dat opa altijd trots op haar was",
    "morgen afscheid van het huis van mijn oma, moeilijk om alles achter te laten",
]


@pytest.mark.parametrize("text", ACUTE)
def test_each_real_farewell_gets_the_panel(text):
    result = assess(text)
    assert result.tier == "acuut", result


@pytest.mark.parametrize("text", SILENT)
def test_each_ordinary_farewell_stays_silent(text):
    result = assess(text)
    assert result.tier is None, result


def test_a_home_left_behind_is_no_licence_for_leaving_others_behind():
    # 'achterlaten' is everyday only for a house and its things, not for people
    text = "Mijn nieuwe job begint in maart. Ik heb alles netjes afgerond, de verzekering ook. Ik wil niemand met een rommel achterlaten."
    assert assess(text).tier == "acuut", assess(text).signals
