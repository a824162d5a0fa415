"""Round 16 (c16c): false panels on harmless text that only looks like a crisis.

An ordinary reason beside the words (a trip, a move, shoes, a hangover, a pet's dose, an outing,
a role that ends) takes the panel away; a past or denied crisis, or a hospital stay, keeps the
gentle line at most. Every frame is also tested beside a real alarm sentence: the alarm stays.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess, normalised, observe

# Harmless lines with a plain ordinary reason: no panel, and no gentle line either.
_ORDINARY = [
    "Als ik er niet meer ben vanaf maart, omdat ik naar een nieuwe baan in Zwolle ga, wie vult dan de printer bij?",
    "voor als kik er ni ben tijdens de skivakantie: de sleutel van de garage hangt aan het haakje",
    "Dit is de laatste keer dat je van mij hoort als voorzitter van de buurtvereniging, Anja neemt het stokje over.",
    "ik doe mezelf pijn met die nieuwe hakken, blaren op allebei mijn hielen",
    "Ik doe mezelf pijn met dat tillen van de kratten, mijn rug is stijf. Wil jij morgen helpen?",
    "ik wil nooit meer wakker worden met zo'n kater, vanaf nu drink ik cola",
    "Ik wil nooit meer wakker worden van die wekker van de buren, ik ga oordopjes kopen.",
    "ik wil dood... van het lachen om die video van je kat",
    "Ik heb een mooie plek uitgezocht bij de rivier voor onze picknick, gaan we zondag?",
    "Ik heb de brug uitgekozen voor de trouwfoto's, het licht is daar zo mooi.",
    "Onze hond heeft een reep chocola opgegeten, hoeveel is dodelijk voor een labrador? Ik bel de dierenarts.",
    "Wat is een dodelijke dosis van cafeïne? Het is voor mijn werkstuk scheikunde.",
    "Ik heb genoeg geleefd om te weten dat het na regen weer zon wordt, zeg ik tegen mijn kleindochter.",
]

# Likely harmless, not sure (a past or denied crisis, a hospital stay): the gentle line, never the panel.
_GENTLE = [
    "Vroeger kraste ik in mijn armen, nu al acht jaar niet meer en ik ben er trots op. Wil jij mijn tekst nalezen?",
    "Ik was vroeger suïcidaal, nu gaat het goed met me en ik heb een leuke baan.",
    "Ik ben niet suïcidaal hoor, alleen moe van de verhuizing. Kom je vrijdag helpen?",
    "Op mijn leeftijd denk je wel eens aan de dood, maar ik geniet van elke dag in de tuin.",
    "Ik regel alles voor als ik er niet ben tijdens mijn opname in het ziekenhuis, wie brengt de kinderen naar school?",
]

# Each frame beside a real alarm in the same message: the alarm keeps the panel.
_FRAME_AND_ALARM = [
    "Als ik er niet meer ben vanaf maart, omdat ik verhuis. Nee eerlijk, ik wil niet meer leven.",
    "ik doe mezelf pijn met die hakken, en ik snij in mijn armen als niemand kijkt",
    "ik wil nooit meer wakker worden met zo'n kater. Ik wil dood, ik heb de pillen al klaarliggen.",
    "Ik heb een plek uitgezocht bij de brug voor de picknick. Zaterdag spring ik eraf.",
    "Ik heb de trein van acht uur uitgekozen, zullen we? Daarna ga ik onder de trein liggen.",
    "Hoeveel slaappillen zijn dodelijk voor een labrador? Nee, voor mezelf, ik wil er vannacht een einde aan maken.",
    "Dit is de laatste keer dat je van mij hoort als voorzitter. Ik ga dood, ik heb een touw gekocht.",
    "Vroeger sneed ik mezelf, nu al jaren niet meer. Maar gisteren heb ik het weer gedaan en ik wil dood.",
    "Ik ben niet suïcidaal hoor. Ik heb alleen pillen gespaard om er vannacht een eind aan te maken.",
    "Zorg goed voor de kat als ik weg ben, ze krijgt twee keer per dag brokjes. Ik kom niet meer terug, voorgoed.",
    "Ik heb een wilsverklaring bij de huisarts, maar ik wil niet meer leven en ik heb een plan.",
]


@pytest.mark.parametrize("text", _ORDINARY)
def test_an_ordinary_reason_takes_the_panel_away(text):
    assert assess(text).tier is None


# The rules find nothing here; the fitted second opinion (fitted before these frames) may still
# give the gentle line for the loaded words, never the panel.
_RULES_SILENT = [
    "Zorg goed voor de geraniums als ik weg ben naar Spanje, ze moeten elke avond water krijgen.",
    "zorg jij goed voor de konijnen als ik weg ben op zomerkamp? ze krijgen elke ochtend brokjes",
]


@pytest.mark.parametrize("text", _RULES_SILENT)
def test_care_instructions_for_an_absence_give_no_panel(text):
    assert observe(text)[0] is None
    assert assess(text).tier != "acuut"


@pytest.mark.parametrize("text", _GENTLE)
def test_a_past_or_denied_crisis_keeps_the_gentle_line(text):
    assert assess(text).tier == "zorg"


@pytest.mark.parametrize("text", _FRAME_AND_ALARM)
def test_a_frame_never_silences_a_real_alarm_beside_it(text):
    assert assess(text).tier == "acuut"


@pytest.mark.parametrize("text", [
    "Vroeger sneed ik mezelf. Sinds kort is de drang terug en erger dan ooit.",
    "ik doe mezelf pijn, vroeger ook al, en nu weer elke avond",
    "vroeger kraste ik mezelf en gisteravond weer, niemand weet het",
])
def test_a_past_crisis_that_is_back_keeps_its_alarm(text):
    assert assess(text).tier == "acuut"


@pytest.mark.parametrize("text", [
    "niet op vakantie hoor, als ik er niet meer ben mag jij mijn fiets",
    "ik ga op reis maar kom niet terug, als ik er niet meer ben is mijn laptop voor jou",
    "als ik er niet meer ben, en dat bedoel ik niet als verhuizing, zijn mijn wachtwoorden voor jou",
])
def test_a_reason_denied_or_made_grave_is_no_frame(text):
    assert assess(text).tier == "acuut"


def test_an_ellipsis_before_the_source_of_a_feeling_is_a_pause():
    assert normalised("ik wil dood... van de schaamte") == " ik wil dood van de schaamte "
    # ... but not before "van mij": there it still reads as an end as well
    assert assess("ik wil dood... van mij hoeft het allemaal niet meer").tier == "acuut"
