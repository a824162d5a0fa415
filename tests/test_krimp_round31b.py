"""Round 31 (k31b): a Flemish 'ne keer' the last tidy takes out no longer withholds `zeker` in longer drafts when
nothing about the writer or the look of the thing went (filler_own.py); a state a later step took out now keeps the
doubt in short drafts too (round 30's filler_gone.py, now folded into filler_own.py)."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import filler_own, polite_service, shrink, vouch
from tests.krimp_beside import kept as beside_kept, stays as beside_stays  # noqa: F401


# --- 1. What went is about the thing or the others: sure ---------------------------------------------------------------

SURE_NOW = [
    ("Dag Rita, zoudt ge vrijdag ne keer de hond kunnen uitlaten? Onze Jan moet naar Brussel voor zijn werk en de "
     "hondenschool is gesloten. Merci!", "Rita, kunt ge vrijdag de hond uitlaten?"),
    ("Dag Walter, zoudt ge morgen ne keer naar mijn poort kunnen kijken? Ze sluit ni meer goed en de hond loopt weg. "
     "Merci he, Gilbert", "Walter, kunt ge morgen naar mijn poort kijken?"),
]


@pytest.mark.parametrize("draft, expected", SURE_NOW)
def test_a_tidied_filler_with_background_about_others_is_sure(draft, expected):
    result = shrink(draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert result.sentence == expected and result.sure or result.sentence.startswith(expected) and beside_stays(draft, result)


@pytest.mark.parametrize("draft, expected", SURE_NOW)
def test_without_the_lift_the_same_drafts_were_withheld(monkeypatch, draft, expected):
    monkeypatch.setattr(filler_own, "lifted", lambda codes, *args: codes)
    result = shrink(draft)
    assert result.sentence == expected
    assert not result.sure


# --- 2. Look-alikes the code must still guard -------------------------------------------------------------------------

@pytest.mark.parametrize("draft", [
    # the writer's own state went
    "ey jens kunde gij zaterdag ne keer helpen met de kast? kzit hier al heel de week alleen en kben het beu",
    "Hanne, zoudt ge vanavond ne keer kunnen bellen? 'k Ben vandaag mijn job kwijtgeraakt en 'k weet ni goed wat ik "
    "moet doen. Ge moogt gerust nee zeggen.",
    # what the thing looks like went
    "Dag Gerda, zoudt ge ne keer kunnen zien of mijn sjaal nog bij u ligt? Hij is rood met witte strepen. Merci, Annick",
    # the filler stays in the result
    "Hey Bert, kunde gij nog ne keer de router herstarten? Het internet valt weer uit en de kinderen hebben morgen examen.",
    "Zus, zoudt ge ne keer per week mijn post willen ophalen zolang ik in het ziekenhuis lig? De sleutel hangt bij de buren.",
])
def test_the_writer_or_the_look_of_the_thing_gone_keeps_the_doubt(draft):
    assert not shrink(draft).sure


def test_a_state_taken_out_after_the_spans_keeps_the_doubt_in_a_short_draft(monkeypatch):
    draft = ("Hanne, zoudt ge vanavond ne keer kunnen bellen? 'k Ben vandaag mijn job kwijtgeraakt en 'k weet ni goed "
             "wat ik moet doen. Ge moogt gerust nee zeggen.")
    result = shrink(draft)
    assert "job" not in result.sentence and not result.sure
    monkeypatch.setattr(filler_own, "needed_went", lambda out, text, sentence: False)
    assert shrink(draft).sure  # round 30's lift alone made it sure while the lost job went unsaid


def test_the_writer_is_found_in_dutch_and_flemish_spelling():
    for piece in ("Ik zit hier alleen", "'k Ben het beu", "kzit vast", "Het gaat ni goe met mij", "m'n rug doet pijn"):
        assert filler_own.WRITER.search(piece), piece
    for piece in ("De hond loopt weg", "Onze Jan moet naar Brussel", "Het kan wachten", "De kinderen hebben examen"):
        assert not filler_own.WRITER.search(piece), piece


def test_the_offered_sentence_never_changes(monkeypatch):
    draft = SURE_NOW[0][0]
    before = shrink(draft).sentence
    monkeypatch.setattr(filler_own, "lifted", lambda codes, *args: codes)
    assert shrink(draft).sentence == before


# --- 3. A bare polite 'niet' before a service for the writer: sure (polite_service.py) ------------------------------

@pytest.mark.parametrize("draft, expected", [
    ("Hoi Anja, zou je me niet de notulen kunnen mailen van gisteren?", "Anja, kun je me de notulen mailen van gisteren?"),
    ("Hey Tom, zou je me niet willen helpen met de tuin zondag?", "Tom, wil je me helpen met de tuin zondag?"),
    ("Tante Lea, zoudt ge mij ni naar de kinesist kunnen voeren donderdag om 10u? Mijn auto is binnen voor onderhoud.",
     "Tante Lea, kunt ge mij donderdag om 10u naar de kinesist voeren?"),
])
def test_a_polite_not_before_a_service_is_sure(monkeypatch, draft, expected):
    result = shrink(draft)
    # round 47: the statement beside the ask stays, as the outside authors' golds keep it
    assert result.sentence == expected and result.sure or beside_stays(draft, result)
    monkeypatch.setattr(vouch, "is_service", lambda req: False)
    assert not shrink(draft).sure  # round 23's doubt alone withheld it


@pytest.mark.parametrize("draft", [
    "Zou je me niet bij mijn bijnaam willen noemen op het werk?",
    "Zou je me niet willen bellen tijdens mijn werk? Mijn baas vindt dat vervelend. Na 17 uur kan wel.",
])
def test_a_polite_not_before_another_verb_keeps_its_niet(draft):
    # round 31 (k31d): the 'niet' is no longer taken out as politeness here (polite_not._wanted_not): the meaning stays
    assert "niet" in shrink(draft).sentence.lower().split()


def test_the_service_verbs_are_things_done_for_someone():
    assert {"brengen", "voeren", "lenen", "helpen", "mailen"} <= polite_service.SERVICE
    assert not {"noemen", "bellen", "zeggen", "vertellen", "storen", "doen"} & polite_service.SERVICE
