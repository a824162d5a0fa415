"""Round 34 (k34e): a question about a fact never becomes a request to do it (fact_whether.py, find_out.py).

'ik vroeg me af of de trein morgen rijdt' came back as 'Mag de trein morgen rijden?', marked sure: the reader cannot
allow the train. After a 'whether' frame a clause about a third thing without its own 'kan'/'mag' is never turned sure
(the writer's own words, or a plain 'Is …?' from whether_turned.py, not sure); with an ask to find it out right after
('Kunt u dat navragen?') the two make one question, the reader's act: 'Kunt u navragen of de trein morgen rijdt?'.
The writer's or the reader's own clause ('of je morgen kunt helpen', 'of ik mijn verslag later mag inleveren') and a
third party's own 'kan'/'mag' ('of de monteur morgen kan komen') are turned as before."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import find_out, shrink

_MAY = ("Mag ", "Mogen ")


# --- 1. A fact about a third thing, alone: never 'Mag …', never sure -------------------------------------------------

@pytest.mark.parametrize("draft", [
    "ik vroeg me af of de trein morgen rijdt.",
    "ik was benieuwd of de bus om 8 uur vertrekt",
    "ik vraag me af of de bibliotheek zaterdag opengaat",
    "k vroeg me af of de trein vandaag rijdt",
    "ik vroeg me af of de les morgen doorgaat",
    "Ik vroeg mij af of de vergadering doorgaat.",
    "ik vroeg me af of mijn dochter mee komt",
    "ik vroeg me af of de trein morgen rijdt. Dat zou fijn zijn.",
])
def test_a_fact_wondered_about_is_never_asked_leave_for(draft):
    result = shrink(draft)
    assert not result.sentence.startswith(_MAY), result.sentence
    assert not result.sure
    assert "of" in result.sentence.split()  # the writer's own 'of'-clause, the frame kept


@pytest.mark.parametrize("draft, expected", [
    ("Ik vroeg me af of de winkel zondag open is.", "Is de winkel zondag open?"),
    ("ik vroeg me af of de apotheek vandaag open is", "Is de apotheek vandaag open?"),
    ("Ik ben benieuwd of de uitslag al binnen is.", "Is de uitslag al binnen?"),
    ("ik vraag me af of er morgen school is", "Is er morgen school?"),
    ("ik vroeg me af of de dokter vandaag nog spreekuur heeft", "Heeft de dokter vandaag nog spreekuur?"),
])
def test_a_plain_is_or_heeft_is_put_in_front_but_not_sure(draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert not result.sure


# --- 2. The fact, then an ask to find it out: one question, the reader's act -----------------------------------------

@pytest.mark.parametrize("draft, expected", [
    ("ik vroeg me af of de trein morgen rijdt. Kunt u dat navragen?", "Kunt u navragen of de trein morgen rijdt?"),
    ("Ik vroeg me af of de winkel zondag open is. Kun je dat even checken?",
     "Kun je checken of de winkel zondag open is?"),
    ("ik vraag me af of mijn pakket al is aangekomen, kunt u dat nakijken?",
     "Kunt u nakijken of mijn pakket al is aangekomen?"),
    ("Ik vroeg mij af of mijn zoon geslaagd is. Kunt u mij dat laten weten?",
     "Kunt u mij laten weten of mijn zoon geslaagd is?"),
    ("ik vroeg me af of de bus morgen rijdt. kun je dat ff navragen", "Kun je navragen of de bus morgen rijdt?"),
    ("ik vroeg mij af of de winkel zondag open is, kunde gij dat eens navragen?",
     "Kunde gij navragen of de winkel zondag open is?"),
    ("Ik vroeg mij af of de tram morgen rijdt. Zou u dat kunnen navragen?",
     "Zou u kunnen navragen of de tram morgen rijdt?"),
    ("ik vraag me af of de zaal vrij is op zaterdag. Kun je dat voor me nagaan?",
     "Kun je voor me nagaan of de zaal vrij is op zaterdag?"),
    ("Ik vroeg me af of de factuur al betaald is. Kunt u mij dat bevestigen?",
     "Kunt u mij bevestigen of de factuur al betaald is?"),
])
def test_the_ask_to_find_out_takes_the_clause_in_place_of_dat(draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert not result.sure  # put together after the verdict: the writer checks it


@pytest.mark.parametrize("draft", [
    "ik vroeg me af of de trein morgen rijdt. Kunt u dat navragen?",
    "Ik vroeg me af of de winkel zondag open is. Kun je dat even checken?",  # 'Is de winkel …' turned first
])
def test_the_merged_question_strikes_the_frame_and_dat_and_names_no_second_question(draft):
    result = shrink(draft)
    struck = [draft[a:b] for a, b in result.dropped]
    assert struck[0].lower() == "ik vroeg me af of" and any(s.startswith("dat") for s in struck)
    assert not any(w in s for s in struck for w in ("Kun", "navragen", "checken", "rijdt", "is"))
    kinds = [f.kind for f in result.findings]
    assert "meer-vragen" not in kinds and "aanloop" in kinds


# --- 3. Look-alikes: the reader's or the writer's own clause, a third party's own 'kan'/'mag' -------------------------

@pytest.mark.parametrize("draft, expected", [
    ("ik vroeg me af of je morgen kunt helpen", "Kun je morgen helpen?"),
    ("ik vroeg me af of ik mijn verslag later mag inleveren", "Mag ik mijn verslag later inleveren?"),
    ("Ik vroeg mij af of u mij kunt terugbellen.", "Kunt u mij terugbellen?"),
    ("ik vroeg me af of ge morgen kunt komen", "Kunt ge morgen komen?"),
    ("Ik vroeg me af of de monteur morgen kan komen.", "Kan de monteur morgen komen?"),
    ("ik vroeg me af of mijn zoon morgen bij jullie mag spelen", "Mag mijn zoon morgen bij jullie spelen?"),
    ("Zou u het erg vinden als mijn broer zaterdag meekomt?", "Mag mijn broer zaterdag meekomen?"),
])
def test_the_readers_or_writers_own_clause_is_turned_sure_as_before(draft, expected):
    result = shrink(draft)
    assert result.sentence == expected
    assert result.sure


@pytest.mark.parametrize("draft, expected", [
    ("ik vroeg me af of je morgen kunt helpen. Kun je dat laten weten?", "Kun je morgen helpen?"),
    ("Ik vroeg me af of ik morgen later mag komen. Kunt u dat laten weten?", "Mag ik morgen later komen?"),
    ("ik vroeg me af of de monteur morgen kan komen. Kunt u dat navragen?", "Kan de monteur morgen komen?"),
])
def test_no_merge_when_the_clause_was_turned_sure(draft, expected):
    assert shrink(draft).sentence == expected


@pytest.mark.parametrize("draft", [
    "ik vroeg me af of de trein morgen rijdt. Kun je dat stuk hout bekijken?",  # 'dat stuk hout': no 'dat' of the clause
    "Ik vroeg me af of de winkel open is. Kun je morgen de boodschappen doen?",  # no 'dat' at all
])
def test_an_ask_that_is_no_find_out_of_the_clause_is_not_merged(draft):
    sentence = shrink(draft).sentence
    assert "bekijken of" not in sentence and "doen of" not in sentence


def test_merged_needs_the_frame_sentence_offered():
    text = "ik vroeg me af of de trein morgen rijdt. Kunt u dat navragen?"
    assert find_out.merged(text, "Mag de trein morgen rijden?") == ("Mag de trein morgen rijden?", "", [])
    sentence, frame, kept = find_out.merged(text, "Ik vroeg me af of de trein morgen rijdt.")
    assert sentence == "Kunt u navragen of de trein morgen rijdt?" and frame.lower() == "ik vroeg me af of"
    assert [text[a:b] for a, b in kept] == ["de trein morgen rijdt", "Kunt u", "navragen?"]
