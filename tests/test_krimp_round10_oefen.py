"""Round 10 (kr27d), the practice flow: kinds of mistakes tuning10-k/-l showed in notes about the
person ('ik wil X vragen of …'), each shown with drafts of its own (other wording than the corpus
cases), so a test fails on the kind, not on one case.
"""

from __future__ import annotations

from vraaghulp.coach.krimp import compose, composed
from vraaghulp.coach.text import fold


# -- the asked clause ends where a clause of its own starts; its verbs are never taken from there --

def test_a_comma_and_het_with_a_verb_ends_the_asked_clause():
    sentence = compose("meneer De Vries", "ik wil meneer De Vries van boven vragen of hij zijn fiets niet meer in "
                       "de gang laat staan, het blokkeert de trap, maar hij is zo aardig")
    assert sentence == "Meneer De Vries, kunt u uw fiets niet meer in de gang laten staan?"


def test_a_modal_in_a_later_clause_is_not_the_asks_own():
    sentence = compose("Ilona", "ik wil Ilona vragen of ze haar spullen uit mijn kast haalt, maar ik wil geen gedoe")
    assert fold(sentence).startswith("ilona, kun je je spullen uit mijn kast halen"), sentence
    assert "wil je" not in fold(sentence) and "geen gedoe" not in fold(sentence), sentence


def test_then_with_a_verb_and_a_subject_after_a_comma_is_a_clause_of_its_own():
    sentence = compose("buurman Joop", "ik wil mijn buurman vragen of hij mijn pakketje aanneemt tot vrijdag, "
                       "dan ben ik terug van vakantie")
    assert sentence.startswith("Joop, kun je mijn pakketje aannemen tot vrijdag?"), sentence
    assert "dan ben ik" not in sentence


def test_a_relative_clause_after_the_verb_stays_and_the_verb_becomes_an_infinitive():
    sentence = compose("mijn zus Ellen", "ik wil mijn zus vragen of ze niet meer over mijn ex begint waar de "
                       "kinderen bij zijn, want dat doet pijn")
    assert sentence.startswith("Ellen, kun je niet meer over mijn ex beginnen waar de kinderen bij zijn?"), sentence


def test_a_verb_before_zonder_closes_the_clause_with_its_infinitives():
    sentence = compose("Jesse", "ik wil Jesse vragen of hij zijn broertje niet meer laat komen spelen zonder het "
                       "eerst te zeggen")
    assert "laten komen spelen zonder het eerst te zeggen" in sentence, sentence
    assert fold(sentence).startswith("jesse, kun je"), sentence


def test_a_point_inside_an_amount_ends_no_sentence():
    result = composed("mijn broer Kees", "ik wil hem vragen of hij € 2.500 kan voorschieten, ik betaal het in "
                      "juni terug")
    assert "€ 2.500" in result.sentence and "? 500" not in result.sentence, result.sentence
    assert result.sentence.startswith("Kees, kun je € 2.500 voorschieten?"), result.sentence


# -- 'of we …', 'of ik … hoef te …' ---------------------------------------------------------------

def test_asking_whether_we_can_puts_kunnen_we_in_front():
    sentence = compose("mijn collega Noor", "ik wil aan mijn collega vragen of we de presentatie samen kunnen "
                       "voorbereiden", "donderdag")
    assert sentence == "Noor, kunnen we donderdag de presentatie samen voorbereiden?"


def test_we_with_a_plain_plural_verb_asks_kunnen_we_but_not_surely():
    result = composed("mijn broer Sander", "ik wil mijn broer vragen of we zondag samen naar oma rijden")
    assert result.sentence == "Sander, kunnen we zondag samen naar oma rijden?"
    assert not result.sure


def test_hoeven_te_goes_in_front_and_keeps_te():
    sentence = compose("trainer Bas", "ik wil de trainer vragen of ik zaterdag niet hoef te spelen. ik wil niet "
                       "lastig doen")
    assert sentence.startswith("Bas, hoef ik zaterdag niet te spelen?"), sentence


# -- two frames: 'vertellen dat … en vragen of …' --------------------------------------------------

def test_told_then_asked_gives_the_told_sentence_then_the_question():
    sentence = compose("coach Ruud", "ik wil mijn coach zeggen dat ik er even doorheen zit en ook vragen of ik "
                       "de training van donderdag mag overslaan")
    assert sentence == "Coach Ruud, ik zit er even doorheen. Mag ik de training van donderdag overslaan?"


def test_told_sentence_takes_main_clause_order_and_the_person_becomes_you():
    sentence = compose("tante Mia", "ik wil tante Mia vertellen dat ik slecht slaap, en vragen of ik een paar "
                       "nachten bij haar kan logeren", "volgende week")
    assert sentence.startswith("Tante Mia, ik slaap slecht. Kan ik"), sentence
    assert "bij je logeren?" in sentence and "haar" not in sentence, sentence


