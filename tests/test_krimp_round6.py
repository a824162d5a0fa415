"""Kinds of mistakes found by the fresh outside files tuning6-c/-d, each shown with a draft of its
own (other wording than the corpus case), so a test fails on the kind, not on one case.

Mostly results offered as sure while they lost something (a name, an honest sentence, an order
not to do something, the verb of a request), and the practice flow's person and moment.
"""

from __future__ import annotations

from vraaghulp.coach.krimp import compose, shrink
from vraaghulp.coach.text import fold


def _sure(draft: str, **typed) -> str:
    result = shrink(draft, **typed)
    assert result.sure, result.sentence
    return result.sentence


# -- who is addressed ------------------------------------------------------------------------

def test_the_name_right_after_an_opening_apology_is_the_person_addressed():
    assert _sure("Sorry Mirthe dat ik zo laat nog app. Kun je morgen mijn sleutel meenemen?") == \
        "Mirthe, kun je morgen mijn sleutel meenemen?"
    assert shrink("sorry Wout da ge dit nu pas leest. kunde gij morgen de sleutel meebrengen").sentence.startswith("Wout, ")


def test_a_name_in_a_draft_all_in_lower_case_is_kept_but_not_vouched_for():
    for draft, name in (("sorry noor dat ik zo laat app, kun je morgen de sleutel meenemen?", "Noor, "),
                        ("ik zit er echt door, evi. kunt ge vanavond efkes bellen?", "Evi, ")):
        result = shrink(draft)
        assert result.sentence.startswith(name) and not result.sure  # a guess from a lower-case word
    assert not shrink("Sorry joh dat ik zo laat app, kun je morgen de sleutel meenemen?").sentence.startswith("Joh")


def test_an_apology_without_a_name_gives_no_vocative():
    assert _sure("Sorry hoor, kun je morgen mijn sleutel meenemen?") == "Kun je morgen mijn sleutel meenemen?"


def test_a_family_word_after_a_determiner_is_not_the_person_addressed():
    sentence = shrink("Kun je zaterdag mee naar de markt? Anders vraag ik het wel aan mijn zus.").sentence
    assert not sentence.startswith("Zus")
    typed = compose("mijn buurvrouw Els", "Kun je mee naar de markt? Anders vraag ik het wel aan je dochter.", "zaterdag")
    assert typed.startswith("Els, ")


def test_the_typed_person_is_their_name_without_what_describes_them_and_comes_once():
    assert compose("mevrouw Jansen van de bibliotheek", "zou u mijn boeken kunnen verlengen?", "morgen") == \
        "Mevrouw Jansen, kunt u morgen mijn boeken verlengen?"
    long_name = "Anna Maria De La Cruz Fernandez"
    sentence = compose(long_name, "kun je mijn boeken terugbrengen?", "morgen")
    assert sentence.count(long_name) == 1, sentence
    assert compose("Tom en Lisa", "kunnen jullie de plantjes water geven?", "zondag").startswith("Tom en Lisa, ")


def test_in_a_note_the_typed_address_form_names_the_person():
    note = "ik wil aan pa vragen of hij zaterdag mijn fiets kan maken"
    assert compose("papa", note, "") == "Papa, kun je zaterdag mijn fiets maken?"
    assert compose("mijn vader", note, "") == "Pa, kun je zaterdag mijn fiets maken?"  # a description: the note's word


# -- the honest sentence ---------------------------------------------------------------------

def test_shame_about_oneself_is_honest_shame_about_asking_is_an_apology():
    kept = _sure("Kun je me zondag helpen met mijn cv? Ik schaam me er wel een beetje voor.")
    assert "schaam me er wel een beetje voor" in kept
    assert "schaam" not in shrink("Ik schaam me dat ik het weer vraag. Kun je me zondag helpen met mijn cv?").sentence
    assert "schaam" not in shrink("ik schaam me echt rot om het te vragen maar kun je me zondag helpen met mijn cv").sentence


def test_negated_states_in_other_spelling_are_honest_sentences():
    assert "nie goe in mn vel" in _sure("lotte ik zit nie goe in mn vel deze week kun je vrijdag even langskomen")
    assert "niet alleen zijn" in _sure("Ik wil echt niet alleen zijn. Kun je zaterdag bij me komen eten?")
    assert "niet alleen invullen" in _sure("Sorry dat ik stoor, maar kun je vrijdag mee naar de bank? "
                                            "Ik kan die papieren niet alleen invullen.")


def test_a_need_to_talk_next_to_a_request_is_how_the_writer_is():
    assert _sure("Kun je vanavond even bellen? Ik heb iemand nodig om mee te praten.") == \
        "Kun je vanavond even bellen? Ik heb iemand nodig om mee te praten."
    alone = shrink("Ik heb iemand nodig om mee te praten.")
    assert alone.sure and alone.sentence == "Ik heb iemand nodig om mee te praten."  # alone it is the ask


