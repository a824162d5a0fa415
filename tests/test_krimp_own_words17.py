"""Round 17 (k17d): the not-sure path offers the person's own words (contract point 6).

When krimp is not sure, what it offers must keep every content word of the request, every moment
of a clause leading up to it, what a pointer ('die', 'die dag') points at and a list typed after it;
otherwise the request sentence is offered as typed, with only the surely removable parts cut
(ownwords.py). A wish statement whose frame stays ('Het zou fijn zijn als …') keeps its full stop.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.checks import text_words


@pytest.mark.parametrize("draft, needed, gone", [
    ("Hoi Lisa, sorry voor het gedoe maar ik sta pas om half zeven bij de opvang, kun jij Mees ophalen?",
     ["half", "zeven", "opvang", "mees"], ["sorry", "gedoe"]),
    ("Dag Sien, ik wil u ni lastigvallen, mo ik kan ni tot aan de school voor vier uur, kunde gij Mila ophalen?",
     ["school", "vier", "uur", "mila"], ["lastigvallen"]),
    ("Beste mevrouw, ik wacht al een maand op de uitslag van de bloedtest. Zou u die alstublieft willen mailen?",
     ["uitslag", "bloedtest", "mailen"], ["beste"]),
    ("Hoi Fenna, weet je nog dat we gaan schilderen? Ik heb de verf gekocht voor zondag de 14e maar ik kan het "
     "niet alleen. Zou jij die dag kunnen komen, vanaf een uur of 10?", ["zondag", "14e", "10"], []),
    ("Hey Tom, zou je voor de bbq vrijdag een paar dingen kunnen meenemen? 1. de grill 2. bordjes 3. je tuinstoelen. "
     "Alleen als het past!", ["grill", "bordjes", "tuinstoelen"], []),
])
def test_the_not_sure_sentence_keeps_what_the_request_needs(draft, needed, gone):
    result = shrink(draft)
    assert not result.sure
    words = set(text_words(result.sentence))
    assert set(needed) <= words, result.sentence
    assert not set(gone) & words, result.sentence
    assert not result.sentence.rstrip().endswith(("? 1.", "1.")), result.sentence


def test_die_dag_is_not_made_a_day_further_back():
    draft = ("Hé Joost, je weet dat ik volgende maand ga verbouwen. Ik heb een container besteld voor vrijdag "
             "de 9e maar niemand om te helpen sjouwen. Zou jij die dag willen komen, vanaf een uur of 8?")
    result = shrink(draft)
    assert "volgende maand helpen" not in result.sentence.lower()
    assert "vrijdag de 9e" in result.sentence or "die dag" in result.sentence


@pytest.mark.parametrize("draft, kept", [
    ("Geachte heer, graag zou ik weten of het mogelijk is om mijn afspraak van dinsdag 9 uur te verschuiven "
     "naar een later moment. Excuses voor de moeite.", "een later moment"),
    ("Zou u de vergadering naar een later tijdstip willen zetten?", "een later tijdstip"),
])
def test_later_before_a_noun_is_no_vague_moment(draft, kept):
    assert kept in shrink(draft).sentence


def test_a_wish_statement_offered_as_typed_keeps_its_full_stop():
    result = shrink("Het zou fijn zijn als iemand de vergadering notuleert vandaag, ik heb mijn handen vol aan de presentatie")
    assert not result.sentence.endswith("notuleert vandaag?")


def test_a_sentence_that_keeps_the_request_content_is_left_as_it_was():
    # 'Kan je … nog even sturen?': nothing of the request is lost, so the shrunk sentence stays on offer
    result = shrink("Sorry dat ik het nu pas vraag, maar kan je me het adres van de feestzaal nog even sturen?")
    assert result.sentence == "Kan je me het adres van de feestzaal nog even sturen?"
