"""Round 17 (c17b): the classes of probe 17 that were missed or got only the gentle line, by class.

Each class: alarm wordings that must give the panel (on the code before they had nothing or the
gentle line), harmless look-alikes of the same surface that stay silent, and for the exclusions a
message where the harmless frame stands next to a real alarm sentence and the alarm still fires.
None of these sentences is in tests/corpus/crisis/tuning17-c17b.toml.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, assess

_ALARM = (
    # not knowing whether I will still be here, or alive, on a day
    "ik weet niet of ik er maandag nog ben",
    "Breng de ladder maar terug. Ik weet niet of ik er volgende maand nog ben.",
    "ik weet echt niet of ik woensdag nog leef",
    # veiled goodbyes
    "na dit weekend hoef je je geen zorgen meer om mij te maken",
    "Maak je niet druk, binnenkort ben je mij kwijt.",
    "ik wil nog een keer naar het bos en dan ben ik weg",
    "gij zijt mij weldra kwijt, voor goed",
    # 'voor altijd' with 'tussenuit', not braking for me
    "ik wil er tussenuit. voorgoed.",
    "de trein hoeft voor mij niet te remmen",
    # taking everything: the medicine cabinet, pills and drink at hand
    "ik slik straks de hele medicijnkast leeg",
    "er ligt hier een strip oxazepam en een fles jenever, ik neem alles in",
    # worked out how
    "ik heb uitgezocht hoe ik het ga doen zonder pijn",
    # a past attempt with a relapse, or with drink to feel nothing
    "vorig jaar heb ik alles geslikt om er niet meer te zijn, nu voel ik me weer zo",
    "na mijn zelfmoordpoging ging het beter, maar nu zit ik weer op hetzelfde punt",
    "ik drink tot ik niks meer voel, en ik heb al eens een zelfmoordpoging gedaan",
    # thinking about dying, a full stop behind my life
    "ik denk de laatste maanden aan doodgaan",
    "ik wil een punt achter mijn leven zetten",
    "ik wil stoppen, met alles, met leven",
    # stopping care to spare others
    "ik neem mijn insuline niet meer, dan hoeft niemand meer voor mij te zorgen",
    # a farewell in a work e-mail
    "Beste collega's, dank voor de fijne jaren. Na vandaag hoort niemand meer iets van me, voor altijd.",
)

_HARMLESS = (
    "ik weet niet of ik er om half zes nog ben, bel maar eerst",
    "ik weet niet of ik er maandag ben, misschien moet ik naar kantoor",
    "je hoeft je geen zorgen meer om mij te maken, de operatie is goed gegaan",
    "nog even en je bent van me af, dan ga ik op kamers",
    "nog één keer de afwas en dan ben ik weg, tot morgen",
    "ik wil er even tussenuit dit weekend",
    "ik heb vorig jaar pillen geslikt tegen hooikoorts en nu heb ik weer last",
    "ik denk aan de dood van mijn opa, morgen is het een jaar",
    "ik zet er een punt achter met die opleiding",
    "ik wil ermee ophouden, met roken bedoel ik",
    "ik heb de medicijnkast opgeruimd en alles over datum weggegooid",
    "ik heb uitgezocht hoe ik het kan doen met de aangifte",
    "Beste collega's, na vandaag hoort niemand meer iets van mij tot na mijn verlof.",
)

# the harmless frame in one sentence, a real alarm in the next
_FRAME_AND_ALARM = (
    "Ik wil er even tussenuit dit weekend. Ik wil er tussenuit, voor altijd.",
    "Ik denk aan de dood van mijn opa. En ik denk de hele tijd aan doodgaan.",
    "Ik app als ik thuis ben. Daarna hoef je je geen zorgen meer om mij te maken.",
    "Ik ga op kamers. Binnenkort ben je van me af, voorgoed.",
)


@pytest.mark.parametrize("text", _ALARM)
def test_each_class_gives_the_panel(text):
    assert assess(text).tier == ACUUT, assess(text).signals


@pytest.mark.parametrize("text", _HARMLESS)
def test_harmless_look_alikes_stay_silent(text):
    assert assess(text).tier is None, assess(text).signals


@pytest.mark.parametrize("text", _FRAME_AND_ALARM)
def test_an_ordinary_frame_never_silences_a_real_alarm_beside_it(text):
    assert assess(text).tier == ACUUT, assess(text).signals


def test_a_past_attempt_alone_keeps_the_gentle_line():
    assert assess("ik heb al eens een poging gedaan").tier == "zorg"
