"""Round 43 review (k43r2): crisis drafts that lost the person to call or the means, and older sure-and-wrong shapes.
Real engine calls; the reviewer's drafts (/tmp/rev43k) and the same shapes in other words.

A. An unpunctuated crisis run-on is read as lines at its call (crisis_runon.py): the person to call stays.
B. A means at hand or being stuck is a fact of now in a crisis result; the 'ik' before an 'en' stays (crisis_means.py).
C. A negated call of its own before the wanted one is put back, never the draft's sentence twice (crisis_against.py).
D. 'Graag zou ik een afspraak maken' keeps its 'graag' (kept_words.py).
E. A statement joined with a comma after the ask keeps its full stop, the '?' goes after the ask (usable.py).
F. 'Niet zaterdag maar zondag' is never cut apart (kept_words.py).
"""

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.crisis_runon import broken


# A. the person to call in an unpunctuated crisis run-on
@pytest.mark.parametrize("draft, wanted, negated", [
    ("ik wil dood bel de politie niet maar mijn zus", "bel nu mijn zus", "politie"),
    ("ik wil dood bel de ambulance niet maar mijn vriendin Sara", "bel nu mijn vriendin sara", "ambulance"),
    ("ik wil dood bel mijn zus niet maar mijn broer", "bel nu mijn broer", "zus"),
    ("ik wil dood en bel geen ambulance maar mijn mama", "bel nu mijn mama", "ambulance"),
    ("ik wil er niet meer zijn bel de huisarts niet maar mijn moeder", "bel nu mijn moeder", "huisarts"),
])
def test_the_person_to_call_stays_in_a_run_on(draft, wanted, negated):
    r = shrink(draft)
    assert r.crisis
    assert wanted in r.sentence.lower(), r.sentence
    assert negated in r.sentence.lower(), r.sentence


@pytest.mark.parametrize("draft", [
    "ik wil niet meer leven bel de politie niet bel mijn vriendin",
    "ik heb een mes en wil mezelf iets aandoen bel mijn zus Eva niet de politie",
])
def test_a_run_on_call_lost_or_unclear_is_never_sure_without_the_person(draft):
    r = shrink(draft)
    assert r.crisis
    person = draft.split()[-1] if "Eva" not in draft else "eva"
    assert person in r.sentence.lower() or not r.sure, r.sentence


def test_a_plea_run_on_is_kept_as_the_writers_own_call():
    r = shrink("pap ik wil er niet meer zijn bel me")
    assert r.crisis
    assert "ik wil er niet meer zijn" in r.sentence and "bel me" in r.sentence.lower(), r.sentence


@pytest.mark.parametrize("draft", [
    "ik bel je morgen, ik wil dood",  # 'ik bel': no imperative
    "kun je me bellen ik wil dood",
    "ik wil dood maar bel niemand",
    "Kun je mij morgen bellen? Ik bel anders zelf.",  # no crisis: never read as lines
])
def test_no_line_where_bel_opens_no_call_of_its_own(draft):
    assert broken(draft) == draft


def test_the_line_break_keeps_every_offset():
    draft = "ik wil dood bel de politie niet maar mijn zus"
    read = broken(draft)
    assert len(read) == len(draft) and read.count("\n") == 1 and read.split("\n")[1].startswith("bel ")


# B. the means at hand and the subject
@pytest.mark.parametrize("draft, fact", [
    ("ik heb een mes. ik wil mezelf iets aandoen. bel mijn zus", "mes"),
    ("ik heb een mes en ik wil mezelf iets aandoen bel mijn zus", "mes"),
    ("de pillen liggen klaar. ik wil dood. kom je?", "pillen liggen klaar"),
    ("kzit vast en ik wil niet meer leven", "zit vast"),
    ("ik heb touw in huis. ik wil er niet meer zijn. kom je?", "touw"),
])
def test_the_means_at_hand_is_kept(draft, fact):
    r = shrink(draft)
    assert r.crisis
    assert fact in r.sentence.lower(), r.sentence


def test_the_subject_cut_before_en_comes_back():
    r = shrink("ik heb een mes en wil mezelf iets aandoen bel mijn zus Eva niet de politie")
    assert "Ik wil mezelf iets aandoen" in r.sentence and "mes" in r.sentence, r.sentence
    assert not r.sentence.startswith("Wil ")


def test_no_means_in_a_plain_ask():
    r = shrink("Kun je morgen mijn pillen ophalen bij de apotheek?")
    assert not r.crisis and r.sentence.count("pillen") == 1


# C. never the same sentence twice
@pytest.mark.parametrize("draft, negated", [
    ("ik heb te veel pillen genomen, bel geen ambulance, bel mijn zus", "geen ambulance"),
    ("ik wil dood. bel de politie niet, bel mijn zus", "de politie niet"),
])
def test_a_negated_call_of_its_own_is_kept_once(draft, negated):
    r = shrink(draft)
    assert r.crisis
    low = r.sentence.lower()
    assert negated in low and "bel nu mijn zus" in low, r.sentence
    sentences = [s.strip() for s in r.sentence.replace("?", ".").split(".") if s.strip()]
    assert len(sentences) == len(set(sentences)), r.sentence


# D. 'graag zou ik'
@pytest.mark.parametrize("draft, person", [
    ("Graag zou ik een afspraak maken. Zou dat dinsdag kunnen?", None),
    ("Graag zou ik een afspraak maken om mijn rapport te bespreken. Zou dat dinsdag kunnen?", "meneer De Wit"),
])
def test_graag_zou_ik_keeps_its_wish(draft, person):
    r = shrink(draft, person=person)
    assert "ik zou een" not in r.sentence.lower(), r.sentence


def test_graag_zou_ik_willen_weten_is_still_read_as_a_frame():
    r = shrink("Graag zou ik willen weten of de bibliotheek zaterdag open is.")
    assert "graag" not in r.sentence.lower()


# E. the '?' after the ask, the statement its own sentence
def test_a_statement_after_the_ask_keeps_its_full_stop():
    draft = ("hey ma sorry dat ik weer zeur maar zou je misschien zaterdag de hond kunnen uitlaten, ik moet werken tot 6. "
             "als het niet lukt is het ook goed hoor")
    r = shrink(draft, person="ma")
    assert not r.sure
    assert "uitlaten? Ik moet werken tot 6." in r.sentence, r.sentence
    assert not r.sentence.endswith("6?")


# F. 'niet X maar Y'
@pytest.mark.parametrize("draft, kept", [
    ("Kun je me helpen met de verhuizing? Niet zaterdag maar zondag.", "zondag"),
    ("Kun je me helpen met de verhuizing? Niet in mei maar juni.", "juni"),
])
def test_niet_x_maar_y_is_never_cut_apart(draft, kept):
    r = shrink(draft)
    assert kept in r.sentence or "Niet" not in r.sentence, r.sentence
