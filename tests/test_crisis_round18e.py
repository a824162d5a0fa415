"""Round 18 (c18e): acute lines told quietly, caught at the acute tier, and their harmless twins.

A task that no longer matters "want tegen die tijd ben ik er (toch) niet meer"; a time and "doe ik
het" after a calm decision (across the sentence end); a dose or a method known ("ik weet hoeveel ik
er moet pakken", "sinds ik weet hoe en wanneer"); a past attempt or place that is still there; "de
laatste keer dat ik hier sta" on a roof; a train "niet om in te stappen"; papers "voor achteraf";
a light wish beside a laugh ("niet meer te bestaan lol", "hoop dat ik het weekend niet haal 😅",
"liefst dood 😂 nee serieus"). The lines here are not in the corpus files."""

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", [
    "meneer, die sleutel hoef ik niet meer terug te geven, tegen die tijd ben ik er toch niet meer",
    "'k ga er toch nie meer zijn tegen juni, ge moet mij nie inschrijven",
    "ik heb mijn besluit genomen. na het examen van mijn broer doe ik het",
    "ik weet nu hoeveel ik er moet slikken. eerst de hond nog uitlaten",
    "ik ben heel rustig sinds ik weet hoe en wanneer",
    "vorige maand zat ik al eens op de rand van het dak, het is nog altijd niet weg",
    "ik heb het al eens geprobeerd, de gedachte is nooit meer weggegaan",
    "zit op de brug. mooi zo 's nachts. laatste keer dat ik hier zit denk ik",
    "de trein van 6u10 heb ik gekozen. niet om in te stappen",
    "mijn pincodes liggen in de la voor mijn zus, voor achteraf",
    "testament is in orde. nu alleen nog het moment kiezen om te gaan",
    "zou zalig zijn om gewoon niet meer te bestaan lol",
    "hoop eerlijk gezegd dat ik het weekend niet haal 😅",
    "ik zou liefst dood zijn 😂 nee serieus",
    "nog 2 nachtjes en dan hoef ik nooit meer wakker te worden 💀",
    "als ik er vrijdag niet meer ben mag mijn hond naar jou, heb ik al geregeld haha",
    "de brief aan mijn moeder heb ik verstuurd. nu is alles goed",
])
def test_quiet_acute_lines_get_the_panel(text):
    assert assess(text).tier == ACUUT, assess(text)


@pytest.mark.parametrize("text", [
    "ik ben het zo moe om altijd de sterke te moeten zijn",
    "weet niet hoelang ik dit nog trek",
])
def test_exhaustion_without_a_plan_gets_the_gentle_line(text):
    assert assess(text).tier == ZORG, assess(text)


@pytest.mark.parametrize("text", [
    "tegen die tijd ben ik er niet meer, dan zit ik al in Spanje",
    "ik ga er niet meer zijn tegen kerstmis, we verhuizen in december",
    "mijn besluit staat vast: na de zomer doe ik het, ik stop met roken",
    "ik weet nu hoeveel ik er moet pakken voor de taart",
    "nu ik weet hoe en wanneer ik de tomaten moet snoeien, gaat het beter",
    "vorig jaar stond ik al eens op de brug in Mostar, dat gevoel is nooit weggegaan, zo mooi",
    "ik heb al eens geprobeerd te stoppen met roken, de drang is nooit weggegaan",
    "ik ga naar de trein, niet om in te stappen maar om oma op te halen",
    "de codes van de fietsen heb ik opgeschreven voor achteraf, als we terug zijn van de reis",
    "testament in orde. nu nog een goed moment kiezen om te gaan verhuizen",
    "tegen vrijdag is alles overgedragen en dan stop ik met alles, ik ga op wereldreis",
    "de brief aan mijn dochter heb ik op de post gedaan, voor haar verjaardag. nu is alles goed",
    "vorige keer bij verstoppertje vonden ze me meteen. deze keer zorg ik dat dat niet gebeurt",
    "ik heb mijn besluit genomen en ik ben er rustig onder: ik zeg die job op",
    "weet niet hoelang ik dit nog trek met die kapotte fiets",
])
def test_the_same_words_in_ordinary_use_stay_quiet(text):
    assert assess(text).tier is None, assess(text)
