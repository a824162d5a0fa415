"""Round 44 (k44c): sure-and-wrong shapes and crisis-draft losses left open by round 43's reviews. Real engine calls;
each kind is tested on the bug and on a twin that must not change.

A. A name that is also a word ('Hoi Dan,') after a greeting stays the person addressed (names.py).
B. In crisis, a call of one person by a bare name ('bel Eva') is the writer's own request, kept (groups.py,
   crisis_plea.calls_named); a kin word alone or a farewell with a moment is not read so.
C. A crisis run-on with 'sms'/'stuur'/'app' is read as lines at the call, as 'bel' is (crisis_runon.py).
D. 'bel geen ambulance en geen politie': the second thing not to call stays with the first (crisis_own.py); a negated
   call said apart stays left out and not sure (round 42's decision, test_krimp_review42).
E. 'Graag zou ik zien dat je …' is a wish of the reader, never 'Kan ik zien …' while sure (wish_seen.py).
F. A statement glued after the ask by a comma ('…, het regent binnen') is never sure and is split in the offer
   (glued_ask.py).
G. A bare title as the address ('Juf,') with another person typed ('meester Tom') is never sure (typed_clash.py).
H. 'Het moet uiterlijk vrijdag terug.' after the ask is an action with its deadline, never a bare moment moved into the
   ask (assemble.moment_alone).
"""

import pytest

from vraaghulp.coach.krimp import shrink
from vraaghulp.coach.krimp.crisis_runon import broken


# A. a name that is also a word
@pytest.mark.parametrize("draft, name", [
    ("Hoi Dan, kun je morgen de sleutel brengen?", "Dan, "),
    ("Dag Dan, zou je morgen de sleutel kunnen brengen?", "Dan, "),
    ("Hoi Roos, kun je morgen de sleutel brengen?", "Roos, "),
])
def test_a_name_that_is_also_a_word_stays_after_a_greeting(draft, name):
    assert shrink(draft).sentence.startswith(name)


@pytest.mark.parametrize("draft", [
    "Hoi, dan kun je morgen de sleutel brengen?",
    "Hoi dan, kun je morgen de sleutel brengen?",
    "Hoi allemaal, kan iemand morgen de sleutel brengen?",
])
def test_the_word_itself_is_no_name(draft):
    r = shrink(draft)
    assert not r.sentence.lower().startswith(("dan,", "allemaal,")), r.sentence


# B. a call by bare name in crisis
@pytest.mark.parametrize("draft", ["ik wil dood. bel Eva", "ik wil dood, bel Eva", "ik wil dood bel Eva",
                                   "ik wil er niet meer zijn. Bel Tom nu"])
def test_a_call_by_name_is_the_writers_own_request(draft):
    r = shrink(draft)
    assert r.crisis
    words = r.sentence.lower()
    assert "bel nu eva" in words or "bel eva" in words or "bel tom" in words, r.sentence
    assert "bij me zijn" not in words, r.sentence


@pytest.mark.parametrize("draft", ["ik wil dood. bel mama morgen", "ik wil dood. pas goed op Eva"])
def test_a_farewell_is_no_call(draft):
    r = shrink(draft)
    assert r.crisis
    assert not r.sentence.lower().startswith("ik wil dood. bel nu"), r.sentence  # k45b2: 'Bel mama morgen.' as typed
    assert not r.sure


# C. sms / stuur / app run-ons
@pytest.mark.parametrize("draft, call", [
    ("ik wil niet meer leven sms mijn zus", "sms nu mijn zus"),
    ("ik wil dood stuur mijn zus een bericht", "stuur nu mijn zus een bericht"),
    ("ik wil dood app mijn zus", "app nu mijn zus"),
    ("ik wil niet meer leven bel mijn zus", "bel nu mijn zus"),
])
def test_a_message_call_run_on_is_split_like_bel(draft, call):
    r = shrink(draft)
    assert r.crisis and call in r.sentence.lower(), r.sentence


@pytest.mark.parametrize("draft", ["ik heb de app niet meer en ik wil dood", "ik wil dood en mijn sms werkt niet",
                                   "ik wil dood ik stuur je dit", "sorry voor de random app, ik wil dood",
                                   "ik weet dat dit niet via sms moet maar ik wil dood",
                                   "sorry dat ik zo laat app ik wil dood",
                                   "sorry dat ik je dit stuur ik weet dat het laat is ik wil dood"])
