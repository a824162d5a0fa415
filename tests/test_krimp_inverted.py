"""A verb before 'ik' is not always a question: after 'en dan' and after a clause in front that says since when or
why ('Omdat ik ziek ben, kan ik …'), Dutch puts the verb first in a statement. Read as a question, the draft's own
request was dropped for 'Kan ik morgen niet komen?' and offered as sure."""
import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize(("draft", "ask"), [
    ("Omdat ik ziek ben, kan ik morgen niet komen. Kun jij de sleutel brengen?", "Kun jij de sleutel brengen?"),
    ("Sinds je weg bent, kan ik niks meer. Kun je bellen?", "Kun je bellen?"),
    ("Ik raak snel overprikkeld en dan kan ik niks meer. Kun je de muziek zachter zetten?", "Kun je de muziek zachter zetten?"),
    ("Doordat de bus staakt, moet ik lopen. Kun je me om 8 uur ophalen?", "Kun je me om 8 uur ophalen?"),
])
def test_the_statement_is_never_turned_into_the_question(draft, ask):
    result = shrink(draft)
    assert result.sentence.endswith(ask)
    assert "Kan ik niks meer?" not in result.sentence and "Kan ik morgen niet komen?" not in result.sentence
    assert "Moet ik lopen?" not in result.sentence


def test_a_state_with_en_dan_stays_whole():
    result = shrink("Ik raak overprikkeld en dan kan ik haar niet meer troosten. Kunt u na tien uur 's avonds de "
                    "wasmachine niet meer aanzetten?")
    assert "ik raak overprikkeld en dan kan ik haar niet meer troosten" in result.sentence.lower()
    assert not result.sentence.lower().startswith("ik raak overprikkeld en dan.")


def test_a_draft_with_only_such_a_statement_asks_nothing():
    result = shrink("Ik raak snel overprikkeld en dan kan ik niks meer.")
    assert "?" not in result.sentence and not result.sure


def test_a_clause_in_front_stays_with_its_main_clause():
    result = shrink("Mevrouw Peeters, sinds mijn man er niet meer is, zie ik soms dagen niemand. Zou er iemand op "
                    "woensdag bij mij langs kunnen komen?")
    assert "sinds mijn man er niet meer is, zie ik soms dagen niemand." in result.sentence
    assert not result.sentence.startswith("Mevrouw Peeters, zie ik")


@pytest.mark.parametrize(("draft", "expected"), [
    ("Omdat ik geen auto heb, mag ik met jou mee?", "?"),  # a modal before 'ik' in a sentence closing with '?' asks
    ("oke dan kun je morgen komen?", "Kun je morgen komen?"),
    ("kun jij zaterdagochtend de jongens nemen van 9 tot 1 dan kan ik slapen", "?"),
])
def test_real_questions_still_ask(draft, expected):
    assert shrink(draft).sentence.endswith(expected)


@pytest.mark.parametrize(("draft", "state"), [
    ("Nu ik alleen woon, heb ik soms niemand om mee te praten. Wil je vanavond even bellen?",
     "Nu ik alleen woon, heb ik soms niemand om mee te praten."),
    ("Hoewel ik het niet graag vraag, heb ik echt hulp nodig. Kun je zaterdag komen?", "heb ik echt hulp nodig."),
])
def test_now_that_and_although_keep_their_main_clause(draft, state):
    result = shrink(draft)
    assert state in result.sentence and not result.sentence.startswith("Heb ik")
