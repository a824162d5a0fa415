"""Kinds of mistakes found by the fresh outside file tuning8-h (older people writing to family,
neighbours, the doctor's assistant, the town hall, a club; parents writing to teachers and
coaches), each shown with a draft of its own wording, so a test fails on the kind, not on one case.

Also contract point 4: a Flemish question verb with its subject in it ('kunde', 'hebde') is
written out at the front of the question ('Kunt ge …?'), as the contract's own example does.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.text import fold


def _sure(draft: str, **typed) -> str:
    result = shrink(draft, **typed)
    assert result.sure, result.sentence
    return result.sentence


# -- Flemish stays Flemish, written out at the front ------------------------------------------

@pytest.mark.parametrize(("draft", "front"), [
    ("kunde woensdag de vuilbak buitenzetten", "Kunt ge woensdag"),
    ("Dag Marleen, kunde gij donderdag mijn planten water geven?", "Marleen, kunt gij donderdag"),
    ("zijde zaterdag thuis voor het pakje van de buren?", "Zijt ge zaterdag"),
    ("hebde vrijdag een uurtje voor mijn rekeningen?", "Hebt ge vrijdag"),
    ("wilde gij zondag de soep meebrengen", "Wilt gij zondag"),
    ("excuseer dat ik stoor, kunde ge mss morgen de kleine halen aan de crèche", "Kunt ge morgen"),
])
def test_a_flemish_question_verb_is_written_out_at_the_front(draft, front):
    sentence = _sure(draft)
    assert sentence.startswith(front), sentence
    assert not any(w in fold(sentence).split() for w in ("kunde", "zijde", "hebde", "wilde")), sentence


def test_a_past_tense_wilde_stays_what_it_is():
    # 'wilde je' has its own subject: a Netherlands past tense, not Flemish 'wilt ge'
    sentence = shrink("Wilde je gisteren nog iets vragen? Kun je me vanavond bellen?").sentence
    assert "wilt ge" not in fold(sentence), sentence
    sentence = shrink("Ik wilde het eerst zelf doen, maar kunt ge morgen de dokter bellen voor mijn recept?").sentence
    assert "wilt" not in fold(sentence), sentence


def test_the_second_question_is_written_out_too():
    result = shrink("kunde mij maandag naar de kine brengen? en kunde ook mijn brood meebrengen?")
    assert fold(result.sentence).startswith("kunt ge"), result.sentence
    assert "kunde" not in fold(result.second), result.second


# -- how often is part of the ask ------------------------------------------------------------

def test_een_keer_with_accents_is_a_count_not_a_vague_moment():
    sentence = _sure("Mieke, kun je volgende maand één keer de was voor me doen?")
    assert "één keer" in sentence, sentence
    assert "een keer" not in shrink("kun je een keer de was voor me doen").sentence  # plain 'een keer' stays vague


# -- a short sentence saying when the writer is at the ask's place ---------------------------

def test_where_the_writer_waits_with_a_time_stays():
    sentence = _sure("Dag Joke, kun je oma zondag na de kerk bij de bakker afzetten? Ik wacht daar vanaf kwart over elf.")
    assert sentence.endswith("Ik wacht daar vanaf kwart over elf."), sentence


# -- a wish about the reader's health is a greeting, never the ask ---------------------------

def test_a_hope_about_the_reader_is_no_question():
    result = shrink("Beste Roos, ik hoop dat ge weer wat beter zijt na de val. Zoudt ge mij dinsdag naar de markt kunnen brengen?")
    assert "markt" in result.sentence and "beter" not in result.sentence, result.sentence
    result = shrink("Geachte, Ik hoop dat u in goede gezondheid verkeert. Kunt u mijn nieuwe pas per post opsturen?")
    assert "pas" in result.sentence and "gezondheid" not in result.sentence, result.sentence


def test_a_clergy_title_in_the_greeting_makes_the_vocative():
    sentence = shrink("Eerwaarde pater Jansens, kunt ge zaterdag de kapel voor ons openzetten?").sentence
    assert sentence == "Pater Jansens, kunt ge zaterdag de kapel voor ons openzetten?", sentence


# -- wrappers in the wording of older writers and parents -----------------------------------

def test_not_wanting_to_be_a_difficult_parent_goes():
    sentence = shrink("Beste meester Ruben, ik wil niet zo'n vervelende moeder zijn. Kunt u Noor deze week "
                      "vooraan laten zitten? Als dat praktisch niet lukt, hoor ik het wel.").sentence
    assert "vervelende" not in sentence and "hoor ik" not in sentence, sentence
    assert "vooraan laten zitten" in sentence, sentence


def test_no_rush_to_answer_and_another_week_is_fine_go():
    sentence = shrink("Dag Bert, ge moogt ni direct antwoorden he, maar kunde eens naar mijn verwarming kijken? "
                      "Die tikt zo raar. Mag een andere keer ook hoor").sentence
    assert fold(sentence).startswith("bert, kunt ge naar mijn verwarming kijken"), sentence
    assert "antwoorden" not in sentence and "andere keer" not in sentence, sentence


def test_a_moment_after_a_modal_is_no_subject():
    result = shrink("Wil jij de dakgoot schoonmaken? Kan volgende maand ook.")
    assert "dakgoot" in result.sentence, result.sentence
    assert _sure("Kan volgende week de schilder komen?") == "Kan volgende week de schilder komen?"


def test_zoudt_ge_het_mogelijk_vinden_om_is_a_direct_question():
    assert _sure("Geachte mevrouw Peeters, zoudt ge het mogelijk vinden om mijn dochter vrijdag vroeger te laten vertrekken?") \
        == "Mevrouw Peeters, kunt ge mijn dochter vrijdag vroeger laten vertrekken?"


# -- a long letter: statements that only look like questions ---------------------------------

def test_a_plural_verb_with_je_after_it_is_no_question():
    result = shrink("Lieve Sara, jullie zijn druk en hebben je eigen zorgen. Willen jullie zaterdag "
                    "de schuur helpen leegmaken? Liefs van opa")
    assert result.sentence.startswith("Sara, willen jullie zaterdag de schuur helpen leegmaken"), result.sentence


def test_an_adjective_before_its_own_noun_is_not_filled_in():
    sentence = shrink("Ik ben blij met de nieuwe. Kun je zondag de oude kast naar boven dragen?").sentence
    assert "de oude kast naar boven" in sentence, sentence
    assert "oude kinderwagen zaterdag" in shrink("Kun jij de oude kinderwagen zaterdag naar zolder brengen?").sentence


def test_words_in_brackets_are_never_the_person_addressed():
    sentence = shrink("Goedemiddag, onze zoon Milan (klas C) is ziek. Kunt u hem deze week thuis laten oefenen?").sentence
    assert not fold(sentence).startswith("klas c"), sentence


# -- who is addressed, and what a pronoun stands for, in a formal letter ---------------------

def test_a_second_greeting_with_the_own_name_wins_over_a_title():
    sentence = shrink("Beste voorzitter, beste Hanneke,\n\nKunt u de zaal op vrijdag voor ons openhouden?").sentence
    assert sentence.startswith("Hanneke, kunt u"), sentence


def test_the_subject_a_pronoun_points_at_keeps_its_place_phrases():
    sentence = shrink("Geachte, de lantaarnpaal naast mijn oprit aan de Beukenlaan 12 knippert al weken. "
                      "Kunt u die laten maken?").sentence
    assert "lantaarnpaal naast mijn oprit aan de Beukenlaan 12" in sentence, sentence


def test_a_wel_met_limit_after_the_ask_stays():
    sentence = _sure("Zou je vrijdag opa naar de tandarts willen rijden? Wel graag met de grote auto, niet met de bestelbus.")
    assert sentence.endswith("Wel graag met de grote auto, niet met de bestelbus."), sentence


def test_a_fall_is_the_honest_sentence_next_to_the_ask():
    sentence = shrink("Hoi Wendy, ik ben vanmorgen gevallen in de keuken. Kun je na je werk even bij me kijken?").sentence
    assert sentence.startswith("Wendy, ik ben vanmorgen gevallen in de keuken."), sentence
