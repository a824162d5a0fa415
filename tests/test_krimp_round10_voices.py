"""Round 10 (kr27b): who speaks to whom, and how. Kinds found by the fresh outside files
tuning10-k and tuning10-l, each shown with drafts of its own (other wording than the corpus
cases), so a test fails on the kind, not on one case.
"""

from __future__ import annotations

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.lexicon import lexicon
from vraaghulp.coach.krimp.verbs import infinitive_of
from vraaghulp.coach.text import fold


# -- register: Flemish spelling without 'ge' in a note to oneself stays Flemish -----------------

def test_a_flemish_note_without_ge_asks_with_ge():
    result = shrink("ik wil vragen of hij de rest van de huur wil storten voor het einde van de week. "
                    "da's echt nodig", person="mijn broer Jens")
    assert fold(result.sentence).startswith("jens, wilt ge de rest van de huur storten"), result.sentence


def test_flemish_looking_spelling_next_to_je_stays_je():
    result = shrink("ik weet da je het druk hebt, maar ik wil vragen of ze vrijdag de sleutel wil brengen",
                    person="Mirthe")
    assert "wil je" in fold(result.sentence) and " ge " not in fold(result.sentence), result.sentence


# -- the rebuilt question: its verb is the reported clause's own, in the right form -------------

def test_a_modal_after_a_comma_clause_is_not_the_asks_verb():
    result = shrink("ik wil de buurvrouw vragen of ze haar kat niet meer in onze tuin laat lopen, het ruikt, "
                    "maar ze is lief en ik wil geen ruzie", person="buurvrouw Els")
    folded = fold(result.sentence)
    assert folded.startswith("els, kun je je kat niet meer in onze tuin laten lopen?"), result.sentence
    assert "je is" not in folded and "ruikt" not in folded, result.sentence


def test_a_short_het_clause_after_a_comma_ends_the_question():
    result = shrink("ik wil mijn zus vragen of ze haar fiets voortaan in de schuur zet, het regent vaak, "
                    "maar ik wil niet zeuren", person="mijn zus Anke")
    assert result.sentence == "Anke, kun je je fiets voortaan in de schuur zetten?", result.sentence


def test_het_with_a_noun_in_a_list_is_no_clause_of_its_own():
    result = shrink("ik wil vragen of ze de tas, het feest en de jas kan regelen", person="Mila")
    assert fold(result.sentence).startswith("mila, kun je de tas, het feest en de jas regelen"), result.sentence


def test_the_verb_before_a_relative_waar_clause_is_the_asks_verb():
    result = shrink("ik wil mijn moeder vragen of ze niet meer over mijn gewicht praat waar mijn vriendin bij is",
                    person="mama")
    assert result.sentence == "Mama, kun je niet meer over mijn gewicht praten waar mijn vriendin bij is?", result.sentence


def test_a_stem_on_a_long_vowel_and_t_keeps_its_t():
    lex = lexicon()
    assert infinitive_of(lex, "praat") == ("praten", True)
    assert infinitive_of(lex, "ontmoet") == ("ontmoeten", True)
    assert infinitive_of(lex, "slaat")[0] == "slaan"
