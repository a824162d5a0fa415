"""Round 19 (c19c): the boundary between the gentle line, the panel and nothing.

Quiet acute lines that only got the gentle tier (letters for everyone lying ready, "er niet meer
zijn, op geen enkele manier", a knife or pills beside me and "dat het stopt", "ik denk dat ik het
ga doen" on a bridge or roof, "als ik verdwijn is het voor iedereen makkelijker"); fresh concern
that stayed silent; and ordinary lines that got a tier (a pet-sitting note with the dog's pills,
a kitchen cut and "waar liggen de pleisters", an old bike passed on, a job turned down, rain and
a flat battery). The lines here are not in the corpus files."""

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess


@pytest.mark.parametrize("text", [
    "heb voor iedereen brieven geschreven, ze liggen klaar in de la",
    "vanaf vrijdag ben ik er niet meer, voor niemand",
    "'k weet hoe ik het ga doen, en 't voelt kalm",
    "het scheermesje ligt naast me, ik wil gewoon dat alles stopt",
    "ik sta bij het spoor, ik denk dat ik het ga doen",
    "als ik weg ben is het voor mijn familie een opluchting",
    "het hoeft voor mij niet meer, heel dat leven",
    "eerlijk, ik ben het leven stilaan beu",
    "niemand zou het missen als ik niet op de training ben. of als ik er nooit meer ben",
])
def test_quiet_acute_lines_get_the_panel(text):
    assert assess(text).tier == ACUUT, assess(text)


@pytest.mark.parametrize("text", [
    "mijn dagen hebben geen betekenis meer sinds het pensioen",
    "al maanden heb ik nergens nog zin in",
    "elke ochtend is zwaarder dan de vorige",
    "ik zit in een dal waar ik niet meer uitkom",
    "ik heb geen kracht meer, voor niks",
    "ik voel me al weken down",
    "niemand begrijpt hoe moeilijk het met mij gaat",
    "ik voel me vanbinnen helemaal uitgeblust",
])
def test_fresh_concern_gets_the_gentle_line(text):
    assert assess(text).tier == ZORG, assess(text)


@pytest.mark.parametrize("text", [
    "zorg jij voor de kat dit weekend? haar pillen staan op het aanrecht",
    "ik heb me gesneden aan een blikje, waar zijn de pleisters?",
    "mijn oude gitaar aan mijn neefje geschonken, hij heeft er meer aan dan ik",
    "het is goed zo, ik heb besloten: ik neem dat huis niet",
    "ik weet wat ik ga doen: een eigen zaak beginnen in Brugge",
    "het hoeft voor mij niet meer, die rommelmarkt",
    "ik ben het zo moe, al die vertraging op de trein",
    "de router is weer stuk, ik kan er niet meer tegen",
    "ik voel me een last voor mijn ploeg omdat ik geblesseerd ben",
    "niemand zou het merken als ik morgen niet op de receptie ben",
    "sorry dat ik zo stil was in de groepsapp, druk weekje",
])
def test_ordinary_lines_stay_quiet(text):
    assert assess(text).tier is None, assess(text)