def test_no_line_opens_after_a_noun_or_subject(draft):
    assert broken(draft) == draft


# D. the negated calls stay together
def test_a_second_negated_call_stays():
    r = shrink("ik wil dood bel geen ambulance en geen politie")
    assert "geen ambulance en geen politie" in r.sentence.lower() or not r.sure, r.sentence
    assert "geen politie" in r.sentence.lower(), r.sentence


def test_one_negated_call_is_unchanged():
    assert "bel geen ambulance" in shrink("ik wil dood bel geen ambulance").sentence.lower()


# E. a wish of the reader
@pytest.mark.parametrize("draft, offer", [
    ("Graag zou ik zien dat je zaterdag komt.", "Kun je zaterdag komen?"),
    ("Graag zou ik zien dat u morgen de sleutel brengt.", "Kunt u morgen de sleutel brengen?"),
    ("Graag zou ik zien dat je vaker de afwas doet.", "Kun je vaker de afwas doen?"),
])
def test_a_wish_of_the_reader_is_asked_of_the_reader(draft, offer):
    r = shrink(draft)
    assert not r.sure
    assert r.sentence == offer
    assert "kan ik zien" not in r.sentence.lower()


def test_a_wish_of_the_writers_own_is_unchanged():
    r = shrink("Graag zou ik zaterdag je boor lenen.")
    assert r.sure and r.sentence == "Kan ik zaterdag je boor lenen?"


# F. a statement glued after the ask
@pytest.mark.parametrize("draft", ["Kun je het raam dichtdoen, het regent binnen",
                                   "Kun je het raam dichtdoen, het regent binnen.", "Kun je het raam dichtdoen, het waait"])
def test_a_glued_statement_is_split_and_not_sure(draft):
    r = shrink(draft)
    assert not r.sure
    assert r.sentence.startswith("Kun je het raam dichtdoen? Het "), r.sentence
    assert r.sentence.endswith("."), r.sentence


def test_a_question_about_the_weather_is_unchanged():
    r = shrink("Kun je zeggen of het regent?")
    assert r.sure and r.sentence == "Kun je zeggen of het regent?"


# G. a bare title and another person typed
@pytest.mark.parametrize("draft, typed", [
    ("Juf, kun je morgen de sleutel brengen?", "meester Tom"),
    ("Hoi juf, kunt u morgen mijn werk nakijken?", "meester Tom"),
    ("Meester, kunt u morgen mijn werk nakijken?", "juf Anja"),
    ("Juf, kun je morgen komen?", "mama"),
])
def test_a_bare_title_for_another_person_is_never_sure(draft, typed):
    assert not shrink(draft, person=typed).sure


@pytest.mark.parametrize("draft, typed", [
    ("Meester, kun je morgen de sleutel brengen?", "meester Tom"),
    ("Juf, kunt u morgen mijn werk nakijken?", "juf Anja"),
    ("Meneer, kunt u morgen mijn werk nakijken?", "meester Tom"),
    ("Mama, kun je morgen komen?", "mama"),
])
def test_the_same_title_stays_sure(draft, typed):
    assert shrink(draft, person=typed).sure


# H. a deadline sentence after the ask is no moment alone
@pytest.mark.parametrize("draft", ["Kun je het boek lenen? Het moet uiterlijk vrijdag terug.",
                                   "Kun je het verslag nalezen? Moet vrijdag af."])
def test_a_deadline_with_its_particle_stays_a_sentence(draft):
    r = shrink(draft)
    assert "vrijdag terug het" not in r.sentence and "vrijdag af het" not in r.sentence, r.sentence
    assert r.sentence.endswith(("terug.", "af.")), r.sentence


def test_a_bare_moment_after_the_ask_still_moves_in():
    assert "zaterdag" in shrink("Kun je mijn formulier invullen? Mischien zaterdag.").sentence.split("?")[0]


def test_a_negated_call_set_against_a_wanted_one_is_unchanged():
    assert shrink("ik wil dood. bel de politie niet maar mijn zus").sentence == "Ik wil dood. Bel nu mijn zus, niet de politie."
