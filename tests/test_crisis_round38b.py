"""Round 38 (c38b): ordinary krimp drafts that got the full panel, mended by the reason each combination fired.

- 'ervoor' in an everyday phrase (paying, thanking, seeing to it, choosing, the day before) is no jump in front of a
  vehicle (concept `ervoor-gewoon`, a `tenzij` of `springen` with `tenzij_binnen = 0`);
- not making a test, an exam or a train ("als ik die niet haal") is no "het niet halen" (`iets-niet-halen`);
- "dat is het makkelijkst (voor mij)" says what suits an arrangement, no asking for a way (`makkelijkst-gemak`);
- an operation ("geopereerd aan mijn pols") is an ordinary cause beside a cut (`gewoon-letsel`);
- a lift or machine broken "for weeks already" ("is al sinds twee weken kapot") is a thing broken (`ding-kapot`);
- sorry for the hour of a message ("sorry dat ik zo vroeg stuur") is no farewell apology (`sorry-gewoon`); a room
  emptied with a modal between ("leeg kunnen maken") is no empty feeling (`leeg-ding`); "kastjes" is a word of its
  own, not a slip of "krastjes" (`tikfout_niet`);
- Frisian 'bern' (children) is a living relative one stays with (`bij-levende`).

Every line is a new variant of ours, none a corpus line; the same words meant keep their alarm.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, assess

HARMLESS = [
    "Kun je me vrijdag met de auto naar het station brengen? Ik betaal je ervoor, echt.",
    "Wil je met de bus naar de markt? Ik zorg ervoor dat de koffie klaarstaat.",
    "Zou je met de auto naar de garage willen rijden? De dag ervoor heb ik hem gewassen.",
    "Wil jij de vrachtwagen lossen? Ik kies ervoor om vandaag binnen te werken.",
    "Vrijdag heb ik mijn tentamen en als ik die niet haal moet ik in de zomer terug, wil je het huis stil houden?",
    "als ik de bus van acht uur niet haal wil ik dat je me bij school afzet",
    "Ik haal de kinderen om vijf uur op, dat is het makkelijkst voor mij. Wil jij ze om twaalf uur brengen?",
    "De dokter zegt dat ik geopereerd moet worden aan mijn pols, daarna mag ik een maand niet snijden. Wil iemand mijn dienst overnemen?",
    "Sorry dat ik zo vroeg stuur! Zou je de garage leeg willen maken, ook de kastjes achterin? Anders doe ik het zelf wel.",
    "Mijn tabletten zijn bijna op en zaterdag ben ik bij de bern in Sneek. Wil je het recept klaarzetten?",
]

REAL_ACUTE = [
    "de trein komt om acht uur, ik wil ervoor springen",
    "ik wil met de auto ervoor gaan liggen, vannacht",
    "als ik het niet haal wil ik dat je weet dat ik van je hou",
    "als ik de kerst niet haal wil ik dat jullie weten dat ik van jullie hou",
    "wat is het makkelijkst voor mij om er een eind aan te maken",
    "ik heb in mijn pols gesneden, niemand mag het weten",
    "ik sta bij de lift op de tiende verdieping, al weken ben ik kapot, ik wil niet meer terug",
    "ik heb krastjes op mijn arm gemaakt en het wordt erger",
    "sorry dat ik zo was. pas goed op mama oke",
    "zaterdag ben ik bij opa in de hemel, dan hoeft niemand meer voor mij te zorgen",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_these_ordinary_asks_get_no_panel(text):
    assert assess(text).tier != ACUUT, (text, assess(text).signals)


@pytest.mark.parametrize("text", REAL_ACUTE)
def test_the_same_words_meant_keep_the_panel(text):
    assert assess(text).tier == ACUUT, (text, assess(text).signals)


def test_a_lift_broken_for_weeks_is_no_distress_beside_a_floor():
    text = "Ik wil niet zeuren, maar de lift is al sinds drie weken kapot en ik woon op het vijfde verdiep met mijn rollator."
    result = assess(text)
    assert result.tier is None, result.signals
    assert not any("plek-en-nood" in signal.phrase for signal in result.signals)
