"""Kinds of mistakes found by the fresh outside files tuning7-e/-f, each shown with a draft of its
own (other wording than the corpus case), so a test fails on the kind, not on one case.

Mostly asks spread over several lines or sentences: a question that only checks whether the other
is around, pieces of the ask on lines of their own, and sentences next to the ask that hold what
the reader needs.
"""

from __future__ import annotations

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.text import fold


def _sure(draft: str, **typed) -> str:
    result = shrink(draft, **typed)
    assert result.sure, result.sentence
    return result.sentence


# -- asks split over lines -------------------------------------------------------------------

def test_the_pieces_of_an_ask_on_lines_of_their_own_stay_in_it():
    assert _sure("hebde zaterdag tijd\nvoor mijn verjaardag in mechelen\nme uwe auto") == \
        "Hebt ge zaterdag tijd voor mijn verjaardag in mechelen me uwe auto?"
    sentence = shrink("kun je morgen helpen\nmet mijn verhuizing naar sliedrecht\nmet je aanhanger").sentence
    assert "sliedrecht" in sentence and "aanhanger" in sentence, sentence


def test_a_line_that_says_something_of_its_own_is_not_pulled_into_the_ask():
    sentence = shrink("kun je morgen helpen met de kast\nik heb het zelf al geprobeerd").sentence
    assert "geprobeerd" not in sentence.split("?")[0], sentence


def test_whether_the_other_is_around_is_no_ask_also_in_one_word():
    # 'zijde' (zijt ge) and 'hebde' hold verb and subject in one word: still a question of when, not what
    result = shrink("zijde wakker\nik ben zo bang vannacht\nkunde bij mij komen liggen")
    assert "komen liggen" in result.sentence and not fold(result.sentence).startswith("zijde"), result.sentence
    result = shrink("hebde efkes\nkunde mijn fiets morgen naar de hersteller brengen")
    assert result.sentence.startswith("Kunt ge") and "hebde" not in fold(result.sentence), result.sentence


def test_a_question_whether_the_reader_is_free_gives_its_moment_to_the_ask():
    assert _sure("heb je vrijdag tijd? kun je me helpen met de tuin") == "Kun je me vrijdag helpen met de tuin?"
    result = shrink("ben je morgen thuis?\nmijn wasmachine lekt\nkun je even komen kijken")
    assert "morgen" in result.sentence and not result.sure, result.sentence  # a sentence in between: not sure


# -- what is not a request -------------------------------------------------------------------

def test_a_verb_after_en_that_goes_on_from_the_writer_is_no_question():
    # 'Ik … en kan enkel …': the subject is the writer, left out; no noun phrase 'enkel' asked
    result = shrink("Beste, ik wil graag een nieuwe pas aanvragen. Ik werk overdag en kan enkel na 18u langskomen.")
    assert not result.sentence.endswith("langskomen?"), result.sentence
    assert "pas" in result.sentence, result.sentence
    assert _sure("Kan Joris morgen de sleutel brengen?") == "Kan Joris morgen de sleutel brengen?"  # a real noun subject


def test_a_pronoun_that_may_point_at_the_list_or_at_what_opens_it_is_not_vouched_for():
    draft = "Goedemorgen,\nIk kreeg vorige week een tegoedbon voor mijn bestelling:\n- twee lampen\n- een kapstok\nKunt u die omruilen?"
    result = shrink(draft)
    assert not result.sure, result.sentence  # the offer or the parts themselves?


# -- the honest sentence ---------------------------------------------------------------------

def test_honest_sentences_in_other_wording_stay():
    assert _sure("Kun je vrijdag mee naar de tandarts? Ik vind het echt eng.") == \
        "Kun je vrijdag mee naar de tandarts? Ik vind het echt eng."
    sentence = shrink("pap het is hier gewoon te veel met de verbouwing\nkun je zaterdag komen helpen").sentence
    assert "te veel met de verbouwing" in sentence and "zaterdag komen helpen" in sentence, sentence
    sentence = shrink("Hoi Jet, ik maak me echt zorgen over mijn examen. Kun je morgen met me oefenen?").sentence
    assert "zorgen over mijn examen" in sentence, sentence


def test_a_kept_sentence_that_points_back_at_a_person_named_earlier_is_not_vouched_for():
    draft = ("Beste juf Anke,\n\nIk wil u iets laten weten over onze zoon Mats. Zijn opa is net overleden en hij slaapt slecht. "
             "Ik maak me zorgen om hem.\nWilt u deze week een oogje in het zeil houden?")
    result = shrink(draft)
    assert "zorgen om hem" in result.sentence and not result.sure, result.sentence  # about whom? Mats went


def test_het_in_the_request_that_stands_for_something_said_before_is_not_vouched_for():
    draft = "Goedemiddag, ik heb vorige week een formulier ingevuld voor de subsidie. Kunt u zeggen wanneer ik het terugkrijg? Kan ik ook langskomen?"
    result = shrink(draft)
    assert not result.sure or "formulier" in result.sentence, result.sentence


# -- what stands next to the ask -------------------------------------------------------------

