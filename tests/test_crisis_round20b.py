"""Round 20 (c20b): ordinary messages with the shapes of an alarm (a trip, a handover, a last shift,
passwords for leave, medication rounds, a platform or a roof at work) and their alarm twins. The corpus
lines are in tests/corpus/crisis/tuning20-c20b.toml; the texts here are not."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", (
    "De asverstrooiing is volgende week, daarna drinken we koffie.",
    "vandaag de asverstrooiing van nonkel, mooi en rustig",
    "wiiil je nog koffie",
))
def test_a_real_double_i_word_does_not_break_the_check(text):
    assert assess(text).tier in (None, ZORG, ACUUT)


@pytest.mark.parametrize("text", (
    "Na dertig jaar heb ik lang genoeg gevochten met die nachtdiensten, nu is het pensioen en de tuin.",
    "parachutesprong gedaan! van 3000 meter hoogte springen, wat een gevoel",
    "morgen werk aan de sporen bij Lier, dus ik lig vroeg in bed",
    "30 graden op mijn kamer, ik hou het niet meer vol, ik slaap vannacht in de kelder",
    "de buren zijn aan het verbouwen, ik kan niet meer, ik word gek van die herrie",
    "ik hou het zo niet vol naast mijn studie, kan iemand de boodschappen voor oma overnemen?",
    "ik ben er klaar mee. de trein was weer te laat, ik neem voortaan de bus",
    "We verhuizen naar een studio: waar ik naartoe ga heb ik niks meer nodig van die grote zetels.",
    "ik wacht al een half uur aan de bushalte, bus afgeschaft, ik ben er klaar mee. de lijn is een ramp",
))
def test_these_ordinary_messages_get_no_tier(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "ik heb lang genoeg gevochten met die nachtdiensten en met mezelf, morgen ben ik er niet meer",
    "parachutesprong geboekt, maar ik wil van de flat springen zonder parachute",
    "ik loop op het spoor bij de overweg en ik ga liggen",
    "het is niet de hitte, ik wil dat mijn leven ophoudt",
    "ik heb mijn spullen weggegeven, waar ik heen ga heb ik niks meer nodig",
    "ik neem afscheid van alles, de brieven voor mijn zus liggen klaar",
    "ik ben er klaar mee. niet met de trein, met mijn leven. ik wil dood",
    "als de uitslag kwaadaardig blijkt, vind ik het niet erg. dan is het maar voorbij",
    "ik ga nog even naar mijn broer en daarna zien ze me nooit meer",
    "als het slecht nieuws is vind ik het niet erg om dood te gaan",
))
def test_these_alarms_are_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "als het slecht nieuws is, vind ik het niet erg om het van jou te horen",
    "ik ga nog één keer naar die sportschool en daarna zien ze me nooit meer, veel te duur",
))
def test_these_ordinary_messages_get_no_panel(text):
    assert assess(text).tier != ACUUT


def test_an_exclusion_keeps_hopelessness_gentle():
    assert assess("het ligt niet aan de hitte of het lawaai, ik hou het niet meer vol, al maanden").tier == ZORG
