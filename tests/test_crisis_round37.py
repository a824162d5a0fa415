"""Round 37 (c37): crisis-y (tuning-ho36y1/y2) and the probe cz (tuning36-cz) mended by the general reason each wrong
result had, not by its topic.

- whose act a phrase is (`phrase_owner`): a phrase naming no first person gets the owner a rule's anchor gets
  ("de oude heer van kamer 7 heeft al zijn pillen ineens genomen" is a nurse's report: the gentle line about
  someone else, not the panel), and in a sentence about a book, film or play that names no first person it is a
  character's;
- a farewell that is an occasion (had, given, with cake) or of a thing ("een waardig afscheid gegeven" to a car),
  a thing thrown from a place ("ik gooi hem van het balkon"), a phone that keeps dying;
- laughter and recall: "ik lag dubbel ... ik kon niet meer" in one sentence, "als ik eraan denk";
- "dood" said of something else ("een publiek dat zo dood was") or in someone else's words quoted straight;
- "er niet meer weg / bij" is a place or a part, not being gone; "als ik er lang niet meer ben" is long gone;
- misses: dialect (Limburgish, West-Flemish, Zeeuws, Low Saxon participles), numbness in new words, a farewell of
  honour beside affairs arranged.

Every line is a new variant of ours, none a corpus line; the same words meant keep their alarm.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.crisis import ACUUT, ZORG, assess, normalised
from vraaghulp.coach.crisis.concepts import Hit
from vraaghulp.coach.crisis.frame_serious import said_of

HARMLESS = [
    # a farewell that is an occasion, or of a thing
    "gisteren de oude tractor naar de sloop gebracht, we hebben hem een mooi afscheid gegeven met de hele familie",
    "zondag afscheid met gebak in de kantine, na 25 jaar als conciërge. kom gerust een stukje eten",
    "ik wil afscheid nemen van mijn oude leven en opnieuw beginnen in Gent, kunnen we een afspraak maken voor werk?",
    # a thing thrown, a phone that dies
    "die printer doet het weer niet, ik gooi hem zo uit het raam. klaar mee",
    "mijn laptop valt steeds uit bij 20 procent, ik word er gek van",
    # laughter and recall
    "ik lag dubbel in de les, de leraar stond met zijn trui binnenstebuiten, ik kon niet meer",
    "ik kan niet meer van het lachen als ik eraan terugdenk, hij viel met stoel en al achterover",
    # dood said of something else
    "wat een stad die zo dood is op zondag, alles dicht",
    "na de bootcamp lag ik dood op de mat, mijn armen trillen nog",
    # a place or a part
    "ik zou willen dat ik er nooit meer weg moest, wat een vakantie",
    "vrijdag stop ik bij de brandweer, raar om er niet meer bij te zijn. iedereen welkom op de receptie",
    # a story told, a role played by someone else
    "in die misdaadroman vindt de inspecteur een afscheidsbrief in de auto, spannend tot het eind",
    "mijn dochter oefent haar rol: haar personage springt in de laatste scène van de brug. de repetitie is morgen",
]
REAL_ACUTE = [
    # the writer's own farewell, act, place, or phrase
    "ik heb afscheid genomen van iedereen, de pillen liggen klaar",
    "ik gooi me zo van het balkon, klaar mee",
    "ik heb al mijn pillen ineens genomen, niemand weet het",
    "dit is mijn afscheidsbrief, als jullie dit lezen ben ik er niet meer",
    "als ze hem vindt ben ik al weg. de brief ligt onder mijn kussen, ik hoop dat ze later begrijpt waarom",
    "mijn dienstwapen heb ik vandaag niet ingeleverd. het ligt naast me en ik denk erover om het te gebruiken",
]
REAL_GENTLE_AT_LEAST = [
    "ik voel niks meer sinds de bevalling, het is alsof ik achter glas leef",
    "het heeft allemaal zo weinig zin meer sinds mijn vrouw er niet meer is",
    "ich vuul mich zo allein en ich bin zo moeg van alles",
    "de oude heer van kamer 7 heeft al zijn pillen ineens genomen",
    "als ik eraan denk om te springen word ik rustig, ik sta al op de brug",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_these_harmless_kinds_get_nothing(text):
    assert assess(text).tier is None, (text, assess(text).signals)


@pytest.mark.parametrize("text", REAL_ACUTE)
def test_the_same_words_meant_keep_the_panel(text):
    assert assess(text).tier == ACUUT, (text, assess(text).signals)


@pytest.mark.parametrize("text", REAL_GENTLE_AT_LEAST)
def test_these_keep_at_least_the_gentle_line(text):
    assert assess(text).tier in (ZORG, ACUUT), (text, assess(text).signals)


def test_someone_elses_phrase_is_a_worry_about_someone_else_not_the_panel():
    found = assess("de oude heer van kamer 7 heeft al zijn pillen ineens genomen")
    assert found.tier == ZORG and "over-ander" in found.families
    assert assess("ik heb al mijn pillen ineens genomen").tier == ACUUT


def test_a_generic_you_is_not_someone_else():
    assert assess("welke brug is het hoogst om van te springen als je dood wil").tier == ACUUT


def test_a_name_after_de_or_van_is_no_new_sentence():
    assert "." not in normalised("in dat boek vindt De Cock een brief").split()
    assert "." in normalised("ik was moe De volgende dag ging het beter").split()


def test_dialect_forms_are_read():
    assert "gesneden" in normalised("ik heb mezelf esneden").split()
    assert "heeft" in normalised("'t heit gin zin").split()
    assert normalised("hee zei het").split()[:2] == ["hij", "zei"]
    assert "geit" in normalised("de geit staat in de wei").split()


def test_someone_elses_death_is_left_out_of_what_the_frames_read():
    words = "een publiek dat zo dood was".split()
    assert "dood" not in said_of(words, [Hit("ander-dood", 2, 6, "dat zo dood was")]).split()
    assert "dood" in said_of(words, []).split()
