"""Round 29 (k29b): a note to oneself in front of the message (note_lead.py); a typed moment that says when the
writer will ask (asked_when.py); a time word or participle at the start is no name (time_front.py); how the writer
is, said after a fronted clause (fronted_state.py); crisis words in the offer are never struck through
(crisis_shown.py). Near misses included."""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import compose, shrink
from vraaghulp.coach.krimp.compose import composed
from vraaghulp.render.krimp import clean_marked


# --- 1. The practice flow: a note to oneself before the message -------------------------------------------------

@pytest.mark.parametrize("person, draft, expected", [
    (None, "Ik wil dit vragen aan mijn buurvrouw Greet: kunt u woensdag mijn pakje aannemen?",
     "Greet, kunt u woensdag mijn pakje aannemen?"),
    (None, "ik ga dit sturen naar mijn coach, meneer Yilmaz: Meneer, mag ik de training van dinsdag overslaan?",
     "Meneer Yilmaz, mag ik de training van dinsdag overslaan?"),
    (None, "oefenen: wat ik tegen mijn meter Rosa wil zeggen: Meter, kunt ge zondag op de kleine passen?",
     "Rosa, kunt ge zondag op de kleine passen?"),  # the vocative of a typed "meter Rosa"
    (None, "wat ik wil vragen aan de verhuurder: kunt u deze maand de cv laten nakijken?",
     "Kunt u deze maand de cv laten nakijken?"),
    ("Ayla", "Ik wil dit appen naar Ayla: wil je vrijdag met me mee naar de tandarts?",
     "Ayla, wil je vrijdag met me mee naar de tandarts?"),
])
def test_the_message_after_the_note_is_asked_to_the_one_it_names(person, draft, expected):
    assert compose(person, draft) == expected
    assert shrink(draft, person=person).sentence == expected


def test_a_typed_person_wins_over_the_one_the_note_names():
    assert compose("mijn zus Lot", "Ik wil dit vragen aan mijn buurman Karel: kun je zaterdag helpen?").startswith("Lot, ")


def test_ik_wil_vragen_before_a_question_verb_is_a_note_and_not_sure():
    result = composed("juf Mies", "ik wil vragen kan Noor morgen eerder weg, ze moet naar de fysio")
    assert result.sentence == "Juf Mies, kan Noor morgen eerder weg?"
    assert not result.sure


@pytest.mark.parametrize("draft, expected", [
    ("Ik wil je iets vragen: kun je morgen mijn planten water geven?", "Kun je morgen mijn planten water geven?"),
    ("Ik heb een vraag: kun je zaterdag de kat voeren?", "Kun je zaterdag de kat voeren?"),
    ("Boodschappen: melk, brood en kaas. Kun jij die vanavond halen?", None),  # a list label, no note
])
def test_a_colon_that_is_no_note_to_oneself_leaves_the_engine_alone(draft, expected):
    from vraaghulp.coach.krimp import note_lead

    assert note_lead.find(draft) is None
    if expected:
        assert shrink(draft).sentence == expected


def test_the_note_is_struck_through_and_the_message_is_not():
    draft = "Ik wil dit vragen aan mijn buurman Karel: kun je zaterdag je aanhangwagen uitlenen?"
    cut = "".join(text for text, gone in clean_marked(draft, shrink(draft).dropped) if gone)
    assert "Ik wil dit vragen" in cut and "aanhangwagen" not in cut


# --- 1b. A typed moment of asking beside an ask with its own time -------------------------------------------------

@pytest.mark.parametrize("moment, draft, kept", [
    ("zaterdag bij het voetbal", "Mag ik zondag bij jullie mee-eten?", "zondag"),
    ("zondag aan tafel", "Kunnen jullie mij nog één jaar steunen?", "nog één jaar"),
    ("maandag na de koffie", "Mag ik de komende drie weken om vier uur naar huis?", "de komende drie weken"),
    ("vanavond aan de telefoon", "Wil je elke woensdag de hond uitlaten?", "elke woensdag"),
])
def test_a_moment_of_asking_never_replaces_the_asks_own_time(moment, draft, kept):
    result = composed("Wim", draft, moment)
    assert kept in result.sentence
    assert moment.split()[-1] not in result.sentence.split()[-1] and "aan tafel" not in result.sentence
    assert not result.sure


@pytest.mark.parametrize("moment, draft, expected", [
    ("zondag aan tafel", "wil je de afwas doen", "Wim, wil je zondag aan tafel de afwas doen?"),  # no time of its own
    ("zaterdag", "Mag ik bij jullie mee-eten?", "Wim, mag ik zaterdag bij jullie mee-eten?"),
])
def test_without_a_time_of_its_own_the_typed_moment_goes_in(moment, draft, expected):
    assert compose("Wim", draft, moment) == expected