def test_what_en_adds_to_the_honest_sentence_stays_with_it():
    draft = "Sorry dat ik stoor, maar zou u iemand kunnen sturen voor de lekkage? Ik ben ziek en het is hier 12 graden."
    assert compose("mijn verhuurder", draft, "morgen").endswith("Ik ben ziek en het is hier 12 graden.")
    assert shrink(draft).sentence.endswith("Ik ben ziek en het is hier 12 graden.")


def test_a_dropped_not_sure_about_oneself_is_never_offered_as_sure():
    result = shrink("Kun je vrijdag mijn verslag nalezen? Ik ben er nog niet zeker van.")
    assert "zeker" in fold(result.sentence) or not result.sure


# -- what the request must keep ---------------------------------------------------------------

def test_a_dropped_order_not_to_do_something_is_never_offered_as_sure():
    for draft in ("Kun je morgen de kat voeren? Zeg niks tegen Joris.",
                  "kun je morgen de kat voeren mr zeg niks tegen joris",
                  "Wim, ik ben gezakt voor mijn rijexamen. Kun je me vanavond ophalen? Zeg nog niks tegen de anderen.",
                  "Kun je zaterdag op Max passen? Je mag hem geen snoep geven."):
        result = shrink(draft)
        assert not result.sure or "niks tegen" in fold(result.sentence) or "geen snoep" in fold(result.sentence)
    escape = shrink("Kun je zaterdag op Max passen? Je moet het niet doen als je het te druk hebt.")
    assert escape.sentence == "Kun je zaterdag op Max passen?"  # 'you need not': an escape hatch, it goes


def test_being_somewhere_keeps_its_verb_and_later_next_to_a_moment_stays():
    assert _sure("Zou je het erg vinden als ik morgen wat eerder weg ben?") == "Mag ik morgen wat eerder weg zijn?"
    assert _sure("Vind je het erg als ik zaterdag later thuis ben?") == "Mag ik zaterdag later thuis zijn?"
    assert _sure("kun je me later bellen?") == "Kun je me bellen?"  # a vague 'later' still goes
    assert _sure("Vind je het goed als ik zaterdag later thuis ben?") == "Mag ik zaterdag later thuis zijn?"


# -- the practice flow -------------------------------------------------------------------------

def test_a_wish_typed_as_a_dat_clause_becomes_the_question():
    assert compose("mijn collega Ruben", "dat hij zijn fiets niet meer in de gang laat staan", "") == \
        "Ruben, kun je je fiets niet meer in de gang laten staan?"


def test_a_flemish_note_gets_a_flemish_question():
    sentence = compose("mijn broer Jens", "vragen of hij de vuilzakken wil buitenzetten, ik heb er gene goesting meer in", "")
    assert sentence == "Jens, wilt ge de vuilzakken buitenzetten?"


def test_the_typed_moment_and_the_drafts_clock_time_go_together():
    assert compose("Sanne", "kun je de muziek wat zachter zetten na 11 uur", "vrijdag") == \
        "Sanne, kun je vrijdag na 11 uur de muziek wat zachter zetten?"


# -- inside the request itself ------------------------------------------------------------------

def test_later_with_a_part_of_the_day_or_after_naar_is_a_moment_that_stays():
    assert _sure("Kun je mijn afspraak naar later in de middag zetten?") == \
        "Kun je mijn afspraak naar later in de middag zetten?"
    assert _sure("Kun je de les naar later verschuiven?") == "Kun je de les naar later verschuiven?"


def test_a_house_number_with_its_floor_stays_whole():
    sentence = shrink("Kunt u het pakket bezorgen op de Lindelaan 4-III, want de bel beneden werkt niet?").sentence
    assert "Lindelaan 4-III" in sentence


def test_a_flemish_infinitive_in_chat_spelling_goes_with_its_modal():
    assert _sure("zoudt ge morgen mss de stoelen kunne terugbrengen") == "Kunt ge morgen de stoelen terugbrengen?"


def test_someone_else_in_the_request_keeps_whom_they_stand_in_for():
    result = shrink("Beste Joke, het spijt me heel erg. Ik kan zaterdag niet rijden naar het toernooi, mijn auto "
                    "is stuk. Kun je iemand anders vragen voor zaterdag?")
    assert "niet rijden" in result.sentence or not result.sure


def test_in_crisis_a_ready_sentence_is_not_vouched_for_when_an_ask_ran_into_other_words():
    result = shrink("Eva ik heb weer in mijn arm gesneden het is erger dan ooit Niemand weet het Kun je naar mij komen")
    assert result.crisis
    assert "gesneden" in result.sentence or not result.sure
    alone = shrink("Ik wil niet meer leven. Ik wil je niet ongerust maken.")
    assert alone.crisis and alone.sure  # no ask anywhere: the ready sentence stands
