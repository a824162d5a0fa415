"""Round 58 (k58c): a crisis result keeps the writer's own fear and own question; a question word in front takes the
moment after its subject; a letter opening is no bare task (tests/corpus/krimp/README.md, "Round 58 (k58c)")."""

from __future__ import annotations

import pytest

from tests.test_oefen_k54c import _run  # the flow with a scripted prompter, as round 54 runs it
from vraaghulp.coach.crisis import assess
from vraaghulp.coach.krimp import compose, shrink
from vraaghulp.coach.krimp.crisis_fear import feared
from vraaghulp.coach.krimp.crisis_wh import CODE, OTHER, asked, said

P56_039 = ("Goeiemorgen Tine, sorry dat ik stoor zo vroeg. Mijn man heeft mij vannacht weer geslagen en ik ben bang om "
           "naar huis te gaan, ik ben nu met de kinderen bij de bushalte in Kessel-Lo. Wat moet ik doen? Sorry, ik weet "
           "ge hebt veel mensen.")


# --- 1. the writer's own fear ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("clause", ["ik ben bang om naar huis te gaan", "en ik ben zo bang", "'k heb schrik dat ik mezelf iets aandoe",
                                    "ik durf niet meer naar binnen", "en ik durf nie meer alleen te zijn", "ik heb al uren paniek",
                                    "k heb zo ne schrik"])
def test_the_writers_fear_is_how_bad_it_is(clause):
    assert feared(clause)


@pytest.mark.parametrize("clause", ["ik durf het niemand te zeggen", "ik durf het niet tegen mn ouders te zeggen",
                                    "ik durf het aan niemand anders te vertellen", "hij is bang van de hond",
                                    "ik ben bang", "mijn moeder is bang dat ik val", "ik heb geen schrik"])
def test_a_secret_or_someone_elses_fear_is_not(clause):
    assert feared(clause) == (clause == "ik ben bang")  # the bare 'ik ben bang' is the writer's fear too


def test_p56_039_keeps_the_fear_the_place_and_its_own_question():
    result = shrink(P56_039)
    assert result.crisis and not result.sure
    assert result.sentence == ("Tine, mijn man heeft mij vannacht weer geslagen. Ik ben bang om naar huis te gaan. Ik ben nu "
                               "met de kinderen bij de bushalte in Kessel-Lo. Wat moet ik nu doen?")
    plain = shrink("Jan, ik wil niet meer leven. Wat moet ik doen?")  # the ready request before, sure
    assert plain.sentence == "Jan, ik wil niet meer leven. Wat moet ik nu doen?" and plain.withheld == (CODE,)


# --- 2. the writer's own question instead of the ready request -------------------------------------------------------

@pytest.mark.parametrize("draft, question", [
    ("Mir, sorry dat ik je zo laat stoor. Hij heeft me weer geslagen en ik durf niet meer naar binnen, ik zit nu in de "
     "auto voor het huis. Wat moet ik doen?", "Wat moet ik nu doen?"),
    ("lotte ik zie het ni meer zitten en ik ben bang van wat ik ga doen. ik zit aan het station van mechelen. waar moet "
     "ik naartoe?", "Waar moet ik nu naartoe?"),
    ("Broere, ze heeft mij buitengesmeten en 'k heb schrik dat ik mezelf iets aandoe. 'k sta aan de kaai in Oostende. "
     "Wa moet ik doen?", "Wa moet ik nu doen?"),
    ("Hoi Ilse, het gaat echt niet goed. Ik kan niet meer en ik heb schrik dat ik er een eind aan maak. Wat zou jij doen?",
     "Wat zou jij nu doen?"),
])
def test_the_writers_own_question_stays_with_nu(draft, question):
    result = shrink(draft)
    assert result.crisis and result.sentence.endswith(question) and "bij me zijn" not in result.sentence
    assert not result.sure
    assert assess(draft).tier == "acuut"  # the crisis check's own verdict: krimp's crisis result agrees with it


def test_the_fear_joined_to_the_acute_words_goes_back():
    result = shrink("Mir, sorry dat ik je zo laat stoor. Hij heeft me weer geslagen en ik durf niet meer naar binnen, "
                    "ik zit nu in de auto voor het huis. Wat moet ik doen?")
    assert "durf niet meer naar binnen" in result.sentence and "in de auto voor het huis" in result.sentence


