"""Practice flow: a bare task typed together with crisis words keeps both (round 19, k19d)."""

import pytest

from vraaghulp.coach.crisis import assess
from vraaghulp.coach.krimp import compose
from vraaghulp.coach.krimp.compose import composed


@pytest.mark.parametrize("person, note, moment, expected", [
    ("mijn vriend Bas", "bij me komen zitten, ik denk steeds aan zelfmoord", "",
     "Bas, kun je nu bij me komen zitten? Ik denk steeds aan zelfmoord."),
    ("mijn vriend Bas", "ik denk steeds aan zelfmoord. bij me komen zitten", "",
     "Bas, ik denk steeds aan zelfmoord. Kun je nu bij me komen zitten?"),
    ("mijn zus Hanne", "bij mij blijven slapen want 'k wil mezelf iets aandoen", "vannacht",
     "Hanne, kunt ge vannacht bij mij blijven slapen? 'k Wil mezelf iets aandoen."),
])
def test_task_and_crisis_words_both_stay(person, note, moment, expected):
    result = composed(person, note, moment)
    assert result.sentence == expected
    assert result.crisis


def test_without_crisis_words_the_note_is_composed_as_before():
    assert compose("mama", "ik zit er helemaal doorheen, wil je bellen", "vanavond") == \
        "Mama, ik zit er helemaal doorheen. Wil je vanavond bellen?"


@pytest.mark.parametrize("text", [
    "ik heb de laatste weken steeds meer gedachten over zelfmoord en ik weet niet bij wie ik terecht kan",
    "ik heb net al m'n pillen op bed gelegd en zit ernaar te kijken. kan je komen",
    "ik heb een hele strip oxazepam voor me liggen en ik weet niet of ik mezelf kan tegenhouden. bel me pls",
    "mag ik vannacht bij jou slapen? ik vertrouw mezelf niet zo als ik alleen ben",
    "ik heb het mes weer gepakt. niet boos worden. kom je alsjeblieft snel thuis",
    "ik ben bij de spoedpost geweest omdat ik te veel had genomen. kan jij me ophalen?",
    "Ik ben niet in orde. Ik heb dit weekend afscheidsbrieven geschreven. Mijn vrouw is in het buitenland.",
    "ik heb het geweer van mijn vader nog op zolder liggen en ik denk er de laatste tijd vaak aan",
])
def test_asking_someone_close_in_a_bad_moment_is_acute(text):
    assert assess(text).tier == "acuut"


@pytest.mark.parametrize("text", [
    "ik heb mijn pillen op tafel gelegd en zit naar de voetbal te kijken",
    "ik heb het mes weer gepakt en de taart gesneden, kom je een stuk halen?",
    "ik vertrouw mezelf niet als ik alleen ben met een zak chips, verstop jij hem?",
    "ik heb dit weekend afscheidsbrieven geschreven voor de collega's die met pensioen gaan",
    "mijn vader wil zijn geweer verkopen, ik denk er wel aan. wat vind jij?",
])
def test_harmless_twins_get_no_panel(text):
    assert assess(text).tier != "acuut"


def test_crisis_sentence_opening_with_a_clause_is_never_cut():
    from vraaghulp.coach.krimp import shrink
    result = shrink("Lieve Anouk, ik wil je niet belasten, je hebt het al zo druk met de kinderen. Maar sinds papa "
                    "er niet meer is wil ik eigenlijk ook niet meer leven. Zou je zaterdag willen komen? Liefs mam")
    assert result.crisis
    assert result.sentence == "Anouk, sinds papa er niet meer is wil ik ook niet meer leven. Wil je zaterdag komen?"


def test_burden_talk_before_the_crisis_words_goes():
    from vraaghulp.coach.krimp import shrink
    result = shrink("pa, ik wil ulle niet ongerust maken maar ik zie het echt nie meer zitten, ik heb al gedacht "
                    "aan de koord in de garage. kunt ge naar hier komen")
    assert "ongerust" not in result.sentence
    assert "koord in de garage" in result.sentence and "nie meer zitten" in result.sentence
