"""Round 43 (k43b): kinds mended from heldout42 and probe p42 (real engine calls, drafts written for these tests).

- A lone Flemish 'ma' is 'maar' before a verb, a pronoun or a clause after a word or a comma inside its sentence, and
  never the person addressed; 'Ma, …', 'hey ma …' and 'ma kunt ge …' opening the message are the mother; 'Ma kunt
  ge …' opening a later sentence is either: not sure (line_name.but_or_mother).
- 'Ciao' opens a message as a greeting: the name after it is the person addressed, never replaced by a later word.
- Outside the crisis tier, a clause the care check flags keeps its words as typed ('ik wil gewoon verdwijnen').
- A number after a weekday is a day of the month only from 1 to 31 ('wordt zaterdag 90').
"""

import pytest

from vraaghulp.coach.krimp import shrink


@pytest.mark.parametrize("draft", [
    "Ik weet da ge al veel doet, ma zoudt ge woensdag de kleine Matteo kunnen ophalen aan school?",
    "Sorry da ik stoor ma ik zou willen vragen of ge woensdag Matteo kunt ophalen aan school",
    "Ge hebt het druk, ma kunde gij zaterdag de hond eten geven?",
])
def test_a_flemish_ma_before_a_verb_or_pronoun_is_maar(draft):
    result = shrink(draft)
    assert not result.sentence.startswith("Ma,"), result.sentence


@pytest.mark.parametrize("draft", [
    "Ma, kunt ge woensdag Matteo ophalen aan school?",
    "hey ma kunt ge woensdag Matteo ophalen aan school?",
    "Dag ma! Kunt ge woensdag Matteo ophalen aan school?",
])
def test_ma_as_an_address_stays_the_mother(draft):
    assert shrink(draft).sentence.startswith("Ma, ")


def test_ma_opening_the_message_before_a_verb_is_the_mother(rules_only):
    result = shrink("ma kunt ge mij om 6u aan de sporthal oppikken")
    assert result.sentence.startswith("Ma, ") and result.sure, result.sentence


@pytest.mark.parametrize("draft", [
    "Ik weet dat ge het druk hebt. Ma kunt ge woensdag Matteo ophalen aan school?",
    "Ik weet dat ge het druk hebt.\nma kunt ge woensdag Matteo ophalen aan school?",
])
def test_ma_opening_a_later_sentence_is_never_sure_as_the_person(rules_only, draft):
    result = shrink(draft)
    assert not (result.sentence.startswith("Ma,") and result.sure), result.sentence


@pytest.mark.parametrize("draft, name", [
    ("Ciao Giulia! Alles goed? Ik durf het bijna ni te vragen, ma zoudt ge woensdag de kleine Matteo kunnen ophalen "
     "aan school om kwart na drie? Ik moet werken tot zes.", "Giulia"),
    ("Ciao Marco, ma kunt ge vrijdag de sleutel binnenbrengen bij de buren?", "Marco"),
    ("Hey Sofie! Ik weet da ge druk zijt, ma zoudt ge morgen de poes eten kunnen geven?", "Sofie"),
])
def test_the_name_of_the_greeting_is_never_replaced_by_a_later_word(draft, name):
    result = shrink(draft)
    assert result.sentence.startswith(f"{name}, "), result.sentence


def test_ciao_at_the_end_is_still_a_sign_off():
    result = shrink("Kunt ge woensdag Matteo ophalen aan school? Merci, ciao")
    assert "ciao" not in result.sentence.lower()


def test_a_clause_the_care_check_flags_keeps_its_words_as_typed():
    result = shrink("Jana ik kan ni meer. iedereen in de klas lacht mij uit en ik wil gewoon verdwijnen. sorry da'k zo "
                    "zaag. zoudt ge kunnen bellen")
    assert "ik wil gewoon verdwijnen" in result.sentence.lower()
    assert not result.sure


def test_a_weekday_with_a_number_above_31_is_no_date():
    result = shrink("Dag Patrick, mijn vader wordt zaterdag 90. Zou ik die dag vrij kunnen krijgen?")
    assert "90 vrij" not in result.sentence, result.sentence
