"""Round 16 (c16e): alarms that stayed missed (or only zorg) after the round's first fixes, by class.

Each class: alarm wordings that must give the panel (they were missed or zorg on the code before),
harmless look-alikes of the same surface that stay silent, and for every exclusion a message where
the harmless frame stands next to a real alarm sentence and the alarm still fires.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, assess


_ALARM = (
    # going to stand, jump or lie in front of a train, tram or lorry
    "morgen ga ik voor de intercity staan",
    "ik wil voor de goederentrein gaan liggen",
    # pills that lie ready; a count that is enough; enough pills beside not wanting to go on
    "ik heb al mijn tabletten klaarliggen",
    "ik heb de slaappillen geteld, twintig is genoeg",
    "ik wil echt niet meer, ik heb genoeg pillen",
    # pills named, then "I take them all"
    "de pillen van mijn moeder liggen hier en ik ga ze allemaal slikken",
    # scenes without a feeling word
    "ik zit in de garage in de auto met de motor aan",
    "ik ben op de rails gaan liggen",
    "bij de spoorwegovergang gaan de bomen dicht en ik blijf staan",
    "ik sta op de brug en het water is zo diep",
    "ik zit in de vensterbank met het raam open, twaalfde verdieping",
    # a farewell with a day; a letter to open later; Flemish 'er vanonder muizen'
    "na donderdag zien jullie me nooit meer",
    "ik heb een brief voor je geschreven, open hem later",
    "ik ga er vanonder muizen, voorgoed",
    # cleared out or cancelled, with 'klaar met alles' or 'I won't be there in a week'
    "ik heb mijn huis leeggeruimd. ik ben klaar met alles",
    "ik heb de fysio afgezegd, ik ben er over een week niet meer",
)


@pytest.mark.parametrize("text", _ALARM)
def test_a_means_scene_or_farewell_without_feeling_words_gives_the_panel(text):
    assert assess(text).tier == ACUUT


_HARMLESS = (
    "ik ga voor de trein staan wachten, dan zie je me meteen",
    "ik heb de tabletten klaarliggen voor het ontbijt, dan vergeet ik ze niet",
    "de huisarts gaf dertig pillen, twintig is genoeg voor de kuur",
    "ik heb genoeg pillen voor de vakantie mee",
    "de antibiotica, ik ga ze allemaal innemen zoals de dokter zei",
    "ik sta in de garage met de motor aan om het geluid te testen",
    "ik zit in de trein op spoor 7",
    "ik zit op de vensterbank met het raam open, derde verdieping, met een kop thee",
    "ik sta op de steiger, het water is zo diep, wie durft te duiken",
    "na vrijdag zien jullie me niet meer op de training, mijn enkel is kapot",
    "er ligt een cadeau voor je, open het later op je verjaardag",
    "ik ga er vroeg vanonder muizen op dat feest",
    "mijn kot leeggeruimd, sleutel afgegeven, klaar met alles voor de zomer",
    "ik heb de yogales afgezegd, ik ben er over een week niet meer want ik verhuis naar Gent",
)


@pytest.mark.parametrize("text", _HARMLESS)
def test_the_ordinary_look_alikes_stay_silent(text):
    assert assess(text).tier is None


_FRAME_AND_ALARM = (
    "ik ga voor de trein staan wachten. daarna ga ik voor de trein staan, voorgoed",
    "ik heb mijn pillen klaarliggen voor morgenochtend. ik wil dood",
    "de antibiotica, ik ga ze allemaal innemen zoals de dokter zei. ik wil er een eind aan maken",
    "ik sta in de garage met de motor aan om het geluid te testen. ik wil niet meer leven",
    "ik sta op de steiger, het water is zo diep, wie durft te duiken. ik wil niet meer leven",
    "na vrijdag zien jullie me niet meer op de training. ik heb een afscheidsbrief geschreven",
    "er ligt een cadeau voor je, open het later op je verjaardag. ik ben er dan niet meer, ik maak er een eind aan",
    "ik ga er vroeg vanonder muizen op dat feest, en daarna maak ik er een eind aan",
    "mijn kot leeggeruimd, klaar met alles voor de zomer. ik wil dood",
)


@pytest.mark.parametrize("text", _FRAME_AND_ALARM)
def test_an_ordinary_frame_never_silences_a_real_alarm_beside_it(text):
    assert assess(text).tier == ACUUT
