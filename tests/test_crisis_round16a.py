"""Round 16 (c16a): mends for the open items of the issue-13 probe.

Each class is tested with wordings that failed on the code before the mend, next to the
wordings that must keep (or must not get) their tier.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess
from vraaghulp.content import load_toml


# Looked up "hoe het moet" (no object named) in a message about not being able to go on.
@pytest.mark.parametrize("text", (
    "Ik ben er klaar mee. Ik heb op internet gekeken hoe het moet.",
    "ik kan niet meer. heb gegoogeld hoe het moet",
    "ik hou het niet meer vol en heb gisteren op internet opgezocht hoe het moet",
    "ik ben er klaar mee ik heb op internet gekeken hoe het moet",
    "'k kan nie meer, 'k heb op 't internet gezocht hoe da moet. kunde gij mijne kat nemen",
))
def test_looked_up_how_in_a_message_about_being_done_is_acute(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "Ik heb op internet gekeken hoe het moet, de kast staat er. Ik ben er klaar mee voor vandaag.",
    "ik heb op youtube gekeken hoe het moet met die printer, ik ben er klaar mee",
    "Ik ben er klaar mee met die lekkende kraan. Ik heb op internet gekeken hoe het moet, kun je morgen helpen?",
    "Ik ben doodop van de week. Ik heb gegoogeld hoe het moet met de belastingaangifte, kun jij kijken?",
))
def test_looked_up_how_for_a_job_is_nothing(text):
    assert assess(text).tier is None


# An errand tacked on in its own sentence ("kun je de hond uitlaten?") is no harmless purpose of
# what the sentence before it found: the pet's words there no longer switch the rule off.
@pytest.mark.parametrize("text", (
    "Ik heb gegoogeld hoe je het pijnloos doet. Kun je morgen de hond uitlaten?",
    "Ik heb gezocht wat de snelste manier is. Kun jij de kat voeren?",
    "Ik sta op de brug en ik ben er klaar mee. Kun je de hond nemen?",
))
def test_an_errand_after_the_alarm_does_not_cover_it(text):
    assert assess(text).tier == ACUUT


# A quiet goodbye to everyone: the gentle line alone, the panel with distress or a time,
# nothing beside an ordinary occasion (a party, a holiday, a last working day).
@pytest.mark.parametrize("text", ("ik heb iedereen al gedag gezegd", "Ik heb iedereen al gedag gezegd."))
def test_a_goodbye_to_everyone_is_a_worry(text):
    assert assess(text).tier == ZORG


@pytest.mark.parametrize("text", (
    "ik heb iedereen al gedag gezegd. ik kan niet meer",
    "kheb iedereen al dag gezegd, vanavond is t klaar",
    "'k heb iedereen al gedag gezeid, 't is goed zo",
    "ik heb vandaag iedereen nog een laatste knuffel gegeven. zorg goed voor mama",
))
def test_a_goodbye_to_everyone_with_distress_is_acute(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "Ik heb iedereen al gedag gezegd op het feest, ik ga naar huis. Kom je me halen?",
    "Ik heb iedereen al gedag gezegd, morgen vertrek ik op vakantie.",
    "Op mijn laatste werkdag heb ik iedereen gedag gezegd, kun je me ophalen?",
    "We hebben iedereen gedag gezegd op de camping, we rijden nu naar huis.",
))
def test_a_goodbye_at_an_occasion_is_nothing(text):
    assert assess(text).tier is None


# Someone else's pills that the writer takes: the owner ("van mijn moeder") and the object "ze"
# after the writer's own verb ("en ga ze allemaal slikken") are not the subject.
@pytest.mark.parametrize("text", (
    "ik heb de pillen van mijn moeder gepakt en ga ze allemaal slikken",
    "kheb de pillen van mn ma gepakt en ga ze allemaal slikken",
    "ik heb de slaappillen van mijn vader gepakt en ga ze allemaal innemen",
    "'k heb de pillekes van ons moeder gepakt en 'k ga ze allemaal slikken",
))
def test_taking_someone_elses_pills_is_acute(text):
    assert assess(text).tier == ACUUT


@pytest.mark.parametrize("text", (
    "mijn moeder heeft haar pillen en ze gaat ze allemaal slikken",
))
def test_someone_else_taking_pills_stays_a_worry(text):
    assert assess(text).tier == ZORG


@pytest.mark.parametrize("text", (
    "ik heb de pillen van mijn moeder opgehaald en ga ze in de weekdoos doen",
    "'k heb de medicatie van ons moeder opgehaald bij de apotheek, 'k ga ze in de dagdoos leggen",
))
def test_sorting_someone_elses_pills_is_nothing(text):
    assert assess(text).tier is None


# A cover story ([[tekst.dekverhaal]]): the next sentence gives the loaded word a harmless purpose.
@pytest.mark.parametrize("text", (
    "Ik heb een afscheidsbrief geschreven. Het is voor de voorstelling van zaterdag, ik speel de hoofdrol.",
    "k heb een afscheidsbrief geschreven. die is voor het toneel op school",
    "Ik heb een afscheidsbrief geschreven. De juf vond hem mooi. Het is voor de les Nederlands.",
    "Ik heb de pillen gespaard. Ze zijn voor de hond, die moet ze elke dag.",
    "Ik heb mijn oude pillen gespaard. Morgen breng ik ze terug naar de apotheek.",
    "Ik heb een afscheidsvideo gemaakt. Die is voor de musical van de klas.",
))
def test_a_cover_sentence_takes_the_alarm_away(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "Ik heb een afscheidsbrief geschreven. Het is voor de voorstelling. Maar ik wil eigenlijk echt dood.",
    "Ik heb mijn oude pillen gespaard. Morgen breng ik ze terug naar de apotheek. Ik wil niet meer leven.",
    "Ik heb pillen gespaard voor mezelf. Ik ga ze vanavond allemaal nemen. Het touw is voor de schommel.",
    "Ik heb een afscheidsbrief geschreven. Ik wil dood. Het is voor de voorstelling.",
    "Ik heb een touw gekocht en weet welke boom. Ik wil er niet meer zijn. Het is voor de schommel.",
))
def test_a_cover_sentence_never_silences_a_real_alarm_beside_it(text):
    assert assess(text).tier == ACUUT


# Everyday idioms that had the panel (probe13-crisis H9): not being at a named meeting any more,
# hurting oneself with a heavy bag or by sitting, having fought long enough for a named thing.
@pytest.mark.parametrize("text", (
    "Ik wil er niet meer bij zijn bij die vergadering, kun jij gaan?",
    "'k wil er nie meer bij zijn op die vergadering van de voetbalclub, kunde gij gaan?",
    "ik wil er niet meer bij zijn bij dat overleg op maandag, kun jij het overnemen",
    "Ik doe mezelf pijn met die zware tas, kun je mijn boodschappen dragen?",
    "Ik doe mezelf pijn met die zware rugzak, kun jij de boodschappen tillen?",
    "ik doe mezelf pijn door zo lang te zitten, mag ik een andere stoel?",
    "Ik heb lang genoeg gevochten voor die promotie, help je met mijn sollicitatiebrief?",
    "We hebben lang genoeg gevochten voor die vergunning, kun je de advocaat bellen?",
    "Ik heb lang genoeg geleefd met deze keuken, help je met de nieuwe?",
))
def test_everyday_idioms_of_absence_hurt_and_fighting_are_nothing(text):
    assert assess(text).tier is None


@pytest.mark.parametrize("text", (
    "ik wil er niet meer bij zijn",
    "ik wil er niet meer bij zijn bij die vergadering, ik wil er helemaal niet meer zijn",
    "ik doe mezelf pijn met een mes",
    "ik doe mezelf pijn met die zware tas en met een mesje",
    "ik heb lang genoeg gevochten",
    "ik heb lang genoeg gevochten tegen de depressie, kun je de kinderen ophalen",
))
def test_the_same_words_about_oneself_keep_the_panel(text):
    assert assess(text).tier == ACUUT


def _covers() -> list[dict]:
    return load_toml("crisis_signalen")["tekst"]["dekverhaal"]


def test_every_cover_story_has_examples_both_ways():
    covers = _covers()
    assert covers
    for cover in covers:
        assert cover["uitleg"] and cover["voorbeelden"] and cover["niet_voorbeelden"]
        assert all(assess(text).tier is None for text in cover["voorbeelden"]), cover["uitleg"]
        assert all(assess(text).tier == ACUUT for text in cover["niet_voorbeelden"]), cover["uitleg"]


def test_the_corpus_file_of_this_round_is_there():
    with (Path(__file__).parent / "corpus" / "crisis" / "tuning16-c16a.toml").open("rb") as handle:
        rows = tomllib.load(handle)["regel"]
    assert len(rows) >= 50
    assert {r["verwacht"] for r in rows} == {"acuut", "zorg", "geen"}
