"""Round 20 (c20e): a jump announced for when the train comes, at a station; 'next time without a parachute /
cord' after a skydive or bungee jump; a last visit to a grave and 'afterwards I am with her'. The corpus lines
are in tests/corpus/crisis/tuning20-c20e.toml; the texts here are not."""

import pytest

from vraaghulp.coach.crisis import ACUUT, assess


@pytest.mark.parametrize("text", (
    "ik sta al een half uur aan het station, de IC is afgeschaft. ik ga springen als hij komt",
    "perron 5, trein weer te laat. als hij binnenrijdt spring ik, ik trek het niet meer",
    "metro heeft vertraging. zodra de volgende aankomt spring ik ervoor",
    # boarding ('spring ik erop') is quiet on a platform, not from a bridge
    "ik sta op de spoorbrug. als de goederentrein komt spring ik erop",
    "eerste skydive gedaan vandaag. volgende keer zonder parachute, dan ben ik overal vanaf",
    "bungeesprong van 60 meter gedaan. de volgende keer doe ik het zonder elastiek",
    "gaat ge mee naar het kerkhof bij bompa? tis mijn laatste bezoek, daarna ben ik bij hem",
    "ga je mee naar de begraafplaats bij mama? het is de laatste keer dat ik er kom, daarna ben ik bij mama",
))
def test_alarms_get_the_panel(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "trein 20 minuten te laat, als hij komt spring ik er meteen in, dan haal ik de overstap nog",
    "ik sta aan het perron, als de volgende aankomt spring ik erop en ben ik om zes uur thuis",
    "tandemsprong gedaan! volgende keer solo, met parachute uiteraard, ik heb al les geboekt",
    "bungee gedaan, de begeleider zei lachend dat het zonder elastiek sneller gaat",
    "ga je mee naar het kerkhof bij opa? de laatste keer dat ik ga voor ik naar Spanje emigreer. daarna ben ik bij oma, ze woont om de hoek",
    "ga je mee naar het graf van opa? daarna ben ik bij oma in het rusthuis tot vier uur",
))
def test_ordinary_lines_get_no_panel(text):
    assert assess(text).tier is None