def test_trouble_going_on_since_a_day_next_to_the_ask_is_not_dropped_as_sure():
    # some readers keep it (what the ask is about), some drop it: the engine cannot know, so not sure
    for draft in ("Kunt u morgen een loodgieter sturen? De kraan lekt al sinds vrijdag.",
                  "Mag ik vandaag nog langskomen met mijn zoon? Hij hoest sinds gisteren heel erg."):
        result = shrink(draft)
        assert not result.sure or "sinds" in result.sentence, result.sentence


def test_a_consequence_after_dus_is_no_limit_on_the_ask():
    result = shrink("Kun je morgen op Bram passen? Hij is ziek dus niet naar school, en ik moet om 7u weg.")
    assert not fold(result.sentence).endswith("niet naar school."), result.sentence
    assert not result.sure or "ziek" in result.sentence, result.sentence


def test_a_misspelt_day_word_next_to_an_ask_without_a_moment_is_a_moment():
    result = shrink("kun je me helpen met wiskunde?? toets is zaterdg")
    assert not result.sure or "zaterdg" in result.sentence, result.sentence
    assert _sure("kun je me helpen met wiskunde?") == "Kun je me helpen met wiskunde?"


def test_where_we_wait_at_a_clock_time_is_where_to_meet():
    result = shrink("Wil je Noor zondag na de training bij het zwembad afzetten? Ik wacht daar om 11 uur.")
    assert not result.sure or "11 uur" in result.sentence, result.sentence


def test_how_many_helpers_an_open_call_needs_stays_with_it():
    assert _sure("Wie kan vrijdag de bar doen van 20 tot 23? We zoeken nog 3 mensen.") == \
        "Wie kan vrijdag de bar doen van 20 tot 23? We zoeken nog 3 mensen."
    sentence = shrink("Kan er iemand zaterdag mee rijden naar het toernooi? Er zijn nog 4 plekken over.").sentence
    assert "nog 4 plekken" in sentence, sentence


def test_asking_to_be_let_off_with_the_reason_right_after_is_not_dropped_as_sure():
    for draft in ("Hoi trainer, mag ik vrijdag niet meedoen? Mijn knie is nog dik van de wedstrijd.",
                  "Beste Wim, zou het kunnen dat ik maandag niet op de vergadering kom? Ik heb dan een afspraak in het ziekenhuis."):
        result = shrink(draft)
        assert not result.sure or ("knie" in result.sentence or "ziekenhuis" in result.sentence), result.sentence


# -- sentences that came out broken ----------------------------------------------------------

def test_a_statement_run_on_after_the_ask_without_punctuation_is_cut_off():
    sentence = shrink("hee lot mag ik morgen je fiets lenen moet naar de tandarts in de stad").sentence
    assert sentence.endswith("lenen?") and "tandarts" not in sentence, sentence


def test_what_is_left_of_an_escape_hatch_is_no_limit():
    sentence = shrink("Zou je zondag de hond kunnen uitlaten? Niet als het regent natuurlijk, dan hoeft het niet.").sentence
    assert not sentence.rstrip(".?").endswith("Niet"), sentence
    assert "alleen als" in fold(shrink("Kan iemand morgen de bar doen? Alleen als je zelf geen dienst hebt.").sentence)


def test_a_day_with_a_clock_time_is_one_moment():
    sentence = shrink("De tekeningen van de klas zijn klaar. Zou je die voor morgen 10 uur in de map kunnen zetten?").sentence
    assert "morgen 10 uur" in sentence, sentence


def test_a_referent_put_in_once_is_not_put_in_again():
    sentence = shrink("hoi schat\nlang niks gehoord he\nhier gaat alles goed, Mees slaapt eindelijk door\n"
                      "je hebt toch die aanhangwagen nog van je broer\nmogen wij die lenen voor de verhuizing in mei").sentence
    assert "aanhangwagen aanhangwagen" not in sentence, sentence


def test_no_capital_after_the_vocative_comma_for_a_moment_or_an_article():
    sentence = shrink("Beste meneer Smit,\n\nVolgende week vrijdag heeft Lieke een tandartsafspraak om 9 uur. "
                      "Ik vroeg me af of ik haar die ochtend om 8.30 uur uit de klas mag halen.").sentence
    assert sentence.startswith("Meneer Smit, volgende week"), sentence


def test_a_noun_in_en_after_a_number_does_not_end_the_ask():
    sentence = shrink("Schat, ik wil niet zeuren, maar ik heb nodig dat jij deze maand twee ochtenden de kinderen brengt.").sentence
    assert sentence.endswith("twee ochtenden de kinderen brengt."), sentence


def test_a_range_of_days_with_t_m_is_one_moment():
    sentence = shrink("Wij zijn van 3 t/m 10 augustus op vakantie. Zou iemand de kat willen voeren?").sentence
    assert "3 t/m 10 augustus" in sentence or "10 augustus" not in sentence, sentence


def test_a_referent_keeps_a_van_phrase_with_digits():
    sentence = shrink("De foto's zijn klaar, alleen de offerte van Q3 mist nog. Kun je die morgen naar Bas sturen?").sentence
    assert "offerte van Q3" in sentence or "die" in sentence.split(), sentence
