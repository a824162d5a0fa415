"""Round 17 (k17f): the practice flow, where the person, the ask and the moment are typed apart.

Fresh drafts of our own for the classes tuning17-o showed: who is addressed, where the typed moment
goes (and when the draft's own moment wins), a bare task among other parts, chat spelling in front of
the question, and sentences the reader needs that a sure result may not drop quietly.
"""

from __future__ import annotations

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.compose import composed
from vraaghulp.coach.krimp.salutation import vocative_of


def test_my_uncle_or_aunt_with_a_name_is_addressed_by_the_name():
    assert vocative_of("mijn oom Gerrit") == "Gerrit"
    assert vocative_of("mijn tante Wil") == "Wil"


def test_a_typed_title_and_the_flemish_nonkel_stay_in_the_vocative():
    assert vocative_of("oom Gerrit") == "Oom Gerrit"
    assert vocative_of("mijn nonkel Staf") == "Nonkel Staf"
    assert vocative_of("juf Karin") == "Juf Karin"


def test_a_typed_name_beats_a_chat_nickname_in_the_draft():
    result = shrink("bro kun je me zaterdag helpen met de verhuisdozen", person="Milan")
    assert result.sentence.startswith("Milan, ")
    assert "bro" not in result.sentence.lower()


def test_a_family_word_of_the_draft_still_wins_over_the_typed_one():
    assert shrink("pap kun je me morgen ophalen bij de tandarts?", person="papa").sentence.startswith("Pap, ")


def test_an_escape_question_after_the_ask_without_a_comma_goes():
    result = shrink("kun je me helpen met mijn motivatiebrief of is dat te veel gevraagd", person="Lotte", moment="morgen")
    assert "te veel" not in result.sentence
    assert "motivatiebrief" in result.sentence


def test_a_typed_moment_said_elsewhere_leaves_the_ask_its_own_moment_and_is_not_sure():
    result = shrink("Ik heb vrijdag mijn rijexamen. Kun je donderdag nog een keer met me oefenen?", person="Jesse", moment="vrijdag")
    assert "donderdag" in result.sentence
    assert "kun je vrijdag" not in result.sentence.lower()
    assert not result.sure


def test_a_typed_day_still_replaces_the_draft_day_when_it_is_nowhere_else():
    assert "zaterdag" in shrink("kun je morgen mijn post meenemen?", person="Ilse", moment="zaterdag").sentence


def test_this_weekend_typed_gives_way_to_a_day_in_the_ask():
    result = composed("Bas", "zaterdag de kippen voeren? ik lig met griep in bed", "dit weekend")
    assert "dit weekend" not in result.sentence
    assert "zaterdag de kippen voeren" in result.sentence


def test_a_bare_task_after_an_apology_is_asked():
    result = composed("oma", "sorry dat ik weer zeur, ophalen van de crèche?", "dinsdag")
    assert result.sentence == "Oma, kun je dinsdag ophalen van de crèche?"


def test_a_bare_task_with_a_sentence_after_it_keeps_that_sentence():
    result = composed("mijn buurman", "de kat eten geven, ik ben er tot zondag niet", "vanaf vrijdag")
    assert result.sentence == "Buurman, kun je vanaf vrijdag de kat eten geven? Ik ben er tot zondag niet."


def test_away_for_a_span_is_kept_after_a_week_ask():
    result = shrink("kun je volgende week de vissen voeren, wij zijn weg van dinsdag tot vrijdag", person="Noah")
    assert "van dinsdag tot vrijdag" in result.sentence


def test_a_sore_body_part_is_the_honest_sentence():
    result = shrink("Kun je vanavond de vuilniszakken buiten zetten? Mijn knie is weer kapot.")
    assert "Mijn knie is weer kapot." in result.sentence


def test_a_chat_question_front_is_written_out():
    assert shrink("kn je me vanavond bellen?").sentence.startswith("Kun je ")
    assert shrink("kunje me vanavond bellen?").sentence.startswith("Kun je ")
    assert shrink("ken je een goede kapper?").sentence.startswith("Ken je ")  # 'kennen', not 'kan'


def test_a_dropped_sentence_about_what_the_writer_cannot_do_is_not_sure():
    result = shrink("mag ik de uitslag van de scan per mail krijgen? ik kan niet naar het ziekenhuis komen", person="de huisarts")
    assert "niet naar het ziekenhuis" in result.sentence or not result.sure
    result = shrink("Kunt ge mij ophalen aan het station? 'k Mag zelf nie rijden met die pillen.", person="Wout")
    assert "rijden" in result.sentence or not result.sure


def test_a_kept_fact_after_a_comma_is_a_sentence_of_its_own_not_part_of_the_question():
    result = shrink("kunt ge volgende week mijn konijn eten geven, wij zijn weg tot donderdag")
    assert result.sentence == "Kunt ge volgende week mijn konijn eten geven? Wij zijn weg tot donderdag."
