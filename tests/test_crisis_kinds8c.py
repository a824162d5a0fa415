"""Kinds mended for tuning8-c (round 10, cr25b), each in fresh wording: a farewell hidden among
chores, a blade among school news, a last message ever, a farewell passed on through a child,
a pet or a lease handed over with no after, not wanting to last long, hitting oneself; and the
harmless twins that must stay silent (work deadlines, laughing, a group left, a holiday pet, a move)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess

ACUTE = [
    # a farewell letter among chores, told to those who learn it ("zodat ze weten ...")
    "stofgezogen, de planten water gegeven en een brief aan iedereen achtergelaten zodat ze snappen dat het niet hun schuld is",
    # a blade, again, between school news, with no use named
    "gym ging goed, spreekbeurt een 8, daarna toch weer met een scheermesje bezig geweest op mijn kamer",
    # a last message ever
    "dit is mijn allerlaatste berichtje ooit, pas goed op elkaar",
    # a farewell passed on, the writer named as the child's relative, in the past tense
    "zeg maar tegen kleine Noor dat haar peter altijd supertrots op haar was",
    # a pet handed over because the writer will not be there
    "kun jij Bolleke nemen? ze is gek op je, en binnenkort ben ik er toch niet meer",
    # the lease ended, accounts closed, no next address
    "mijn studio is opgezegd en mijn bankrekening opgeheven, een ander adres heb ik niet",
    # not wanting to last long, with a laugh
    "iedereen een lang leven gewenst behalve mezelf hihi, voor mij hoeft het niet zo lang meer",
    # hitting oneself, with bruises
    "als ik een fout maak stomp ik mezelf op mijn dijen, ze zijn helemaal blauw",
]

SILENT = [
    "boodschappen gedaan en een brief aan de gemeente geschreven zodat ze weten dat de kapotte stoep niet onze schuld is",
    "op de wc even met het mesje van mijn puntenslijper mijn potlood scherp gemaakt",
    "mijn laatste bericht in deze app, we stappen over naar de nieuwe groep, tot daar",
    "zeg tegen Sem dat zijn juf trots op hem was na het toneelstuk",
    "wil jij Snuf een weekje nemen? hij is gek op jou en ik ben er vanaf maandag niet",
    "huur opgezegd en de rekening gestopt, een nieuw adres hebben we niet, we logeren eerst bij mijn schoonouders",
    "van mij hoeft die verbouwing niet zo lang meer te duren, ik word gek van het stof",
    "ik sloeg mezelf voor mijn kop, weer mijn sleutels vergeten",
    "ik kan niet meer, vijf verslagen nakijken en twee presentaties voor vrijdag, zaterdag slaap ik uit",
    "die mop van mijn tante op de bruiloft, ik ging dood, ik kon niet meer",
]


@pytest.mark.parametrize("text", ACUTE)
def test_each_kind_gets_the_panel(text):
    result = assess(text)
    assert result.tier == "acuut", result


@pytest.mark.parametrize("text", SILENT)
def test_each_twin_stays_silent(text):
    result = assess(text)
    assert result.tier is None, result


def test_a_denied_joke_is_no_joke():
    assert assess("het is geen grap, ik ga dood, ik kan niet meer").tier is not None


def test_exhaustion_beyond_work_keeps_its_line():
    text = "drie deadlines, maar ik kan niet meer, niet van het werk maar van mezelf"
    assert assess(text).tier is not None
