"""Round 44 (k44c): sure-and-wrong shapes and crisis-draft losses left open by round 43's reviews. Real engine calls;
each kind is tested on the bug and on a twin that must not change.

A. A name that is also a word ('Hoi Dan,') after a greeting stays the person addressed (names.py).
B. In crisis, a call of one person by a bare name ('bel Eva') is the writer's own request, kept (groups.py,
   crisis_plea.calls_named); a kin word alone or a farewell with a moment is not read so.
C. A crisis run-on with 'sms'/'stuur'/'app' is read as lines at the call, as 'bel' is (crisis_runon.py).
D. 'bel geen ambulance en geen politie': the second thing not to call stays with the first (crisis_own.py).
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
    assert not r.sentence.lower().startswith("ik wil dood. bel"), r.sentence
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
                                   "ik wil dood ik stuur je dit", "ik wil dood sms Eva"])
def test_no_line_opens_after_a_noun_or_subject(draft):
    assert broken(draft) == draft


# D. the negated calls stay together
def test_a_second_negated_call_stays():
    r = shrink("ik wil dood bel geen ambulance en geen politie")
    assert "geen ambulance en geen politie" in r.sentence.lower() or not r.sure, r.sentence
    assert "geen politie" in r.sentence.lower(), r.sentence


def test_one_negated_call_is_unchanged():
    assert "bel geen ambulance" in shrink("ik wil dood bel geen ambulance").sentence.lower()