# --- 2a. A time word or a participle at the start is no name ------------------------------------------------------

@pytest.mark.parametrize("draft, not_start", [
    ("Vanochtend gehoord dat de school dicht is. Kun jij Lieke om half negen opvangen?", "Vanochtend gehoord,"),
    ("Gisteren gebeld met de garage, de auto is pas vrijdag klaar. Kun je me donderdag brengen?", "Gisteren gebeld,"),
    ("Zonet gezien dat de trein niet rijdt, kun je me naar Utrecht brengen?", "Zonet gezien,"),
    ("Gehoord dat je een boormachine hebt. Mag ik die lenen?", "Gehoord,"),
])
def test_a_time_word_or_participle_is_not_addressed(draft, not_start):
    assert not shrink(draft).sentence.startswith(not_start)


@pytest.mark.parametrize("draft, start", [
    ("Gerrit, kun je zaterdag helpen met verhuizen?", "Gerrit, "),
    ("Gerard kun je morgen de sleutel brengen?", "Gerard, "),
    ("Vincent, gehoord dat je een aanhanger hebt. Mag ik die zaterdag lenen?", "Vincent, "),
    ("Sanne kun je vanavond bellen?", "Sanne, "),
])
def test_names_that_look_like_participles_stay_names(draft, start):
    assert shrink(draft).sentence.startswith(start)


# --- 2b. How the writer is, after a fronted clause -----------------------------------------------------------------

@pytest.mark.parametrize("draft, state", [
    ("Sinds mijn vrouw in het ziekenhuis ligt, kom ik niet meer aan koken toe. Kun jij deze week eten brengen?",
     "kom ik niet meer aan koken toe"),
    ("Nu mijn man er niet meer is, eet ik elke avond alleen. Mag ik zondag bij jullie mee-eten?",
     "eet ik elke avond alleen"),
])
def test_the_fronted_state_stays_before_the_ask(draft, state):
    assert state in shrink(draft).sentence


def test_a_fronted_clause_of_plain_logistics_goes():
    draft = "Sinds vorige week werk ik op een andere locatie, dus ik kom later thuis. Kun je de sleutel onder de mat leggen?"
    assert "locatie" not in shrink(draft).sentence


# --- 2c. Crisis words in the offer are never struck through --------------------------------------------------------

@pytest.mark.parametrize("draft", [
    "Sorry, ik wil niet meer leven, kun je me bellen?",
    "Mam ik zie het niet meer zitten en ik wil dood. Kun je vanavond komen?",
    "bij me komen zitten, ik denk steeds aan zelfmoord",
    "Sinds mama er niet meer is wil ik ook niet meer leven. ik zie het niet meer zitten. kun je bellen",
    "kzie het echt ni meer zitten en ik wil er ni meer zijn, sorry da ik dit stuur, kunde gij efkes bellen",
])
def test_no_word_of_the_crisis_offer_shows_as_cut(draft):
    result = shrink(draft)
    assert result.crisis
    offered = {w.strip(".,?!").lower() for w in result.sentence.split()}
    for text, gone in clean_marked(draft, result.dropped):
        if gone:
            cut = [w.strip(".,?!").lower() for w in text.split() if w.strip(".,?!")]
            assert not cut or not all(w in offered for w in cut), (text, result.sentence)


def test_what_the_crisis_offer_leaves_out_is_still_struck_through():
    draft = "Hoi Tom, sorry, ik weet dat je druk bent maar ik wil mezelf iets aandoen. Kun je nu komen?"
    cut = "".join(text for text, gone in clean_marked(draft, shrink(draft).dropped) if gone)
    assert "sorry" in cut and "druk" in cut and "aandoen" not in cut


# --- 1c. A whole message with a greeting, the person typed apart ---------------------------------------------------

@pytest.mark.parametrize("person, draft, news", [
    ("juf Anja", "Dag juf Anja, Mila zegt dat ze de sommen niet snapt. Kunt u eens tijd maken voor een gesprek?",
     "Mila zegt dat ze de sommen niet snapt."),
    ("meester Tim", "Dag meester Tim, Ferre zegt dat hij zijn huiswerk ni snapt. Zoudt ge tijd willen maken voor een gesprekje?",
     "Ferre zegt dat hij zijn huiswerk ni snapt."),
])
def test_a_name_inside_the_message_never_becomes_a_second_vocative(person, draft, news):
    sentence = shrink(draft, person=person).sentence
    assert news in sentence
    assert " zegt," not in sentence
