"""Probe 13, part a (kp13a): results offered as sure that were wrong, each class made right or not sure.
Drafts of the probe report and of our own wording (NL and Flemish; none of them a corpus line).

1. An honest sentence that is no 'ik ben/voel' sentence (pain, money, a miscarriage, being admitted, a
   death, a parent in hospital, 'ik weet niet hoe lang ik dit nog volhoud') was dropped, and its moment
   could move into the request. Own states stay; heavy news about others that goes makes it not sure.
5. 'Ik kan anders niet X' was cut at 'anders' into the fragment 'Anders niet X.'.
6. The object named in the next sentence ('Het gaat om mijn cv.', 'de stofzuiger bedoel ik') went,
   leaving 'het'/'hem' pointing at nothing.
7. A duration in a sentence of its own went, and the 'vaag' finding then asked for it.
13. A statement of need with a moment, then its short ask: the ask went (state + ask stays as it is).
14. 'Met dank.' was folded into the question.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


def _kinds(result) -> list[str]:
    return [f.kind for f in result.findings]


# -- 1. honest news that is no 'ik ben' sentence ---------------------------------------------------

@pytest.mark.parametrize(("draft", "expected"), [
    ("Hoi Kim, ik zit echt krap bij kas deze maand. Zou je me 50 euro kunnen lenen?",
     "Kim, ik zit echt krap bij kas deze maand. Kun je me 50 euro lenen?"),
    ("Dag Bert, 'k zit deze maand echt krap. Kunt ge mij 30 euro lenen tot vrijdag?",
     "Bert, 'k zit deze maand echt krap. Kunt ge mij 30 euro lenen tot vrijdag?"),
    ("Hoi Mira, ik heb rugpijn. Kun je de boodschappen tillen?", "Mira, ik heb rugpijn. Kun je de boodschappen tillen?"),
    ("Hey Jolien, ik heb al twee dagen kiespijn. Kun jij vanmiddag de kinderen van school halen?",
     "Jolien, ik heb al twee dagen kiespijn. Kun jij vanmiddag de kinderen van school halen?"),
    ("Hoi Tessa, kun je morgen de kinderen halen? Ik heb een miskraam gehad.",
     "Tessa, kun je morgen de kinderen halen? Ik heb een miskraam gehad."),
    ("Hoi Sven, ik moet opgenomen worden. Kun je voor de kat zorgen?", "Sven, ik moet opgenomen worden. Kun je voor de kat zorgen?"),
])
def test_an_own_honest_state_stays(draft: str, expected: str) -> None:
    result = shrink(draft)
    assert result.sentence == expected
    assert result.sure
    assert "staat" in _kinds(result)


@pytest.mark.parametrize(("draft", "heavy"), [
    ("Lieve Sanne, ik ben zo moe, echt op, ik weet niet hoe lang ik dit nog volhoud. Kun je zaterdag de kinderen nemen?",
     "ik weet niet hoe lang ik dit nog volhoud"),
    ("Lieve Fleur, ik ben op, echt kapot, ik weet niet hoe lang ik het nog volhou. Wil je zondag koken?",
     "ik weet niet hoe lang ik het nog volhou"),
])
def test_the_heaviest_part_is_not_made_lighter(draft: str, heavy: str) -> None:
    assert heavy in shrink(draft).sentence


@pytest.mark.parametrize("draft", [
    "Hallo Wim, kun je mijn dienst overnemen? Mijn vader is gisteren overleden.",
    "Hoi Lotte, mijn moeder ligt in het ziekenhuis. Kun je morgen de kinderen halen?",
    "Hoi Kees, mijn knie is geopereerd en ik kan niet bukken. Kun je de planten water geven?",
    "Hoi Pim, mijn huis is afgebrand. Mag ik een paar nachten bij jou slapen?",
    "Hoi Ans, mijn opa is vannacht overleden. Kun je morgen mijn dienst overnemen?",
    "Hoi Koen, kun je donderdag de les overnemen? Mijn zus ligt in het ziekenhuis.",
    "Dag Lieve, ons moeder ligt sinds gisteren op intensive care. Kunt ge zaterdag de winkel openen?",
])
def test_heavy_news_that_goes_is_never_sure(draft: str) -> None:
    result = shrink(draft)
    words = ("overleden", "ziekenhuis", "geopereerd", "afgebrand", "intensive care")
    assert result.sure is False or any(w in result.sentence for w in words)


def test_the_moment_of_a_money_state_stays_in_it() -> None:
    result = shrink("Hoi Kim, ik zit echt krap bij kas deze maand. Zou je me 50 euro kunnen lenen?")
    assert "lenen" in result.sentence and "deze maand 50 euro" not in result.sentence


def test_someone_elses_tight_budget_is_no_honest_state() -> None:
    result = shrink("Priya, mag ik volgende maand de training van 350 euro volgen? Ik weet dat het budget krap is.")
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert "krap" not in result.sentence or not any(f.kind == "staat" for f in result.findings)


# -- 5. 'ik kan anders niet X' ------------------------------------------------------------------

@pytest.mark.parametrize(("draft", "consequence"), [
    ("Hoi, zou je de auto kunnen terugbrengen? Ik kan anders niet naar mijn werk.", "Ik kan anders niet naar mijn werk."),
    ("Hoi Mia, kun je de printer vrijmaken? Ik kan mijn scriptie anders niet printen.", "Ik kan mijn scriptie anders niet printen."),
    ("Hoi Sem, kun je je fiets van de stoep halen? Ik kan anders niet met de rolstoel naar binnen.",
     "Ik kan anders niet met de rolstoel naar binnen."),
    ("Zoudt ge de auto morgen vroeg terugzetten? 'k Kan anders ni naar mijn werk.", "'k Kan anders ni naar mijn werk."),
    ("Kun jij de wifi resetten? We kunnen anders geen films kijken vanavond.", "We kunnen anders geen films kijken vanavond."),
])
def test_a_consequence_with_the_writer_first_stays_whole(draft: str, consequence: str) -> None:
    result = shrink(draft)
    assert result.sentence.endswith("? " + consequence)
    assert "Anders niet" not in result.sentence and "Anders geen" not in result.sentence


def test_a_way_out_with_anders_still_goes() -> None:
    result = shrink("Kun je de auto terugbrengen? Ik doe het anders zelf wel.")
    assert result.sentence == "Kun je de auto terugbrengen?"


# -- 6. the object named after the ask ------------------------------------------------------------

@pytest.mark.parametrize(("draft", "expected"), [
    ("Hoi Gert, kun je even meelezen? Het gaat om mijn motivatiebrief.", "Gert, kun je even meelezen? Het gaat om mijn motivatiebrief."),
    ("Hoi Luuk, kun je het morgen brengen? het pakket bedoel ik", "Luuk, kun je het morgen brengen? Het pakket bedoel ik."),
    ("Hoi Els, kun je hem vanavond ophalen? Ik bedoel de tafel van Marktplaats.",
     "Els, kun je hem vanavond ophalen? Ik bedoel de tafel van Marktplaats."),
    ("Hoi Nina, kun je er even naar kijken? Het gaat om mijn cv.", "Nina, kun je er even naar kijken? Het gaat om mijn cv."),
    ("Dag Stijn, kunt ge hem morgen meebrengen? Ik bedoel de boormachine.", "Stijn, kunt ge hem morgen meebrengen? Ik bedoel de boormachine."),
    ("Hé Lars, kan je het vrijdag ophalen? de stofzuiger bedoel ik", "Lars, kan je het vrijdag ophalen? De stofzuiger bedoel ik."),
])
def test_the_object_named_after_the_ask_stays(draft: str, expected: str) -> None:
    result = shrink(draft)
    assert result.sentence == expected
    assert result.sure


# -- 7. a duration in a sentence of its own -------------------------------------------------------

@pytest.mark.parametrize(("draft", "duration"), [
    ("Hoi Evi, kun je zaterdag helpen met de tuin? Het duurt ongeveer twee uur.", "Het duurt ongeveer twee uur."),
    ("Hoi Rob, kun je dinsdag op de kinderen passen? Het gaat om een uur of vier.", "Het gaat om een uur of vier."),
    ("Dag Jens, kunt ge zaterdag helpen verhuizen? Da duurt ne namiddag.", "Da duurt ne namiddag."),
    ("Hoi Kim, kun je zaterdag helpen met behangen? Het duurt ongeveer drie uur.", "Het duurt ongeveer drie uur."),
    ("Dag Eva, kunt ge woensdag op de kleine letten? Da duurt ne voormiddag.", "Da duurt ne voormiddag."),
    ("Hoi Tim, kun je me helpen met mijn belastingaangifte? Duurt hooguit een uurtje.", "Duurt hooguit een uurtje."),
])
def test_a_duration_after_the_ask_stays_and_is_not_asked_for(draft: str, duration: str) -> None:
    result = shrink(draft)
    assert result.sentence.endswith(duration)
    assert "hoe-lang" not in result.missing


@pytest.mark.parametrize(("draft", "kept"), [
    ("Hoi Gert, kun je even meelezen? Het gaat over mijn motivatiebrief.", "Het gaat over mijn motivatiebrief."),
    ("Hoi Evi, kun je zaterdag helpen met de tuin? Dat duurt maar een uurtje hoor.", "Dat duurt maar een uurtje."),
    ("Kun je zaterdag helpen met de tuin? Het is maar een uurtje.", "Het is maar een uurtje."),
])
def test_other_wordings_of_what_and_how_long_stay(draft: str, kept: str) -> None:
    assert shrink(draft).sentence.endswith(kept)


def test_a_duration_after_the_ask_that_still_goes_is_not_sure() -> None:
    result = shrink("Kun je zaterdag helpen? Het duurt maar twee uur, maar het is zwaar werk.")
    assert "twee uur" in result.sentence or not result.sure


def test_a_longer_sentence_about_the_object_is_not_taken_for_its_name() -> None:
    result = shrink("Kun je woensdag naar mijn fiets kijken? Het gaat om mijn fiets die al weken een lekke band heeft.")
    assert "die al weken" not in result.sentence


# -- 13. a need with a moment, then its ask --------------------------------------------------------

@pytest.mark.parametrize("draft", [
    "Ik heb hulp nodig met de verhuizing zaterdag. Kun je komen?",
    "Hoi Ruth, ik heb een lift nodig naar Utrecht vrijdag. Kun je me brengen?",
    "Hoi Mo, ik heb een schroevendraaier nodig morgen. Mag ik de jouwe lenen?",
    "Ik heb morgen een oppas nodig voor de kinderen. Kun jij?",
    "Hoi Marco, ik heb een ladder nodig zaterdag. Mag ik de jouwe lenen?",
    "'k Heb vrijdag iemand nodig voor de verhuis. Kunt gij komen?",
])
def test_a_need_and_its_ask_stay_as_they_are(draft: str) -> None:
    result = shrink(draft)
    need, ask = draft.split(". ", 1) if ". " in draft else (draft, "")
    assert result.sentence.endswith(ask)
    assert "nodig" in result.sentence
    assert "meer-vragen" not in _kinds(result)


def test_a_second_ask_after_a_full_need_is_still_a_second_ask() -> None:
    result = shrink("Anja, ik wil graag dat je mijn verlof vandaag nog goedkeurt. Kun je ook even kijken naar mijn declaratie?")
    assert result.sentence == "Anja, ik wil graag dat je mijn verlof vandaag nog goedkeurt."
    assert "meer-vragen" in _kinds(result)


# -- 14. 'Met dank.' ------------------------------------------------------------------------------

@pytest.mark.parametrize(("draft", "expected"), [
    ("Beste meneer Claes, kunt u mij de offerte sturen? Met dank.", "Meneer Claes, kunt u mij de offerte sturen?"),
    ("Beste mevrouw Peeters, zoudt u mij de factuur kunnen doorsturen? Met dank.", "Mevrouw Peeters, kunt u mij de factuur doorsturen?"),
    ("Geachte mevrouw Wouters, kunt u mij het verslag bezorgen? Met dank bij voorbaat.", "Mevrouw Wouters, kunt u mij het verslag bezorgen?"),
    ("Dag meneer Peeters, zoudt ge de factuur willen nakijken? Met dank.", "Meneer Peeters, wilt ge de factuur nakijken?"),
    ("Beste Ilse, kun je het rooster doorsturen? Met vriendelijke dank.", "Ilse, kun je het rooster doorsturen?"),
])
def test_met_dank_is_a_sign_off(draft: str, expected: str) -> None:
    result = shrink(draft)
    assert result.sentence == expected
    assert "dank" not in result.sentence
