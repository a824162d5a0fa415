"""Round 45 (k45b): crisis drafts that lost the writer's own call, and name and run-on shapes a user would see. Real
engine calls; each kind on the shape that was wrong and on a twin that must keep its reading.

A. A lower-case first name after a call typed after a comma or full stop is a name too ('ik wil dood, bel eva' ->
   'Ik wil dood. Bel nu Eva.'); an unknown word there ('bel roos', 'bel niemad') keeps the result from being sure.
B. A call of 'hem'/'haar' in a crisis draft is the writer's own request ('Ik wil dood. Bel hem nu.').
C. A call kept glued to the heavy words ('ik wil dood bel niemand', '… bel morgen') is written as a sentence of its own,
   never sure.
D. A call the reader may make ('ge moogt ons Lien bellen') is put back after the crisis offer, never sure.
E. A command run on into the writer's next clause ('Bel nu Anouk ze moet komen.') is never sure (glued_ask.py).
F. 'Hoi Dan kun je …' without the comma keeps 'Dan' as the person greeted (names.word_named).
"""

import pytest

from vraaghulp.coach.krimp import shrink

_READY = "bij me zijn"


# A. a lower-case name after a marked call
@pytest.mark.parametrize("draft, asked", [
    ("ik wil dood, bel eva", "Ik wil dood. Bel nu Eva."),
    ("ik wil dood. bel eva", "Ik wil dood. Bel nu Eva."),
    ("ik wil dood, sms lotte", "Ik wil dood. Sms nu Lotte."),
    ("ik wil dood, bel Eva", "Ik wil dood. Bel nu Eva."),  # twin: as k44c
])
def test_a_lower_case_name_after_a_marked_call_is_the_request(draft, asked):
    r = shrink(draft)
    assert r.crisis and r.sentence == asked, r.sentence


@pytest.mark.parametrize("draft", ["ik wil dood, bel roos", "ik wil dood, bel niemad", "ik wil dood. bel fatma"])
def test_an_unknown_word_after_a_marked_call_is_never_sure(draft):
    r = shrink(draft)
    assert r.crisis and r.sure is False, r.sentence
    assert not any(w in r.sentence for w in ("Roos", "Niemad", "Fatma")), r.sentence  # never made a name
    assert "bij me zijn" not in r.sentence and r.sentence.lower().endswith(draft[-9:].lower() + "."), r.sentence  # k45b2: as typed


def test_a_kin_word_after_a_marked_call_is_kept_not_sure():
    r = shrink("ik wil dood, bel mama")  # round 42: 'bel mama' alone is as often a farewell; k45b2: kept, never sure
    assert r.crisis and _READY not in r.sentence and r.sentence.endswith("Bel mama.") and not r.sure, r.sentence


# B. 'bel hem', 'sms haar'
@pytest.mark.parametrize("draft, asked", [
    ("ik wil dood bel hem", "Ik wil dood. Bel hem nu."),
    ("ik wil dood, bel hem", "Ik wil dood. Bel hem nu."),
    ("ik wil dood sms haar", "Ik wil dood. Sms haar nu."),
    ("ik wil dood sms haar moeder", "Ik wil dood. Sms nu haar moeder."),
])
def test_a_call_of_him_or_her_is_the_writers_request(draft, asked):
    r = shrink(draft)
    assert r.crisis and r.sentence == asked, r.sentence


def test_a_message_with_more_than_whom_stays_unsure():
    r = shrink("ik wil dood stuur haar een bericht")
    assert r.crisis and r.sure is False, r.sentence


# C. a glued call written apart, never sure
@pytest.mark.parametrize("draft, asked", [
    ("ik wil dood bel niemand", "Ik wil dood. Bel niemand."),
    ("ik wil dood bel morgen", "Ik wil dood. Bel morgen."),
    ("ik wil dood bel hem niet", "Ik wil dood. Bel hem niet."),
    ("ik wil dood bel geen 112", "Ik wil dood. Bel geen 112."),
    ("ik heb 30 pillen genomen bel mijn zus niet", "Ik heb 30 pillen genomen. Bel mijn zus niet."),
])
def test_a_glued_call_is_a_sentence_of_its_own_and_not_sure(draft, asked):
    r = shrink(draft)
    assert r.crisis and r.sentence.startswith(asked) and r.sure is False, r.sentence


@pytest.mark.parametrize("draft, asked", [
    ("ik wil dood bel mijn zus", "Ik wil dood. Bel nu mijn zus."),
    ("ik wil dood bel eva", "Ik wil dood. Bel nu Eva."),
    ("ik wil dood bel me morgen", "Ik wil dood. Bel me morgen."),
])
def test_a_call_split_before_is_unchanged(draft, asked):
    r = shrink(draft)
    assert r.crisis and r.sentence == asked and r.sure, r.sentence


# D. a call the reader may make
@pytest.mark.parametrize("draft", ["ge moogt ons Lien bellen, ik wil ni meer leven",
                                   "ik wil ni meer leven, ge moogt ons Lien bellen",
                                   "je mag mijn zus bellen, ik wil dood"])
def test_a_permitted_call_is_put_back_and_not_sure(draft):
    r = shrink(draft)
    assert r.crisis and r.sure is False, r.sentence
    assert ("Lien" in r.sentence or "mijn zus bellen" in r.sentence) and _READY in r.sentence, r.sentence


# E. a command run on into the next clause
@pytest.mark.parametrize("draft", ["Bel nu Anouk ze moet komen.", "Haal Tim op hij staat te wachten.",
                                   "Bel me nu ik sta buiten.", "hey bel Roos aub ik ben mijn telefoon kwijt"])
def test_a_command_run_on_is_not_sure(draft, rules_only):
    assert shrink(draft).sure is False


@pytest.mark.parametrize("draft", ["Bel me als ik er niet ben.", "Laat me weten of ze komt.", "Bel me zodra je er bent.",
                                   "Bel me nu.", "Breng het boek mee dat ik je gaf."])
def test_a_command_with_its_own_clause_stays_sure(draft, rules_only):
    r = shrink(draft)
    assert r.sure and r.sentence == draft, r.sentence


# F. 'Hoi Dan kun je …'
@pytest.mark.parametrize("draft, asked", [
    ("Hoi Dan kun je morgen komen?", "Dan, kun je morgen komen?"),
    ("Hallo Dan wil je de sleutel brengen?", "Dan, wil je de sleutel brengen?"),
    ("Hoi Dan, kun je morgen komen?", "Dan, kun je morgen komen?"),
])
def test_a_name_that_is_a_word_after_a_greeting_stays(draft, asked):
    assert shrink(draft).sentence == asked


@pytest.mark.parametrize("draft", ["Hoi, dan kun je morgen komen?", "Hoi dan kun je morgen komen?"])
def test_the_word_dan_after_a_greeting_is_no_name(draft):
    assert shrink(draft).sentence == "Kun je morgen komen?"