@pytest.mark.parametrize("draft", [
    "Jan, ik wil niet meer leven. Wat moet ik hier nog?",  # how bad it is, no question for advice
    "Jan, ik wil niet meer leven.",
])
def test_a_question_that_asks_nothing_keeps_the_ready_request(draft):
    result = shrink(draft)
    assert result.crisis and "bij me zijn" in result.sentence and not asked(draft)


def test_despair_read_as_a_question_word_request_is_never_sure():
    result = shrink("Jan, ik wil niet meer leven. Wie zou mij missen?")  # was 'Wie kan mij nu missen?', sure
    assert result.crisis and not result.sure and OTHER in result.withheld
    assert shrink("Jan, ik wil niet meer leven. Wie kan ik bellen?").sure  # a question for help stays as it was


def test_a_question_with_a_moment_gets_no_nu():
    assert said("wat moet ik vanavond doen") == "Wat moet ik vanavond doen?"
    assert said("wie kan ik bellen") == "Wie kan ik nu bellen?"


@pytest.mark.parametrize("draft, kept", [
    ("Mir, sorry dat ik je zo laat stoor. De verwarming is weer uitgevallen en ik durf niet aan de ketel te zitten. "
     "Wat moet ik doen?", "wat moet ik doen?"),
    ("lotte ik ben bang dat ik mijn trein mis, ik zit aan het station van mechelen. waar moet ik naartoe?",
     "Waar moet ik naartoe?"),
])
def test_the_harmless_twins_are_no_crisis_and_keep_their_question(draft, kept):
    result = shrink(draft)
    assert not result.crisis and result.sentence.endswith(kept) and " nu " not in result.sentence


# --- 3. a question word in front: the moment after the subject -------------------------------------------------------

@pytest.mark.parametrize("draft, moment, expected", [
    ("Wie kan ik bellen?", "vanavond", "Wie kan ik vanavond bellen?"),
    ("Wie kan mij helpen?", "vanavond", "Wie kan mij vanavond helpen?"),
    ("Meneer Jansen, ik wil niet meer leven en ik ben bang dat ik iets doe. Wie kan ik bellen?", None,
     "Meneer Jansen, ik wil niet meer leven en ik ben bang dat ik iets doe. Wie kan ik nu bellen?"),
])
def test_the_moment_goes_after_the_subject(draft, moment, expected):
    assert shrink(draft, moment=moment).sentence == expected


def test_the_practice_flow_puts_the_typed_moment_after_the_subject(data_home):
    ask, prompter, shown = _run([None, "eigen", "mijn zus Mirjam", "wie kan ik bellen voor de lekkage?", "vanavond",
                                 None, False, None, 4, 50])
    assert "Ik weet niet zeker" in shown and sum("Wat vraag je precies" in q for _kind, q in prompter.asked) == 2
    assert ask.text == "Wie kan ik vanavond bellen voor de lekkage?"  # the offered sentence kept as it stands


def test_the_practice_flow_keeps_the_writers_fear_and_question(data_home):
    ask, prompter, shown = _run([None, "eigen", "Tine", "mijn man heeft mij vannacht weer geslagen en ik ben bang om naar "
                                 "huis te gaan, ik zit met de kinderen bij de bushalte. wat moet ik doen?",
                                 True, False, None, 8, 50])
    assert ask.text == ("Tine, mijn man heeft mij vannacht weer geslagen. Ik ben bang om naar huis te gaan. Ik zit met de "
                        "kinderen bij de bushalte. Wat moet ik nu doen?")
    assert "bij me zijn" not in shown and ("confirm", "Zo laten?") in prompter.asked


def test_compose_says_it_the_same_way():
    assert compose(None, "Wie kan ik bellen?", "morgen") == "Wie kan ik morgen bellen?"


# --- 4. a letter opening is no bare task -----------------------------------------------------------------------------

def test_a_letter_opening_with_a_name_is_no_task():
    result = shrink("Beste dokter Vermeulen,\n\nSinds mijn ontslag zie ik het leven niet meer zitten en ik ben bang om "
                    "alleen thuis te zijn. Wat kan ik doen?\n\nMet vriendelijke groet,\nIngrid de Boer")
    assert result.crisis and result.sentence.startswith("Dokter Vermeulen, sinds mijn ontslag")
    assert result.sentence.endswith("Wat kan ik nu doen?") and "Kun je nu Beste" not in result.sentence