def test_a_told_clause_that_ends_in_a_noun_is_left_alone():
    result = composed("mijn baas", "ik wil mijn baas vertellen dat ik al weken wakker lig van de stress en vragen "
                      "of ik minder uren kan werken")
    assert "stress lig" not in result.sentence and "ik stress" not in fold(result.sentence), result.sentence


# -- the person in the third person, said to them --------------------------------------------------

def test_haar_after_a_possessive_is_the_noun_not_the_person():
    assert compose("mijn vriendin Romy", "ik wil mijn vriendin vragen of ze zaterdag mijn haar wil knippen") == \
        "Romy, wil je zaterdag mijn haar knippen?"
    assert compose("Romy", "ik wil dat ze mijn haar knipt") == "Romy, ik wil dat jij mijn haar knipt."
    assert compose("Romy", "ik wil Romy vragen of ik haar haar mag vlechten") == "Romy, mag ik je haar vlechten?"


def test_flemish_k_and_da_in_the_note_give_the_ge_register():
    sentence = compose("mijn broer Wout", "'k wil vragen of hij mijn verhuisdozen morgen naar het containerpark "
                       "kan brengen, 'k weet da hij ook veel werk heeft")
    assert fold(sentence).startswith("wout, kunt ge"), sentence


def test_fear_of_how_the_person_will_react_goes():
    sentence = compose("buurman Henk", "ik wil aan de buurman vragen of hij zijn muziek zachter zet. ik ben bang "
                       "dat het dan weer gedoe geeft met de hele straat")
    assert sentence == "Henk, kun je je muziek zachter zetten?"
    sentence = compose("mijn teamleider Sofie", "ik wil haar vragen of ik vrijdag om drie uur weg mag. ik ben bang "
                       "dat ze dan nee zegt")
    assert sentence == "Sofie, mag ik vrijdag om drie uur weg?"


def test_his_before_a_plural_noun_becomes_yours_and_het_with_its_verb_ends_the_ask():
    sentence = compose("meneer Dekker", "ik wil meneer Dekker van beneden vragen of hij zijn vuilniszakken niet "
                       "meer op de galerij zet, het trekt meeuwen aan, maar hij is al zo oud", "deze week")
    assert sentence == "Meneer Dekker, kunt u deze week uw vuilniszakken niet meer op de galerij zetten?"
    assert compose("Romy", "ik wil Romy vragen of ze haar kinderen om vijf uur ophaalt") == \
        "Romy, kun je je kinderen om vijf uur ophalen?"


def test_a_wish_with_zou_willen_after_maar_is_said_to_the_person():
    sentence = compose("mijn man Erik", "ik weet niet goed hoe ik het moet zeggen maar ik zou echt willen dat hij zijn "
                       "schoenen in de kast zet")
    assert sentence == "Erik, ik wil echt dat jij je schoenen in de kast zet.", sentence
    assert compose("Erik", "ik zou dat hij het weet") != "Erik, ik zou dat jij het weet."


def test_the_persons_own_after_the_verbs_becomes_yours_unless_someone_else_is_named():
    assert compose("mijn collega Mark", "ik wil mijn collega Mark vragen of hij mijn dienst van vrijdag wil ruilen "
                   "tegen zijn dienst van maandag") == "Mark, wil je mijn dienst van vrijdag ruilen tegen je dienst van maandag?"
    assert compose("Kim", "ik wil Kim vragen of ze Tom kan helpen met zijn verhuizing") == \
        "Kim, kun je Tom helpen met zijn verhuizing?"
    result = composed("Kim", "ik wil Kim vragen of ze Tom kan helpen met haar oude auto")
    assert result.sentence == "Kim, kun je Tom helpen met je oude auto?" and not result.sure
    result = composed("Kim", "ik wil Kim vragen of ze mijn moeder kan bellen over haar afspraak")
    assert not result.sure, result.sentence


def test_judging_oneself_a_bad_parent_goes_and_names_nobody():
    sentence = compose("mijn broer Koen", "ik wil mijn broer vragen of hij zondag met papa naar het ziekenhuis gaat. "
                       "ik voel me een waardeloze dochter maar ik kan echt niet")
    assert sentence == "Koen, kun je zondag met papa naar het ziekenhuis gaan?"
    assert compose("meester Joris", "ik wil meester Joris vragen of ik dinsdag even bij hem langs mag komen. ik voel "
                   "me zo'n slechte vader").startswith("Meester Joris, mag ik dinsdag")


def test_a_verb_whose_stem_ends_in_a_vowel_and_i_gets_its_infinitive():
    assert compose("buurman Wim", "ik wil aan mijn buurman vragen of hij zijn heg snoeit want die hangt over ons "
                   "pad") == "Wim, kun je je heg snoeien?"
    assert compose("Sem", "ik wil Sem vragen of hij de muziek zachter draait") == "Sem, kun je de muziek zachter draaien?"
