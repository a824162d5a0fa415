"""Round 52 (k52c): crisis drafts keep the writer's own words about how bad it is, lose burden talk and the story
beside the heavy words, and get 'nu' only where the ask names no moment (issue 12 point 7).

Every draft here is written for this file (Dutch and Flemish, chat and plain), with twins that must not change.
"""

from __future__ import annotations

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.crisis_burden import _burden
from vraaghulp.coach.krimp.crisis_own import stated
from vraaghulp.coach.krimp.crisis_when import says_when
from vraaghulp.coach.krimp.lexicon import lexicon


def _words(sentence: str) -> list[str]:
    return sentence.lower().replace("?", " ").replace(".", " ").replace(",", " ").split()


# --- 'nu' only where the ask names no moment -------------------------------------------------------------------

@pytest.mark.parametrize("draft, moment", [
    ("Zus, ik heb mezelf weer gesneden. Kun je na je dienst langskomen?", "na je dienst"),
    ("broer ik heb me weer pijn gedaan aan mijn armen. kunde gij na uw werk efkes passeren", "na uw werk"),
    ("Mam ik wil er niet meer zijn. Kun je na je training even bij me komen?", "na je training"),
])
def test_no_nu_when_the_ask_names_after_the_readers_day(draft, moment):
    result = shrink(draft)
    assert result.crisis
    assert moment in result.sentence.lower()
    assert "nu" not in _words(result.sentence)


@pytest.mark.parametrize("draft", [
    "Zus, ik heb mezelf weer gesneden. Kun je langskomen?",
    "broer ik heb me weer pijn gedaan aan mijn armen. kunde gij efkes passeren",
])
def test_nu_still_added_when_the_ask_names_no_moment(draft):
    result = shrink(draft)
    assert result.crisis and "nu" in _words(result.sentence)


@pytest.mark.parametrize("ask, when", [
    ("kun je na je werk komen", True), ("kunt gij na uw werk passeren", True), ("kun je na je dienst bellen", True),
    ("wilt u mij die ochtend brengen", True), ("kun je na de verhuizing helpen", False), ("kun je komen", False),
    ("kun je de ochtendkrant halen", False),
])
def test_says_when_reads_the_readers_day(ask, when):
    assert says_when(lexicon(), ask) is when


# --- the writer's state stays with the heaviest words --------------------------------------------------------

@pytest.mark.parametrize("draft, state, heavy", [
    ("Pap het gaat echt mis met me en ik denk erover om mezelf iets aan te doen.", "het gaat echt mis met me",
     "mezelf iets aan te doen"),
    ("Nele 't gaat helemaal ni goed en ik wil er ni meer zijn.", "'t gaat helemaal ni goed", "ni meer zijn"),
])
def test_state_clause_before_the_heaviest_stays_in_the_ready_sentence(draft, state, heavy):
    result = shrink(draft)
    assert result.crisis
    low = result.sentence.lower()
    assert state in low and heavy in low
    assert result.sentence.endswith("bij me zijn?")


def test_a_story_before_the_heaviest_clause_still_goes_in_the_ready_sentence():
    result = shrink("Sinds de verhuizing lig ik hier maar op de bank en ik wil er niet meer zijn. Sorry Joris.")
    assert "verhuizing" not in result.sentence.lower()
    assert "ik wil er niet meer zijn" in result.sentence.lower()


@pytest.mark.parametrize("draft, state", [
    ("Lotte ik weet het niet meer. Ik zit boven op de parkeergarage en ik wil springen. Kun je komen?",
     "ik weet het niet meer"),
    ("sanne ik weet ut niet meer. ik zit in de auto bij de dijk en ik wil er een eind aan maken. kun je komen",
     "ik weet ut niet meer"),
    ("Mam ik red het niet meer met de tweeling. Ik denk erover om mezelf iets aan te doen. Kun je komen?",
     "ik red het niet meer met de tweeling"),
])
def test_a_short_state_sentence_goes_back_into_the_crisis_result(draft, state):
    result = shrink(draft)
    assert result.crisis
    assert state in result.sentence.lower()


@pytest.mark.parametrize("clause, said", [
    ("het gaat helemaal mis in mijn hoofd", True), ("ik weet ut niet meer", True), ("ik kan niet meer", True),
    ("ik red het niet meer met de tweeling", True), ("'t gaat echt ni goed", True),
    ("ik kan niet meer naar binnen", False), ("ik weet niet meer waar de sleutel ligt", False),
    ("het gaat goed met de kinderen", False), ("ik kan het niet meer vinden", False),
])
def test_stated_reads_only_how_the_writer_is(clause, said):
    assert stated(clause) is said


# --- burden talk and reassurance go ----------------------------------------------------------------------------

@pytest.mark.parametrize("draft, gone, stays", [
    ("Ruben ik wil niet meer leven. Ik weet niet wie ik anders moet bellen. Kun je vanavond komen?",
     "wie ik anders", "wil niet meer leven"),
    ("Bert ik zie het ni meer zitten en ik heb de pillen al klaargelegd. Ge moet u geen zorgen maken he, 't is ni da 'k "
     "iets ga doen. Kunt ge bellen?", "zorgen", "pillen al klaargelegd"),
    ("ik ga u niet ongerust maken maar ik heb vannacht aan zelfmoord gedacht. kunt ge komen", "ongerust",
     "aan zelfmoord gedacht"),
    ("Femke ik wil er niet meer zijn. Ik wil niet dat je schrikt. Kun je me bellen?", "schrikt", "niet meer zijn"),
])
def test_burden_talk_goes_from_a_crisis_result(draft, gone, stays):
    result = shrink(draft)
    assert result.crisis
    assert gone not in result.sentence.lower()
    assert stays in result.sentence.lower()
    assert result.sentence.endswith("?")


