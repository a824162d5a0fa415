"""A crisis draft that asks to keep it from someone, or not to be reached, is never offered as sure (round 46, lead;
crisis_secret.py). Drafts written for this test."""
import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize("draft", [
    "ik wil er een eind aan maken. schat mag het niet weten",
    "ik wil dood. vertel het niet aan Eva",
    "ik wil niet meer leven. zeg niks tegen mam",
    "ik wil dood, contacteer me niet",
    "ik wil dood, mail me niet",
    "Niemand mag het weten maar ik wil niet meer leven",
    "ik wil er niet meer zijn. hou het voor jezelf aub",
])
def test_a_crisis_draft_that_keeps_it_secret_is_never_sure(draft):
    r = shrink(draft)
    assert r.crisis and not r.sure, r.sentence


@pytest.mark.parametrize("draft", [
    "ik wil dood, bel me nu",
    "Ik wil dood. Kun je komen?",
    "ik wil niet meer leven, ik weet niet wat ik moet zeggen, kun je komen",
])
def test_a_crisis_draft_without_a_secret_can_still_be_sure(draft):
    r = shrink(draft)
    assert r.crisis and r.sure, r.sentence


# The round's second krimp review: a known word opening the message before the ask ('Straks kun je komen?') came out sure
# as 'Straks, kun je komen?' (the word read as the person addressed); lead_name.lost now withholds `zeker` there.
@pytest.mark.parametrize("draft", ["Straks kun je komen?", "Soms kun je me helpen?", "Zeker kun je zaterdag helpen?",
                                   "Weer kun je de hond uitlaten?"])
def test_a_word_opening_the_ask_read_as_a_name_is_never_sure(draft):
    r = shrink(draft)
    assert not r.sure or not r.sentence.startswith(draft.split()[0] + ","), r.sentence


@pytest.mark.parametrize("draft, name", [("Sanne, kun je morgen komen?", "Sanne"), ("Eva kun je komen?", "Eva")])
def test_a_name_opening_the_ask_stays_sure(draft, name):
    r = shrink(draft)
    assert r.sure and r.sentence.startswith(name + ","), r.sentence
