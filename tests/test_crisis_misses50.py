"""Round 50 (c50b): real crisis lines that got no tier at all, raised by their general shape of Dutch.

Four shapes (crisis corpus README, "Round 50 (c50b)"; corpus lines in eigen60.toml): the writer at a dangerous place
now with an act of their own (`hier-en-daad`, `hier-en-bij-de-dode`), a means at hand alone in the bath, the bathroom or
the garage (`middel-bij-de-hand`), a plan for one's own death stated (`eigen-dood-gepland`, acuut where the word
'zelfmoord' alone gives zorg) and the bare promise to the one who died ('mama ik kom', the `bij-overledene` hint). Each
shape has real variants that must get the panel and harmless twins in the same words that must get nothing. None of
these sentences is in the corpus.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import assess


def _fired(text: str) -> set[str]:
    """The names of the combinations and phrases that gave a signal (hints left out)."""
    return {signal.phrase.split(" (")[0] for signal in assess(text).signals if signal.level != "hint"}


HERE_AND_ACT = [
    "ik sta op de brug over het kanaal en ik wil eraf",
    "k zit op het dak van de flat, ik laat me zo vallen",
    "sta op het perron van utrecht, als de sprinter komt spring ik",
    "ik sta aan het spoor achter de school, als de trein komt stap ik erop",
    "'k sta op de brug, 'k wil eraf, zeg ma dat het me spijt",
    "ik sta bij de tramhalte en als de tram komt stap ik ervoor",
    "ik zit al twee uur op het viaduct. durf ik het",
    "ik sta op het balkon van de tiende en ik ga naar beneden",
]
HERE_AND_ACT_TWINS = [
    "ik sta op de brug over het kanaal in de file, ik ben laat",
    "k zit op het dak van de flat met de antenne, hou jij de ladder vast?",
    "sta op het perron van utrecht, als de sprinter komt stap ik in, tot zo",
    "ik sta aan het spoor achter de school te wachten, de overweg is dicht",
    "'k sta op de brug met de fiets, 'k ben er zo",
    "ik sta bij de tramhalte en als de tram komt stap ik in",
    "ik zit al twee uur op het viaduct in de file, wat een verkeer",
    "ik sta op het balkon van de tiende, wat een uitzicht",
]


@pytest.mark.parametrize("text", HERE_AND_ACT)
def test_at_a_dangerous_place_with_an_act_gets_the_panel(text):
    assert assess(text).tier == "acuut", (text, assess(text).signals)


@pytest.mark.parametrize("text", HERE_AND_ACT_TWINS)
def test_a_place_on_the_way_or_a_view_stays_quiet(text):
    assert assess(text).tier is None, (text, assess(text).signals)


def test_the_flemish_smijten_is_a_throwing_verb_only_with_a_vehicle():
    assert assess("ik ga me voor den tram smijten").tier == "acuut"
    assert "plan-middel" in assess("kga me voor de bus smijten").families
    assert assess("kga me ervoor smijten op het examen, beloofd").tier is None  # Flemish 'give it my all'


MEANS_AT_HAND = [
    "ik zit in de badkamer met een scheermesje",
    "ik lig in bad, het mesje ligt op de rand",
    "'k zit in de schuur met nen koord, 'k kan nie meer",
    "ik heb een touw, ik sta in de garage. niemand is thuis",
    "kzit op de wc met een mesje",
]
MEANS_AT_HAND_TWINS = [
    "ik zit in de badkamer met een scheermesje, mijn benen, kom niet binnen",
    "ik lig in bad met een boek en het mesje van de appel",
    "'k zit in de schuur met nen koord voor de aanhangwagen",
    "ik heb een touw, ik sta in de garage, waar moet de tent heen?",
    "kzit in de badkamer met een mesje voor die splinter in mijn voet",
]


@pytest.mark.parametrize("text", MEANS_AT_HAND)
def test_a_means_at_hand_alone_in_the_bath_or_the_garage_gets_the_panel(text):
    assert assess(text).tier == "acuut", (text, assess(text).signals)


@pytest.mark.parametrize("text", MEANS_AT_HAND_TWINS)
def test_a_means_with_an_ordinary_purpose_stays_quiet(text):
    assert assess(text).tier is None, (text, assess(text).signals)


def test_means_at_hand_is_its_own_combination():
    assert "middel-bij-de-hand" in _fired("ik zit in de badkamer met een scheermesje")
    assert "middel-bij-de-hand-en-meer" in _fired("ik zit in de garage met een touw. niemand is thuis")


def test_the_shed_and_the_rope_alone_stay_a_hint_as_in_round_44():
    """Only the bath with a blade is acute alone; the garage or the shed needs distress or being alone beside it."""
    assert assess("'k zit in de schuur met nen koord").tier != "acuut"


PLAN_STATED = [
    "ik heb mijn zelfmoord gepland voor oudjaar",
    "kheb mijn zelfdoding geregeld, volgende maand",
    "mijn eigen dood heb ik gepland",
    "ik ben al weken mijn zelfmoord aan het plannen",
    "ik heb een datum voor mijn zelfmoord",
]
PLAN_TWINS = [
    "ik heb mijn verjaardag gepland voor oudjaar",
    "kheb mijn verhuis geregeld, volgende maand",
    "mijn eigen feest heb ik gepland",
    "ik ben al weken mijn reis aan het plannen",
    "ik heb een datum voor mijn examen",
]


@pytest.mark.parametrize("text", PLAN_STATED)
def test_a_plan_for_ones_own_death_gets_the_panel_not_only_the_gentle_line(text):
    assert assess(text).tier == "acuut", (text, assess(text).signals)


@pytest.mark.parametrize("text", PLAN_TWINS)
def test_a_plan_for_a_party_or_a_move_stays_quiet(text):
    assert assess(text).tier is None, (text, assess(text).signals)


def test_suicide_as_a_subject_keeps_the_gentle_line():
    assert assess("we hebben het in de les over zelfmoord gehad").tier == "zorg"
    assert "eigen-dood-gepland" in _fired("ik heb mijn zelfmoord gepland")


GRIEF_PROMISE = [
    "papa is gestorven. papa ik kom",
    "mijn man is overleden. schat, ik kom",
    "oma is dood. oma, 'k kom naar u",
    "mijn broer is begraven. broer, kom ik ook",
]
GRIEF_TWINS = [
    "papa is gestorven. mama ik kom morgen koffie drinken",
    "de buurman is overleden. schat, ik kom om zes uur thuis",
    "oma is dood. mama, 'k kom naar u met de trein",
    "mijn oom is begraven. mam, ik kom bij je slapen",
]


@pytest.mark.parametrize("text", GRIEF_PROMISE)
def test_the_bare_promise_to_the_one_who_died_gets_the_panel(text):
    assert assess(text).tier == "acuut", (text, assess(text).signals)


@pytest.mark.parametrize("text", GRIEF_TWINS)
def test_a_visit_with_a_time_or_an_errand_after_a_death_stays_quiet(text):
    assert assess(text).tier is None, (text, assess(text).signals)