def test_the_burden_that_went_is_named():
    result = shrink("Ruben ik wil niet meer leven. Ik weet niet wie ik anders moet bellen. Kun je vanavond komen?")
    assert any(f.kind == "last" and "wie ik anders" in f.text for f in result.findings)
    draft = "Ruben ik wil niet meer leven. Ik weet niet wie ik anders moet bellen. Kun je vanavond komen?"
    assert any("wie ik anders" in draft[a:b] for a, b in result.dropped)


@pytest.mark.parametrize("clause", [
    "ik weet niet goed hoe ik dit moet zeggen maar ik wil dood",  # the turn keeps what follows
    "ik weet niet meer wat ik moet doen",  # how the writer is, not burden
    "ik ben iedereen tot last",
    "je hebt gelijk",
])
def test_not_burden(clause):
    assert not _burden(clause)


def test_the_heavy_words_after_a_burden_opening_stay():
    result = shrink("Daan ik weet niet goed hoe ik dit moet zeggen maar ik wil dood. Kun je komen?")
    assert "ik wil dood" in result.sentence.lower()


# --- the story beside the heavy words goes -------------------------------------------------------------------

@pytest.mark.parametrize("draft, gone, stays", [
    ("Ze lachen me elke dag uit op mijn werk en ik wil er een eind aan maken. Kun je vanavond bellen?", "lachen",
     "eind aan maken"),
    ("Tom de zaak gaat dicht en ik wil niet meer leven. Kun je naar me toe komen?", "zaak", "niet meer leven"),
])
def test_a_story_clause_beside_the_heavy_words_goes(draft, gone, stays):
    result = shrink(draft)
    assert result.crisis
    assert gone not in result.sentence.lower() and stays in result.sentence.lower()
    assert any(f.kind == "achtergrond" and gone in f.text.lower() for f in result.findings)


@pytest.mark.parametrize("draft, stays", [
    ("Ik zit in de auto bij het kanaal en ik wil er een eind aan maken. Kun je komen?", "in de auto bij het kanaal"),
    ("Ik slaap al dagen niet en ik wil er niet meer zijn. Kun je komen?", "slaap al dagen niet"),
    ("Ik weet niet wat ik moet doen en ik wil dood. Kun je komen?", "weet niet wat ik moet doen"),
    ("De voordeur is open en ik wil dood. Kom alsjeblieft.", "voordeur is open"),
])
def test_place_state_and_facts_of_now_stay(draft, stays):
    result = shrink(draft)
    assert result.crisis
    assert stays in result.sentence.lower()


def test_a_fronted_clause_is_not_cut_from_its_verb():
    result = shrink("Sinds Karel weg is wil ik niet meer leven. Kun je komen?")
    assert not result.sentence.lower().startswith("wil ik")
    assert "wil ik niet meer leven" in result.sentence.lower() or "ik wil niet meer leven" in result.sentence.lower()


# --- the practice flow: a question after a Flemish 'maar' is no bare task; a link word before a bare task goes ------

def test_a_question_after_mo_is_never_asked_again():
    from vraaghulp.coach.krimp import compose

    sentence = compose("mijn collega Wim", "Sorry, ik weet da het druk is, mo kan ik donderdag later beginnen?", "donderdag")
    assert "mag ik mo" not in sentence.lower() and "kun je mo" not in sentence.lower()
    assert sentence.lower().count("kan ik") == 1


@pytest.mark.parametrize("note, moment, asked", [
    ("sorry dat ik zeur, maar even de vuilniszakken buitenzetten?", "vanavond", "kun je vanavond even de vuilniszakken"),
    ("sorry dat ik het weer vraag, en de planten water geven?", "zondag", "kun je zondag de planten water geven"),
])
def test_the_link_word_before_a_bare_task_goes(note, moment, asked):
    from vraaghulp.coach.krimp import compose

    sentence = compose("Wout", note, moment)
    assert asked in sentence.lower()
    assert " maar " not in sentence.lower() and ", en " not in sentence.lower()


def test_a_bare_task_without_a_link_word_is_asked_as_before():
    from vraaghulp.coach.krimp import compose

    assert compose("Wout", "sorry dat ik het alweer vraag, oppassen op Daan?", "zaterdag") == \
        "Wout, kun je zaterdag oppassen op Daan?"


def test_a_clause_of_the_writers_own_is_no_task_for_the_ready_sentence():
    result = shrink("hoi bram ik weet niet bij wie ik dit moet neerleggen. ik bekras mezelf weer en ik wil niet meer leven.")
    assert result.crisis
    assert not result.sentence.lower().startswith("kun je nu hoi")
    assert "wie ik dit" not in result.sentence.lower()
    assert result.sentence.endswith("bij me zijn?")
